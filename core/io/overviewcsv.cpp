#include "core/io/overviewcsv.h"

#include "core/io/csvexport.h"
#include "core/io/csvwriter.h"
#include "core/io/outputfile.h"


namespace seika::core {
namespace {

QString label(const ScaleEntry *entry, const QString &code)
{
    return entry && !code.isEmpty() ? entry->label : QString();
}

/// The marks as the overview shows them, but × (U+00D7) for ✕ (U+2715), which Shift_JIS (CP932) cannot
/// hold: a file for old Excel must not be refused for its marks.
QString csvMarks(const MeasureResult &m)
{
    return m.marks().replace(QChar(0x2715), QChar(0x00D7));
}

} // namespace

QStringList overviewCsvColumns()
{
    return {QStringLiteral("fiscal_year"),       QStringLiteral("fiscal_year_label"),
            QStringLiteral("basic_policy_code"), QStringLiteral("basic_policy"),
            QStringLiteral("policy_code"),       QStringLiteral("policy"),
            QStringLiteral("measure"),           QStringLiteral("measure_code"),
            QStringLiteral("measure_title"),     QStringLiteral("indicators"),
            QStringLiteral("achieved"),          QStringLiteral("not_achieved"),
            QStringLiteral("not_judged"),        QStringLiteral("indicator_marks"),
            QStringLiteral("suggested_grade"),   QStringLiteral("suggested_grade_label"),
            QStringLiteral("grade"),             QStringLiteral("grade_label"),
            QStringLiteral("direction"),         QStringLiteral("direction_label")};
}

Result<qint64> exportOverviewCsv(QIODevice *device, const DocumentData &doc, const PlanOverview &overview,
                                 const CsvExportOptions &options, QList<Error> *unencodable)
{
    CsvWriter writer(device, options.encoding, options.replacement);
    writer.writeRecord(overviewCsvColumns());
    const QString year = QString::number(overview.year.year());
    const QString yearLabel = formatFiscalYear(overview.year, YearFormat::Wareki);
    qint64 rows = 0;
    for (const MeasureResult &m : overview.measures) {
        const QString suggested = m.suggestion.grade;
        const QString grade = m.grade();
        const QString direction = m.direction();
        writer.writeRecord({year, yearLabel, m.basicPolicy ? m.basicPolicy->code : QString(),
                            m.basicPolicy ? m.basicPolicy->title : QString(), m.policy ? m.policy->code : QString(),
                            m.policy ? m.policy->title : QString(), QString::number(m.measure->id.value()),
                            m.measure->code, m.measure->title, QString::number(m.suggestion.indicators.size()),
                            QString::number(m.achievedCount()), QString::number(m.notAchievedCount()),
                            QString::number(m.notJudgedCount()), csvMarks(m), suggested,
                            label(doc.gradeEntry(suggested), suggested), grade, label(doc.gradeEntry(grade), grade),
                            direction, label(doc.directionEntry(direction), direction)});
        ++rows;
    }
    auto done = writer.finish();
    if (unencodable)
        *unencodable = writer.unencodable();
    if (!done)
        return std::unexpected(done.error());
    return rows;
}

Result<qint64> exportOverviewCsvFile(const QString &path, const DocumentData &doc, const PlanOverview &overview,
                                     const CsvExportOptions &options, QList<Error> *unencodable)
{
    return writeOutputFile(
        path, [&](QIODevice *device) { return exportOverviewCsv(device, doc, overview, options, unencodable); });
}

} // namespace seika::core
