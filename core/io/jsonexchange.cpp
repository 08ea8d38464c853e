#include "core/io/jsonexchange.h"

#include "core/model/entry.h"
#include "core/stats/surveystats.h"
#include "core/edit/apply.h"
#include "core/io/outputfile.h"
#include "core/numberformat.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <utility>

namespace seika::core {
namespace {

const QString FormatName = QStringLiteral("seika-document");

/// Integers beyond ±2^53 cannot be held exactly by the double a JSON number is parsed into.
constexpr double MaxExactInteger = 9007199254740992.0;

// ---------------------------------------------------------------------------------------------
// Writing

/// Writes indented JSON text with the keys in the order they are given, so that an exported file
/// reads in the documented order (QJsonObject would sort the keys alphabetically). The layout
/// matches QJsonDocument::Indented: four spaces, one member or element per line.
class JsonWriter
{
public:
    JsonWriter &key(const char *name)
    {
        beforeValue();
        writeString(QString(QLatin1String(name)));
        m_out += ": ";
        m_afterKey = true;
        return *this;
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void string(const QString &s)
    {
        beforeValue();
        writeString(s);
    }

    /// Whole numbers are written without a fraction ("64", not "64.0"); others in the shortest form
    /// that parses back to the same double, so values survive a round trip exactly.
    void number(double d)
    {
        beforeValue();
        if (!std::isfinite(d))
            m_out += "null"; // JSON has no NaN or infinity; import then reports the field
        else if (std::trunc(d) == d && std::abs(d) < MaxExactInteger)
            m_out += QByteArray::number(static_cast<qint64>(d));
        else
            m_out += plainNumber(d).toLatin1(); // shortest round trip, never an exponent
    }

    void null()
    {
        beforeValue();
        m_out += "null";
    }

    void integer(qint64 i)
    {
        beforeValue();
        m_out += QByteArray::number(i);
    }

    void boolean(bool b)
    {
        beforeValue();
        m_out += b ? "true" : "false";
    }

    void stringArray(const QStringList &list)
    {
        beginArray();
        for (const QString &s : list)
            string(s);
        endArray();
    }

    QByteArray finish()
    {
        m_out += '\n';
        return std::move(m_out);
    }

private:
    struct Level
    {
        bool empty = true;
    };

    void open(char bracket)
    {
        beforeValue();
        m_out += bracket;
        m_levels.append(Level{});
    }

    void close(char bracket)
    {
        const Level level = m_levels.takeLast();
        if (!level.empty) {
            m_out += '\n';
            indent();
        }
        m_out += bracket;
    }

    void beforeValue()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_levels.isEmpty())
            return;
        Level &level = m_levels.last();
        if (!level.empty)
            m_out += ',';
        level.empty = false;
        m_out += '\n';
        indent();
    }

    void indent() { m_out.append(m_levels.size() * 4, ' '); }

    void writeString(const QString &s)
    {
        m_out += '"';
        const QByteArray utf8 = s.toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    m_out += "\\u00" +
                             QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
                else
                    m_out += c; // UTF-8 continuation bytes are >= 0x80 and pass through unchanged
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

void writeOptionalString(JsonWriter &w, const char *key, const QString &value)
{
    if (!value.isEmpty())
        w.key(key).string(value);
}

void writeOptionalStrings(JsonWriter &w, const char *key, const QStringList &list)
{
    if (!list.isEmpty())
        w.key(key).stringArray(list);
}

void writeOptionalNumber(JsonWriter &w, const char *key, std::optional<double> value)
{
    if (value)
        w.key(key).number(*value);
}

void writeScale(JsonWriter &w, const char *key, const QList<ScaleEntry> &scale)
{
    w.key(key).beginArray();
    for (const ScaleEntry &e : scale) {
        w.beginObject();
        w.key("code").string(e.code);
        w.key("label").string(e.label);
        writeOptionalString(w, "description", e.description);
        w.endObject();
    }
    w.endArray();
}

void writeIndicator(JsonWriter &w, const Indicator &i)
{
    w.beginObject();
    w.key("id").integer(i.id.value());
    w.key("code").string(i.code);
    w.key("number").integer(i.number);
    w.key("name").string(i.name);
    writeOptionalString(w, "source", i.source);
    writeOptionalString(w, "method", i.method);
    writeOptionalString(w, "rationale", i.rationale);
    writeOptionalString(w, "target_rationale", i.targetRationale);
    writeOptionalString(w, "unit", i.unit);
    w.key("decimals").integer(i.decimals);
    w.key("kind").string(indicatorKindKey(i.kind));
    w.key("better").string(betterDirectionKey(i.better));
    writeOptionalString(w, "numerator_label", i.numeratorLabel);
    writeOptionalString(w, "denominator_label", i.denominatorLabel);
    writeOptionalString(w, "numerator_unit", i.numeratorUnit);
    if (!i.baselines.isEmpty()) {
        w.key("baselines").beginArray();
        for (const Baseline &b : i.baselines) {
            w.beginObject();
            w.key("year").integer(b.year.year());
            writeOptionalNumber(w, "value", b.value);
            if (b.current)
                w.key("current").boolean(true);
            writeOptionalString(w, "note", b.note);
            w.endObject();
        }
        w.endArray();
    }
    if (!i.targets.isEmpty()) {
        w.key("targets").beginArray();
        for (const Target &t : i.targets) {
            w.beginObject();
            w.key("year").integer(t.year.year());
            w.key("value").number(t.value);
            w.key("comparator").string(comparatorKey(t.comparator));
            w.endObject();
        }
        w.endArray();
    }
    if (i.surveySource) {
        w.key("survey_source").beginObject();
        w.key("question").string(i.surveySource->questionCode);
        w.key("category").integer(i.surveySource->category);
        w.endObject();
    }
    w.endObject();
}

void writeMeasure(JsonWriter &w, const DocumentData &d, const Measure &m)
{
    w.beginObject();
    w.key("id").integer(m.id.value());
    writeOptionalString(w, "code", m.code);
    w.key("title").string(m.title);
    writeOptionalString(w, "direct_goal", m.directGoal);
    writeOptionalStrings(w, "programmes", m.programmes);
    if (!m.narrative.isEmpty()) {
        w.key("narrative").beginArray();
        for (const NarrativeSection &n : m.narrative) {
            w.beginObject();
            w.key("category").string(n.category);
            writeOptionalString(w, "title", n.title);
            writeOptionalString(w, "body", n.body);
            if (n.year)
                w.key("year").integer(n.year->year());
            writeOptionalString(w, "indicator", n.indicatorCode);
            w.endObject();
        }
        w.endArray();
    }
    bool any = false;
    for (const Indicator &i : d.indicators) {
        if (i.measure != m.id)
            continue;
        if (!std::exchange(any, true))
            w.key("indicators").beginArray();
        writeIndicator(w, i);
    }
    if (any)
        w.endArray();
    any = false;
    for (const EvaluationRecord &e : d.evaluations) {
        if (e.measure != m.id)
            continue;
        if (!std::exchange(any, true))
            w.key("evaluations").beginArray();
        w.beginObject();
        w.key("year").integer(e.year.year());
        writeOptionalString(w, "grade", e.grade);
        writeOptionalStrings(w, "grade_reasons", e.gradeReasons);
        writeOptionalString(w, "direction", e.direction);
        writeOptionalStrings(w, "direction_reasons", e.directionReasons);
        w.endObject();
    }
    if (any)
        w.endArray();
    w.endObject();
}

void writeObservation(JsonWriter &w, const DocumentData &d, const Observation &o)
{
    w.beginObject();
    w.key("indicator").string(o.indicatorCode);
    w.key("year").integer(o.year.year());
    if (!o.isCity()) {
        // An area that does not resolve is written by its id so that import reports it rather than
        // silently turning the figure into a city-wide one.
        const Area *area = d.area(o.area);
        w.key("area").string(area ? area->name : QString::number(o.area.value()));
    }
    writeOptionalNumber(w, "numerator", o.numerator);
    writeOptionalNumber(w, "denominator", o.denominator);
    writeOptionalNumber(w, "value", o.value);
    if (!o.asOf.isNull())
        w.key("as_of").string(o.asOf.toString(Qt::ISODate));
    writeOptionalString(w, "note", o.note);
    w.endObject();
}

// ---------------------------------------------------------------------------------------------
// Reading

void writeOptionalInteger(JsonWriter &w, const char *key, std::optional<qint64> value)
{
    if (value)
        w.key(key).integer(*value);
}

/// A list of cells, null where unknown; trailing unknowns are left out.
void writeCells(JsonWriter &w, const char *key, const QList<std::optional<double>> &cells)
{
    qsizetype size = cells.size();
    while (size > 0 && !cells.at(size - 1))
        --size;
    if (size == 0)
        return;
    w.key(key).beginArray();
    for (qsizetype i = 0; i < size; ++i) {
        if (cells.at(i))
            w.number(*cells.at(i));
        else
            w.null();
    }
    w.endArray();
}

void writeSurvey(JsonWriter &w, const Survey &s)
{
    w.beginObject();
    w.key("id").integer(s.id.value());
    w.key("title").string(s.title);
    w.key("year").integer(s.year.year());
    w.key("method").string(surveyMethodKey(s.method));
    writeOptionalString(w, "population_text", s.populationText);
    writeOptionalInteger(w, "population", s.population);
    writeOptionalInteger(w, "sent", s.sent);
    writeOptionalInteger(w, "responses", s.responses);
    if (s.responsesAssumed)
        w.key("responses_assumed").boolean(true);
    writeOptionalString(w, "responses_note", s.responsesNote);
    w.key("questions").beginArray();
    for (const SurveyQuestion &q : s.questions) {
        w.beginObject();
        w.key("code").string(q.code);
        w.key("text").string(q.text);
        w.key("answer").string(answerTypeKey(q.type));
        w.key("categories").beginArray();
        for (const SurveyCategory &c : q.categories) {
            w.beginObject();
            w.key("label").string(c.label);
            if (c.kind != SurveyCategory::Kind::Regular)
                w.key("kind").string(categoryKindKey(c.kind));
            w.endObject();
        }
        w.endArray();
        w.key("rows").beginArray();
        for (const SurveyRow &r : q.rows) {
            w.beginObject();
            writeOptionalString(w, "attribute", r.attribute);
            w.key("group").string(r.group);
            writeOptionalInteger(w, "base", r.base);
            writeCells(w, "counts", r.counts);
            writeCells(w, "percents", r.percents);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QString memberPath(const QString &parent, const QString &key)
{
    if (parent.isEmpty())
        return key;
    return parent + QLatin1Char('.') + key;
}

QString elementPath(const QString &array, qsizetype index)
{
    return array + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString numberText(double d)
{
    return plainNumber(d);
}

/// The offending JSON value as text for Error::value.
QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return numberText(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

/// Keeps the first error met while reading; later reads become no-ops that return defaults, so the
/// readers below need no error plumbing at every field and the first problem in reading order wins.
class ParseContext
{
public:
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    void report(ErrorCode code, QString value, QString field, QString detail = {})
    {
        if (!m_error)
            m_error = Error{code, std::move(value), std::move(field), std::move(detail), -1, -1};
    }
    void report(Error error, const QString &field)
    {
        error.field = field;
        if (!m_error)
            m_error = std::move(error);
    }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

enum class Presence
{
    Optional,
    Required
};

QString readString(ParseContext &ctx, const QJsonValue &v, const QString &path)
{
    if (!v.isString()) {
        ctx.report(ErrorCode::JsonWrongType, valueText(v), path, QStringLiteral("string"));
        return {};
    }
    return v.toString();
}

std::optional<double> readNumber(ParseContext &ctx, const QJsonValue &v, const QString &path)
{
    if (!v.isDouble()) {
        ctx.report(ErrorCode::JsonWrongType, valueText(v), path, QStringLiteral("number"));
        return std::nullopt;
    }
    // A whole number beyond 2^53 (9007199254740993) is read as an integer, and its double (toDouble()) is
    // another number (9007199254740992): refused with the number as written, never stored rounded.
    if (const QCborValue whole = QCborValue::fromJsonValue(v);
        whole.isInteger() && (whole.toInteger() > qint64(MaxExactInteger) || whole.toInteger() < -qint64(MaxExactInteger))) {
        ctx.report(ErrorCode::CountTooLarge, QString::number(whole.toInteger()), path, plainNumber(MaxExactInteger));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<qint64> readInteger(ParseContext &ctx, const QJsonValue &v, const QString &path, qint64 min,
                                  qint64 max)
{
    const std::optional<double> d = readNumber(ctx, v, path);
    if (!d)
        return std::nullopt;
    if (std::trunc(*d) != *d || *d < static_cast<double>(min) || *d > static_cast<double>(max)) {
        ctx.report(ErrorCode::JsonBadValue, numberText(*d), path,
                   QStringLiteral("integer %1..%2").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<qint64>(*d);
}

/// A year is an integer (2017) or a label that parseFiscalYear() understands ("H29", "平成29年度").
std::optional<FiscalYear> readYear(ParseContext &ctx, const QJsonValue &v, const QString &path)
{
    QString text;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::trunc(d) != d || std::abs(d) > 1e9) {
            ctx.report(ErrorCode::JsonBadValue, numberText(d), path, QStringLiteral("year"));
            return std::nullopt;
        }
        text = QString::number(static_cast<qint64>(d));
    } else if (v.isString()) {
        text = v.toString();
    } else {
        ctx.report(ErrorCode::JsonWrongType, valueText(v), path, QStringLiteral("number or string"));
        return std::nullopt;
    }
    Result<FiscalYear> year = parseFiscalYear(text);
    if (!year) {
        ctx.report(year.error(), path);
        return std::nullopt;
    }
    return *year;
}

/// Reads the members of one JSON object, each addressed by key, and reports errors with the JSON
/// path of the member. Every key read is remembered so that finish() can reject unknown keys (a
/// misspelt optional key would otherwise drop its data without a word).
class ObjectReader
{
public:
    ObjectReader(ParseContext &ctx, const QJsonValue &value, QString path)
        : m_ctx(ctx), m_path(std::move(path))
    {
        if (value.isObject())
            m_object = value.toObject();
        else
            m_ctx.report(ErrorCode::JsonWrongType, valueText(value), m_path, QStringLiteral("object"));
    }

    [[nodiscard]] QString pathOf(const char *key) const { return memberPath(m_path, QLatin1String(key)); }

    /// The member's value, or Undefined when it is absent or null (null counts as absent everywhere).
    QJsonValue get(const char *key, Presence presence = Presence::Optional)
    {
        const QLatin1String name(key);
        m_known.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (presence == Presence::Required)
                m_ctx.report(ErrorCode::JsonMissingField, {}, pathOf(key));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    QString string(const char *key, Presence presence = Presence::Optional)
    {
        return optionalString(key, presence).value_or(QString());
    }

    /// Empty when the member is absent (an empty string is present).
    std::optional<QString> optionalString(const char *key, Presence presence = Presence::Optional)
    {
        const QJsonValue v = get(key, presence);
        if (v.isUndefined())
            return std::nullopt;
        return readString(m_ctx, v, pathOf(key));
    }

    std::optional<double> optionalNumber(const char *key)
    {
        const QJsonValue v = get(key);
        return v.isUndefined() ? std::nullopt : readNumber(m_ctx, v, pathOf(key));
    }

    double number(const char *key, Presence presence, double fallback = 0)
    {
        const QJsonValue v = get(key, presence);
        return v.isUndefined() ? fallback : readNumber(m_ctx, v, pathOf(key)).value_or(fallback);
    }

    qint64 integer(const char *key, Presence presence, qint64 fallback, qint64 min, qint64 max)
    {
        const QJsonValue v = get(key, presence);
        return v.isUndefined() ? fallback : readInteger(m_ctx, v, pathOf(key), min, max).value_or(fallback);
    }

    /// A required record id: an integer of at least 1.
    qint64 id(const char *key = "id")
    {
        return integer(key, Presence::Required, 0, 1, static_cast<qint64>(MaxExactInteger));
    }

    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue v = get(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            m_ctx.report(ErrorCode::JsonWrongType, valueText(v), pathOf(key), QStringLiteral("boolean"));
            return fallback;
        }
        return v.toBool();
    }

    FiscalYear year(const char *key, Presence presence, FiscalYear fallback = {})
    {
        const QJsonValue v = get(key, presence);
        return v.isUndefined() ? fallback : readYear(m_ctx, v, pathOf(key)).value_or(fallback);
    }

    std::optional<FiscalYear> optionalYear(const char *key)
    {
        const QJsonValue v = get(key);
        return v.isUndefined() ? std::nullopt : readYear(m_ctx, v, pathOf(key));
    }

    /// An optional array; empty when absent.
    QJsonArray array(const char *key)
    {
        const QJsonValue v = get(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            m_ctx.report(ErrorCode::JsonWrongType, valueText(v), pathOf(key), QStringLiteral("array"));
            return {};
        }
        return v.toArray();
    }

    QStringList stringList(const char *key)
    {
        const QJsonArray a = array(key);
        QStringList list;
        list.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            list.append(readString(m_ctx, a.at(i), elementPath(pathOf(key), i)));
        return list;
    }

    /// Rejects keys that no read asked for. Call after all members have been read.
    void finish()
    {
        if (!m_ctx.ok())
            return;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key())) {
                m_ctx.report(ErrorCode::JsonBadValue, it.key(), memberPath(m_path, it.key()),
                             QStringLiteral("unknown field"));
                return;
            }
        }
    }

private:
    ParseContext &m_ctx;
    QString m_path;
    QJsonObject m_object;
    QSet<QString> m_known;
};

/// Builds DocumentData from the parsed JSON, flattening the hierarchy in document order. The checks
/// that DocumentData::validate() makes are repeated here where the JSON path of the offending
/// member is known, so that the error names it; validate() still runs afterwards.
class DocumentReader
{
public:
    explicit DocumentReader(ParseContext &ctx) : m_ctx(ctx) {}

    DocumentData read(const QJsonValue &rootValue)
    {
        ObjectReader root(m_ctx, rootValue, QString());
        if (!m_ctx.ok())
            return {};
        const QString format = root.string("format", Presence::Required);
        if (m_ctx.ok() && format != FormatName)
            m_ctx.report(ErrorCode::JsonBadValue, format, QStringLiteral("format"), FormatName);
        const double version = root.number("format_version", Presence::Required);
        if (!m_ctx.ok())
            return {};
        if (std::trunc(version) != version || version < 1)
            m_ctx.report(ErrorCode::JsonBadValue, numberText(version), QStringLiteral("format_version"));
        else if (version > JsonFormatVersion)
            m_ctx.report(ErrorCode::JsonUnsupportedVersion, numberText(version),
                         QStringLiteral("format_version"), QString::number(JsonFormatVersion));
        if (!m_ctx.ok())
            return {};

        m_data.title = root.string("title");
        m_data.reportFooter = root.string("report_footer");
        m_data.firstYear = root.year("first_year", Presence::Optional, m_data.firstYear);
        m_data.lastYear = root.year("last_year", Presence::Optional, m_data.lastYear);
        if (m_ctx.ok() && m_data.lastYear < m_data.firstYear)
            m_ctx.report(ErrorCode::JsonBadValue, QString::number(m_data.lastYear.year()),
                         root.pathOf("last_year"), QStringLiteral(">= first_year"));
        if (const QJsonValue v = root.get("municipality"); !v.isUndefined())
            readMunicipality(v, root.pathOf("municipality"));
        if (const QJsonValue v = root.get("grading"); !v.isUndefined())
            readGrading(v, root.pathOf("grading"));
        m_data.outlierBand = root.number("outlier_band", Presence::Optional, m_data.outlierBand);
        if (m_ctx.ok() && !(m_data.outlierBand >= 0))
            m_ctx.report(ErrorCode::JsonBadValue, numberText(m_data.outlierBand), root.pathOf("outlier_band"),
                         QStringLiteral(">= 0"));
        // An omitted scale means the standard one; an empty array means no entries.
        const DocumentData standard = emptyDocument();
        m_data.gradeScale = standard.gradeScale;
        m_data.directionScale = standard.directionScale;
        if (const QJsonValue v = root.get("grade_scale"); !v.isUndefined())
            m_data.gradeScale = readScale(root.array("grade_scale"), root.pathOf("grade_scale"));
        if (const QJsonValue v = root.get("direction_scale"); !v.isUndefined())
            m_data.directionScale = readScale(root.array("direction_scale"), root.pathOf("direction_scale"));

        const QJsonArray basicPolicies = root.array("basic_policies");
        for (qsizetype i = 0; i < basicPolicies.size() && m_ctx.ok(); ++i)
            readBasicPolicy(basicPolicies.at(i), elementPath(root.pathOf("basic_policies"), i));
        const QJsonArray observations = root.array("observations");
        for (qsizetype i = 0; i < observations.size() && m_ctx.ok(); ++i)
            readObservation(observations.at(i), elementPath(root.pathOf("observations"), i));
        const QJsonArray locks = root.array("locks");
        for (qsizetype i = 0; i < locks.size() && m_ctx.ok(); ++i)
            readLock(locks.at(i), elementPath(root.pathOf("locks"), i));
        // Sorted by year, as a store keeps them.
        std::sort(m_data.locks.begin(), m_data.locks.end(),
                  [](const YearLock &a, const YearLock &b) { return a.year < b.year; });
        const QJsonArray surveys = root.array("surveys");
        QSet<qint64> surveyIds;
        for (qsizetype i = 0; i < surveys.size() && m_ctx.ok(); ++i)
            readSurvey(surveys.at(i), elementPath(root.pathOf("surveys"), i), surveyIds);
        // What the reader cannot see cell by cell (an S.A. row over 100.5 %, …), as an edit is checked.
        for (qsizetype i = 0; i < m_data.surveys.size() && m_ctx.ok(); ++i) {
            if (const QList<Error> problems = checkSurvey(m_data.surveys.at(i)); !problems.isEmpty()) {
                // The path, then the place the check names (title / question / group / category).
                m_ctx.report(problems.first(),
                             elementPath(root.pathOf("surveys"), i) + QStringLiteral(": ") + problems.first().field);
            }
        }
        // An indicator takes one year's value from one survey; its values are the surveys'.
        for (qsizetype i = 0; i < m_data.indicators.size() && m_ctx.ok(); ++i) {
            if (const QList<Error> problems = checkSurveySource(m_data.surveys, m_data.indicators.at(i));
                !problems.isEmpty())
                m_ctx.report(problems.first(), m_indicatorPaths.value(i) + QStringLiteral(".survey_source"));
        }
        if (m_ctx.ok())
            syncSurveyValues(m_data);
        root.finish();
        return std::move(m_data);
    }

private:
    /// Reports a second use of an id among records of one kind.
    void checkUnique(QSet<qint64> &seen, qint64 id, const QString &path)
    {
        if (!m_ctx.ok())
            return;
        if (seen.contains(id))
            m_ctx.report(ErrorCode::DuplicateCode, QString::number(id), path);
        seen.insert(id);
    }

    /// A list of cells (numbers or null) of at most `size` entries, each from 0 to max.
    QList<std::optional<double>> readCells(ObjectReader &r, const char *key, qsizetype size, double max)
    {
        const QJsonArray a = r.array(key);
        QList<std::optional<double>> cells;
        if (a.size() > size) {
            m_ctx.report(ErrorCode::JsonBadValue, QString::number(a.size()), r.pathOf(key),
                         QStringLiteral("at most one cell per category (%1)").arg(size));
            return cells;
        }
        for (qsizetype i = 0; i < a.size() && m_ctx.ok(); ++i) {
            const QString path = elementPath(r.pathOf(key), i);
            if (a.at(i).isNull()) {
                cells.append(std::nullopt);
                continue;
            }
            const std::optional<double> v = readNumber(m_ctx, a.at(i), path);
            if (v && !(*v >= 0 && *v <= max))
                m_ctx.report(ErrorCode::JsonBadValue, numberText(*v), path, QStringLiteral("0 to %1").arg(max));
            cells.append(v);
        }
        return cells;
    }

    void readSurvey(const QJsonValue &value, const QString &path, QSet<qint64> &ids)
    {
        ObjectReader r(m_ctx, value, path);
        Survey s;
        s.id = SurveyId(r.id());
        checkUnique(ids, s.id.value(), r.pathOf("id"));
        s.title = r.string("title", Presence::Required);
        s.year = r.year("year", Presence::Required);
        const QString method = r.string("method", Presence::Required);
        if (m_ctx.ok()) {
            if (auto m = surveyMethodFromKey(method))
                s.method = *m;
            else
                m_ctx.report(ErrorCode::JsonBadValue, method, r.pathOf("method"),
                             QStringLiteral("random_postal, internet, census or other"));
        }
        s.populationText = r.string("population_text");
        const auto count = [&](const char *key) -> std::optional<qint64> {
            if (r.get(key).isUndefined())
                return std::nullopt;
            return r.integer(key, Presence::Optional, 0, 0, static_cast<qint64>(MaxExactInteger));
        };
        s.population = count("population");
        s.sent = count("sent");
        s.responses = count("responses");
        s.responsesAssumed = r.boolean("responses_assumed", false);
        s.responsesNote = r.string("responses_note");
        if (m_ctx.ok() && s.sent && s.responses && *s.responses > *s.sent)
            m_ctx.report(ErrorCode::JsonBadValue, QString::number(*s.responses), r.pathOf("responses"),
                         QStringLiteral("<= sent"));
        const QJsonArray questions = r.array("questions");
        QSet<QString> codes;
        for (qsizetype i = 0; i < questions.size() && m_ctx.ok(); ++i) {
            ObjectReader q(m_ctx, questions.at(i), elementPath(r.pathOf("questions"), i));
            SurveyQuestion question;
            question.code = q.string("code", Presence::Required);
            if (m_ctx.ok() && codes.contains(question.code))
                m_ctx.report(ErrorCode::DuplicateCode, question.code, q.pathOf("code"));
            codes.insert(question.code);
            question.text = q.string("text", Presence::Required);
            const QString answer = q.string("answer", Presence::Required);
            if (m_ctx.ok()) {
                if (auto a = answerTypeFromKey(answer))
                    question.type = *a;
                else
                    m_ctx.report(ErrorCode::JsonBadValue, answer, q.pathOf("answer"), QStringLiteral("single or multiple"));
            }
            const QJsonArray categories = q.array("categories");
            for (qsizetype c = 0; c < categories.size() && m_ctx.ok(); ++c) {
                ObjectReader cr(m_ctx, categories.at(c), elementPath(q.pathOf("categories"), c));
                SurveyCategory category;
                category.label = cr.string("label", Presence::Required);
                if (const std::optional<QString> kind = cr.optionalString("kind"); kind && m_ctx.ok()) {
                    if (auto k = categoryKindFromKey(*kind))
                        category.kind = *k;
                    else
                        m_ctx.report(ErrorCode::JsonBadValue, *kind, cr.pathOf("kind"),
                                     QStringLiteral("regular, other or no_answer"));
                }
                cr.finish();
                question.categories.append(category);
            }
            const QJsonArray rows = q.array("rows");
            for (qsizetype k = 0; k < rows.size() && m_ctx.ok(); ++k) {
                ObjectReader rr(m_ctx, rows.at(k), elementPath(q.pathOf("rows"), k));
                SurveyRow row;
                row.attribute = rr.string("attribute");
                row.group = rr.string("group", Presence::Required);
                if (!rr.get("base").isUndefined())
                    row.base = rr.integer("base", Presence::Optional, 0, 0, static_cast<qint64>(MaxExactInteger));
                row.counts = readCells(rr, "counts", question.categories.size(),
                                       row.base ? double(*row.base) : double(MaxExactInteger));
                row.percents = readCells(rr, "percents", question.categories.size(), 100.0);
                rr.finish();
                question.rows.append(row);
            }
            q.finish();
            s.questions.append(question);
        }
        r.finish();
        if (m_ctx.ok())
            m_data.surveys.append(s);
    }

    void readLock(const QJsonValue &value, const QString &path)
    {
        ObjectReader r(m_ctx, value, path);
        YearLock lock;
        lock.year = r.year("year", Presence::Required);
        if (m_ctx.ok() && lockOf(m_data, lock.year))
            m_ctx.report(ErrorCode::DuplicateCode, QString::number(lock.year.year()), r.pathOf("year"));
        lock.user = r.string("user");
        const std::optional<QString> at = r.optionalString("locked_at");
        if (m_ctx.ok() && at) {
            lock.lockedAt = QDateTime::fromString(*at, Qt::ISODateWithMs);
            if (!lock.lockedAt.isValid())
                m_ctx.report(ErrorCode::JsonBadValue, *at, r.pathOf("locked_at"),
                             QStringLiteral("YYYY-MM-DDTHH:MM:SS[.mmm]Z"));
            lock.lockedAt = lock.lockedAt.toUTC();
        }
        r.finish();
        if (m_ctx.ok())
            m_data.locks.append(lock);
    }

    void readMunicipality(const QJsonValue &value, const QString &path)
    {
        ObjectReader r(m_ctx, value, path);
        m_data.municipality.name = r.string("name");
        const QJsonArray wards = r.array("wards");
        QSet<qint64> ids;
        QSet<QString> names;
        for (qsizetype i = 0; i < wards.size() && m_ctx.ok(); ++i) {
            ObjectReader w(m_ctx, wards.at(i), elementPath(r.pathOf("wards"), i));
            Area area;
            area.id = AreaId(w.id());
            checkUnique(ids, area.id.value(), w.pathOf("id"));
            area.name = w.string("name", Presence::Required);
            if (m_ctx.ok() && names.contains(area.name))
                m_ctx.report(ErrorCode::DuplicateCode, area.name, w.pathOf("name"));
            names.insert(area.name);
            area.sortOrder = static_cast<int>(i);
            w.finish();
            m_data.municipality.wards.append(area);
        }
        r.finish();
    }

    void readGrading(const QJsonValue &value, const QString &path)
    {
        ObjectReader r(m_ctx, value, path);
        GradingSettings &g = m_data.grading;
        const auto read = [&](const char *key, double &target, bool isShare) {
            target = r.number(key, Presence::Optional, target);
            if (m_ctx.ok() && (target < 0 || (isShare && target > 1)))
                m_ctx.report(ErrorCode::JsonBadValue, numberText(target), r.pathOf(key),
                             isShare ? QStringLiteral("0..1") : QStringLiteral(">= 0"));
        };
        read("far_down_threshold", g.farDownThreshold, false);
        read("far_down_share_for_d", g.farDownShareForD, true);
        read("below_share_for_c", g.belowShareForC, true);
        r.finish();
    }

    QList<ScaleEntry> readScale(const QJsonArray &array, const QString &path)
    {
        QList<ScaleEntry> scale;
        QSet<QString> codes;
        for (qsizetype i = 0; i < array.size() && m_ctx.ok(); ++i) {
            ObjectReader r(m_ctx, array.at(i), elementPath(path, i));
            ScaleEntry e;
            e.code = r.string("code", Presence::Required);
            if (m_ctx.ok() && (e.code.isEmpty() || codes.contains(e.code)))
                m_ctx.report(e.code.isEmpty() ? ErrorCode::JsonBadValue : ErrorCode::DuplicateCode, e.code,
                             r.pathOf("code"));
            codes.insert(e.code);
            e.label = r.string("label", Presence::Required);
            e.description = r.string("description");
            r.finish();
            scale.append(e);
        }
        return scale;
    }

    void readBasicPolicy(const QJsonValue &value, const QString &path)
    {
        ObjectReader r(m_ctx, value, path);
        BasicPolicy bp;
        bp.id = BasicPolicyId(r.id());
        checkUnique(m_basicPolicyIds, bp.id.value(), r.pathOf("id"));
        bp.code = r.string("code");
        bp.title = r.string("title", Presence::Required);
        m_data.basicPolicies.append(bp);
        const QJsonArray policies = r.array("policies");
        for (qsizetype i = 0; i < policies.size() && m_ctx.ok(); ++i)
            readPolicy(policies.at(i), elementPath(r.pathOf("policies"), i), bp.id);
        r.finish();
    }

    void readPolicy(const QJsonValue &value, const QString &path, BasicPolicyId parent)
    {
        ObjectReader r(m_ctx, value, path);
        Policy p;
        p.id = PolicyId(r.id());
        checkUnique(m_policyIds, p.id.value(), r.pathOf("id"));
        p.basicPolicy = parent;
        p.code = r.string("code");
        p.title = r.string("title", Presence::Required);
        m_data.policies.append(p);
        const QJsonArray measures = r.array("measures");
        for (qsizetype i = 0; i < measures.size() && m_ctx.ok(); ++i)
            readMeasure(measures.at(i), elementPath(r.pathOf("measures"), i), p.id);
        r.finish();
    }

    void readMeasure(const QJsonValue &value, const QString &path, PolicyId parent)
    {
        ObjectReader r(m_ctx, value, path);
        Measure m;
        m.id = MeasureId(r.id());
        checkUnique(m_measureIds, m.id.value(), r.pathOf("id"));
        m.policy = parent;
        m.code = r.string("code");
        m.title = r.string("title", Presence::Required);
        m.directGoal = r.string("direct_goal");
        m.programmes = r.stringList("programmes");

        const QJsonArray narrative = r.array("narrative");
        for (qsizetype i = 0; i < narrative.size() && m_ctx.ok(); ++i) {
            ObjectReader n(m_ctx, narrative.at(i), elementPath(r.pathOf("narrative"), i));
            NarrativeSection s;
            s.category = n.string("category", Presence::Required);
            s.title = n.string("title");
            s.body = n.string("body");
            s.year = n.optionalYear("year");
            s.indicatorCode = n.string("indicator");
            n.finish();
            m.narrative.append(s);
        }
        m_data.measures.append(m);

        const QJsonArray indicators = r.array("indicators");
        for (qsizetype i = 0; i < indicators.size() && m_ctx.ok(); ++i)
            readIndicator(indicators.at(i), elementPath(r.pathOf("indicators"), i), m.id,
                          static_cast<int>(i));

        const QJsonArray evaluations = r.array("evaluations");
        QSet<int> years;
        for (qsizetype i = 0; i < evaluations.size() && m_ctx.ok(); ++i) {
            ObjectReader e(m_ctx, evaluations.at(i), elementPath(r.pathOf("evaluations"), i));
            EvaluationRecord rec;
            rec.measure = m.id;
            rec.year = e.year("year", Presence::Required);
            if (m_ctx.ok() && years.contains(rec.year.year()))
                m_ctx.report(ErrorCode::DuplicateCode, QString::number(rec.year.year()), e.pathOf("year"));
            years.insert(rec.year.year());
            rec.grade = e.string("grade");
            if (m_ctx.ok() && !rec.grade.isEmpty() && !m_data.gradeEntry(rec.grade))
                m_ctx.report(ErrorCode::UnknownGrade, rec.grade, e.pathOf("grade"));
            rec.gradeReasons = e.stringList("grade_reasons");
            rec.direction = e.string("direction");
            if (m_ctx.ok() && !rec.direction.isEmpty() && !m_data.directionEntry(rec.direction))
                m_ctx.report(ErrorCode::UnknownDirection, rec.direction, e.pathOf("direction"));
            rec.directionReasons = e.stringList("direction_reasons");
            e.finish();
            m_data.evaluations.append(rec);
        }
        r.finish();
    }

    template <typename Enum>
    Enum readEnum(ObjectReader &r, const char *key, Presence presence, Enum fallback,
                  std::optional<Enum> (*fromKey)(QStringView), const QString &allowed)
    {
        const std::optional<QString> text = r.optionalString(key, presence);
        if (!m_ctx.ok() || !text)
            return fallback;
        const std::optional<Enum> value = fromKey(*text);
        if (!value) {
            m_ctx.report(ErrorCode::JsonBadValue, *text, r.pathOf(key), allowed);
            return fallback;
        }
        return *value;
    }

    void readIndicator(const QJsonValue &value, const QString &path, MeasureId parent, int position)
    {
        ObjectReader r(m_ctx, value, path);
        Indicator ind;
        ind.id = IndicatorId(r.id());
        checkUnique(m_indicatorIds, ind.id.value(), r.pathOf("id"));
        ind.measure = parent;
        ind.code = r.string("code", Presence::Required);
        if (m_ctx.ok() && !isValidCode(ind.code))
            m_ctx.report(ErrorCode::InvalidCode, ind.code, r.pathOf("code"));
        if (m_ctx.ok() && m_indicatorIndex.contains(ind.code))
            m_ctx.report(ErrorCode::DuplicateCode, ind.code, r.pathOf("code"));
        ind.number = static_cast<int>(r.integer("number", Presence::Optional, position + 1, 0, 9999));
        ind.name = r.string("name", Presence::Required);
        ind.source = r.string("source");
        ind.method = r.string("method");
        ind.rationale = r.string("rationale");
        ind.targetRationale = r.string("target_rationale");
        ind.unit = r.string("unit");
        ind.decimals = static_cast<int>(r.integer("decimals", Presence::Optional, ind.decimals, 0, 10));
        ind.kind = readEnum(r, "kind", Presence::Required, ind.kind, &indicatorKindFromKey,
                            QStringLiteral("ratio, survey_share, count, value"));
        ind.better = readEnum(r, "better", Presence::Optional, ind.better, &betterDirectionFromKey,
                              QStringLiteral("higher, lower"));
        ind.numeratorLabel = r.string("numerator_label");
        ind.denominatorLabel = r.string("denominator_label");
        ind.numeratorUnit = r.string("numerator_unit");

        const QJsonArray baselines = r.array("baselines");
        for (qsizetype i = 0; i < baselines.size() && m_ctx.ok(); ++i) {
            ObjectReader b(m_ctx, baselines.at(i), elementPath(r.pathOf("baselines"), i));
            Baseline baseline;
            baseline.year = b.year("year", Presence::Required);
            baseline.value = b.optionalNumber("value");
            baseline.current = b.boolean("current", false);
            baseline.note = b.string("note");
            b.finish();
            ind.baselines.append(baseline);
        }
        if (const QJsonValue source = r.get("survey_source"); !source.isUndefined()) {
            ObjectReader sr(m_ctx, source, r.pathOf("survey_source"));
            SurveySource s;
            s.questionCode = sr.string("question", Presence::Required);
            s.category = static_cast<int>(sr.integer("category", Presence::Required, 0, 0, 9999));
            sr.finish();
            ind.surveySource = s;
        }
        const QJsonArray targets = r.array("targets");
        for (qsizetype i = 0; i < targets.size() && m_ctx.ok(); ++i) {
            ObjectReader t(m_ctx, targets.at(i), elementPath(r.pathOf("targets"), i));
            Target target;
            target.year = t.year("year", Presence::Required);
            target.value = t.number("value", Presence::Required);
            target.comparator = readEnum(t, "comparator", Presence::Required, target.comparator,
                                         &comparatorFromKey, QStringLiteral("at_least, at_most, equal"));
            t.finish();
            ind.targets.append(target);
        }
        r.finish();
        if (m_ctx.ok()) {
            m_indicatorIndex.insert(ind.code, m_data.indicators.size());
            m_indicatorPaths.append(path);
            m_data.indicators.append(ind);
        }
    }

    void readObservation(const QJsonValue &value, const QString &path)
    {
        ObjectReader r(m_ctx, value, path);
        Observation o;
        o.indicatorCode = r.string("indicator", Presence::Required);
        const Indicator *indicator = nullptr;
        if (m_ctx.ok()) {
            if (const auto it = m_indicatorIndex.constFind(o.indicatorCode); it != m_indicatorIndex.cend())
                indicator = &m_data.indicators.at(*it);
            else
                m_ctx.report(ErrorCode::UnknownIndicator, o.indicatorCode, r.pathOf("indicator"));
        }
        o.year = r.year("year", Presence::Required);
        const std::optional<QString> areaName = r.optionalString("area");
        if (m_ctx.ok() && areaName) {
            if (const Area *area = m_data.areaByName(*areaName))
                o.area = area->id;
            else
                m_ctx.report(ErrorCode::UnknownArea, *areaName, r.pathOf("area"));
        }
        o.numerator = r.optionalNumber("numerator");
        o.denominator = r.optionalNumber("denominator");
        o.value = r.optionalNumber("value");
        const std::optional<QString> asOf = r.optionalString("as_of");
        if (m_ctx.ok() && asOf) {
            // Not Qt::ISODate: that also takes "2015/04/01", which other readers of the file may not.
            o.asOf = QDate::fromString(*asOf, QStringLiteral("yyyy-MM-dd"));
            if (!o.asOf.isValid())
                m_ctx.report(ErrorCode::JsonBadValue, *asOf, r.pathOf("as_of"), QStringLiteral("YYYY-MM-DD"));
        }
        o.note = r.string("note");
        r.finish();
        if (!m_ctx.ok())
            return;

        const QString key = o.indicatorCode + QLatin1Char('\x1f') + QString::number(o.year.year()) +
                            QLatin1Char('\x1f') + QString::number(o.area.value());
        if (m_observationKeys.contains(key)) {
            m_ctx.report(ErrorCode::DuplicateCode,
                         o.indicatorCode + QLatin1Char(' ') + QString::number(o.year.year()), path);
            return;
        }
        m_observationKeys.insert(key);
        if (Result<void> valid = validateObservation(o, *indicator); !valid) {
            m_ctx.report(valid.error(), memberPath(path, valid.error().field));
            return;
        }
        m_data.observations.append(o);
    }

    ParseContext &m_ctx;
    DocumentData m_data;
    QSet<qint64> m_basicPolicyIds;
    QSet<qint64> m_policyIds;
    QSet<qint64> m_measureIds;
    QSet<qint64> m_indicatorIds;
    QHash<QString, qsizetype> m_indicatorIndex;
    QStringList m_indicatorPaths; ///< the JSON path of each indicator read, by index
    QSet<QString> m_observationKeys;
};

/// Line and column (both from 1, the column in characters) of a QJsonParseError offset into UTF-8
/// text. QJsonParseError::offset mostly points just past the character the parser stopped at, so
/// the column is that of the character before the offset: the offending one in the common cases
/// (a missing colon or comma, a trailing comma, a bad literal).
std::pair<qint64, qint64> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    qint64 line = 1;
    qint64 charsBefore = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++line;
            charsBefore = 0;
        } else if ((c & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++charsBefore;
        }
    }
    return {line, std::max<qint64>(charsBefore, 1)};
}

ScaleEntry entry(const char16_t *code, const char16_t *label, const char16_t *description)
{
    return {QString::fromUtf16(code), QString::fromUtf16(label), QString::fromUtf16(description)};
}

} // namespace

QByteArray documentToJson(const DocumentData &d)
{
    JsonWriter w;
    w.beginObject();
    w.key("format").string(FormatName);
    w.key("format_version").integer(JsonFormatVersion);
    writeOptionalString(w, "title", d.title);
    writeOptionalString(w, "report_footer", d.reportFooter);
    w.key("first_year").integer(d.firstYear.year());
    w.key("last_year").integer(d.lastYear.year());

    w.key("municipality").beginObject();
    writeOptionalString(w, "name", d.municipality.name);
    w.key("wards").beginArray();
    for (const Area &a : d.municipality.wards) {
        w.beginObject();
        w.key("id").integer(a.id.value());
        w.key("name").string(a.name);
        w.endObject();
    }
    w.endArray();
    w.endObject();

    w.key("grading").beginObject();
    w.key("far_down_threshold").number(d.grading.farDownThreshold);
    w.key("far_down_share_for_d").number(d.grading.farDownShareForD);
    w.key("below_share_for_c").number(d.grading.belowShareForC);
    w.endObject();
    // Written only when it differs from the default, so that documents that never set it export as
    // before (and stay readable by a Seika that does not know the field).
    if (d.outlierBand != DocumentData{}.outlierBand)
        w.key("outlier_band").number(d.outlierBand);

    writeScale(w, "grade_scale", d.gradeScale);
    writeScale(w, "direction_scale", d.directionScale);

    w.key("basic_policies").beginArray();
    for (const BasicPolicy &bp : d.basicPolicies) {
        w.beginObject();
        w.key("id").integer(bp.id.value());
        writeOptionalString(w, "code", bp.code);
        w.key("title").string(bp.title);
        w.key("policies").beginArray();
        for (const Policy &p : d.policies) {
            if (p.basicPolicy != bp.id)
                continue;
            w.beginObject();
            w.key("id").integer(p.id.value());
            writeOptionalString(w, "code", p.code);
            w.key("title").string(p.title);
            w.key("measures").beginArray();
            for (const Measure &m : d.measures) {
                if (m.policy == p.id)
                    writeMeasure(w, d, m);
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.key("observations").beginArray();
    for (const Observation &o : d.observations)
        writeObservation(w, d, o);
    w.endArray();

    if (!d.locks.isEmpty()) {
        w.key("locks").beginArray();
        for (const YearLock &l : d.locks) {
            w.beginObject();
            w.key("year").integer(l.year.year());
            writeOptionalString(w, "user", l.user);
            if (l.lockedAt.isValid())
                w.key("locked_at").string(l.lockedAt.toUTC().toString(Qt::ISODateWithMs));
            w.endObject();
        }
        w.endArray();
    }

    // Written only when there are surveys, so that documents without them export as before.
    if (!d.surveys.isEmpty()) {
        w.key("surveys").beginArray();
        for (const Survey &s : d.surveys)
            writeSurvey(w, s);
        w.endArray();
    }

    w.endObject();
    return w.finish();
}

Result<DocumentData> documentFromJson(const QByteArray &json)
{
    // A byte order mark, as some Windows editors write it, is not JSON; skip it rather than fail.
    QByteArray text = json;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error error{ErrorCode::JsonSyntax, {}, {}, parseError.errorString(), -1, -1};
        std::tie(error.line, error.column) = lineAndColumn(text, parseError.offset);
        return std::unexpected(error);
    }

    ParseContext ctx;
    DocumentReader reader(ctx);
    DocumentData data = reader.read(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    if (!ctx.ok())
        return std::unexpected(ctx.error());
    if (Result<void> valid = data.validate(); !valid)
        return std::unexpected(valid.error());
    return data;
}

Result<DocumentData> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::FileNotFound, path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::FileNotReadable, path, {}, file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::FileNotReadable, path, {}, file.errorString());
    return documentFromJson(bytes);
}

Result<void> writeJsonFile(const QString &path, const DocumentData &data)
{
    return writeOutputFile(path, documentToJson(data));
}

Result<DocumentData> kawasakiSample()
{
    return readJsonFile(QStringLiteral(":/sample/kawasaki.json"));
}

DocumentData emptyDocument()
{
    // The standard scales of the evaluation sheet. They are document data, not UI text, so they are
    // not translated.
    DocumentData d;
    d.gradeScale = {
        entry(u"A", u"順調に推移", u"目標を達成"),
        entry(u"B", u"一定の進捗があった", u"目標未達成のものがあるが一定の進捗があった"),
        entry(u"C", u"進捗が遅れた", u"現状を下回るものが多くあった"),
        entry(u"D", u"進捗は大幅に遅れた", u"現状を大幅に下回った"),
    };
    d.directionScale = {
        entry(u"I", u"効果的な事業構成である", u"現状のまま継続する"),
        entry(u"II", u"概ね効果的な構成である", u"一部見直し等の余地がある"),
        entry(u"III", u"あまり効果的な事業構成でない", u"見直し等の余地が大きい"),
        entry(u"IV", u"事業構成に問題がある", u"抜本的な見直し等が必要である"),
    };
    d.grading = GradingSettings{};
    d.firstYear = FiscalYear(2010);
    d.lastYear = FiscalYear(2030);
    return d;
}

} // namespace seika::core
