#pragma once

#include <QList>

namespace seika::ui {

/// A block as the paginator sees it: the heights of the parts a page may break between (the lines
/// of a paragraph, the rows of a table) in device pixels. A block with one part is never split.
struct MeasuredBlock
{
    QList<double> units;
    double spaceBefore = 0; ///< dropped at the top of a page
    bool splittable = false;
    bool keepWithNext = false; ///< starts on the same page as the next block's first part(s)
    bool pageBreakBefore = false;
    int orphans = 2; ///< the fewest parts left at the bottom of a page when the block is split
    int widows = 2;  ///< the fewest parts carried to the next page

    [[nodiscard]] double height() const;
};

/// The parts [firstUnit, firstUnit + unitCount) of a block placed at y (from the top of the body).
struct ReportFragment
{
    int block = 0;
    int firstUnit = 0;
    int unitCount = 0;
    double y = 0;
    double height = 0;

    bool operator==(const ReportFragment &) const = default;
};

struct ReportPage
{
    QList<ReportFragment> fragments;
};

/// Breaks measured blocks into pages of a given body height: a page breaks only between the parts
/// of a splittable block, never inside one; a split leaves at least `orphans` parts behind and
/// carries at least `widows` over; a block marked keepWithNext goes to the next page when what must
/// follow it does not fit; space above a block is dropped at the top of a page. A single part
/// taller than the page is placed on a page of its own and overflows it.
class ReportPaginator
{
public:
    [[nodiscard]] static QList<ReportPage> paginate(const QList<MeasuredBlock> &blocks, double pageHeight);
};

} // namespace seika::ui
