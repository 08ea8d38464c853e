#include "ui/print/reportpaginator.h"

#include <algorithm>
#include <numeric>

namespace seika::ui {
namespace {

// Rounding in the measurements must not push a part that fits onto the next page.
constexpr double Tolerance = 1e-6;

double sum(const QList<double> &units, qsizetype first, qsizetype count)
{
    return std::accumulate(units.cbegin() + first, units.cbegin() + first + count, 0.0);
}

/// Whether the block may break between its parts: it must be marked splittable and be long enough
/// to leave orphans and widows; a block taller than a page always may.
bool canSplit(const MeasuredBlock &b, double pageHeight)
{
    const qsizetype n = b.units.size();
    if (n < 2)
        return false;
    if (b.height() > pageHeight + Tolerance)
        return true;
    return b.splittable && n >= std::max(1, b.orphans) + std::max(1, b.widows);
}

/// The height that has to fit below the current position for block i to start there: the whole
/// block, or only its first parts when it may split; plus, for keepWithNext, what the next block
/// needs in turn.
double leadHeight(const QList<MeasuredBlock> &blocks, qsizetype i, double pageHeight)
{
    double need = 0;
    for (qsizetype j = i; j < blocks.size(); ++j) {
        const MeasuredBlock &b = blocks.at(j);
        if (j > i) {
            if (b.pageBreakBefore)
                break;
            need += b.spaceBefore;
        }
        const bool split = canSplit(b, pageHeight);
        const bool chained = b.keepWithNext && j + 1 < blocks.size();
        if (split && !chained) {
            need += sum(b.units, 0, std::min<qsizetype>(std::max(1, b.orphans), b.units.size()));
            break;
        }
        need += b.height();
        if (!chained)
            break;
    }
    // A chain that cannot fit on any page would otherwise push its first block forward forever.
    if (need > pageHeight) {
        const MeasuredBlock &b = blocks.at(i);
        return canSplit(b, pageHeight) ? b.units.first() : std::min(b.height(), pageHeight);
    }
    return need;
}

} // namespace

double MeasuredBlock::height() const
{
    return std::accumulate(units.cbegin(), units.cend(), 0.0);
}

QList<ReportPage> ReportPaginator::paginate(const QList<MeasuredBlock> &blocks, double pageHeight)
{
    QList<ReportPage> pages(1);
    double y = 0;
    auto pageEmpty = [&pages] { return pages.last().fragments.isEmpty(); };
    auto newPage = [&] {
        pages.append(ReportPage{});
        y = 0;
    };
    auto place = [&](qsizetype block, qsizetype first, qsizetype count, double space) {
        const double h = sum(blocks.at(block).units, first, count);
        pages.last().fragments.append(ReportFragment{int(block), int(first), int(count), y + space, h});
        y += space + h;
    };

    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const MeasuredBlock &b = blocks.at(i);
        if (b.units.isEmpty())
            continue;
        if (b.pageBreakBefore && !pageEmpty())
            newPage();
        if (!pageEmpty() && y + b.spaceBefore + leadHeight(blocks, i, pageHeight) > pageHeight + Tolerance)
            newPage();

        const qsizetype n = b.units.size();
        if (!canSplit(b, pageHeight)) {
            const double space = pageEmpty() ? 0 : b.spaceBefore;
            if (!pageEmpty() && y + space + b.height() > pageHeight + Tolerance)
                newPage();
            place(i, 0, n, pageEmpty() ? 0 : space);
            continue;
        }

        const int orphans = std::max(1, b.orphans);
        const int widows = std::max(1, b.widows);
        qsizetype first = 0;
        while (first < n) {
            const double space = (first == 0 && !pageEmpty()) ? b.spaceBefore : 0;
            const double available = pageHeight - y - space;
            qsizetype k = 0;
            double h = 0;
            while (first + k < n && h + b.units.at(first + k) <= available + Tolerance) {
                h += b.units.at(first + k);
                ++k;
            }
            const qsizetype rest = n - first - k;
            if (rest == 0) {
                place(i, first, k, space);
                break;
            }
            const qsizetype minimum = first == 0 ? orphans : 1;
            if (k < minimum) {
                if (!pageEmpty()) {
                    newPage();
                    continue;
                }
                k = std::max<qsizetype>(k, 1); // a part taller than the page: it overflows
            } else if (rest < widows) {
                const qsizetype shorter = n - first - widows;
                if (shorter >= minimum)
                    k = shorter;
                else if (!pageEmpty() && first == 0) {
                    newPage();
                    continue;
                }
            }
            place(i, first, k, space);
            first += k;
            newPage();
        }
    }
    if (pages.size() > 1 && pages.last().fragments.isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace seika::ui
