#include "ui/editors/pasteplan.h"

#include "core/model/document.h"
#include "core/model/entry.h"
#include "core/model/fiscalyear.h"
#include "ui/documentsession.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <optional>

namespace seika::ui {
namespace {

/// Translation context for this file's messages (lupdate sees it through Q_DECLARE_TR_FUNCTIONS).
struct PasteText
{
    Q_DECLARE_TR_FUNCTIONS(seika::ui::PastePlan)
};

using Orientation = ObservationTableModel::Orientation;
using Kind = ObservationTableModel::ColumnKind;
using CellEdit = ObservationTableModel::CellEdit;

/// Full-width digits and signs as ASCII, spaces of either width dropped.
QString narrowed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out += QChar(char16_t(u - 0xFEE0));
        else if (u != 0x3000 && !c.isSpace())
            out += c;
    }
    return out;
}

/// The text reads as a number (442,037; 60.9%; −5): it is a value, not a label.
bool looksNumeric(const QString &text)
{
    QString t = narrowed(text);
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char('%'));
    t.replace(QChar(0x2212), QLatin1Char('-'));
    if (t.isEmpty())
        return false;
    bool ok = false;
    (void)QLocale::c().toDouble(t, &ok);
    return ok;
}

/// The fiscal year a label names (平成30, H30, 平成30(2018)年度, FY2018, 2018). A bare number counts only as
/// a four-digit year within the document's years (first … last), so that a column of counts is not
/// taken for years.
std::optional<core::FiscalYear> parseYearLabel(const QString &text, core::FiscalYear first, core::FiscalYear last)
{
    const QString t = narrowed(text);
    if (t.isEmpty())
        return std::nullopt;
    const bool digits = std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
    const auto year = core::parseFiscalYear(text.trimmed());
    if (!year || (digits && (t.size() != 4 || *year < first || *year > last)))
        return std::nullopt;
    return *year;
}

bool emptyRow(const QStringList &row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

/// "川崎区, 幸区 and 3 more" for messages.
QString someOf(const QStringList &names)
{
    if (names.size() <= 3)
        return names.join(PasteText::tr(", "));
    return PasteText::tr("%1 and %n more", nullptr, int(names.size() - 3))
        .arg(names.mid(0, 3).join(PasteText::tr(", ")));
}

} // namespace

PastePlan planPaste(const ObservationTableModel &model, const QList<QStringList> &rows, const QRect &target,
                    const QModelIndexList &selected)
{
    PastePlan plan;
    const int tableRows = model.rowCount();
    const int tableColumns = model.columnCount();
    if (rows.isEmpty() || tableRows == 0 || tableColumns == 0)
        return plan;
    const QRect at = target.isValid() ? target : QRect(0, 0, 1, 1);

    if (rows.size() == 1 && rows.first().size() == 1 && selected.size() > 1) {
        // One value pasted over a selection fills every selected cell, as in Excel.
        for (const QModelIndex &index : selected)
            plan.edits.append({index.row(), index.column(), rows.first().first()});
        return plan;
    }

    const bool byArea = model.orientation() == Orientation::AreasAsRows;
    const core::DocumentData &doc = model.session()->data();
    const auto yearLabel = [&](const QString &text) { return parseYearLabel(text, doc.firstYear, doc.lastYear); };
    const auto isRowLabel = [&](const QString &text) {
        return byArea ? model.areaOfLabel(text).has_value() : yearLabel(text).has_value();
    };
    const auto anyNumber = [](const QStringList &row) {
        return std::any_of(row.cbegin(), row.cend(), looksNumeric);
    };

    QList<QStringList> block = rows;
    // Labels are in the first column of every row; a bare year in a one-column block is a value.
    const auto labelledRows = [&](const QList<QStringList> &candidate) {
        if (candidate.isEmpty())
            return false;
        qsizetype width = 0;
        for (const QStringList &row : candidate)
            width = std::max(width, row.size());
        if (width < 2)
            return false;
        bool any = false;
        for (const QStringList &row : candidate) {
            if (emptyRow(row))
                continue;
            const QString first = row.first();
            const bool label = model.areaOfLabel(first).has_value() || yearLabel(first).has_value();
            if (!label && (first.trimmed().isEmpty() || looksNumeric(first)))
                return false;
            any = any || label;
        }
        return any;
    };

    // A first row of column names (区, 加入世帯数, 総世帯数) heads the block: it is no figure.
    if (block.size() >= 2 && !anyNumber(block.first()) && !emptyRow(block.first()) &&
        !isRowLabel(block.first().first())) {
        const QStringList &head = block.first();
        const bool namesFields = std::any_of(head.cbegin(), head.cend(), [&](const QString &cell) {
            return model.kindOfLabel(cell).has_value();
        });
        if (namesFields || labelledRows(block.mid(1))) {
            block.removeFirst();
            plan.headerSkipped = true;
        }
    }

    if (labelledRows(block)) {
        plan.labelled = true;
        // Which rows the labels name; unknown and repeated labels refuse the whole block.
        QStringList unknown;
        QStringList repeated;
        QStringList areaLabels;
        QStringList yearLabels;
        QList<std::pair<int, QStringList>> placed; ///< (row of the table, values) in the block's order
        QList<std::pair<core::AreaId, QStringList>> byWard;
        QSet<QString> seen;
        for (const QStringList &row : std::as_const(block)) {
            if (emptyRow(row))
                continue;
            const QString label = row.first().trimmed();
            const std::optional<core::AreaId> area = model.areaOfLabel(label);
            const std::optional<core::FiscalYear> year = area ? std::nullopt : yearLabel(label);
            if (area)
                areaLabels << label;
            else if (year)
                yearLabels << label;
            else
                unknown << label;
            const QString id = area ? QStringLiteral("a%1").arg(area->value())
                                    : year ? QStringLiteral("y%1").arg(year->year()) : label;
            if (seen.contains(id))
                repeated << label;
            seen.insert(id);
            if (area)
                byWard.append({*area, row.mid(1)});
            const int tableRow = area ? (byArea ? model.rowOfArea(*area) : -1)
                                      : (year && !byArea ? model.rowOf(*year) : -1);
            if (tableRow < 0 && !byArea && year)
                unknown << label; // a year outside the document's years
            placed.append({tableRow, row.mid(1)});
        }
        if (!unknown.isEmpty()) {
            // Named in the terms of the labels that were understood: areas, or else fiscal years.
            const bool areaBlock = !areaLabels.isEmpty() || (byArea && yearLabels.isEmpty());
            plan.refusal = areaBlock ? PasteText::tr("Nothing was pasted: the row label(s) %1 name no area of "
                                                  "the table. Label each row with a ward's name or %2.")
                                        .arg(someOf(unknown), core::areaDisplayName(doc, core::AreaId()))
                                  : PasteText::tr("Nothing was pasted: the row label(s) %1 name no fiscal "
                                                  "year of the table (%2 to %3).")
                                        .arg(someOf(unknown), core::formatFiscalYear(doc.firstYear),
                                             core::formatFiscalYear(doc.lastYear));
            return plan;
        }
        if (!repeated.isEmpty()) {
            plan.refusal = PasteText::tr("Nothing was pasted: %1 label(s) more than one row.").arg(someOf(repeated));
            return plan;
        }
        if (!areaLabels.isEmpty() && !yearLabels.isEmpty()) {
            plan.refusal = PasteText::tr("Nothing was pasted: some rows are labelled with areas (%1), others "
                                         "with fiscal years (%2).")
                               .arg(someOf(areaLabels), someOf(yearLabels));
            return plan;
        }
        if (byArea && !yearLabels.isEmpty()) {
            plan.refusal = PasteText::tr("Nothing was pasted: the rows are labelled with fiscal years (%1), "
                                         "but this view shows the areas of %2. Show the years as rows to "
                                         "paste them.")
                               .arg(someOf(yearLabels), core::formatFiscalYear(model.year()));
            return plan;
        }
        if (!byArea && !areaLabels.isEmpty()) {
            // Ward rows are never spread over years. With every area side by side and one year's row
            // chosen, each ward's values go to that ward's columns of the year.
            const bool sideBySide = !model.areaFilter().has_value() && model.areas().size() > 1;
            if (!sideBySide || at.height() != 1) {
                plan.refusal = PasteText::tr("Nothing was pasted: the rows are labelled with areas (%1), and "
                                             "here they would become fiscal years. Show one year with the "
                                             "areas as rows to paste them, or select one year's row with "
                                             "all areas shown.")
                                   .arg(someOf(areaLabels));
                return plan;
            }
            const int row = at.top();
            // The fields of one area in table order (every ward has the same), and where the selection
            // starts among them: a block of 総世帯数 alone pasted on a 総世帯数 column goes to 総世帯数.
            const core::AreaId firstWard = model.areas().value(1);
            QList<Kind> fields;
            for (int c = 0; c < tableColumns; ++c) {
                if (model.columnSpec(c).area == firstWard)
                    fields.append(model.columnSpec(c).kind);
            }
            const qsizetype offset = std::max<qsizetype>(0, fields.indexOf(model.columnSpec(at.left()).kind));
            for (const auto &[area, values] : std::as_const(byWard)) {
                for (qsizetype i = 0; i < values.size(); ++i) {
                    const qsizetype f = offset + i;
                    const int column = f < fields.size() ? model.columnOf(fields[f], area) : -1;
                    if (column >= 0) {
                        plan.edits.append({row, column, values[i]});
                    } else if (!values[i].trimmed().isEmpty()) {
                        plan.refusal = PasteText::tr("Nothing was pasted: the row of %1 holds more values than "
                                                     "an area has fields from %2 on.")
                                           .arg(core::areaDisplayName(model.session()->data(), area),
                                                model.columnLabel(at.left()));
                        plan.edits.clear();
                        return plan;
                    }
                }
            }
            return plan;
        }
        for (const auto &[row, values] : std::as_const(placed)) {
            for (qsizetype i = 0; i < values.size(); ++i)
                plan.edits.append({row, at.left() + int(i), values[i]});
        }
        // Values past the last column: say so before pasting the rest.
        qsizetype width = 0;
        for (const auto &p : std::as_const(placed))
            width = std::max(width, p.second.size());
        if (at.left() + width > tableColumns) {
            const int fit = tableColumns - at.left();
            plan.edits.erase(std::remove_if(plan.edits.begin(), plan.edits.end(),
                                            [&](const CellEdit &e) { return e.column >= tableColumns; }),
                             plan.edits.end());
            plan.question = PasteText::tr("Each row holds %n value(s), but from %1 on the table has only %2 "
                                          "column(s). Paste the first %2 value(s) of each row and leave out "
                                          "the rest?",
                                          nullptr, int(width))
                                .arg(model.columnLabel(at.left()))
                                .arg(fit);
        }
        return plan;
    }

    // No labels: the block's top-left cell goes to the target's.
    qsizetype width = 0;
    for (const QStringList &row : std::as_const(block))
        width = std::max(width, row.size());
    const int height = int(block.size());
    const int fitRows = std::min(height, tableRows - at.top());
    const int fitColumns = std::min(int(width), tableColumns - at.left());
    for (int r = 0; r < fitRows; ++r) {
        for (int c = 0; c < std::min(int(block[r].size()), fitColumns); ++c)
            plan.edits.append({at.top() + r, at.left() + c, block[r][c]});
    }
    const QString firstRow = model.rowLabel(at.top());
    const QString lastRow = model.rowLabel(at.top() + fitRows - 1);
    const QString firstColumn = model.columnLabel(at.left());
    const QString lastColumn = model.columnLabel(at.left() + fitColumns - 1);
    const QString rowRange = fitRows == 1 ? firstRow : PasteText::tr("%1 to %2").arg(firstRow, lastRow);
    const QString columnRange =
        fitColumns == 1 ? firstColumn : PasteText::tr("%1 to %2").arg(firstColumn, lastColumn);
    if (fitRows < height || fitColumns < width) {
        plan.question = PasteText::tr("The block has %1 row(s) and %2 column(s), but from the selected cell "
                                      "the table has only %3 row(s) and %4 column(s).")
                            .arg(height)
                            .arg(width)
                            .arg(tableRows - at.top())
                            .arg(tableColumns - at.left()) +
                        QLatin1Char('\n') +
                        PasteText::tr("Paste the %1 × %2 cells that fit (%3; %4) and leave out the rest?")
                            .arg(fitRows)
                            .arg(fitColumns)
                            .arg(rowRange, columnRange);
        return plan;
    }
    // Seven rows from one year's row of the years view become seven years: the officer's block of
    // wards was taken for 平成30 to 令和6 of one area. When the count matches the wards, ask.
    const int wards = int(model.areas().size()) - 1;
    if (!byArea && height > 1 && at.height() < height && wards >= 3 && (height == wards || height == wards + 1)) {
        plan.question =
            PasteText::tr("The block has %n row(s), one for each ward (or each ward and the city), but here "
                          "its rows are fiscal years: it would fill %1 of %2.",
                          nullptr, height)
                .arg(rowRange, columnRange) +
            QLatin1Char('\n') +
            PasteText::tr("To enter one year of every ward, show the areas as rows. Fill these %n year(s)?",
                          nullptr, height);
    }
    return plan;
}

} // namespace seika::ui
