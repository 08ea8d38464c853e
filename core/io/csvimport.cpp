#include "core/io/csvimport.h"

#include "core/edit/validate.h"
#include "core/io/csvexport.h"
#include "core/io/progressgate.h"
#include "core/positionindex.h"
#include "core/model/observation.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace seika::core {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(seika::core::CsvImport)
};

using Field = CsvImportField;
constexpr qsizetype FieldCount = qsizetype(CsvImportField::FigureSource) + 1;

/// The header names of field in table, lower case; the first is Seika's own.
QStringList headerNames(CsvImportTable table, Field field)
{
    switch (field) {
    case Field::Indicator:
        return {QStringLiteral("indicator"), QStringLiteral("指標"), QStringLiteral("indicator_code"),
                QStringLiteral("指標コード")};
    case Field::Year:
        return {QStringLiteral("fiscal_year"), QStringLiteral("year"), QStringLiteral("年度")};
    case Field::Area:
        return {QStringLiteral("area"), QStringLiteral("地域")};
    case Field::Numerator:
        return {QStringLiteral("numerator"), QStringLiteral("分子")};
    case Field::Denominator:
        return {QStringLiteral("denominator"), QStringLiteral("分母")};
    case Field::Value:
        return {QStringLiteral("value"), QStringLiteral("値")};
    case Field::Note:
        return {QStringLiteral("note"), QStringLiteral("備考")};
    case Field::AsOf:
        return {QStringLiteral("as_of"), QStringLiteral("基準日")};
    case Field::Target:
        if (table == CsvImportTable::Targets)
            return {QStringLiteral("target"), QStringLiteral("目標値"), QStringLiteral("value"), QStringLiteral("値")};
        return {QStringLiteral("target"), QStringLiteral("目標値")};
    case Field::Comparator:
        return {QStringLiteral("comparator"), QStringLiteral("比較")};
    case Field::FigureSource:
        return {QStringLiteral("figure_source"), QStringLiteral("値の由来")};
    }
    return {};
}

/// The column of each field (-1: none) for a file with columnCount columns, or CsvMissingColumn naming
/// the required fields that have none.
Result<QList<qsizetype>> columnIndexes(CsvImportTable table, const CsvColumnMapping &mapping, qsizetype columnCount)
{
    QList<qsizetype> columnOf(FieldCount, -1);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.value() >= 0 && it.value() < columnCount)
            columnOf[qsizetype(it.key())] = it.value();
    }
    QStringList missing;
    for (Field f : csvImportFields(table)) {
        if (csvImportFieldRequired(table, f) && columnOf[qsizetype(f)] < 0)
            missing << csvImportFieldKey(f) + QStringLiteral(" (") + csvImportFieldJapanese(f) + QLatin1Char(')');
    }
    if (!missing.isEmpty())
        return std::unexpected(Error{ErrorCode::CsvMissingColumn, missing.join(QStringLiteral(", ")), {}, {}, 1, -1});
    return columnOf;
}

/// An observation's indicator (by the number planObservationImport() gives its code), year and area.
struct ObservationKey
{
    int codeId = 0;
    int year = 0;
    qint64 area = 0;
    auto operator<=>(const ObservationKey &) const = default;
};

size_t qHash(const ObservationKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.codeId, k.year, k.area);
}

/// The first row of a key in the file, and its operation in the batch (-1: none, the row was refused
/// or changes nothing).
struct SeenRow
{
    ObservationKey key;
    qint64 line = 0;
    qsizetype operation = -1;
};

/// The keys of the file's rows so far, each with its first row.
class SeenRows
{
    auto keyAt() const
    {
        return [this](qsizetype i) -> const ObservationKey & { return m_rows[size_t(i)].key; };
    }

public:
    void reserve(qsizetype n)
    {
        m_rows.reserve(size_t(n));
        m_index.reserve(n);
    }
    /// The first row with key; null when no row had it.
    [[nodiscard]] const SeenRow *find(const ObservationKey &key) const
    {
        const qsizetype i = m_index.find(key, keyAt());
        return i < 0 ? nullptr : &m_rows[size_t(i)];
    }
    /// Records line as the first row of key, which no row had before. The reference is valid until the next add().
    SeenRow &add(const ObservationKey &key, qint64 line)
    {
        m_rows.push_back(SeenRow{key, line, -1});
        m_index.append(key, keyAt());
        return m_rows.back();
    }

private:
    std::vector<SeenRow> m_rows;
    PositionIndex<ObservationKey> m_index;
};

/// The text of a cell as a string; null for an empty cell, as CsvReader::next() gives it.
QString textOf(QStringView cell)
{
    return cell.isEmpty() ? QString() : cell.toString();
}

/// A string over the characters of view without copying them, for a hash look-up (QHash in Qt 6.4 takes
/// no views); it must not outlive view's data.
QString rawString(QStringView view)
{
    return QString::fromRawData(view.constData(), view.size());
}

/// What the texts of a column with few distinct values (years, areas) parse to, each text parsed once.
/// A file lists rows in runs (the wards of a year, the years of an indicator): the text answered last
/// is compared first, then the few others one by one; only a column with many texts is hashed.
template <typename T> class TextCache
{
public:
    template <typename Parse> const T &value(QStringView text, Parse &&parse)
    {
        if (m_last >= 0 && m_entries.at(m_last).first == text)
            return m_entries.at(m_last).second;
        m_last = indexOf(text);
        if (m_last < 0) {
            m_last = m_entries.size();
            m_entries.append({text.toString(), parse(text)});
            if (m_entries.size() > LinearEntries)
                m_index.insert(m_entries.constLast().first, m_last);
            else if (m_entries.size() == LinearEntries + 1)
                for (qsizetype i = 0; i < m_entries.size(); ++i)
                    m_index.insert(m_entries.at(i).first, i);
        }
        return m_entries.at(m_last).second;
    }

private:
    static constexpr qsizetype LinearEntries = 16;

    qsizetype indexOf(QStringView text) const
    {
        if (m_entries.size() > LinearEntries)
            return m_index.value(rawString(text), -1);
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).first == text)
                return i;
        }
        return -1;
    }

    QList<std::pair<QString, T>> m_entries;
    QHash<QString, qsizetype> m_index; ///< text → index into m_entries, once there are many
    qsizetype m_last = -1;             ///< the entry answered last
};

/// Whether parseNumberInput() leaves a plain number (digits, optionally a minus and a decimal part)
/// alone with this unit: it strips a unit the text ends with, which a plain number can only when the
/// unit (NFKC, trimmed, as parseNumberInput() compares it) ends with a digit or a point.
bool unitLeavesPlainNumbers(const QString &unit)
{
    QString u = unit.normalized(QString::NormalizationForm_KC);
    u.replace(QChar(0x2212), QLatin1Char('-'));
    u = u.trimmed();
    return u.isEmpty() || !(u.back().isDigit() || u.back() == u'.');
}

/// The number of a cell written plainly, as Seika writes numbers: an optional minus, ASCII digits and
/// optionally a point and more digits, nothing else (not even spaces). parseNumberInput() reads such a
/// text the same way (when the unit allows, see unitLeavesPlainNumbers()) but normalizes it and
/// matches a pattern first, which is most of the time of a large import. Empty for any other text,
/// which then goes to parseNumberInput().
std::optional<double> plainNumber(QStringView text)
{
    constexpr qsizetype MaxLength = 40;
    if (text.isEmpty() || text.size() > MaxLength)
        return std::nullopt;
    char bytes[MaxLength];
    qsizetype i = 0;
    if (text.front() == u'-')
        bytes[i++] = '-';
    const qsizetype integerStart = i;
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9') {
        bytes[i] = char(text[i].unicode());
        ++i;
    }
    if (i == integerStart)
        return std::nullopt;
    if (i < text.size()) {
        if (text[i] != u'.')
            return std::nullopt;
        bytes[i++] = '.';
        const qsizetype fractionStart = i;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9') {
            bytes[i] = char(text[i].unicode());
            ++i;
        }
        if (i == fractionStart || i < text.size())
            return std::nullopt;
    }
    double v = 0;
    const auto [end, ec] = std::from_chars(bytes, bytes + i, v);
    if (ec != std::errc() || end != bytes + i || !std::isfinite(v))
        return std::nullopt; // out of range: parseNumberInput() reports it
    return v == 0 ? 0.0 : v; // "-0" is zero, as parseNumberInput() reads it
}

QString figuresText(const Observation &o)
{
    QStringList parts;
    if (o.numerator || o.denominator)
        parts << (o.numerator ? csvNumber(*o.numerator) : QString()) + QStringLiteral(" / ")
                     + (o.denominator ? csvNumber(*o.denominator) : QString());
    if (o.value)
        parts << csvNumber(*o.value);
    return parts.join(QStringLiteral("; "));
}

bool sameFigures(const Observation &a, const Observation &b)
{
    return a.numerator == b.numerator && a.denominator == b.denominator && a.value == b.value;
}

/// Opens the reader and fills the plan's encoding, delimiter and header; returns the column of each field
/// (the caller's choice, else found by header name). Shared by both imports.
Result<QList<qsizetype>> startPlan(CsvImportTable table, CsvReader &reader, ObservationImportPlan &plan,
                                   const std::optional<CsvColumnMapping> &columns)
{
    if (auto r = reader.open(); !r)
        return std::unexpected(r.error());
    plan.encoding = reader.encoding();
    plan.delimiter = reader.delimiter();
    plan.header = reader.header();
    auto mapping = columns ? Result<CsvColumnMapping>(*columns) : csvMappingFromHeader(table, plan.header);
    if (!mapping)
        return std::unexpected(mapping.error());
    // The wide layout the export writes for reading: refused as such, not as a file that lacks a column.
    if (!columns) {
        if (auto wide = csvWideLayoutError(table, plan.header))
            return std::unexpected(*wide);
    }
    return columnIndexes(table, *mapping, plan.header.size());
}

} // namespace

QString csvWideLayoutDetail()
{
    return QStringLiteral("wide_layout");
}

std::optional<Error> csvWideLayoutError(CsvImportTable table, const QStringList &header)
{
    const auto mapping = csvMappingFromHeader(table, header);
    if (!mapping || mapping->contains(Field::Year))
        return std::nullopt;
    for (const QString &h : header) {
        const QString t = h.trimmed();
        if (!t.isEmpty() && std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); })
            && parseFiscalYear(t))
            return Error{ErrorCode::CsvMissingColumn, t, {}, csvWideLayoutDetail(), 1, -1};
    }
    return std::nullopt;
}

QList<CsvImportField> csvImportFields(CsvImportTable table)
{
    if (table == CsvImportTable::Targets)
        return {Field::Indicator, Field::Year, Field::Target, Field::Comparator};
    return {Field::Indicator, Field::Year, Field::Area, Field::Numerator, Field::Denominator, Field::Value,
            Field::Note, Field::AsOf, Field::FigureSource};
}

bool csvImportFieldRequired(CsvImportTable table, CsvImportField field)
{
    return field == Field::Indicator || field == Field::Year
           || (table == CsvImportTable::Targets && field == Field::Target);
}

QString csvImportFieldKey(CsvImportField field)
{
    return headerNames(CsvImportTable::Observations, field).constFirst();
}

QString csvImportFieldJapanese(CsvImportField field)
{
    const QStringList names = headerNames(CsvImportTable::Observations, field);
    const auto it = std::find_if(names.cbegin(), names.cend(), [](const QString &n) { return n.at(0).unicode() > 0x7f; });
    return it != names.cend() ? *it : names.constFirst();
}

Result<CsvColumnMapping> csvMappingFromHeader(CsvImportTable table, const QStringList &header)
{
    CsvColumnMapping mapping;
    const QList<Field> fields = csvImportFields(table);
    for (qsizetype c = 0; c < header.size(); ++c) {
        QString name = header.at(c).trimmed().toLower();
        if (c == 0 && name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        for (Field f : fields) {
            if (!headerNames(table, f).contains(name))
                continue;
            if (mapping.contains(f))
                return std::unexpected(Error{ErrorCode::CsvDuplicateColumn, header.at(c).trimmed(), {}, {}, 1, c + 1});
            mapping.insert(f, c);
        }
    }
    return mapping;
}

Result<TargetText> parseTargetText(QStringView text, const Indicator &indicator)
{
    QStringView number = text.trimmed();
    std::optional<Comparator> comparator;
    if (number.endsWith(u"以上")) {
        comparator = Comparator::AtLeast;
        number.chop(2);
    } else if (number.endsWith(u"以下")) {
        comparator = Comparator::AtMost;
        number.chop(2);
    }
    auto v = parseNumberInput(number, indicator, ObservationField::Value);
    if (!v)
        return std::unexpected(v.error());
    if (*v < 0)
        return fail(ErrorCode::NegativeValue, text.toString());
    return TargetText{*v, comparator};
}

bool ObservationImportPlan::hasErrors() const
{
    return errorCount() > 0;
}

qsizetype ObservationImportPlan::errorCount() const
{
    return std::count_if(findings.cbegin(), findings.cend(), [](const CsvFinding &f) { return f.isError(); });
}

QString csvFindingReason(const DocumentData &doc, const CsvFinding &finding)
{
    switch (finding.type) {
    case CsvFinding::Type::Error: {
        Error e = finding.error;
        e.line = -1;
        e.column = -1;
        e.field.clear();
        return errorMessage(e);
    }
    case CsvFinding::Type::Overwrite:
        return ImportText::tr("overwrites the existing figure: %1 → %2")
            .arg(finding.oldValue.isEmpty() ? QStringLiteral("—") : finding.oldValue,
                 finding.newValue.isEmpty() ? QStringLiteral("—") : finding.newValue);
    case CsvFinding::Type::Outlier:
        return warningMessage(doc, finding.outlier);
    }
    return {};
}

Result<ObservationImportPlan> planObservationImport(const DocumentData &doc, QIODevice *device,
                                                    const CsvReadOptions &options,
                                                    const std::function<bool(qint64)> &progress,
                                                    const std::optional<CsvColumnMapping> &columns,
                                                    const CsvImportParts *parts)
{
    CsvReader reader(device, options);
    ObservationImportPlan plan;
    auto indexes = startPlan(CsvImportTable::Observations, reader, plan, columns);
    if (!indexes)
        return std::unexpected(indexes.error());
    const QList<qsizetype> columnOf = *std::move(indexes);
    const auto has = [&columnOf](Field f) { return columnOf[qsizetype(f)] >= 0; };
    const auto columnName = [&](Field f) { return has(f) ? plan.header.at(columnOf[qsizetype(f)]).trimmed() : QString(); };

    // Indicators by code and by name. Keys identify an indicator by the number of its code (codes are
    // what observations refer to), so that the million keys of a large file hash three integers.
    QHash<QString, const Indicator *> byCode;
    QHash<QString, const Indicator *> byName;
    QHash<QString, int> codeIds;
    QStringList codes; // code id → code
    QList<int> codeIdOfIndicator; // index into doc.indicators → code id
    for (const Indicator &i : doc.indicators) {
        byCode.insert(i.code, &i);
        if (!byName.contains(i.name))
            byName.insert(i.name, &i);
        auto id = codeIds.constFind(i.code);
        if (id == codeIds.cend()) {
            id = codeIds.insert(i.code, int(codes.size()));
            codes << i.code;
        }
        codeIdOfIndicator << *id;
    }
    // Whether a plain number ("123", "-4.5") can end with the unit of the value or of the counts:
    // parseNumberInput() strips that unit first, so plainNumber() may read the number only when not.
    QList<std::array<bool, 2>> plainUnit;
    for (const Indicator &i : doc.indicators)
        plainUnit.append({unitLeavesPlainNumbers(i.unit), unitLeavesPlainNumbers(i.numeratorUnit)});
    const auto codeIdOf = [&](const Indicator *ind) { return codeIdOfIndicator.at(ind - doc.indicators.constData()); };
    // The document's observations by key. (An observation of a code no indicator has, code id -1, matches
    // no row.)
    std::vector<int> existingCodeIds;
    existingCodeIds.reserve(size_t(doc.observations.size()));
    const auto existingKey = [&](qsizetype i) {
        const Observation &o = doc.observations.at(i);
        return ObservationKey{existingCodeIds[size_t(i)], o.year.year(), o.area.value()};
    };
    PositionIndex<ObservationKey> existing;
    existing.reserve(doc.observations.size());
    for (qsizetype i = 0; i < doc.observations.size(); ++i) {
        existingCodeIds.push_back(codeIds.value(doc.observations.at(i).indicatorCode, -1));
        existing.append(existingKey(i), existingKey);
    }
    const auto existingIndex = [&](const ObservationKey &key) { return existing.find(key, existingKey); };
    SeenRows seen;
    QList<ObservationKey> importedKeys; // of each operation of the batch
    TextCache<Result<FiscalYear>> yearCache;
    TextCache<Result<AreaId>> areaCache;
    std::vector<std::optional<DocumentData>> views(codes.size()); // code id → the document with only that indicator
    QString lastIndicatorText; // files list an indicator's rows together: most rows name the one before
    const Indicator *lastIndicator = nullptr;

    constexpr qint64 EstimateAfterBytes = 1024 * 1024;
    bool reserved = false;
    ProgressGate gate(progress);
    qsizetype handedOn = 0; // operations given to parts->take
    const auto handOn = [&]() {
        const auto &ops = plan.batch.operations;
        WriteBatch part;
        part.operations = QList<WriteBatch::Operation>(ops.cbegin() + handedOn, ops.cend());
        handedOn = ops.size();
        return parts->take(std::move(part), plan.errorCount());
    };
    for (;;) {
        if (parts && plan.batch.operations.size() - handedOn >= (handedOn == 0 ? parts->firstRows : parts->rows)
            && !handOn())
            return fail(ErrorCode::Cancelled);
        auto more = reader.advance();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        ++plan.dataRows;
        if (!gate.proceed(reader.bytesRead()))
            return fail(ErrorCode::Cancelled);
        if (!reserved && reader.bytesRead() >= EstimateAfterBytes && !device->isSequential()) {
            // Room for the rows of the whole file, estimated from the first megabyte (read a chunk ahead
            // of the rows) with a margin: growing a list of a million operations would hold the old and
            // the new copy at once. Room that stays unused is never touched, so it costs address
            // space, not memory.
            reserved = true;
            const qint64 rows = qint64(double(plan.dataRows) * double(device->size()) / double(reader.bytesRead()) * 1.25);
            plan.batch.operations.reserve(rows);
            importedKeys.reserve(rows);
            seen.reserve(rows);
        }
        const qint64 line = reader.recordLine();
        // Cells are views into the reader's record: strings are made only for what a finding or an
        // observation keeps.
        const auto cell = [&](Field f) -> QStringView {
            return has(f) ? reader.field(columnOf[qsizetype(f)]) : QStringView();
        };
        const auto cellText = [&](Field f) { return textOf(cell(f)); };
        const auto addError = [&](Field f, const QString &value, Error e) {
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, columnName(f), value, std::move(e), {}, {}, {}});
        };
        const qsizetype before = plan.findings.size();
        if (reader.recordError()) {
            QString fields;
            for (qsizetype c = 0; c < reader.fieldCount() && fields.size() <= 80; ++c) {
                if (c > 0)
                    fields += QChar(reader.delimiter());
                fields += reader.field(c);
            }
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, {}, fields.left(80), *reader.recordError(),
                                            {}, {}, {}});
            continue;
        }
        // A city figure the export worked out from the wards is not a figure anyone entered: the wards' rows
        // carry it, so importing it would turn a sum into an entered figure that no longer follows the wards.
        if (has(Field::FigureSource)) {
            const QStringView sourceText = cell(Field::FigureSource);
            const std::optional<CityFigureSource> source = cityFigureSourceFromKey(sourceText);
            if (!source) {
                addError(Field::FigureSource, textOf(sourceText.trimmed()),
                         Error{ErrorCode::CsvUnknownFigureSource, sourceText.trimmed().toString(), {}, {}, -1, -1});
                continue;
            }
            if (*source == CityFigureSource::WardSum) {
                ++plan.sumOfWardsRows;
                ++plan.validRows;
                continue;
            }
        }

        const QStringView indicatorText = cell(Field::Indicator).trimmed();
        if (indicatorText != lastIndicatorText || lastIndicatorText.isNull()) {
            const QString key = rawString(indicatorText);
            lastIndicator = byCode.value(key);
            if (!lastIndicator)
                lastIndicator = byName.value(key);
            lastIndicatorText = indicatorText.toString();
            if (lastIndicatorText.isNull())
                lastIndicatorText = QStringLiteral(""); // not null: the cache holds the empty text too
        }
        const Indicator *ind = lastIndicator;
        if (!ind) {
            const QString text = textOf(indicatorText);
            addError(Field::Indicator, text, Error{ErrorCode::UnknownIndicator, text, {}, {}, -1, -1});
        }
        const QStringView yearText = cell(Field::Year);
        // A file has few distinct year and area texts; parsing each once keeps large files fast.
        const Result<FiscalYear> &year = yearCache.value(yearText, [](QStringView t) { return parseFiscalYear(t); });
        if (!year)
            addError(Field::Year, textOf(yearText), year.error());
        const QStringView areaText = cell(Field::Area);
        const Result<AreaId> &area = areaCache.value(areaText, [&doc](QStringView t) { return parseArea(doc, t); });
        if (!area)
            addError(Field::Area, textOf(areaText), area.error());
        std::optional<double> numbers[3];
        const Field numberFields[3] = {Field::Numerator, Field::Denominator, Field::Value};
        const ObservationField observationFields[3] = {ObservationField::Numerator, ObservationField::Denominator,
                                                       ObservationField::Value};
        if (ind) {
            for (int k = 0; k < 3; ++k) {
                const QStringView text = cell(numberFields[k]);
                if (text.trimmed().isEmpty())
                    continue;
                const auto v = plainUnit.at(ind - doc.indicators.constData())[k == 2 ? 0 : 1]
                                   ? plainNumber(text) : std::nullopt;
                if (v)
                    numbers[k] = *v;
                else if (const auto parsed = parseNumberInput(text, *ind, observationFields[k]))
                    numbers[k] = *parsed;
                else
                    addError(numberFields[k], textOf(text), parsed.error());
            }
        }
        QDate asOf;
        const QStringView asOfText = cell(Field::AsOf).trimmed();
        if (!asOfText.isEmpty()) {
            asOf = QDate::fromString(asOfText, Qt::ISODate);
            if (!asOf.isValid())
                asOf = QDate::fromString(asOfText.toString(), QStringLiteral("yyyy/M/d"));
            if (!asOf.isValid())
                addError(Field::AsOf, asOfText.toString(), Error{ErrorCode::JsonBadValue, asOfText.toString(), {}, {}, -1, -1});
        }
        if (plan.findings.size() != before)
            continue;

        const bool counts = numbers[0] || numbers[1];
        if (counts && numbers[2]) {
            addError(Field::Value, cellText(Field::Value), Error{ErrorCode::CsvValueAndCounts, ind->code, {}, {}, -1, -1});
            continue;
        }
        if (counts && !(numbers[0] && numbers[1])) {
            const Field f = numbers[0] ? Field::Denominator : Field::Numerator;
            addError(f, cellText(f), Error{ErrorCode::CsvIncompleteCounts, {}, {}, {}, -1, -1});
            continue;
        }
        if (counts && ind->kind != IndicatorKind::Ratio) {
            addError(Field::Numerator, cellText(Field::Numerator),
                     Error{ErrorCode::CsvCountsNotRatio, ind->code, {}, {}, -1, -1});
            continue;
        }

        const int codeId = codeIdOf(ind);
        const ObservationKey key{codeId, year->year(), area->value()};
        const qsizetype oldIndex = existingIndex(key);
        const Observation *old = oldIndex >= 0 ? &doc.observations.at(oldIndex) : nullptr;
        Observation obs;
        if (old) {
            obs = *old;
        } else {
            obs.indicatorCode = ind->code;
            obs.year = *year;
            obs.area = *area;
        }
        if (counts) {
            obs.numerator = numbers[0];
            obs.denominator = numbers[1];
            obs.value.reset();
        } else if (numbers[2]) {
            obs.value = numbers[2];
            obs.numerator.reset();
            obs.denominator.reset();
        }
        if (has(Field::Note))
            obs.note = cellText(Field::Note);
        if (has(Field::AsOf))
            obs.asOf = asOf;

        if (const SeenRow *first = seen.find(key)) {
            const QString rowText = ind->code + QLatin1Char(' ') + QString::number(obs.year.year()) + QLatin1Char(' ')
                                    + (obs.area.isValid() ? areaText.trimmed().toString() : csvCityName());
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, {}, rowText,
                                            Error{ErrorCode::DuplicateEntry, rowText, {}, QString::number(first->line), -1, -1},
                                            {}, {}, {}});
            continue;
        }
        SeenRow &first = seen.add(key, line);
        // validateEntry() looks the indicator up by a linear search; a document holding only this indicator
        // (and everything else the rules read) gives the same answer in constant time.
        std::optional<DocumentData> &view = views[size_t(codeId)];
        if (!view) {
            view.emplace();
            view->municipality = doc.municipality;
            view->locks = doc.locks;
            view->firstYear = doc.firstYear;
            view->lastYear = doc.lastYear;
            view->outlierBand = doc.outlierBand;
            view->indicators = {*ind};
        }
        if (auto valid = validateEntry(*view, obs); !valid) {
            const Error &e = valid.error();
            Field f = Field::Value;
            if (e.field == QLatin1String("year"))
                f = Field::Year;
            else if (e.field == QLatin1String("area"))
                f = Field::Area;
            else if (e.field == QLatin1String("indicator"))
                f = Field::Indicator;
            else if (e.field == QLatin1String("numerator"))
                f = Field::Numerator;
            else if (e.field == QLatin1String("denominator"))
                f = Field::Denominator;
            addError(f, cellText(f), e);
            continue;
        }
        ++plan.validRows;
        if (old && *old == obs)
            continue; // nothing changes
        if (old) {
            const bool figures = !sameFigures(*old, obs);
            const Field f = figures ? (counts ? Field::Numerator : Field::Value) : Field::Note;
            plan.findings.append(CsvFinding{CsvFinding::Type::Overwrite, line, columnName(f), cellText(f), {},
                                            figures ? figuresText(*old) : old->note,
                                            figures ? figuresText(obs) : obs.note, {}});
        }
        first.operation = importedKeys.size();
        importedKeys.append(key);
        plan.batch.operations.emplaceBack(std::in_place_type<WriteBatch::PutObservation>, std::move(obs));
    }
    if (plan.dataRows == 0)
        return std::unexpected(Error{ErrorCode::CsvNoRows, {}, {}, {}, 1, -1});

    // The batch as a whole, as every editor checks it. With every code in the document unique, each
    // operation was checked above exactly as validateBatch() would check it (validateEntry() against the
    // same indicator, wards, years and locks; no key twice), so it could find nothing: skipping it saves
    // a copy of the document and a second pass over a million observations.
    if (codes.size() != doc.indicators.size()) {
        for (const Error &e : validateBatch(doc, plan.batch))
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, e.line, e.field, e.value, e, {}, {}, {}});
    }
    if (parts && !handOn())
        return fail(ErrorCode::Cancelled);

    // Outliers: the series of each imported indicator and area after the import, one small document per
    // series so that entryWarnings() scans only that series. The series are gathered as indexes and
    // copied one at a time, so that the import never holds a second copy of every observation.
    if (!plan.batch.isEmpty()) {
        struct Series
        {
            int codeId = 0;
            qint64 area = 0;
            QList<qsizetype> existing; ///< indexes into doc.observations, in document order
            QList<qsizetype> imported; ///< indexes into the batch, in batch order
        };
        QHash<ObservationKey, qsizetype> seriesIndex; // year 0 → index into seriesList
        QList<Series> seriesList;
        for (qsizetype i = 0; i < importedKeys.size(); ++i) {
            const ObservationKey &k = importedKeys.at(i);
            const ObservationKey seriesKey{k.codeId, 0, k.area};
            auto it = seriesIndex.constFind(seriesKey);
            if (it == seriesIndex.cend()) {
                it = seriesIndex.emplace(seriesKey, seriesList.size());
                seriesList.append(Series{k.codeId, k.area, {}, {}});
            }
            seriesList[*it].imported.append(i);
        }
        for (qsizetype i = 0; i < doc.observations.size(); ++i) {
            const Observation &o = doc.observations.at(i);
            const int id = codeIds.value(o.indicatorCode, -1);
            if (id < 0)
                continue;
            const auto s = seriesIndex.constFind(ObservationKey{id, 0, o.area.value()});
            if (s == seriesIndex.cend())
                continue;
            // Replaced by the import: the series holds the imported figure instead.
            if (const SeenRow *row = seen.find(ObservationKey{id, o.year.year(), o.area.value()});
                row && row->operation >= 0)
                continue;
            seriesList[*s].existing.append(i);
        }
        QList<CsvFinding> outliers;
        for (const Series &s : std::as_const(seriesList)) {
            const Indicator *ind = byCode.value(codes.at(s.codeId));
            if (!ind)
                continue;
            DocumentData one;
            one.indicators = {*ind};
            one.observations.reserve(s.existing.size() + s.imported.size());
            for (const qsizetype i : s.existing)
                one.observations.append(doc.observations.at(i));
            for (const qsizetype i : s.imported)
                one.observations.append(std::get<WriteBatch::PutObservation>(plan.batch.operations.at(i)).observation);
            one.outlierBand = doc.outlierBand;
            const AreaId area(s.area);
            for (const EntryWarning &w : entryWarnings(one, ind->code, area)) {
                if (w.kind != EntryWarningKind::OutlierChange)
                    continue;
                const SeenRow *row = seen.find(ObservationKey{s.codeId, w.year.year(), area.value()});
                if (!row || row->operation < 0)
                    continue;
                CsvFinding f{CsvFinding::Type::Outlier, row->line, {}, csvNumber(w.current), {}, {}, {}, w};
                f.column = columnName(ind->kind == IndicatorKind::Ratio && has(Field::Numerator) ? Field::Numerator
                                                                                                  : Field::Value);
                outliers.append(f);
            }
        }
        plan.findings += outliers;
        std::stable_sort(plan.findings.begin(), plan.findings.end(),
                         [](const CsvFinding &a, const CsvFinding &b) { return a.line < b.line; });
    }
    return plan;
}

Result<ObservationImportPlan> planTargetImport(const DocumentData &doc, QIODevice *device, const CsvReadOptions &options,
                                               const std::function<bool(qint64)> &progress,
                                               const std::optional<CsvColumnMapping> &columns)
{
    CsvReader reader(device, options);
    ObservationImportPlan plan;
    auto indexes = startPlan(CsvImportTable::Targets, reader, plan, columns);
    if (!indexes)
        return std::unexpected(indexes.error());
    const QList<qsizetype> columnOf = *std::move(indexes);
    constexpr int Ind = int(Field::Indicator);
    constexpr int Year = int(Field::Year);
    constexpr int Value = int(Field::Target);
    constexpr int Comp = int(Field::Comparator);
    const auto columnName = [&](int f) { return columnOf[f] >= 0 ? plan.header.at(columnOf[f]).trimmed() : QString(); };

    QHash<QString, const Indicator *> byCode;
    QHash<QString, const Indicator *> byName;
    for (const Indicator &i : doc.indicators) {
        byCode.insert(i.code, &i);
        if (!byName.contains(i.name))
            byName.insert(i.name, &i);
    }
    QHash<QString, Indicator> changed; // code → the indicator with its new targets
    QStringList order;                 // codes in the order of their first row
    QHash<std::pair<QString, int>, qint64> seen; // code and year → line of the first row
    ProgressGate gate(progress);
    for (;;) {
        auto next = reader.next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const CsvRecord &record = **next;
        ++plan.dataRows;
        if (!gate.proceed(reader.bytesRead()))
            return fail(ErrorCode::Cancelled);
        const qint64 line = record.line;
        if (record.error) {
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, {},
                                            record.fields.join(QChar(reader.delimiter())).left(80), *record.error, {},
                                            {}, {}});
            continue;
        }
        const auto cell = [&](int f) { return columnOf[f] >= 0 ? record.fields.value(columnOf[f]) : QString(); };
        const qsizetype before = plan.findings.size();
        const auto addError = [&](int f, const QString &value, Error e) {
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, columnName(f), value, std::move(e), {}, {}, {}});
        };
        const QString indicatorText = cell(Ind).trimmed();
        const Indicator *ind = byCode.value(indicatorText);
        if (!ind)
            ind = byName.value(indicatorText);
        if (!ind)
            addError(Ind, indicatorText, Error{ErrorCode::UnknownIndicator, indicatorText, {}, {}, -1, -1});
        const QString yearText = cell(Year);
        const auto year = parseFiscalYear(yearText);
        if (!year) {
            addError(Year, yearText, year.error());
        } else if (*year < doc.firstYear || *year > doc.lastYear) {
            addError(Year, yearText,
                     Error{ErrorCode::YearOutsideDocument, formatFiscalYear(*year), {},
                           QString::number(doc.firstYear.year()) + QLatin1Char('-') + QString::number(doc.lastYear.year()),
                           -1, -1});
        }
        // The comparator: its own cell, or 以上/以下 after the number.
        std::optional<Comparator> comparator;
        std::optional<Result<TargetText>> target;
        if (ind) {
            target = parseTargetText(cell(Value), *ind);
            if (*target)
                comparator = (*target)->comparator;
        }
        const QString comparatorText = cell(Comp).trimmed();
        if (!comparatorText.isEmpty()) {
            if (auto c = comparatorFromKey(comparatorText.toLower()))
                comparator = *c;
            else if (comparatorText == QStringLiteral("以上") || comparatorText == QStringLiteral("≥")
                     || comparatorText == QLatin1String(">="))
                comparator = Comparator::AtLeast;
            else if (comparatorText == QStringLiteral("以下") || comparatorText == QStringLiteral("≤")
                     || comparatorText == QLatin1String("<="))
                comparator = Comparator::AtMost;
            else if (comparatorText == QLatin1String("="))
                comparator = Comparator::Equal;
            else
                addError(Comp, comparatorText, Error{ErrorCode::JsonBadValue, comparatorText, {}, {}, -1, -1});
        }
        std::optional<double> value;
        if (target) {
            if (*target)
                value = (*target)->value;
            else
                addError(Value, cell(Value), target->error());
        }
        if (plan.findings.size() != before)
            continue;
        const std::pair<QString, int> key{ind->code, year->year()};
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            const QString rowText = ind->code + QLatin1Char(' ') + QString::number(year->year());
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, {}, rowText,
                                            Error{ErrorCode::DuplicateEntry, rowText, {}, QString::number(*first), -1, -1},
                                            {}, {}, {}});
            continue;
        }
        seen.insert(key, line);
        ++plan.validRows;
        auto it = changed.find(ind->code);
        if (it == changed.end()) {
            it = changed.insert(ind->code, *ind);
            order << ind->code;
        }
        QList<Target> &targets = it->targets;
        const auto existing = std::find_if(targets.begin(), targets.end(), [&](const Target &t) { return t.year == *year; });
        Target t{*year, *value, comparator.value_or(existing != targets.end() ? existing->comparator : Comparator::AtLeast)};
        if (existing != targets.end()) {
            if (*existing == t)
                continue;
            plan.findings.append(CsvFinding{CsvFinding::Type::Overwrite, line, columnName(Value), cell(Value), {},
                                            formatTargetValue(existing->value, ind->unit, ind->decimals, existing->comparator),
                                            formatTargetValue(t.value, ind->unit, ind->decimals, t.comparator), {}});
            *existing = t;
        } else {
            targets.append(t);
        }
    }
    if (plan.dataRows == 0)
        return std::unexpected(Error{ErrorCode::CsvNoRows, {}, {}, {}, 1, -1});
    for (const QString &code : std::as_const(order)) {
        Indicator ind = changed.value(code);
        std::stable_sort(ind.targets.begin(), ind.targets.end(), [](const Target &a, const Target &b) { return a.year < b.year; });
        if (const Indicator *old = byCode.value(code); old && *old == ind)
            continue;
        plan.batch.operations.append(WriteBatch::PutIndicator{ind});
    }
    for (const Error &e : validateBatch(doc, plan.batch))
        plan.findings.append(CsvFinding{CsvFinding::Type::Error, e.line, e.field, e.value, e, {}, {}, {}});
    return plan;
}

} // namespace seika::core
