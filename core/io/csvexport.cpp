#include "core/io/csvexport.h"

#include "core/evaluation/evaluator.h"
#include "core/io/csvwriter.h"
#include "core/io/outputfile.h"
#include "core/io/planimport.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"
#include "core/model/survey.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <utility>

namespace seika::core {

using namespace Qt::StringLiterals;

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

/// A comparator as the targets and indicators tables write it: at_least … in English, 以上, 以下, = in
/// Japanese (the targets import reads both).
QString comparatorText(Comparator c, CsvHeaderLanguage language)
{
    if (language == CsvHeaderLanguage::English)
        return comparatorKey(c);
    switch (c) {
    case Comparator::AtLeast:
        return QStringLiteral("以上");
    case Comparator::AtMost:
        return QStringLiteral("以下");
    case Comparator::Equal:
        return QStringLiteral("=");
    }
    return {};
}

/// The plan's header with the Japanese name of every column (the first planColumnNames() gives that is not
/// ASCII) and 目標値(令和3(2021)年度) for the target columns: import-plan reads it back.
QStringList japanesePlanHeader(const DocumentData &doc)
{
    QStringList header;
    for (qsizetype c = 0; c < PlanColumnCount; ++c) {
        const QStringList names = planColumnNames(PlanColumn(c));
        const auto japanese = std::find_if(names.cbegin(), names.cend(), [](const QString &n) {
            return std::any_of(n.cbegin(), n.cend(), [](QChar ch) { return ch.unicode() > 0x7f; });
        });
        header << (japanese != names.cend() ? *japanese : names.constFirst());
    }
    const QStringList english = planCsvHeader(doc);
    for (qsizetype c = PlanColumnCount; c < english.size(); ++c) {
        const auto year = planTargetYearOfHeader(english.at(c));
        if (year && *year)
            header << QStringLiteral("目標値(") + formatFiscalYear(**year, YearFormat::WarekiWithSeireki) + QLatin1Char(')');
        else
            header << english.at(c);
    }
    return header;
}

/// The indicators in the plan's order, as the tree and the plan export show them: basic policy, policy,
/// measure, then a measure's indicators by number; indicators of no measure in the tree after them.
QList<const Indicator *> indicatorsInPlanOrder(const DocumentData &doc)
{
    QList<const Indicator *> out;
    QSet<const Indicator *> seen;
    for (const BasicPolicy &b : doc.basicPolicies) {
        for (const Policy &p : doc.policies) {
            if (p.basicPolicy != b.id)
                continue;
            for (const Measure &m : doc.measures) {
                if (m.policy != p.id)
                    continue;
                for (const Indicator *i : doc.indicatorsOf(m.id)) {
                    if (!seen.contains(i)) {
                        seen.insert(i);
                        out << i;
                    }
                }
            }
        }
    }
    for (const Indicator &i : doc.indicators) {
        if (!seen.contains(&i))
            out << &i;
    }
    return out;
}

/// A city figure no one entered (the sum of the wards), exported in the city's place.
struct DerivedCityFigure
{
    const Indicator *indicator = nullptr;
    FiscalYear year;
    CityFigure figure;
};

/// One row of the observations export: a stored observation (index ≥ 0 into doc.observations) or a derived
/// city figure (derived = index into the derived list), with its sort keys.
struct ObservationRow
{
    int indicator = 0; ///< rank in the plan's order
    int year = 0;
    qint64 area = 0; ///< 0 = the city, then the wards in the municipality's order
    qsizetype index = 0;
    bool derived = false;
    auto operator<=>(const ObservationRow &) const = default;
};

/// The observations and derived city figures of doc, sorted by indicator (plan order; unknown codes last, by
/// code), fiscal year and area (the city, then the wards in order; unknown areas last, by id).
struct SortedObservations
{
    QList<const Indicator *> indicators; ///< by rank; nullptr for a code no indicator has
    QStringList codes;                   ///< by rank
    QList<DerivedCityFigure> derived;
    QList<ObservationRow> rows;
};

SortedObservations sortObservations(const DocumentData &doc)
{
    SortedObservations out;
    QHash<QString, int> rankOf;
    for (const Indicator *i : indicatorsInPlanOrder(doc)) {
        rankOf.insert(i->code, int(out.indicators.size()));
        out.indicators << i;
        out.codes << i->code;
    }
    QStringList unknown;
    {
        // Observations come in runs of one indicator: a code is looked up once per run, not once per row
        // (a million string hashes were a tenth of an export).
        QSet<QString> seen;
        const QString *lastCode = nullptr;
        for (const Observation &o : doc.observations) {
            if (lastCode && o.indicatorCode == *lastCode)
                continue;
            lastCode = &o.indicatorCode;
            if (!rankOf.contains(o.indicatorCode) && !seen.contains(o.indicatorCode)) {
                seen.insert(o.indicatorCode);
                unknown << o.indicatorCode;
            }
        }
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString &code : unknown) {
        rankOf.insert(code, int(out.indicators.size()));
        out.indicators << nullptr;
        out.codes << code;
    }
    QHash<qint64, qint64> areaRank;
    for (qsizetype k = 0; k < doc.municipality.wards.size(); ++k)
        areaRank.insert(doc.municipality.wards.at(k).id.value(), k + 1);
    const auto areaKey = [&areaRank](AreaId id) -> qint64 {
        if (!id.isValid())
            return 0;
        return areaRank.value(id.value(), (qint64(1) << 40) + id.value());
    };
    out.rows.reserve(doc.observations.size());
    QString lastCode;
    int lastRank = -1;
    for (qsizetype k = 0; k < doc.observations.size(); ++k) {
        const Observation &o = doc.observations.at(k);
        if (lastRank < 0 || o.indicatorCode != lastCode) {
            lastCode = o.indicatorCode;
            lastRank = rankOf.value(o.indicatorCode);
        }
        out.rows.push_back(ObservationRow{lastRank, o.year.year(), areaKey(o.area), k, false});
    }
    // The city figures no one entered: the sum of the wards (core::cityFigures()), as every table, chart and
    // report shows them, marked so that an import skips them.
    const QHash<QString, QMap<int, CityFigure>> city = allCityFigures(doc);
    for (const Indicator &i : doc.indicators) {
        const QMap<int, CityFigure> figures = city.value(i.code);
        for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
            if (it.value().source != CityFigureSource::WardSum || !it.value().value)
                continue;
            out.rows.push_back(ObservationRow{rankOf.value(i.code), it.key(), 0, out.derived.size(), true});
            out.derived << DerivedCityFigure{&i, FiscalYear(it.key()), it.value()};
        }
    }
    // Stored in that order already, as a document written by an import or by hand usually is: then no sort.
    if (!std::is_sorted(out.rows.cbegin(), out.rows.cend()))
        std::sort(out.rows.begin(), out.rows.end());
    return out;
}

/// The rate column: the figure rounded to the indicator's decimals, fixed notation.
void addRate(CsvWriter &w, const std::optional<double> &rate, const Indicator *i)
{
    if (!rate || !i) {
        w.addAscii({});
        return;
    }
    char buffer[CsvNumberChars];
    const char *end = std::to_chars(buffer, buffer + CsvNumberChars, roundHalfUp(*rate, i->decimals),
                                    std::chars_format::fixed, std::clamp(i->decimals, 0, 40))
                          .ptr;
    w.addAscii({buffer, std::size_t(end - buffer)});
}

void writeLongObservations(CsvWriter &w, const DocumentData &doc, CsvHeaderLanguage language, qint64 &rows)
{
    const SortedObservations sorted = sortObservations(doc);
    // A million rows share a few indicators, a hundred years and a few areas: their texts are encoded once,
    // and each row is written field by field with numbers formatted in place.
    struct IndicatorTexts
    {
        const Indicator *indicator = nullptr;
        CachedField code, name, unit, numeratorUnit;
    };
    QList<IndicatorTexts> indicators;
    indicators.reserve(sorted.indicators.size());
    for (qsizetype k = 0; k < sorted.indicators.size(); ++k) {
        const Indicator *i = sorted.indicators.at(k);
        indicators << (i ? IndicatorTexts{i, CachedField(w, i->code), CachedField(w, i->name),
                                          CachedField(w, i->unit), CachedField(w, i->numeratorUnit)}
                         : IndicatorTexts{nullptr, CachedField(w, sorted.codes.at(k)), {}, {}, {}});
    }
    const CachedField entered(w, csvFigureSourceText(CityFigureSource::Entered, language));
    const QString wardSum = csvFigureSourceText(CityFigureSource::WardSum, language);
    QHash<int, std::pair<CachedField, CachedField>> years;
    QHash<qint64, CachedField> areas;
    QDate asOf;
    QByteArray asOfText;
    for (const ObservationRow &row : sorted.rows) {
        const IndicatorTexts &texts = indicators.at(row.indicator);
        const Indicator *i = texts.indicator;
        if (row.derived) {
            const DerivedCityFigure &d = sorted.derived.at(row.index);
            const CityFigure &f = d.figure;
            w.writeRecord({i->code, i->name, yearText(d.year), yearLabel(d.year), csvCityName(),
                           f.numerator ? csvNumber(*f.numerator) : QString(),
                           f.denominator ? csvNumber(*f.denominator) : QString(), QString(),
                           formatNumber(roundHalfUp(*f.value, i->decimals), i->decimals), i->unit,
                           i->numeratorUnit, QString(), QString(), wardSum});
            ++rows;
            continue;
        }
        const Observation &o = doc.observations.at(row.index);
        auto year = years.constFind(o.year.year());
        if (year == years.cend())
            year = years.insert(o.year.year(),
                                {CachedField(w, yearText(o.year)), CachedField(w, yearLabel(o.year))});
        auto area = areas.constFind(o.area.value());
        if (area == areas.cend())
            area = areas.insert(o.area.value(), CachedField(w, areaName(doc, o.area)));
        texts.code.write(w);
        texts.name.write(w);
        year->first.write(w);
        year->second.write(w);
        area->write(w);
        addNumber(w, o.numerator);
        addNumber(w, o.denominator);
        addNumber(w, o.value);
        addRate(w, i ? observedValue(o, *i) : std::nullopt, i);
        texts.unit.write(w);
        texts.numeratorUnit.write(w);
        if (o.asOf != asOf) {
            asOf = o.asOf;
            asOfText = asOf.isValid() ? asOf.toString(Qt::ISODate).toLatin1() : QByteArray();
        }
        w.addAscii({asOfText.constData(), std::size_t(asOfText.size())});
        w.addField(o.note);
        entered.write(w);
        w.endRecord();
        ++rows;
    }
}

/// The wide layout: one row per indicator, area and field, one column per fiscal year from the first to the
/// last year of any figure (a year without a figure stays empty, so that a chart shows the gap).
void writeWideObservations(CsvWriter &w, const DocumentData &doc, CsvHeaderLanguage language, qint64 &rows)
{
    const bool japanese = language == CsvHeaderLanguage::Japanese;
    const SortedObservations sorted = sortObservations(doc);
    int first = 0;
    int last = -1;
    for (const ObservationRow &row : sorted.rows) {
        if (last < first) {
            first = last = row.year;
        } else {
            first = std::min(first, row.year);
            last = std::max(last, row.year);
        }
    }
    QStringList header = csvWideColumns(language);
    for (int y = first; y <= last; ++y)
        header << csvWideYearLabel(FiscalYear(y), language);
    w.writeRecord(header);
    const qsizetype yearCount = last >= first ? last - first + 1 : 0;

    // The figures of one indicator and area, by year.
    struct Cells
    {
        QStringList numerator, denominator, value;
        QList<int> wardSumYears;
        bool entered = false;
    };
    const auto fieldName = [japanese](bool numerator, const QString &label) -> QString {
        const QString word = japanese
                                 ? (numerator ? QStringLiteral("分子") : QStringLiteral("分母"))
                                 : (numerator ? QStringLiteral("numerator") : QStringLiteral("denominator"));
        if (label.isEmpty())
            return word;
        if (japanese)
            return word + QStringLiteral("（") + label + QStringLiteral("）");
        return word + QStringLiteral(" (") + label + QLatin1Char(')');
    };
    const auto sourceText = [&](const Cells &c) -> QString {
        if (c.wardSumYears.isEmpty())
            return csvFigureSourceText(CityFigureSource::Entered, language);
        QStringList years;
        for (int y : c.wardSumYears)
            years << csvWideYearLabel(FiscalYear(y), language);
        const QString sum = csvFigureSourceText(CityFigureSource::WardSum, language);
        if (!c.entered)
            return sum;
        const QString entered = csvFigureSourceText(CityFigureSource::Entered, language);
        if (japanese)
            return entered + QStringLiteral("、") + sum + QStringLiteral("：") +
                   years.join(QStringLiteral("、"));
        return entered + QStringLiteral("; ") + sum + QStringLiteral(": ") + years.join(QStringLiteral(", "));
    };
    const auto flush = [&](int indicatorRank, qint64 areaKey, AreaId area, const Cells &c) {
        if (!c.entered && c.wardSumYears.isEmpty())
            return; // only notes
        const Indicator *i = sorted.indicators.at(indicatorRank);
        const QString code = sorted.codes.at(indicatorRank);
        const QString name = i ? i->name : QString();
        const QString areaText = areaKey == 0 ? csvCityName() : areaName(doc, area);
        const QString source = sourceText(c);
        const auto record = [&](const QString &field, const QString &unit, const QStringList &cells) {
            w.writeRecord(QStringList{code, name, areaText, field, unit, source} + cells);
            ++rows;
        };
        if (i && i->kind == IndicatorKind::Ratio) {
            record(fieldName(true, i->numeratorLabel), i->numeratorUnit, c.numerator);
            record(fieldName(false, i->denominatorLabel), i->numeratorUnit, c.denominator);
            record(japanese ? QStringLiteral("実績") : QStringLiteral("rate"), i->unit, c.value);
        } else {
            record(japanese ? QStringLiteral("実績") : QStringLiteral("value"), i ? i->unit : QString(),
                   c.value);
        }
    };
    const auto text = [](const std::optional<double> &v) { return v ? csvNumber(*v) : QString(); };
    const auto rounded = [](const std::optional<double> &v, const Indicator *i) {
        return v && i ? formatNumber(roundHalfUp(*v, i->decimals), i->decimals) : QString();
    };
    Cells cells;
    int groupIndicator = -1;
    qint64 groupArea = -1;
    AreaId groupAreaId;
    for (const ObservationRow &row : sorted.rows) {
        if (row.indicator != groupIndicator || row.area != groupArea) {
            if (groupIndicator >= 0)
                flush(groupIndicator, groupArea, groupAreaId, cells);
            groupIndicator = row.indicator;
            groupArea = row.area;
            groupAreaId = row.derived ? AreaId() : doc.observations.at(row.index).area;
            cells = Cells{QStringList(yearCount), QStringList(yearCount), QStringList(yearCount), {}, false};
        }
        const qsizetype column = row.year - first;
        const Indicator *i = sorted.indicators.at(row.indicator);
        if (row.derived) {
            const CityFigure &f = sorted.derived.at(row.index).figure;
            cells.numerator[column] = text(f.numerator);
            cells.denominator[column] = text(f.denominator);
            cells.value[column] = rounded(f.value, i);
            cells.wardSumYears << row.year;
            continue;
        }
        const Observation &o = doc.observations.at(row.index);
        if (!o.numerator && !o.denominator && !o.value)
            continue; // a note without a figure
        cells.numerator[column] = text(o.numerator);
        cells.denominator[column] = text(o.denominator);
        cells.value[column] = i ? rounded(observedValue(o, *i), i) : text(o.value);
        cells.entered = true;
    }
    if (groupIndicator >= 0)
        flush(groupIndicator, groupArea, groupAreaId, cells);
}

void writeRows(CsvWriter &w, CsvTable table, const DocumentData &doc, const QList<AuditEvent> &audit,
               const CsvExportOptions &options, qint64 &rows)
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
            w.writeRecord({i.code,
                           QString::number(i.measure.value()),
                           m ? m->title : QString(),
                           QString::number(i.number),
                           i.name,
                           i.unit,
                           QString::number(i.decimals),
                           indicatorKindKey(i.kind),
                           betterDirectionKey(i.better),
                           i.numeratorLabel,
                           i.denominatorLabel,
                           i.numeratorUnit,
                           i.source,
                           i.method,
                           i.rationale,
                           i.targetRationale,
                           b ? yearText(b->year) : QString(),
                           b ? yearLabel(b->year) : QString(),
                           baselineText,
                           t ? yearText(t->year) : QString(),
                           t ? yearLabel(t->year) : QString(),
                           t ? csvNumber(t->value) : QString(),
                           t ? comparatorText(t->comparator, options.headers) : QString()});
            ++rows;
        }
        break;
    }
    case CsvTable::Targets:
        for (const Indicator &i : doc.indicators) {
            for (const Target &t : i.targets) {
                w.writeRecord({i.code, i.name, yearText(t.year), yearLabel(t.year), csvNumber(t.value),
                               comparatorText(t.comparator, options.headers), i.unit});
                ++rows;
            }
        }
        break;
    case CsvTable::Observations:
        if (options.layout == CsvLayout::Wide)
            writeWideObservations(w, doc, options.headers, rows);
        else
            writeLongObservations(w, doc, options.headers, rows);
        break;
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

namespace {

QStringList englishColumns(CsvTable table)
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

/// The Japanese header of each table, column for column as englishColumns(); the import reads 指標コード,
/// 年度, 地域, 分子, 分母, 値, 備考, 基準日, 値の由来, 目標値 and 比較 as it reads the English names.
QStringList japaneseColumns(CsvTable table)
{
    switch (table) {
    case CsvTable::Indicators:
        return {u"指標コード"_s,     u"施策ID"_s,     u"施策名"_s,
                u"指標番号"_s,       u"指標名"_s,     u"単位"_s,
                u"小数桁数"_s,       u"指標の種類"_s, u"望ましい方向"_s,
                u"分子の名称"_s,     u"分母の名称"_s, u"分子の単位"_s,
                u"出典"_s,           u"算出方法"_s,   u"指標の考え方"_s,
                u"目標値の考え方"_s, u"現状値年度"_s, u"現状値年度（和暦）"_s,
                u"現状値"_s,         u"目標年度"_s,   u"目標年度（和暦）"_s,
                u"目標値"_s,         u"比較"_s};
    case CsvTable::Targets:
        return {u"指標コード"_s, u"指標名"_s, u"年度"_s, u"年度（和暦）"_s,
                u"目標値"_s,     u"比較"_s,   u"単位"_s};
    case CsvTable::Observations:
        return {u"指標コード"_s, u"指標名"_s, u"年度"_s, u"年度（和暦）"_s, u"地域"_s,
                u"分子"_s,       u"分母"_s,   u"値"_s,   u"実績"_s,         u"単位"_s,
                u"分子の単位"_s, u"基準日"_s, u"備考"_s, u"値の由来"_s};
    case CsvTable::Evaluations:
        return {u"施策ID"_s,
                u"施策名"_s,
                u"年度"_s,
                u"年度（和暦）"_s,
                u"達成状況区分"_s,
                u"達成状況区分の説明"_s,
                u"今後の方向性"_s,
                u"今後の方向性の説明"_s,
                u"達成状況区分の理由"_s,
                u"今後の方向性の理由"_s};
    case CsvTable::Audit:
        return {u"日時"_s,
                u"ユーザー"_s,
                u"操作"_s,
                u"指標コード"_s,
                u"年度"_s,
                u"年度（和暦）"_s,
                u"地域"_s,
                u"施策ID"_s,
                u"対象"_s,
                u"項目"_s,
                u"変更前"_s,
                u"変更後"_s,
                u"変更番号"_s,
                u"変更の種類"_s,
                u"変更の名称"_s,
                u"元ファイル"_s,
                u"元ファイルのSHA-256"_s,
                u"元ファイルの文字コード"_s,
                u"読み込んだ行数"_s,
                u"追加した値の数"_s,
                u"変更した値の数"_s,
                u"削除した値の数"_s};
    case CsvTable::Surveys:
        return {u"調査ID"_s,   u"調査名"_s,       u"年度"_s,     u"年度（和暦）"_s,
                u"調査方法"_s, u"設問番号"_s,     u"設問"_s,     u"回答形式"_s,
                u"属性"_s,     u"区分"_s,         u"回答者数"_s, u"選択肢番号"_s,
                u"選択肢"_s,   u"選択肢の種類"_s, u"回答数"_s,   u"割合"_s};
    case CsvTable::Plan:
        return japanesePlanHeader(DocumentData{});
    }
    return {};
}

} // namespace

QStringList csvColumns(CsvTable table, CsvHeaderLanguage language)
{
    return language == CsvHeaderLanguage::Japanese ? japaneseColumns(table) : englishColumns(table);
}

QStringList csvWideColumns(CsvHeaderLanguage language)
{
    if (language == CsvHeaderLanguage::Japanese)
        return {u"指標コード"_s, u"指標名"_s, u"地域"_s, u"項目"_s, u"単位"_s, u"値の由来"_s};
    return {u"indicator"_s, u"indicator_name"_s, u"area"_s, u"field"_s, u"unit"_s, u"figure_source"_s};
}

QString csvWideYearLabel(FiscalYear year, CsvHeaderLanguage language)
{
    return language == CsvHeaderLanguage::Japanese ? formatFiscalYear(year, YearFormat::WarekiWithSeireki)
                                                   : u"FY"_s + QString::number(year.year());
}

QString csvFigureSourceText(CityFigureSource source, CsvHeaderLanguage language)
{
    if (language == CsvHeaderLanguage::English)
        return cityFigureSourceKey(source);
    switch (source) {
    case CityFigureSource::Entered:
        return u"入力"_s;
    case CityFigureSource::WardSum:
        return u"各区の合計"_s;
    case CityFigureSource::None:
        break;
    }
    return {};
}

QString csvHeaderLanguageKey(CsvHeaderLanguage language)
{
    return language == CsvHeaderLanguage::Japanese ? u"ja"_s : u"en"_s;
}

std::optional<CsvHeaderLanguage> csvHeaderLanguageFromKey(QStringView key)
{
    if (key == u"ja")
        return CsvHeaderLanguage::Japanese;
    if (key == u"en")
        return CsvHeaderLanguage::English;
    return std::nullopt;
}

CsvHeaderLanguage csvHeaderLanguageForUi(QStringView uiLanguage)
{
    return uiLanguage.startsWith(u"ja") ? CsvHeaderLanguage::Japanese : CsvHeaderLanguage::English;
}

QString csvLayoutKey(CsvLayout layout)
{
    return layout == CsvLayout::Wide ? u"wide"_s : u"long"_s;
}

std::optional<CsvLayout> csvLayoutFromKey(QStringView key)
{
    if (key == u"long")
        return CsvLayout::Long;
    if (key == u"wide")
        return CsvLayout::Wide;
    return std::nullopt;
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
    const bool japanese = options.headers == CsvHeaderLanguage::Japanese;
    if (table == CsvTable::Plan)
        writer.writeRecord(japanese ? japanesePlanHeader(doc) : planCsvHeader(doc));
    else if (table != CsvTable::Observations || options.layout == CsvLayout::Long)
        writer.writeRecord(csvColumns(table, options.headers));
    qint64 rows = 0;
    writeRows(writer, table, doc, audit, options, rows);
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
    return writeOutputFile(path,
                           [&](QIODevice *device) { return exportCsv(device, table, doc, audit, options, unencodable); });
}

} // namespace seika::core
