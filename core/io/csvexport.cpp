#include "core/io/csvexport.h"

#include "core/evaluation/evaluator.h"
#include "core/io/csvwriter.h"
#include "core/io/planimport.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"
#include "core/model/survey.h"

#include <QDate>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>

namespace seika::core {

namespace {

QString yearText(FiscalYear fy)
{
    return QString::number(fy.year());
}

QString yearLabel(FiscalYear fy)
{
    return fy.isValid() ? formatFiscalYear(fy, YearFormat::Wareki) : QString();
}

/// The area of an audit entry: a ward's name (#id when the ward is gone), the city for an
/// observation's entry, nothing for entries that are not about an area (as `seika-cli audit --format csv`).
QString auditArea(const DocumentData &doc, const AuditEntry &e)
{
    if (e.area.isValid()) {
        const Area *a = doc.area(e.area);
        return a ? a->name : QLatin1Char('#') + QString::number(e.area.value());
    }
    return e.indicatorCode.isEmpty() || e.action == QLatin1String("indicator") ? QString() : csvCityName();
}

/// csvNumber() into buffer (at least CsvNumberChars long); returns the end of the text. To the
/// shortest 15 significant digits, never an exponent (which the import, and Excel users, would not read
/// as the number): fixed notation then, trailing zeros dropped.
constexpr std::size_t CsvNumberChars = 400;

char *csvNumberChars(double value, char *buffer)
{
    char *const last = buffer + CsvNumberChars;
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 9e15)
        return std::to_chars(buffer, last, static_cast<qint64>(value)).ptr;
    if (!std::isfinite(value)) {
        const std::string_view text = std::isnan(value) ? "nan" : value > 0 ? "inf" : "-inf";
        return std::copy(text.begin(), text.end(), buffer);
    }
    char *end = std::to_chars(buffer, last, value, std::chars_format::general, 15).ptr;
    if (std::find(buffer, end, 'e') == end)
        return end;
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    end = std::to_chars(buffer, last, value, std::chars_format::fixed, std::clamp(14 - magnitude, 0, 40)).ptr;
    if (std::find(buffer, end, '.') != end) {
        while (end[-1] == '0')
            --end;
        if (end[-1] == '.')
            --end;
    }
    return end;
}

void addNumber(CsvWriter &w, const std::optional<double> &value)
{
    if (!value) {
        w.addAscii({});
        return;
    }
    char buffer[CsvNumberChars];
    w.addAscii({buffer, std::size_t(csvNumberChars(*value, buffer) - buffer)});
}

/// A text repeated on many rows, encoded once: the bytes to write, or the text itself when the
/// encoding cannot hold it (addField() then reports or replaces the character at each row).
struct CachedField
{
    CachedField() = default;
    CachedField(CsvWriter &w, const QString &text) : text(text), bytes(w.encodedField(text)) {}
    void write(CsvWriter &w) const
    {
        if (bytes)
            w.addEncoded(*bytes);
        else
            w.addField(text);
    }
    QString text;
    std::optional<QByteArray> bytes;
};

QString areaName(const DocumentData &doc, AreaId id)
{
    if (!id.isValid())
        return csvCityName();
    const Area *a = doc.area(id);
    return a ? a->name : QLatin1Char('#') + QString::number(id.value());
}

/// The surveys table: one row per cell (survey, question, row, category). A percentage entered is written
/// as entered; where only the count is known, the percentage derived from it (count ÷ base n) is rounded
/// half up to one decimal, as survey reports print it; a cell with neither is left empty.
void writeSurveyRows(CsvWriter &w, const DocumentData &doc, qint64 &rows)
{
    for (const Survey &s : doc.surveys) {
        const QString id = QString::number(s.id.value());
        const QString year = s.year.isValid() ? yearText(s.year) : QString();
        const QString label = yearLabel(s.year);
        const QString method = surveyMethodKey(s.method);
        for (const SurveyQuestion &q : s.questions) {
            const QString type = answerTypeKey(q.type);
            for (const SurveyRow &r : q.rows) {
                const QString base = r.base ? QString::number(*r.base) : QString();
                for (qsizetype c = 0; c < q.categories.size(); ++c) {
                    // Plain doubles, not optionals: GCC 12 at -O2 warns "maybe uninitialized" on optional<double>
                    // copies here.
                    const bool hasCount = c < r.counts.size() && r.counts.at(c).has_value();
                    const double count = hasCount ? *r.counts.at(c) : 0.0;
                    bool hasPercent = c < r.percents.size() && r.percents.at(c).has_value();
                    double percent = hasPercent ? *r.percents.at(c) : 0.0;
                    if (!hasPercent && hasCount && r.base && *r.base > 0) {
                        percent = roundHalfUp(100.0 * count / double(*r.base), 1);
                        hasPercent = true;
                    }
                    const SurveyCategory &category = q.categories.at(c);
                    w.writeRecord({id, s.title, year, label, method, q.code, q.text, type, r.attribute, r.group, base,
                                   QString::number(c + 1), category.label, categoryKindKey(category.kind),
                                   hasCount ? csvNumber(count) : QString(), hasPercent ? csvNumber(percent) : QString()});
                    ++rows;
                }
            }
        }
    }
}

void writeRows(CsvWriter &w, CsvTable table, const DocumentData &doc, const QList<AuditEvent> &audit, qint64 &rows)
{
    switch (table) {
    case CsvTable::Indicators: {
        const Evaluator evaluator(doc);
        for (const Indicator &i : doc.indicators) {
            const Baseline *b = i.currentBaseline();
            // A baseline without a value is the city's figure of its year. (Built as text in one place:
            // GCC 12 at -O2 warns "maybe uninitialized" on an optional<double> reassigned here.)
            QString baselineText;
            if (b) {
                // Typed, or the city figure of its year (entered, or the sum of the wards), as the sheet has it.
                const std::optional<double> value = evaluator.baselineValue(i, *b);
                if (value)
                    baselineText = formatNumber(roundHalfUp(value.value_or(0.0), i.decimals), i.decimals);
            }
            const Target *t = i.targets.isEmpty() ? nullptr : &i.targets.last();
            const Measure *m = doc.measure(i.measure);
            w.writeRecord({i.code, QString::number(i.measure.value()), m ? m->title : QString(),
                           QString::number(i.number), i.name, i.unit, QString::number(i.decimals),
                           indicatorKindKey(i.kind), betterDirectionKey(i.better), i.numeratorLabel,
                           i.denominatorLabel, i.numeratorUnit, i.source, i.method, i.rationale, i.targetRationale,
                           b ? yearText(b->year) : QString(), b ? yearLabel(b->year) : QString(),
                           baselineText,
                           t ? yearText(t->year) : QString(), t ? yearLabel(t->year) : QString(),
                           t ? csvNumber(t->value) : QString(), t ? comparatorKey(t->comparator) : QString()});
            ++rows;
        }
        break;
    }
    case CsvTable::Targets:
        for (const Indicator &i : doc.indicators) {
            for (const Target &t : i.targets) {
                w.writeRecord({i.code, i.name, yearText(t.year), yearLabel(t.year), csvNumber(t.value),
                               comparatorKey(t.comparator), i.unit});
                ++rows;
            }
        }
        break;
    case CsvTable::Observations: {
        // A million rows share a few indicators, a hundred years and a few areas: their texts are
        // encoded once, and each row is written field by field with numbers formatted in place.
        struct IndicatorTexts
        {
            const Indicator *indicator = nullptr;
            CachedField code, name, unit, numeratorUnit;
        };
        QHash<QString, IndicatorTexts> indicators;
        for (const Indicator &i : doc.indicators) {
            indicators.insert(i.code, IndicatorTexts{&i, CachedField(w, i.code), CachedField(w, i.name),
                                                     CachedField(w, i.unit), CachedField(w, i.numeratorUnit)});
        }
        QHash<int, std::pair<CachedField, CachedField>> years;
        QHash<qint64, CachedField> areas;
        const IndicatorTexts *texts = nullptr;
        IndicatorTexts unknown;
        QString textsCode;
        QDate asOf;
        QByteArray asOfText;
        for (const Observation &o : doc.observations) {
            if (!texts || o.indicatorCode != textsCode) {
                const auto found = indicators.constFind(o.indicatorCode);
                if (found != indicators.cend()) {
                    texts = &found.value();
                } else {
                    unknown = IndicatorTexts{nullptr, CachedField(w, o.indicatorCode), {}, {}, {}};
                    texts = &unknown;
                }
                textsCode = o.indicatorCode;
            }
            const Indicator *i = texts->indicator;
            auto year = years.constFind(o.year.year());
            if (year == years.cend())
                year = years.insert(o.year.year(), {CachedField(w, yearText(o.year)), CachedField(w, yearLabel(o.year))});
            auto area = areas.constFind(o.area.value());
            if (area == areas.cend())
                area = areas.insert(o.area.value(), CachedField(w, areaName(doc, o.area)));
            texts->code.write(w);
            texts->name.write(w);
            year->first.write(w);
            year->second.write(w);
            area->write(w);
            addNumber(w, o.numerator);
            addNumber(w, o.denominator);
            addNumber(w, o.value);
            const std::optional<double> rate = i ? observedValue(o, *i) : std::nullopt;
            if (rate && i) {
                char buffer[CsvNumberChars];
                const char *end = std::to_chars(buffer, buffer + CsvNumberChars, roundHalfUp(*rate, i->decimals),
                                                std::chars_format::fixed, std::clamp(i->decimals, 0, 40))
                                      .ptr;
                w.addAscii({buffer, std::size_t(end - buffer)});
            } else {
                w.addAscii({});
            }
            texts->unit.write(w);
            texts->numeratorUnit.write(w);
            if (o.asOf != asOf) {
                asOf = o.asOf;
                asOfText = asOf.isValid() ? asOf.toString(Qt::ISODate).toLatin1() : QByteArray();
            }
            w.addAscii({asOfText.constData(), std::size_t(asOfText.size())});
            w.addField(o.note);
            w.addAscii("entered");
            w.endRecord();
            ++rows;
        }
        // The city figures no one entered: the sum of the wards (core::cityFigures()), as every table, chart
        // and report shows them, after the stored rows and marked so that an import skips them.
        const QHash<QString, QMap<int, CityFigure>> city = allCityFigures(doc);
        for (const Indicator &i : doc.indicators) {
            const QMap<int, CityFigure> figures = city.value(i.code);
            for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
                const CityFigure &f = it.value();
                if (f.source != CityFigureSource::WardSum || !f.value)
                    continue;
                const FiscalYear year(it.key());
                w.writeRecord({i.code, i.name, yearText(year), yearLabel(year), csvCityName(),
                               f.numerator ? csvNumber(*f.numerator) : QString(),
                               f.denominator ? csvNumber(*f.denominator) : QString(), QString(),
                               formatNumber(roundHalfUp(*f.value, i.decimals), i.decimals), i.unit, i.numeratorUnit,
                               QString(), QString(), cityFigureSourceKey(f.source)});
                ++rows;
            }
        }
        break;
    }
    case CsvTable::Evaluations:
        for (const EvaluationRecord &e : doc.evaluations) {
            const Measure *m = doc.measure(e.measure);
            const ScaleEntry *g = doc.gradeEntry(e.grade);
            const ScaleEntry *d = doc.directionEntry(e.direction);
            w.writeRecord({QString::number(e.measure.value()), m ? m->title : QString(), yearText(e.year),
                           yearLabel(e.year), e.grade, g && !e.grade.isEmpty() ? g->label : QString(), e.direction,
                           d && !e.direction.isEmpty() ? d->label : QString(),
                           e.gradeReasons.join(QLatin1Char('\n')), e.directionReasons.join(QLatin1Char('\n'))});
            ++rows;
        }
        break;
    case CsvTable::Audit:
        for (const AuditEvent &event : audit) {
            const ChangeEvent &c = event.event;
            const QStringList changeFields =
                c.id.isValid()
                    ? QStringList{QString::number(c.id.value()), changeKindKey(c.kind), c.label, c.source.fileName,
                                  c.source.sha256, c.source.encoding,
                                  c.source.rowsRead >= 0 ? QString::number(c.source.rowsRead) : QString(),
                                  QString::number(c.valuesAdded), QString::number(c.valuesChanged),
                                  QString::number(c.valuesRemoved)}
                    : QStringList(10, QString());
            if (event.entries.isEmpty()) {
                w.writeRecord(QStringList{c.at.toUTC().toString(Qt::ISODateWithMs), c.user} + QStringList(10, QString())
                              + changeFields);
                ++rows;
            }
            for (const AuditEntry &e : event.entries) {
                w.writeRecord(QStringList{e.at.toUTC().toString(Qt::ISODateWithMs), e.user, e.action, e.indicatorCode,
                                          e.year ? yearText(*e.year) : QString(), e.year ? yearLabel(*e.year) : QString(),
                                          auditArea(doc, e),
                                          e.measure.isValid() ? QString::number(e.measure.value()) : QString(),
                                          e.subject, e.field, e.oldValue, e.newValue}
                              + changeFields);
                ++rows;
            }
        }
        break;
    case CsvTable::Surveys:
        writeSurveyRows(w, doc, rows);
        break;
    case CsvTable::Plan:
        for (const QStringList &row : planCsvRows(doc)) {
            w.writeRecord(row);
            ++rows;
        }
        break;
    }
}

} // namespace

QString csvTableKey(CsvTable table)
{
    switch (table) {
    case CsvTable::Indicators:
        return QStringLiteral("indicators");
    case CsvTable::Targets:
        return QStringLiteral("targets");
    case CsvTable::Observations:
        return QStringLiteral("observations");
    case CsvTable::Evaluations:
        return QStringLiteral("evaluations");
    case CsvTable::Audit:
        return QStringLiteral("audit");
    case CsvTable::Surveys:
        return QStringLiteral("surveys");
    case CsvTable::Plan:
        return QStringLiteral("plan");
    }
    return {};
}

std::optional<CsvTable> csvTableFromKey(QStringView key)
{
    for (CsvTable t : {CsvTable::Indicators, CsvTable::Targets, CsvTable::Observations, CsvTable::Evaluations,
                       CsvTable::Audit, CsvTable::Surveys, CsvTable::Plan}) {
        if (key == csvTableKey(t))
            return t;
    }
    return std::nullopt;
}

QStringList csvColumns(CsvTable table)
{
    switch (table) {
    case CsvTable::Indicators:
        return {QStringLiteral("code"), QStringLiteral("measure"), QStringLiteral("measure_title"),
                QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("decimals"),
                QStringLiteral("kind"), QStringLiteral("better"), QStringLiteral("numerator_label"),
                QStringLiteral("denominator_label"), QStringLiteral("numerator_unit"), QStringLiteral("source"),
                QStringLiteral("method"), QStringLiteral("rationale"), QStringLiteral("target_rationale"),
                QStringLiteral("baseline_fiscal_year"), QStringLiteral("baseline_fiscal_year_label"),
                QStringLiteral("baseline_value"), QStringLiteral("target_fiscal_year"),
                QStringLiteral("target_fiscal_year_label"), QStringLiteral("target_value"),
                QStringLiteral("target_comparator")};
    case CsvTable::Targets:
        return {QStringLiteral("indicator"), QStringLiteral("indicator_name"), QStringLiteral("fiscal_year"),
                QStringLiteral("fiscal_year_label"), QStringLiteral("target"), QStringLiteral("comparator"),
                QStringLiteral("unit")};
    case CsvTable::Observations:
        return {QStringLiteral("indicator"), QStringLiteral("indicator_name"), QStringLiteral("fiscal_year"),
                QStringLiteral("fiscal_year_label"), QStringLiteral("area"), QStringLiteral("numerator"),
                QStringLiteral("denominator"), QStringLiteral("value"), QStringLiteral("rate"), QStringLiteral("unit"),
                QStringLiteral("numerator_unit"), QStringLiteral("as_of"), QStringLiteral("note"),
                QStringLiteral("figure_source")};
    case CsvTable::Evaluations:
        return {QStringLiteral("measure"), QStringLiteral("measure_title"), QStringLiteral("fiscal_year"),
                QStringLiteral("fiscal_year_label"), QStringLiteral("grade"), QStringLiteral("grade_label"),
                QStringLiteral("direction"), QStringLiteral("direction_label"), QStringLiteral("grade_reasons"),
                QStringLiteral("direction_reasons")};
    case CsvTable::Audit:
        return {QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"), QStringLiteral("indicator"),
                QStringLiteral("fiscal_year"), QStringLiteral("fiscal_year_label"), QStringLiteral("area"),
                QStringLiteral("measure"), QStringLiteral("subject"), QStringLiteral("field"), QStringLiteral("old_value"),
                QStringLiteral("new_value"), QStringLiteral("change"), QStringLiteral("change_kind"),
                QStringLiteral("change_label"), QStringLiteral("source_file"), QStringLiteral("source_sha256"),
                QStringLiteral("source_encoding"), QStringLiteral("rows_read"), QStringLiteral("values_added"),
                QStringLiteral("values_changed"), QStringLiteral("values_removed")};
    case CsvTable::Surveys:
        return {QStringLiteral("survey_id"), QStringLiteral("survey_title"), QStringLiteral("fiscal_year"),
                QStringLiteral("fiscal_year_label"), QStringLiteral("method"), QStringLiteral("question_code"),
                QStringLiteral("question"), QStringLiteral("answer_type"), QStringLiteral("attribute"),
                QStringLiteral("group"), QStringLiteral("base_n"), QStringLiteral("category_no"),
                QStringLiteral("category"), QStringLiteral("category_kind"), QStringLiteral("count"),
                QStringLiteral("percent")};
    case CsvTable::Plan:
        return planCsvHeader(DocumentData{});
    }
    return {};
}

QString csvCityName()
{
    return QStringLiteral("市全体");
}

QString csvNumber(double value)
{
    char buffer[CsvNumberChars];
    return QString::fromLatin1(buffer, csvNumberChars(value, buffer) - buffer);
}

Result<qint64> exportCsv(QIODevice *device, CsvTable table, const DocumentData &doc, const QList<AuditEvent> &audit,
                         const CsvExportOptions &options, QList<Error> *unencodable)
{
    CsvWriter writer(device, options.encoding, options.replacement);
    writer.writeRecord(table == CsvTable::Plan ? planCsvHeader(doc) : csvColumns(table));
    qint64 rows = 0;
    writeRows(writer, table, doc, audit, rows);
    auto done = writer.finish();
    if (unencodable)
        *unencodable = writer.unencodable();
    if (!done)
        return std::unexpected(done.error());
    return rows;
}

Result<qint64> exportCsvFile(const QString &path, CsvTable table, const DocumentData &doc,
                             const QList<AuditEvent> &audit, const CsvExportOptions &options,
                             QList<Error> *unencodable)
{
    return writeCsvFile(path, [&](QIODevice *device) { return exportCsv(device, table, doc, audit, options, unencodable); });
}

Result<qint64> writeCsvFile(const QString &path, const std::function<Result<qint64>(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::FileNotWritable, path, {}, file.errorString());
    auto rows = write(&file);
    if (!rows) {
        file.cancelWriting();
        if (rows.error().code == ErrorCode::FileNotWritable)
            return fail(ErrorCode::FileNotWritable, path, {}, rows.error().value);
        return rows;
    }
    if (!file.commit())
        return fail(ErrorCode::FileNotWritable, path, {}, file.errorString());
    return rows;
}

} // namespace seika::core
