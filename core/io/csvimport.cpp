#include "core/io/csvimport.h"

#include "core/io/csvexport.h"
#include "core/model/observation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace seika::core {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(seika::core::CsvImport)
};

using Field = CsvImportField;
constexpr qsizetype FieldCount = qsizetype(CsvImportField::Comparator) + 1;

/// The header names of field in table, lower case; the first is Seika's own.
QStringList headerNames(CsvImportTable table, Field field)
{
    switch (field) {
    case Field::Indicator:
        return {QStringLiteral("indicator"), QStringLiteral("指標"), QStringLiteral("indicator_code")};
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

struct ObservationKey
{
    QString code;
    int year = 0;
    qint64 area = 0;
    bool operator==(const ObservationKey &) const = default;
};

size_t qHash(const ObservationKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.code, k.year, k.area);
}

ObservationKey keyOf(const Observation &o)
{
    return {o.indicatorCode, o.year.year(), o.area.value()};
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

} // namespace

QList<CsvImportField> csvImportFields(CsvImportTable table)
{
    if (table == CsvImportTable::Targets)
        return {Field::Indicator, Field::Year, Field::Target, Field::Comparator};
    return {Field::Indicator, Field::Year, Field::Area, Field::Numerator, Field::Denominator, Field::Value,
            Field::Note, Field::AsOf};
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
                                                    const std::optional<CsvColumnMapping> &columns)
{
    CsvReader reader(device, options);
    if (auto r = reader.open(); !r)
        return std::unexpected(r.error());
    ObservationImportPlan plan;
    plan.encoding = reader.encoding();
    plan.delimiter = reader.delimiter();
    plan.header = reader.header();

    auto mapping = columns ? Result<CsvColumnMapping>(*columns)
                           : csvMappingFromHeader(CsvImportTable::Observations, plan.header);
    if (!mapping)
        return std::unexpected(mapping.error());
    auto indexes = columnIndexes(CsvImportTable::Observations, *mapping, plan.header.size());
    if (!indexes)
        return std::unexpected(indexes.error());
    const QList<qsizetype> columnOf = *std::move(indexes);
    const auto has = [&columnOf](Field f) { return columnOf[qsizetype(f)] >= 0; };
    const auto columnName = [&](Field f) { return has(f) ? plan.header.at(columnOf[qsizetype(f)]).trimmed() : QString(); };

    QHash<QString, const Indicator *> byCode;
    QHash<QString, const Indicator *> byName;
    for (const Indicator &i : doc.indicators) {
        byCode.insert(i.code, &i);
        if (!byName.contains(i.name))
            byName.insert(i.name, &i);
    }
    QHash<ObservationKey, qsizetype> existing;
    for (qsizetype i = 0; i < doc.observations.size(); ++i)
        existing.insert(keyOf(doc.observations.at(i)), i);
    QHash<ObservationKey, qint64> seen; // → line of the first row
    QList<qint64> lineOfOperation;
    QHash<QString, Result<FiscalYear>> yearCache;
    QHash<QString, Result<AreaId>> areaCache;
    QHash<QString, DocumentData> views; // indicator code → the document with only that indicator

    qint64 nextProgress = 0;
    for (;;) {
        auto next = reader.next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const CsvRecord &record = **next;
        ++plan.dataRows;
        if (progress && reader.bytesRead() >= nextProgress) {
            if (!progress(reader.bytesRead()))
                return fail(ErrorCode::Cancelled);
            nextProgress = reader.bytesRead() + 1024 * 1024;
        }
        const qint64 line = record.line;
        const auto cell = [&](Field f) -> QString {
            return has(f) ? record.fields.value(columnOf[qsizetype(f)]) : QString();
        };
        const auto addError = [&](Field f, const QString &value, Error e) {
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, columnName(f), value, std::move(e), {}, {}, {}});
        };
        const qsizetype before = plan.findings.size();
        if (record.error) {
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, {}, record.fields.join(QChar(reader.delimiter())).left(80),
                                            *record.error, {}, {}, {}});
            continue;
        }

        const QString indicatorText = cell(Field::Indicator).trimmed();
        const Indicator *ind = byCode.value(indicatorText);
        if (!ind)
            ind = byName.value(indicatorText);
        if (!ind)
            addError(Field::Indicator, indicatorText, Error{ErrorCode::UnknownIndicator, indicatorText, {}, {}, -1, -1});
        const QString yearText = cell(Field::Year);
        // A file has few distinct year and area texts; parsing each once keeps large files fast.
        auto yearIt = yearCache.constFind(yearText);
        if (yearIt == yearCache.cend())
            yearIt = yearCache.insert(yearText, parseFiscalYear(yearText));
        const Result<FiscalYear> &year = *yearIt;
        if (!year)
            addError(Field::Year, yearText, year.error());
        const QString areaText = cell(Field::Area);
        auto areaIt = areaCache.constFind(areaText);
        if (areaIt == areaCache.cend())
            areaIt = areaCache.insert(areaText, parseArea(doc, areaText));
        const Result<AreaId> &area = *areaIt;
        if (!area)
            addError(Field::Area, areaText, area.error());
        std::optional<double> numbers[3];
        const Field numberFields[3] = {Field::Numerator, Field::Denominator, Field::Value};
        const ObservationField observationFields[3] = {ObservationField::Numerator, ObservationField::Denominator,
                                                       ObservationField::Value};
        if (ind) {
            for (int k = 0; k < 3; ++k) {
                const QString text = cell(numberFields[k]);
                if (text.trimmed().isEmpty())
                    continue;
                if (auto v = parseNumberInput(text, *ind, observationFields[k]))
                    numbers[k] = *v;
                else
                    addError(numberFields[k], text, v.error());
            }
        }
        QDate asOf;
        const QString asOfText = cell(Field::AsOf).trimmed();
        if (!asOfText.isEmpty()) {
            asOf = QDate::fromString(asOfText, Qt::ISODate);
            if (!asOf.isValid())
                asOf = QDate::fromString(asOfText, QStringLiteral("yyyy/M/d"));
            if (!asOf.isValid())
                addError(Field::AsOf, asOfText, Error{ErrorCode::JsonBadValue, asOfText, {}, {}, -1, -1});
        }
        if (plan.findings.size() != before)
            continue;

        const bool counts = numbers[0] || numbers[1];
        if (counts && numbers[2]) {
            addError(Field::Value, cell(Field::Value), Error{ErrorCode::CsvValueAndCounts, ind->code, {}, {}, -1, -1});
            continue;
        }
        if (counts && !(numbers[0] && numbers[1])) {
            const Field f = numbers[0] ? Field::Denominator : Field::Numerator;
            addError(f, cell(f), Error{ErrorCode::CsvIncompleteCounts, {}, {}, {}, -1, -1});
            continue;
        }
        if (counts && ind->kind != IndicatorKind::Ratio) {
            addError(Field::Numerator, cell(Field::Numerator),
                     Error{ErrorCode::CsvCountsNotRatio, ind->code, {}, {}, -1, -1});
            continue;
        }

        Observation obs;
        obs.indicatorCode = ind->code;
        obs.year = *year;
        obs.area = *area;
        const ObservationKey key = keyOf(obs);
        const qsizetype existingIndex = existing.value(key, -1);
        const Observation *old = existingIndex >= 0 ? &doc.observations.at(existingIndex) : nullptr;
        if (old)
            obs = *old;
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
            obs.note = cell(Field::Note);
        if (has(Field::AsOf))
            obs.asOf = asOf;

        const QString rowText = ind->code + QLatin1Char(' ') + QString::number(obs.year.year()) + QLatin1Char(' ')
                                + (obs.area.isValid() ? areaText.trimmed() : csvCityName());
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            plan.findings.append(CsvFinding{CsvFinding::Type::Error, line, {}, rowText,
                                            Error{ErrorCode::DuplicateEntry, rowText, {}, QString::number(*first), -1, -1},
                                            {}, {}, {}});
            continue;
        }
        seen.insert(key, line);
        // validateEntry() looks the indicator up by a linear search; a document holding only this indicator
        // (and everything else the rules read) gives the same answer in constant time.
        auto view = views.find(ind->code);
        if (view == views.end()) {
            DocumentData one;
            one.municipality = doc.municipality;
            one.locks = doc.locks;
            one.firstYear = doc.firstYear;
            one.lastYear = doc.lastYear;
            one.outlierBand = doc.outlierBand;
            one.indicators = {*ind};
            view = views.insert(ind->code, std::move(one));
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
            addError(f, cell(f), e);
            continue;
        }
        ++plan.validRows;
        if (old && *old == obs)
            continue; // nothing changes
        if (old) {
            const bool figures = !sameFigures(*old, obs);
            const Field f = figures ? (counts ? Field::Numerator : Field::Value) : Field::Note;
            plan.findings.append(CsvFinding{CsvFinding::Type::Overwrite, line, columnName(f), cell(f), {},
                                            figures ? figuresText(*old) : old->note,
                                            figures ? figuresText(obs) : obs.note, {}});
        }
        plan.batch.operations.append(WriteBatch::PutObservation{obs});
        lineOfOperation.append(line);
    }
    if (plan.dataRows == 0)
        return std::unexpected(Error{ErrorCode::CsvNoRows, {}, {}, {}, 1, -1});

    // The batch as a whole, as every editor checks it.
    for (const Error &e : validateBatch(doc, plan.batch))
        plan.findings.append(CsvFinding{CsvFinding::Type::Error, e.line, e.field, e.value, e, {}, {}, {}});

    // Outliers: the series of each imported indicator and area after the import, one small document per
    // series so that entryWarnings() scans only that series.
    if (!plan.batch.isEmpty()) {
        QHash<ObservationKey, qint64> importedLine; // year-level key → line
        QSet<ObservationKey> series;                 // year 0
        QHash<ObservationKey, QList<Observation>> observationsOf;
        for (qsizetype i = 0; i < plan.batch.operations.size(); ++i) {
            const Observation &o = std::get<WriteBatch::PutObservation>(plan.batch.operations.at(i)).observation;
            importedLine.insert(keyOf(o), lineOfOperation.at(i));
            series.insert(ObservationKey{o.indicatorCode, 0, o.area.value()});
        }
        for (const Observation &o : doc.observations) {
            const ObservationKey s{o.indicatorCode, 0, o.area.value()};
            if (series.contains(s) && !importedLine.contains(keyOf(o)))
                observationsOf[s].append(o);
        }
        for (const WriteBatch::Operation &op : plan.batch.operations) {
            const Observation &o = std::get<WriteBatch::PutObservation>(op).observation;
            observationsOf[ObservationKey{o.indicatorCode, 0, o.area.value()}].append(o);
        }
        QList<CsvFinding> outliers;
        for (auto it = observationsOf.cbegin(); it != observationsOf.cend(); ++it) {
            const Indicator *ind = byCode.value(it.key().code);
            if (!ind)
                continue;
            DocumentData one;
            one.indicators = {*ind};
            one.observations = it.value();
            one.outlierBand = doc.outlierBand;
            const AreaId area(it.key().area);
            for (const EntryWarning &w : entryWarnings(one, ind->code, area)) {
                if (w.kind != EntryWarningKind::OutlierChange)
                    continue;
                const qint64 line = importedLine.value(ObservationKey{ind->code, w.year.year(), area.value()}, -1);
                if (line < 0)
                    continue;
                CsvFinding f{CsvFinding::Type::Outlier, line, {}, csvNumber(w.current), {}, {}, {}, w};
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
    if (auto r = reader.open(); !r)
        return std::unexpected(r.error());
    ObservationImportPlan plan;
    plan.encoding = reader.encoding();
    plan.delimiter = reader.delimiter();
    plan.header = reader.header();

    auto mapping = columns ? Result<CsvColumnMapping>(*columns) : csvMappingFromHeader(CsvImportTable::Targets, plan.header);
    if (!mapping)
        return std::unexpected(mapping.error());
    auto indexes = columnIndexes(CsvImportTable::Targets, *mapping, plan.header.size());
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
    QHash<ObservationKey, qint64> seen;
    qint64 nextProgress = 0;
    for (;;) {
        auto next = reader.next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const CsvRecord &record = **next;
        ++plan.dataRows;
        if (progress && reader.bytesRead() >= nextProgress) {
            if (!progress(reader.bytesRead()))
                return fail(ErrorCode::Cancelled);
            nextProgress = reader.bytesRead() + 1024 * 1024;
        }
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
        QString valueText = cell(Value).trimmed();
        if (valueText.endsWith(QStringLiteral("以上"))) {
            comparator = Comparator::AtLeast;
            valueText.chop(2);
        } else if (valueText.endsWith(QStringLiteral("以下"))) {
            comparator = Comparator::AtMost;
            valueText.chop(2);
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
        if (ind) {
            if (auto v = parseNumberInput(valueText, *ind, ObservationField::Value)) {
                if (*v < 0)
                    addError(Value, cell(Value), Error{ErrorCode::NegativeValue, cell(Value), {}, {}, -1, -1});
                else
                    value = *v;
            } else {
                addError(Value, cell(Value), v.error());
            }
        }
        if (plan.findings.size() != before)
            continue;
        const ObservationKey key{ind->code, year->year(), 0};
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

WriteBatch observationImportBatch(const DocumentData &before, const ObservationImportPlan &plan, const QString &user,
                                  const QDateTime &at)
{
    return withAudit(before, plan.batch, user, at);
}

} // namespace seika::core
