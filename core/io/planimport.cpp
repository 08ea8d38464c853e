#include "core/io/planimport.h"

#include "core/edit/idsource.h"
#include "core/edit/validate.h"
#include "core/io/csvexport.h"
#include "core/io/csvimport.h"
#include "core/model/entry.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace seika::core {

using namespace Qt::StringLiterals;

namespace {

struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(seika::core::PlanImport)
};

using Column = PlanColumn;
using Finding = PlanFinding;
using Problem = PlanFinding::Problem;

constexpr std::array<PlanLevel, PlanLevelCount> Levels = {PlanLevel::BasicPolicy, PlanLevel::Policy,
                                                          PlanLevel::Measure, PlanLevel::Indicator};

/// The columns that name a record of each level: its code, its title (an indicator's name).
constexpr std::array<std::pair<Column, Column>, PlanLevelCount> NamingColumns = {
    std::pair{Column::BasicPolicyCode, Column::BasicPolicy}, std::pair{Column::PolicyCode, Column::Policy},
    std::pair{Column::MeasureCode, Column::Measure}, std::pair{Column::IndicatorCode, Column::IndicatorName}};

/// The columns of an indicator's own fields (besides its code and name), in the order findings list them.
constexpr std::array<Column, 15> IndicatorFields = {
    Column::IndicatorNumber, Column::Unit, Column::Kind, Column::Better, Column::Decimals,
    Column::NumeratorLabel, Column::DenominatorLabel, Column::NumeratorUnit, Column::Source, Column::Method,
    Column::Rationale, Column::TargetRationale, Column::BaselineYear, Column::Baseline, Column::BaselineNote};

qsizetype levelIndex(PlanLevel level)
{
    return qsizetype(level);
}

QString columnKey(Column c)
{
    return planColumnNames(c).constFirst();
}

/// The field a column of a record of level fills, as the audit trail names it (code, title, policy …).
QString fieldKey(PlanLevel level, Column c)
{
    const auto [codeColumn, titleColumn] = NamingColumns[qsizetype(level)];
    if (c == codeColumn)
        return QStringLiteral("code");
    if (c == titleColumn)
        return level == PlanLevel::Indicator ? QStringLiteral("name") : QStringLiteral("title");
    if (c == Column::IndicatorNumber)
        return QStringLiteral("number");
    return columnKey(c); // basic_policy, policy, measure (a parent), direct_goal, unit, kind …
}

/// A record as findings name it: its code and title.
QString recordText(const QString &code, const QString &title)
{
    return code.isEmpty() ? title : title.isEmpty() ? code : code + QLatin1Char(' ') + title;
}

QString indicatorText(const Indicator &ind)
{
    return circledNumber(ind.number) + QLatin1Char(' ') + ind.code + QLatin1Char(' ') + ind.name;
}

/// A cell's text as the import compares it: surrounding spaces removed, line ends as LF.
QString cellText(const QString &raw)
{
    QString t = raw;
    t.replace(QLatin1String("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.trimmed();
}

/// The programmes of a cell: one per line, surrounding spaces removed, empty lines dropped.
QStringList programmeList(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (const QString p = line.trimmed(); !p.isEmpty())
            out << p;
    }
    return out;
}

std::optional<PlanLevel> levelFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    const std::array<QStringList, PlanLevelCount> names = {
        QStringList{QStringLiteral("basic_policy"), QStringLiteral("基本政策")},
        QStringList{QStringLiteral("policy"), QStringLiteral("政策")},
        QStringList{QStringLiteral("measure"), QStringLiteral("施策")},
        QStringList{QStringLiteral("indicator"), QStringLiteral("指標"), QStringLiteral("成果指標")}};
    for (PlanLevel l : Levels) {
        if (names[levelIndex(l)].contains(t))
            return l;
    }
    return std::nullopt;
}

std::optional<IndicatorKind> kindFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (auto k = indicatorKindFromKey(t))
        return k;
    if (t == u"survey" || t == u"意識調査" || t == u"アンケート" || t == u"市民意識調査")
        return IndicatorKind::SurveyShare;
    if (t == u"比率" || t == u"割合" || t == u"率")
        return IndicatorKind::Ratio;
    if (t == u"件数" || t == u"数" || t == u"個数")
        return IndicatorKind::Count;
    if (t == u"値" || t == u"数値")
        return IndicatorKind::Value;
    return std::nullopt;
}

std::optional<BetterDirection> betterFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (auto b = betterDirectionFromKey(t))
        return b;
    if (t == u"高い" || t == u"高い方が良い" || t == u"上" || t == u"上昇" || t == u"↑")
        return BetterDirection::Higher;
    if (t == u"低い" || t == u"低い方が良い" || t == u"下" || t == u"低下" || t == u"↓")
        return BetterDirection::Lower;
    return std::nullopt;
}

/// 1, １, ① … ⑳: an indicator's number within its measure.
std::optional<int> numberFromText(const QString &text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok && n >= 1 && n <= 999)
        return n;
    return std::nullopt;
}

/// The target as the sheet writes it: 64%以上, 14団体. The number as CSV writes numbers, so that it reads
/// back exactly.
QString targetText(const Target &t, const Indicator &ind)
{
    QString s = csvNumber(t.value) + ind.unit;
    if (t.comparator == Comparator::AtLeast)
        s += QStringLiteral("以上");
    else if (t.comparator == Comparator::AtMost)
        s += QStringLiteral("以下");
    return s;
}

QString baselinesText(const QList<Baseline> &baselines)
{
    QStringList parts;
    for (const Baseline &b : baselines) {
        QString s = formatFiscalYear(b.year, YearFormat::Seireki) + QStringLiteral(": ")
                    + (b.value ? csvNumber(*b.value) : PlanText::tr("(the city's figure)"));
        if (!b.note.isEmpty())
            s += QStringLiteral(" (") + b.note + QLatin1Char(')');
        if (b.current)
            s += QLatin1Char(' ') + PlanText::tr("current");
        parts << s;
    }
    return parts.join(QStringLiteral("; "));
}

/// A value of a cell with where it came from.
struct Cell
{
    QString text;
    qint64 line = -1;
    qsizetype column = -1; ///< index into the header
};

/// A record as the file names it, gathered from every row that names it.
struct FileRecord
{
    PlanLevel level = PlanLevel::Measure;
    QString code;
    QString title;
    Cell first;     ///< the first mention (its code cell, else its title cell)
    Cell titleCell; ///< where the title was first given
    int parent = -1; ///< index into the records of the level above; -1 = not named
    bool parentUnresolved = false; ///< a row named a parent that could not be told (its error says so)
    Cell parentCell;
    std::array<Cell, PlanColumnCount> fields; ///< values given (first row giving each)
    QMap<int, Cell> targets;                  ///< by year
    qint64 docId = 0; ///< the document's record it is matched to; 0 = new
    qint64 id = 0;    ///< its id in the batch: docId or a negative placeholder; 0 = failed
};

class Importer
{
public:
    Importer(const DocumentData &doc, PlanImport &result) : m_doc(doc), m_result(result) {}

    Result<void> mapHeader();
    void addRow(qint64 line, const QStringList &fields);
    void resolve();
    void build();
    void validate();

private:
    QString headerOf(qsizetype column) const
    {
        return column >= 0 && column < m_result.header.size() ? m_result.header.at(column).trimmed() : QString();
    }
    QString columnName(Column c) const { return headerOf(m_columnOf[qsizetype(c)]); }
    bool has(Column c) const { return m_columnOf[qsizetype(c)] >= 0; }

    void error(const Cell &cell, Error e, PlanLevel level = PlanLevel::Measure, const QString &record = {})
    {
        Finding f;
        f.line = cell.line;
        f.column = headerOf(cell.column);
        f.value = cell.text;
        f.error = std::move(e);
        f.level = level;
        f.record = record;
        m_result.findings.append(f);
    }
    void problem(const Cell &cell, Problem p, const QString &detail = {}, qint64 otherLine = -1,
                 PlanLevel level = PlanLevel::Measure, const QString &record = {})
    {
        Finding f;
        f.line = cell.line;
        f.column = headerOf(cell.column);
        f.value = cell.text;
        f.problem = p;
        f.detail = detail;
        f.otherLine = otherLine;
        f.level = level;
        f.record = record;
        m_result.findings.append(f);
    }
    void added(const FileRecord &r, const QString &record)
    {
        Finding f;
        f.type = Finding::Type::Add;
        f.line = r.first.line;
        f.level = r.level;
        f.record = record;
        m_result.findings.append(f);
        ++m_result.added[levelIndex(r.level)];
    }
    /// A field of a record the import may change: its name, the cell it comes from, the text before and after.
    struct FieldChange
    {
        QString field;
        Cell cell;
        QString before;
        QString after;
    };
    FieldChange fieldChange(const FileRecord &r, Column c, const QString &before, const QString &after) const
    {
        return FieldChange{fieldKey(r.level, c), columnCell(r, c), before, after};
    }
    /// A Change finding for each field that differs, and the record counted as changed or unchanged.
    void changes(const FileRecord &r, const QString &record, const QList<FieldChange> &fields)
    {
        bool any = false;
        for (const FieldChange &c : fields) {
            if (c.before == c.after)
                continue;
            any = true;
            Finding f;
            f.type = Finding::Type::Change;
            f.line = c.cell.line >= 0 ? c.cell.line : r.first.line;
            f.column = headerOf(c.cell.column);
            f.value = c.cell.text;
            f.level = r.level;
            f.record = record;
            f.field = c.field;
            f.oldValue = c.before;
            f.newValue = c.after;
            m_result.findings.append(f);
        }
        ++(any ? m_result.changed : m_result.unchanged)[levelIndex(r.level)];
    }
    /// The cell a field of r came from (its code, title or parent: where the row named them).
    Cell columnCell(const FileRecord &r, Column c) const
    {
        const auto [codeColumn, titleColumn] = NamingColumns[levelIndex(r.level)];
        if (c == codeColumn)
            return r.first.column == m_columnOf[qsizetype(codeColumn)] ? r.first : Cell{r.code, r.first.line, -1};
        if (c == titleColumn)
            return r.titleCell;
        if (c == Column::BasicPolicy || c == Column::Policy || c == Column::Measure)
            return r.parentCell;
        return r.fields[qsizetype(c)];
    }

    /// Names the record of level that row names (by code, else by title), merging rows that name the same
    /// one; returns its index, -1 when the row names none.
    int mention(PlanLevel level, qsizetype row, bool byCode);
    void setParent(PlanLevel level, int record, int parent, qsizetype row);
    void contribute(FileRecord &r, Column c, const Cell &cell);

    void buildPlanLevel(PlanLevel level);
    void buildIndicators();
    qint64 placeholder() { return --m_lastPlaceholder; }
    QString parentText(PlanLevel level, qint64 id) const;

    const DocumentData &m_doc;
    PlanImport &m_result;
    std::array<qsizetype, PlanColumnCount> m_columnOf{};
    QList<std::pair<FiscalYear, qsizetype>> m_targetColumns;

    struct Row
    {
        qint64 line = 0;
        QStringList fields;
        std::array<int, PlanLevelCount> record{-1, -1, -1, -1};
        std::array<bool, PlanLevelCount> unresolved{}; ///< the row names a record of the level ambiguously
    };
    QList<Row> m_rows;
    std::array<QList<FileRecord>, PlanLevelCount> m_records;
    std::array<QHash<QString, int>, PlanLevelCount> m_byKey;
    qint64 m_lastPlaceholder = 0;
    /// The operation of the batch each finding of validateBatch() is about: its record.
    QList<const FileRecord *> m_origins;
    QList<QString> m_originTexts;
};

Result<void> Importer::mapHeader()
{
    m_columnOf.fill(-1);
    for (qsizetype c = 0; c < m_result.header.size(); ++c) {
        QString name = m_result.header.at(c).trimmed().toLower();
        if (c == 0 && name.startsWith(QChar(0xFEFF)))
            name = name.mid(1).trimmed();
        if (name.isEmpty())
            continue;
        bool known = false;
        for (qsizetype i = 0; i < PlanColumnCount && !known; ++i) {
            if (!planColumnNames(Column(i)).contains(name))
                continue;
            known = true;
            if (m_columnOf[i] >= 0)
                return std::unexpected(Error{ErrorCode::CsvDuplicateColumn, m_result.header.at(c).trimmed(), {}, {}, 1, c + 1});
            m_columnOf[i] = c;
        }
        if (known)
            continue;
        if (auto year = planTargetYearOfHeader(name)) {
            if (!*year) {
                Error e = year->error();
                e.line = 1;
                e.column = c + 1;
                e.field = m_result.header.at(c).trimmed();
                return std::unexpected(e);
            }
            for (const auto &[y, other] : std::as_const(m_targetColumns)) {
                if (y == **year)
                    return std::unexpected(
                        Error{ErrorCode::CsvDuplicateColumn, m_result.header.at(c).trimmed(), {}, {}, 1, c + 1});
            }
            m_targetColumns.append({**year, c});
        }
    }
    const bool namesALevel = std::any_of(NamingColumns.cbegin(), NamingColumns.cend(), [this](const auto &p) {
        return has(p.first) || has(p.second);
    });
    if (!namesALevel)
        return std::unexpected(Error{ErrorCode::CsvMissingColumn,
                                     QStringLiteral("measure_code, measure (施策番号, 施策), indicator_name (指標名)"),
                                     {}, {}, 1, -1});
    return {};
}

void Importer::addRow(qint64 line, const QStringList &fields)
{
    m_rows.append(Row{line, fields, {-1, -1, -1, -1}, {}});
}

int Importer::mention(PlanLevel level, qsizetype rowIndex, bool byCode)
{
    Row &row = m_rows[rowIndex];
    const auto [codeColumn, titleColumn] = NamingColumns[levelIndex(level)];
    const auto cellOf = [&](Column c) {
        const qsizetype i = m_columnOf[qsizetype(c)];
        return Cell{i >= 0 ? cellText(row.fields.value(i)) : QString(), row.line, i};
    };
    const Cell code = cellOf(codeColumn);
    const Cell title = cellOf(titleColumn);
    if (code.text.isEmpty() == byCode || (code.text.isEmpty() && title.text.isEmpty()))
        return -1;
    QList<FileRecord> &records = m_records[levelIndex(level)];
    QHash<QString, int> &byKey = m_byKey[levelIndex(level)];
    // An indicator without a code is one of its measure's, by name.
    const int measure = level == PlanLevel::Indicator ? row.record[levelIndex(PlanLevel::Measure)] : -1;
    const QString titleKey = QStringLiteral("t:") + QString::number(measure) + QLatin1Char(':') + title.text;
    const QString codeKey = QStringLiteral("c:") + code.text;
    int index = -1;
    if (byCode) {
        index = byKey.value(codeKey, -1);
    } else {
        // A title alone names the record with the code that has it, else the one named by it alone.
        QList<int> coded;
        for (int i = 0; i < records.size(); ++i) {
            const FileRecord &r = records.at(i);
            if (!r.code.isEmpty() && r.title == title.text && (level != PlanLevel::Indicator || r.parent == measure))
                coded << i;
        }
        if (coded.size() > 1) {
            problem(title, Problem::AmbiguousTitle, {}, -1, level);
            row.unresolved[levelIndex(level)] = true;
            return -1;
        }
        index = coded.isEmpty() ? byKey.value(titleKey, -1) : coded.first();
    }
    if (index < 0) {
        FileRecord r;
        r.level = level;
        r.code = code.text;
        r.first = byCode ? code : title;
        index = int(records.size());
        records.append(r);
        byKey.insert(byCode ? codeKey : titleKey, index);
    }
    FileRecord &r = records[index];
    if (!title.text.isEmpty()) {
        if (r.title.isEmpty()) {
            r.title = title.text;
            r.titleCell = title;
        } else if (r.title != title.text) {
            problem(title, Problem::Conflict, r.title, r.titleCell.line, level, recordText(r.code, r.title));
        }
    }
    row.record[levelIndex(level)] = index;
    return index;
}

void Importer::setParent(PlanLevel level, int record, int parent, qsizetype rowIndex)
{
    if (record < 0 || parent < 0)
        return;
    FileRecord &r = m_records[levelIndex(level)][record];
    const Row &row = m_rows.at(rowIndex);
    const PlanLevel above = PlanLevel(levelIndex(level) - 1);
    const auto [codeColumn, titleColumn] = NamingColumns[levelIndex(above)];
    const FileRecord &p = m_records[levelIndex(above)].at(parent);
    qsizetype column = m_columnOf[qsizetype(p.code.isEmpty() ? titleColumn : codeColumn)];
    const Cell cell{cellText(row.fields.value(column)), row.line, column};
    if (r.parent < 0) {
        r.parent = parent;
        r.parentCell = cell;
    } else if (r.parent != parent) {
        const FileRecord &other = m_records[levelIndex(above)].at(r.parent);
        problem(cell, Problem::Conflict, recordText(other.code, other.title), r.parentCell.line, level,
                recordText(r.code, r.title));
    }
}

void Importer::contribute(FileRecord &r, Column c, const Cell &cell)
{
    if (cell.text.isEmpty())
        return;
    Cell &given = r.fields[qsizetype(c)];
    if (given.line < 0) {
        given = cell;
        return;
    }
    const bool same = c == Column::Programmes ? programmeList(given.text) == programmeList(cell.text)
                                              : given.text == cell.text;
    if (!same)
        problem(cell, Problem::Conflict, given.text, given.line, r.level, recordText(r.code, r.title));
}

void Importer::resolve()
{
    // Level by level from the top, so that a row's parent is known when its record is named; codes first,
    // so that a title alone can name a record another row gives with its code.
    for (PlanLevel level : Levels) {
        for (const bool byCode : {true, false}) {
            for (qsizetype i = 0; i < m_rows.size(); ++i) {
                const int record = mention(level, i, byCode);
                if (level == PlanLevel::BasicPolicy || record < 0)
                    continue;
                setParent(level, record, m_rows.at(i).record[levelIndex(level) - 1], i);
                if (m_rows.at(i).unresolved[levelIndex(level) - 1])
                    m_records[levelIndex(level)][record].parentUnresolved = true;
            }
        }
    }

    const QList<FiscalYear> noYears;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const auto cellOf = [&](qsizetype column) {
            return Cell{column >= 0 ? cellText(row.fields.value(column)) : QString(), row.line, column};
        };
        const auto cell = [&](Column c) { return cellOf(m_columnOf[qsizetype(c)]); };
        // The row's own record: the deepest level it names.
        int deepest = -1;
        for (PlanLevel level : Levels) {
            if (row.record[levelIndex(level)] >= 0)
                deepest = int(levelIndex(level));
        }
        if (deepest < 0) {
            // A row an error already explains (an ambiguous title) needs no second finding.
            const bool explained = std::any_of(m_result.findings.cbegin(), m_result.findings.cend(),
                                               [&row](const Finding &f) { return f.line == row.line && f.isError(); });
            if (!explained) {
                QStringList nonEmpty;
                for (const QString &f : row.fields) {
                    if (!f.trimmed().isEmpty())
                        nonEmpty << f.trimmed();
                }
                problem(Cell{nonEmpty.join(QStringLiteral(", ")).left(80), row.line, -1}, Problem::NoRecord);
            }
            continue;
        }
        if (const Cell record = cell(Column::Record); !record.text.isEmpty()) {
            const auto level = levelFromText(record.text);
            if (!level)
                problem(record, Problem::UnknownRecordKind);
            else if (levelIndex(*level) != deepest)
                problem(record, Problem::RecordMismatch, planLevelKey(PlanLevel(deepest)));
        }
        if (const int m = row.record[levelIndex(PlanLevel::Measure)]; m >= 0) {
            FileRecord &measure = m_records[levelIndex(PlanLevel::Measure)][m];
            contribute(measure, Column::DirectGoal, cell(Column::DirectGoal));
            contribute(measure, Column::Programmes, cell(Column::Programmes));
        }
        const int ind = row.record[levelIndex(PlanLevel::Indicator)];
        if (ind >= 0) {
            FileRecord &r = m_records[levelIndex(PlanLevel::Indicator)][ind];
            for (Column c : IndicatorFields)
                contribute(r, c, cell(c));
            for (const auto &[year, column] : std::as_const(m_targetColumns)) {
                const Cell t = cellOf(column);
                if (t.text.isEmpty())
                    continue;
                auto given = r.targets.find(year.year());
                if (given == r.targets.end())
                    r.targets.insert(year.year(), t);
                else if (given->text != t.text)
                    problem(t, Problem::Conflict, given->text, given->line, PlanLevel::Indicator,
                            recordText(r.code, r.title));
            }
        } else {
            // Indicator columns filled on a row that names no indicator: most likely its name was forgotten.
            std::optional<Cell> stray;
            for (Column c : IndicatorFields) {
                if (const Cell x = cell(c); !x.text.isEmpty()) {
                    stray = x;
                    break;
                }
            }
            for (const auto &[year, column] : std::as_const(m_targetColumns)) {
                if (const Cell x = cellOf(column); !stray && !x.text.isEmpty())
                    stray = x;
            }
            if (stray)
                problem(*stray, Problem::IndicatorFieldsWithoutIndicator);
        }
    }
}

QString Importer::parentText(PlanLevel level, qint64 id) const
{
    switch (level) {
    case PlanLevel::BasicPolicy:
        for (const FileRecord &r : m_records[levelIndex(level)]) {
            if (r.id == id)
                return recordText(r.code, r.title);
        }
        if (const BasicPolicy *b = m_doc.basicPolicy(BasicPolicyId(id)))
            return recordText(b->code, b->title);
        break;
    case PlanLevel::Policy:
        for (const FileRecord &r : m_records[levelIndex(level)]) {
            if (r.id == id)
                return recordText(r.code, r.title);
        }
        if (const Policy *p = m_doc.policy(PolicyId(id)))
            return recordText(p->code, p->title);
        break;
    case PlanLevel::Measure:
        for (const FileRecord &r : m_records[levelIndex(level)]) {
            if (r.id == id)
                return recordText(r.code, r.title);
        }
        if (const Measure *m = m_doc.measure(MeasureId(id)))
            return recordText(m->code, m->title);
        break;
    case PlanLevel::Indicator:
        break;
    }
    return {};
}

/// The records of list (basic policies, policies, measures) matched to recs: by code, then by title
/// among those no record has claimed.
template <typename T> void matchByCodeThenTitle(const QList<T> &list, QList<FileRecord> &recs)
{
    QSet<qint64> claimed;
    for (FileRecord &r : recs) {
        if (r.code.isEmpty())
            continue;
        for (const T &x : list) {
            if (x.code == r.code) {
                r.docId = x.id.value();
                claimed.insert(r.docId);
                break;
            }
        }
    }
    for (FileRecord &r : recs) {
        if (r.docId || r.title.isEmpty())
            continue;
        for (const T &x : list) {
            if (x.title == r.title && !claimed.contains(x.id.value())) {
                r.docId = x.id.value();
                claimed.insert(r.docId);
                break;
            }
        }
    }
}

void Importer::buildPlanLevel(PlanLevel level)
{
    QList<FileRecord> &recs = m_records[levelIndex(level)];
    switch (level) {
    case PlanLevel::BasicPolicy:
        matchByCodeThenTitle(m_doc.basicPolicies, recs);
        break;
    case PlanLevel::Policy:
        matchByCodeThenTitle(m_doc.policies, recs);
        break;
    case PlanLevel::Measure:
        matchByCodeThenTitle(m_doc.measures, recs);
        break;
    case PlanLevel::Indicator:
        return;
    }
    const auto [codeColumn, titleColumn] = NamingColumns[levelIndex(level)];
    QList<int> order(recs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&recs](int a, int b) { return recs.at(a).first.line < recs.at(b).first.line; });
    for (const int i : std::as_const(order)) {
        FileRecord &r = recs[i];
        const PlanLevel above = PlanLevel(std::max<qsizetype>(levelIndex(level) - 1, 0));
        // The parent's id in the batch: 0 when not named, or when the parent could not be read.
        qint64 parentId = 0;
        if (level != PlanLevel::BasicPolicy && r.parent >= 0) {
            parentId = m_records[levelIndex(above)].at(r.parent).id;
            if (parentId == 0)
                continue; // the parent's error says it
        }
        if (!r.docId) {
            const QString text = recordText(r.code, r.title);
            if (r.title.isEmpty()) {
                problem(r.first, Problem::NeedsTitle, {}, -1, level, text);
                continue;
            }
            if (level != PlanLevel::BasicPolicy && r.parent < 0) {
                if (r.parentUnresolved)
                    continue;
                problem(r.first, Problem::NeedsParent, planLevelKey(above), -1, level, text);
                continue;
            }
            r.id = placeholder();
            if (level == PlanLevel::BasicPolicy) {
                m_result.batch.operations.append(WriteBatch::PutBasicPolicy{BasicPolicy{BasicPolicyId(r.id), r.title, r.code}});
            } else if (level == PlanLevel::Policy) {
                m_result.batch.operations.append(
                    WriteBatch::PutPolicy{Policy{PolicyId(r.id), BasicPolicyId(parentId), r.title, r.code}});
            } else {
                Measure m;
                m.id = MeasureId(r.id);
                m.policy = PolicyId(parentId);
                m.title = r.title;
                m.code = r.code;
                m.directGoal = r.fields[qsizetype(Column::DirectGoal)].text;
                m.programmes = programmeList(r.fields[qsizetype(Column::Programmes)].text);
                m_result.batch.operations.append(WriteBatch::PutMeasure{m});
            }
            m_origins.append(&r);
            m_originTexts.append(text);
            added(r, text);
            continue;
        }
        r.id = r.docId;
        const auto updated = [&](auto record) {
            if (!r.title.isEmpty())
                record.title = r.title;
            if (!r.code.isEmpty())
                record.code = r.code;
            return record;
        };
        QList<FieldChange> fields;
        if (level == PlanLevel::BasicPolicy) {
            const BasicPolicy &old = *m_doc.basicPolicy(BasicPolicyId(r.docId));
            const BasicPolicy b = updated(old);
            fields = {fieldChange(r, codeColumn, old.code, b.code), fieldChange(r, titleColumn, old.title, b.title)};
            if (b != old) {
                m_result.batch.operations.append(WriteBatch::PutBasicPolicy{b});
                m_origins.append(&r);
                m_originTexts.append(recordText(b.code, b.title));
            }
            changes(r, recordText(b.code, b.title), fields);
        } else if (level == PlanLevel::Policy) {
            const Policy &old = *m_doc.policy(PolicyId(r.docId));
            Policy p = updated(old);
            if (parentId)
                p.basicPolicy = BasicPolicyId(parentId);
            fields = {fieldChange(r, codeColumn, old.code, p.code), fieldChange(r, titleColumn, old.title, p.title),
                      fieldChange(r, Column::BasicPolicy, parentText(PlanLevel::BasicPolicy, old.basicPolicy.value()),
                                  parentText(PlanLevel::BasicPolicy, p.basicPolicy.value()))};
            if (p != old) {
                m_result.batch.operations.append(WriteBatch::PutPolicy{p});
                m_origins.append(&r);
                m_originTexts.append(recordText(p.code, p.title));
            }
            changes(r, recordText(p.code, p.title), fields);
        } else {
            const Measure &old = *m_doc.measure(MeasureId(r.docId));
            Measure m = updated(old);
            if (parentId)
                m.policy = PolicyId(parentId);
            if (const Cell &g = r.fields[qsizetype(Column::DirectGoal)]; g.line >= 0)
                m.directGoal = g.text;
            if (const Cell &p = r.fields[qsizetype(Column::Programmes)]; p.line >= 0)
                m.programmes = programmeList(p.text);
            fields = {fieldChange(r, codeColumn, old.code, m.code), fieldChange(r, titleColumn, old.title, m.title),
                      fieldChange(r, Column::Policy, parentText(PlanLevel::Policy, old.policy.value()),
                                  parentText(PlanLevel::Policy, m.policy.value())),
                      fieldChange(r, Column::DirectGoal, old.directGoal, m.directGoal),
                      fieldChange(r, Column::Programmes, old.programmes.join(QLatin1Char('\n')),
                                  m.programmes.join(QLatin1Char('\n')))};
            if (m != old) {
                m_result.batch.operations.append(WriteBatch::PutMeasure{m});
                m_origins.append(&r);
                m_originTexts.append(recordText(m.code, m.title));
            }
            changes(r, recordText(m.code, m.title), fields);
        }
    }
}

void Importer::buildIndicators()
{
    QList<FileRecord> &recs = m_records[levelIndex(PlanLevel::Indicator)];
    QList<FileRecord> &measures = m_records[levelIndex(PlanLevel::Measure)];
    // Match: by code anywhere in the document, else by name within the measure.
    QSet<qint64> claimed;
    for (FileRecord &r : recs) {
        if (r.code.isEmpty())
            continue;
        if (const Indicator *ind = m_doc.indicator(r.code)) {
            r.docId = ind->id.value();
            claimed.insert(r.docId);
        }
    }
    for (FileRecord &r : recs) {
        if (r.docId || r.parent < 0 || r.title.isEmpty())
            continue;
        const qint64 measure = measures.at(r.parent).docId;
        for (const Indicator &ind : m_doc.indicators) {
            if (measure && ind.measure.value() == measure && ind.name == r.title && !claimed.contains(ind.id.value())) {
                r.docId = ind.id.value();
                claimed.insert(r.docId);
                break;
            }
        }
    }

    // Codes taken, for the codes of new indicators the file gives none.
    QSet<QString> codes;
    for (const Indicator &ind : m_doc.indicators)
        codes.insert(ind.code);
    for (const FileRecord &r : recs)
        codes.insert(r.code);
    // The numbers each measure's indicators will have, by measure id (placeholders included).
    QHash<qint64, QList<std::pair<int, FileRecord *>>> numbers;
    QHash<qint64, QList<std::pair<int, QString>>> staying; // indicators the file does not name
    QSet<qint64> named;
    for (const FileRecord &r : recs) {
        if (r.docId)
            named.insert(r.docId);
    }
    for (const Indicator &ind : m_doc.indicators) {
        if (!named.contains(ind.id.value()))
            staying[ind.measure.value()].append({ind.number, indicatorText(ind)});
    }
    QHash<qint64, int> lastNumber;
    for (const Indicator &ind : m_doc.indicators)
        lastNumber[ind.measure.value()] = std::max(lastNumber.value(ind.measure.value()), ind.number);

    QList<int> order(recs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&recs](int a, int b) { return recs.at(a).first.line < recs.at(b).first.line; });
    QList<std::pair<FileRecord *, Indicator>> built;
    for (const int i : std::as_const(order)) {
        FileRecord &r = recs[i];
        const QString text = recordText(r.code, r.title);
        qint64 measureId = 0;
        if (r.parent >= 0) {
            measureId = measures.at(r.parent).id;
            if (measureId == 0)
                continue; // the measure's error says it
        }
        Indicator ind;
        if (r.docId) {
            ind = *std::find_if(m_doc.indicators.cbegin(), m_doc.indicators.cend(),
                                [&r](const Indicator &x) { return x.id.value() == r.docId; });
        } else {
            if (r.title.isEmpty()) {
                problem(r.first, Problem::NeedsTitle, {}, -1, PlanLevel::Indicator, text);
                continue;
            }
            if (r.parent < 0) {
                if (r.parentUnresolved)
                    continue;
                problem(r.first, Problem::NeedsParent, planLevelKey(PlanLevel::Measure), -1, PlanLevel::Indicator, text);
                continue;
            }
            if (!r.code.isEmpty() && !isValidCode(r.code)) {
                error(r.first, Error{ErrorCode::InvalidCode, r.code, {}, {}, -1, -1}, PlanLevel::Indicator, text);
                continue;
            }
            ind.kind = IndicatorKind::Value;
        }
        const Indicator old = ind;
        const qsizetype errorsBefore = m_result.errorCount();
        const auto field = [&r](Column c) -> const Cell & { return r.fields[qsizetype(c)]; };
        const auto given = [&](Column c) { return field(c).line >= 0; };
        const auto fail = [&](Column c, Problem p) { problem(field(c), p, {}, -1, PlanLevel::Indicator, text); };
        if (measureId)
            ind.measure = MeasureId(measureId);
        if (!r.title.isEmpty())
            ind.name = r.title;
        if (!r.code.isEmpty())
            ind.code = r.code;
        if (given(Column::IndicatorNumber)) {
            if (auto n = numberFromText(field(Column::IndicatorNumber).text))
                ind.number = *n;
            else
                fail(Column::IndicatorNumber, Problem::BadNumber);
        }
        if (given(Column::Kind)) {
            if (auto k = kindFromText(field(Column::Kind).text))
                ind.kind = *k;
            else
                fail(Column::Kind, Problem::UnknownKind);
        }
        if (given(Column::Better)) {
            if (auto b = betterFromText(field(Column::Better).text))
                ind.better = *b;
            else
                fail(Column::Better, Problem::UnknownBetter);
        }
        if (given(Column::Decimals)) {
            bool ok = false;
            const int d = field(Column::Decimals).text.normalized(QString::NormalizationForm_KC).toInt(&ok);
            if (ok && d >= 0 && d <= 9)
                ind.decimals = d;
            else
                fail(Column::Decimals, Problem::BadDecimals);
        } else if (!r.docId) {
            ind.decimals = ind.kind == IndicatorKind::Count ? 0 : 1;
        }
        const std::pair<Column, QString Indicator::*> texts[] = {
            {Column::Unit, &Indicator::unit},
            {Column::NumeratorLabel, &Indicator::numeratorLabel},
            {Column::DenominatorLabel, &Indicator::denominatorLabel},
            {Column::NumeratorUnit, &Indicator::numeratorUnit},
            {Column::Source, &Indicator::source},
            {Column::Method, &Indicator::method},
            {Column::Rationale, &Indicator::rationale},
            {Column::TargetRationale, &Indicator::targetRationale},
        };
        for (const auto &[c, member] : texts) {
            if (given(c))
                ind.*member = field(c).text;
        }
        const auto inDocument = [&](const Cell &cell, FiscalYear year) {
            if (year >= m_doc.firstYear && year <= m_doc.lastYear)
                return true;
            error(cell,
                  Error{ErrorCode::YearOutsideDocument, formatFiscalYear(year), {},
                        QString::number(m_doc.firstYear.year()) + QLatin1Char('-') + QString::number(m_doc.lastYear.year()),
                        -1, -1},
                  PlanLevel::Indicator, text);
            return false;
        };
        // The baseline (現状値): its year, its value as typed (empty: the city's figure of that year), a note.
        if (given(Column::BaselineYear)) {
            const Cell &yearCell = field(Column::BaselineYear);
            auto year = parseFiscalYear(yearCell.text);
            if (!year) {
                error(yearCell, year.error(), PlanLevel::Indicator, text);
            } else if (inDocument(yearCell, *year)) {
                std::optional<double> value;
                bool valueOk = true;
                if (given(Column::Baseline)) {
                    auto v = parseNumberInput(field(Column::Baseline).text, ind, ObservationField::Value);
                    if (v) {
                        value = *v;
                    } else {
                        error(field(Column::Baseline), v.error(), PlanLevel::Indicator, text);
                        valueOk = false;
                    }
                }
                if (valueOk) {
                    auto it = std::find_if(ind.baselines.begin(), ind.baselines.end(),
                                           [&](const Baseline &b) { return b.year == *year; });
                    if (it == ind.baselines.end()) {
                        ind.baselines.append(Baseline{*year, std::nullopt, false, {}});
                        it = ind.baselines.end() - 1;
                    }
                    if (value)
                        it->value = value;
                    if (given(Column::BaselineNote))
                        it->note = field(Column::BaselineNote).text;
                    // The file's baseline becomes the current one, unless it is already (so that nothing changes).
                    if (!it->current) {
                        for (Baseline &b : ind.baselines)
                            b.current = false;
                        it->current = true;
                    }
                    std::stable_sort(ind.baselines.begin(), ind.baselines.end(),
                                     [](const Baseline &a, const Baseline &b) { return a.year < b.year; });
                }
            }
        } else if (given(Column::Baseline)) {
            fail(Column::Baseline, Problem::BaselineNeedsYear);
        } else if (given(Column::BaselineNote)) {
            fail(Column::BaselineNote, Problem::BaselineNeedsYear);
        }
        // Targets as the sheet writes them: 以上 / 以下 after the number, a bare one is a target to reach.
        for (auto t = r.targets.cbegin(); t != r.targets.cend(); ++t) {
            const FiscalYear year(t.key());
            if (!inDocument(t.value(), year))
                continue;
            auto parsed = parseTargetText(t.value().text, ind);
            if (!parsed) {
                error(t.value(), parsed.error(), PlanLevel::Indicator, text);
                continue;
            }
            const Target target{year, parsed->value, parsed->comparator.value_or(Comparator::Equal)};
            auto it = std::find_if(ind.targets.begin(), ind.targets.end(), [&](const Target &x) { return x.year == year; });
            if (it == ind.targets.end())
                ind.targets.append(target);
            else
                *it = target;
        }
        std::stable_sort(ind.targets.begin(), ind.targets.end(), [](const Target &a, const Target &b) { return a.year < b.year; });
        if (m_result.errorCount() != errorsBefore)
            continue;
        if (!r.docId) {
            if (ind.number == 0)
                ind.number = lastNumber.value(measureId) + 1;
            lastNumber[measureId] = std::max(lastNumber.value(measureId), ind.number);
            if (ind.code.isEmpty()) {
                // ind-1-1-2-1: the first indicator of measure 1-1-2.
                const QString measureCode = measures.at(r.parent).code;
                QString base = QStringLiteral("ind-") + (measureCode.isEmpty() || !isValidCode(QString(u"i"_s + measureCode))
                                                             ? QString::number(std::abs(measureId))
                                                             : measureCode)
                               + QLatin1Char('-') + QString::number(ind.number);
                QString code = base;
                for (int n = 2; codes.contains(code); ++n)
                    code = base + QLatin1Char('-') + QString::number(n);
                ind.code = code;
                codes.insert(code);
            }
            r.id = placeholder();
            ind.id = IndicatorId(r.id);
        } else {
            r.id = r.docId;
        }
        numbers[ind.measure.value()].append({ind.number, &r});
        built.append({&r, ind});
    }

    // One number per indicator within a measure (①②③ label them on the sheet).
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        QHash<int, QString> taken;
        for (const auto &[number, other] : staying.value(it.key()))
            taken.insert(number, other);
        for (const auto &[number, r] : it.value()) {
            if (taken.contains(number)) {
                Cell cell = r->fields[qsizetype(Column::IndicatorNumber)];
                if (cell.line < 0)
                    cell = r->first;
                problem(cell, Problem::NumberTwice, taken.value(number), -1, PlanLevel::Indicator,
                        recordText(r->code, r->title));
                r->id = 0;
            } else {
                taken.insert(number, recordText(r->code, r->title));
            }
        }
    }

    for (const auto &[r, ind] : std::as_const(built)) {
        if (r->id == 0)
            continue;
        if (!r->docId) {
            m_result.batch.operations.append(WriteBatch::PutIndicator{ind});
            m_origins.append(r);
            m_originTexts.append(indicatorText(ind));
            added(*r, indicatorText(ind));
            continue;
        }
        const Indicator &old = *std::find_if(m_doc.indicators.cbegin(), m_doc.indicators.cend(),
                                             [r](const Indicator &x) { return x.id.value() == r->docId; });
        Cell baselineCell = r->fields[qsizetype(Column::Baseline)];
        if (baselineCell.line < 0)
            baselineCell = r->fields[qsizetype(Column::BaselineYear)];
        // The targets of the years that change, with the cell of the first of them.
        QStringList targetsBefore;
        QStringList targetsAfter;
        Cell targetCell;
        QSet<int> years;
        for (const Target &t : old.targets)
            years.insert(t.year.year());
        for (const Target &t : ind.targets)
            years.insert(t.year.year());
        QList<int> sortedYears(years.cbegin(), years.cend());
        std::sort(sortedYears.begin(), sortedYears.end());
        for (const int y : std::as_const(sortedYears)) {
            const Target *a = old.targetFor(FiscalYear(y));
            const Target *b = ind.targetFor(FiscalYear(y));
            if ((a && b && *a == *b) || (!a && !b))
                continue;
            const QString label = formatFiscalYear(FiscalYear(y), YearFormat::Seireki) + QStringLiteral(": ");
            targetsBefore << label + (a ? targetText(*a, old) : QStringLiteral("—"));
            targetsAfter << label + (b ? targetText(*b, ind) : QStringLiteral("—"));
            if (targetCell.line < 0)
                targetCell = r->targets.value(y);
        }
        const QList<FieldChange> fields = {
            fieldChange(*r, Column::IndicatorCode, old.code, ind.code),
            fieldChange(*r, Column::IndicatorName, old.name, ind.name),
            fieldChange(*r, Column::Measure, parentText(PlanLevel::Measure, old.measure.value()),
                        parentText(PlanLevel::Measure, ind.measure.value())),
            fieldChange(*r, Column::IndicatorNumber, QString::number(old.number), QString::number(ind.number)),
            fieldChange(*r, Column::Unit, old.unit, ind.unit),
            fieldChange(*r, Column::Kind, indicatorKindKey(old.kind), indicatorKindKey(ind.kind)),
            fieldChange(*r, Column::Better, betterDirectionKey(old.better), betterDirectionKey(ind.better)),
            fieldChange(*r, Column::Decimals, QString::number(old.decimals), QString::number(ind.decimals)),
            fieldChange(*r, Column::NumeratorLabel, old.numeratorLabel, ind.numeratorLabel),
            fieldChange(*r, Column::DenominatorLabel, old.denominatorLabel, ind.denominatorLabel),
            fieldChange(*r, Column::NumeratorUnit, old.numeratorUnit, ind.numeratorUnit),
            fieldChange(*r, Column::Source, old.source, ind.source),
            fieldChange(*r, Column::Method, old.method, ind.method),
            fieldChange(*r, Column::Rationale, old.rationale, ind.rationale),
            fieldChange(*r, Column::TargetRationale, old.targetRationale, ind.targetRationale),
            FieldChange{QStringLiteral("baselines"), baselineCell, baselinesText(old.baselines), baselinesText(ind.baselines)},
            FieldChange{QStringLiteral("targets"), targetCell, targetsBefore.join(QStringLiteral("; ")),
                        targetsAfter.join(QStringLiteral("; "))},
        };
        if (ind != old) {
            m_result.batch.operations.append(WriteBatch::PutIndicator{ind});
            m_origins.append(r);
            m_originTexts.append(indicatorText(ind));
        }
        changes(*r, indicatorText(ind), fields);
    }
}

void Importer::build()
{
    buildPlanLevel(PlanLevel::BasicPolicy);
    buildPlanLevel(PlanLevel::Policy);
    buildPlanLevel(PlanLevel::Measure);
    buildIndicators();
}

void Importer::validate()
{
    if (m_result.hasErrors() || m_result.batch.isEmpty())
        return;
    // Checked as every editor's batch is, with the placeholders given the ids the store would give.
    LocalIdSource ids = LocalIdSource::after(m_doc);
    auto resolved = resolveNewIds(m_result.batch, ids);
    if (!resolved) {
        error(Cell{}, resolved.error());
        return;
    }
    const QList<Error> errors = validateBatch(m_doc, *resolved);
    if (errors.isEmpty())
        return;
    // Which record each problem is about: the operation whose prefix of the batch first has it (problems come
    // in operation order, and a refused operation is not applied to the ones after it).
    const auto report = [&](const Error &e, qsizetype op) {
        const FileRecord *r = op >= 0 ? m_origins.at(op) : nullptr;
        Cell cell;
        if (r) {
            cell.line = r->first.line;
            const auto [codeColumn, titleColumn] = NamingColumns[levelIndex(r->level)];
            if (e.field == QLatin1String("code"))
                cell.column = m_columnOf[qsizetype(codeColumn)];
            else if (e.field == QLatin1String("title"))
                cell.column = m_columnOf[qsizetype(titleColumn)];
            cell.text = e.value;
        }
        error(cell, e, r ? r->level : PlanLevel::Measure, op >= 0 ? m_originTexts.at(op) : QString());
    };
    WriteBatch prefix;
    qsizetype reported = 0;
    for (qsizetype i = 0; i < resolved->operations.size() && reported < errors.size(); ++i) {
        prefix.operations.append(resolved->operations.at(i));
        const QList<Error> found = validateBatch(m_doc, prefix);
        for (qsizetype k = reported; k < found.size(); ++k)
            report(found.at(k), i);
        reported = std::max(reported, found.size());
    }
    for (qsizetype k = reported; k < errors.size(); ++k)
        report(errors.at(k), -1);
}

} // namespace

// Public ---------------------------------------------------------------------------------------------------

QString planLevelKey(PlanLevel level)
{
    switch (level) {
    case PlanLevel::BasicPolicy:
        return QStringLiteral("basic_policy");
    case PlanLevel::Policy:
        return QStringLiteral("policy");
    case PlanLevel::Measure:
        return QStringLiteral("measure");
    case PlanLevel::Indicator:
        return QStringLiteral("indicator");
    }
    return {};
}

QString planLevelName(PlanLevel level)
{
    switch (level) {
    case PlanLevel::BasicPolicy:
        return PlanText::tr("basic policy");
    case PlanLevel::Policy:
        return PlanText::tr("policy");
    case PlanLevel::Measure:
        return PlanText::tr("measure");
    case PlanLevel::Indicator:
        return PlanText::tr("indicator");
    }
    return {};
}

QStringList planColumnNames(PlanColumn column)
{
    switch (column) {
    case Column::Record:
        return {QStringLiteral("record"), QStringLiteral("種別"), QStringLiteral("区分")};
    case Column::BasicPolicyCode:
        return {QStringLiteral("basic_policy_code"), QStringLiteral("基本政策番号"), QStringLiteral("基本政策コード")};
    case Column::BasicPolicy:
        return {QStringLiteral("basic_policy"), QStringLiteral("basic_policy_title"), QStringLiteral("基本政策"),
                QStringLiteral("基本政策名")};
    case Column::PolicyCode:
        return {QStringLiteral("policy_code"), QStringLiteral("政策番号"), QStringLiteral("政策コード")};
    case Column::Policy:
        return {QStringLiteral("policy"), QStringLiteral("policy_title"), QStringLiteral("政策"), QStringLiteral("政策名")};
    case Column::MeasureCode:
        return {QStringLiteral("measure_code"), QStringLiteral("施策番号"), QStringLiteral("施策コード")};
    case Column::Measure:
        return {QStringLiteral("measure"), QStringLiteral("measure_title"), QStringLiteral("施策"), QStringLiteral("施策名")};
    case Column::DirectGoal:
        return {QStringLiteral("direct_goal"), QStringLiteral("直接目標")};
    case Column::Programmes:
        return {QStringLiteral("programmes"), QStringLiteral("programs"), QStringLiteral("主な事務事業"),
                QStringLiteral("事務事業")};
    case Column::IndicatorNumber:
        return {QStringLiteral("indicator_number"), QStringLiteral("指標番号")};
    case Column::IndicatorCode:
        return {QStringLiteral("indicator_code"), QStringLiteral("指標コード")};
    case Column::IndicatorName:
        return {QStringLiteral("indicator_name"), QStringLiteral("指標名"), QStringLiteral("成果指標"), QStringLiteral("指標")};
    case Column::Unit:
        return {QStringLiteral("unit"), QStringLiteral("単位")};
    case Column::Kind:
        return {QStringLiteral("kind"), QStringLiteral("indicator_kind"), QStringLiteral("種類"), QStringLiteral("指標の種類")};
    case Column::Better:
        return {QStringLiteral("better"), QStringLiteral("望ましい方向"), QStringLiteral("方向")};
    case Column::Decimals:
        return {QStringLiteral("decimals"), QStringLiteral("小数桁数"), QStringLiteral("小数点以下桁数")};
    case Column::NumeratorLabel:
        return {QStringLiteral("numerator_label"), QStringLiteral("分子の名称"), QStringLiteral("分子名")};
    case Column::DenominatorLabel:
        return {QStringLiteral("denominator_label"), QStringLiteral("分母の名称"), QStringLiteral("分母名")};
    case Column::NumeratorUnit:
        return {QStringLiteral("numerator_unit"), QStringLiteral("分子の単位")};
    case Column::Source:
        return {QStringLiteral("source"), QStringLiteral("出典")};
    case Column::Method:
        return {QStringLiteral("method"), QStringLiteral("算出方法")};
    case Column::Rationale:
        return {QStringLiteral("rationale"), QStringLiteral("指標の考え方")};
    case Column::TargetRationale:
        return {QStringLiteral("target_rationale"), QStringLiteral("目標値の考え方")};
    case Column::BaselineYear:
        return {QStringLiteral("baseline_fiscal_year"), QStringLiteral("baseline_year"), QStringLiteral("現状値年度"),
                QStringLiteral("現状値の年度")};
    case Column::Baseline:
        return {QStringLiteral("baseline"), QStringLiteral("baseline_value"), QStringLiteral("現状値")};
    case Column::BaselineNote:
        return {QStringLiteral("baseline_note"), QStringLiteral("現状値の注記"), QStringLiteral("現状値備考")};
    }
    return {};
}

std::optional<Result<FiscalYear>> planTargetYearOfHeader(QStringView header)
{
    QString h = header.trimmed().toString().normalized(QString::NormalizationForm_KC).toLower();
    bool matched = false;
    for (const QString &word : {QStringLiteral("target"), QStringLiteral("目標値"), QStringLiteral("目標")}) {
        if (h.startsWith(word)) {
            h = h.mid(word.size());
            matched = true;
            break;
        }
        if (h.endsWith(word)) {
            h.chop(word.size());
            matched = true;
            break;
        }
    }
    if (!matched)
        return std::nullopt;
    // target_2021, 目標値(令和3年度), 目標値【R3】, 目標値 令和3(2021)年度: separators and one pair of brackets.
    static const QString separators = QStringLiteral(" _-:・");
    while (!h.isEmpty() && separators.contains(h.front()))
        h.remove(0, 1);
    while (!h.isEmpty() && separators.contains(h.back()))
        h.chop(1);
    static const QList<std::pair<QChar, QChar>> brackets = {{u'(', u')'}, {u'[', u']'}, {u'【', u'】'}, {u'〔', u'〕'}};
    for (const auto &[open, close] : brackets) {
        if (h.size() >= 2 && h.front() == open && h.back() == close) {
            h = h.mid(1, h.size() - 2).trimmed();
            break;
        }
    }
    // Another column that merely starts with the word (目標値の考え方 is known; 目標値の根拠 is not): no digit.
    if (std::none_of(h.cbegin(), h.cend(), [](QChar c) { return c.isDigit(); }) && !h.contains(u'元'))
        return std::nullopt;
    return parseFiscalYear(h);
}

namespace {

QList<FiscalYear> targetYears(const DocumentData &doc)
{
    QSet<int> years;
    for (const Indicator &ind : doc.indicators) {
        for (const Target &t : ind.targets)
            years.insert(t.year.year());
    }
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<FiscalYear> out;
    for (int y : sorted)
        out << FiscalYear(y);
    return out;
}

} // namespace

QStringList planCsvHeader(const DocumentData &doc)
{
    QStringList header;
    for (qsizetype i = 0; i < PlanColumnCount; ++i)
        header << planColumnNames(PlanColumn(i)).constFirst();
    for (FiscalYear y : targetYears(doc))
        header << QStringLiteral("target_") + QString::number(y.year());
    return header;
}

QList<QStringList> planCsvRows(const DocumentData &doc)
{
    const QList<FiscalYear> years = targetYears(doc);
    const qsizetype width = PlanColumnCount + years.size();
    QList<QStringList> rows;
    for (const BasicPolicy &b : doc.basicPolicies) {
        QStringList bpRow(width);
        bpRow[qsizetype(Column::Record)] = planLevelKey(PlanLevel::BasicPolicy);
        bpRow[qsizetype(Column::BasicPolicyCode)] = b.code;
        bpRow[qsizetype(Column::BasicPolicy)] = b.title;
        rows << bpRow;
        for (const Policy &p : doc.policies) {
            if (p.basicPolicy != b.id)
                continue;
            QStringList pRow = bpRow;
            pRow[qsizetype(Column::Record)] = planLevelKey(PlanLevel::Policy);
            pRow[qsizetype(Column::PolicyCode)] = p.code;
            pRow[qsizetype(Column::Policy)] = p.title;
            rows << pRow;
            for (const Measure &m : doc.measures) {
                if (m.policy != p.id)
                    continue;
                QStringList mRow = pRow;
                mRow[qsizetype(Column::Record)] = planLevelKey(PlanLevel::Measure);
                mRow[qsizetype(Column::MeasureCode)] = m.code;
                mRow[qsizetype(Column::Measure)] = m.title;
                QStringList ownRow = mRow;
                ownRow[qsizetype(Column::DirectGoal)] = m.directGoal;
                ownRow[qsizetype(Column::Programmes)] = m.programmes.join(QLatin1Char('\n'));
                rows << ownRow;
                for (const Indicator *ind : doc.indicatorsOf(m.id)) {
                    QStringList r = mRow;
                    r[qsizetype(Column::Record)] = planLevelKey(PlanLevel::Indicator);
                    r[qsizetype(Column::IndicatorNumber)] = QString::number(ind->number);
                    r[qsizetype(Column::IndicatorCode)] = ind->code;
                    r[qsizetype(Column::IndicatorName)] = ind->name;
                    r[qsizetype(Column::Unit)] = ind->unit;
                    r[qsizetype(Column::Kind)] = indicatorKindKey(ind->kind);
                    r[qsizetype(Column::Better)] = betterDirectionKey(ind->better);
                    r[qsizetype(Column::Decimals)] = QString::number(ind->decimals);
                    r[qsizetype(Column::NumeratorLabel)] = ind->numeratorLabel;
                    r[qsizetype(Column::DenominatorLabel)] = ind->denominatorLabel;
                    r[qsizetype(Column::NumeratorUnit)] = ind->numeratorUnit;
                    r[qsizetype(Column::Source)] = ind->source;
                    r[qsizetype(Column::Method)] = ind->method;
                    r[qsizetype(Column::Rationale)] = ind->rationale;
                    r[qsizetype(Column::TargetRationale)] = ind->targetRationale;
                    if (const Baseline *bl = ind->currentBaseline()) {
                        r[qsizetype(Column::BaselineYear)] = QString::number(bl->year.year());
                        r[qsizetype(Column::Baseline)] = bl->value ? csvNumber(*bl->value) : QString();
                        r[qsizetype(Column::BaselineNote)] = bl->note;
                    }
                    for (const Target &t : ind->targets)
                        r[PlanColumnCount + years.indexOf(t.year)] = targetText(t, *ind);
                    rows << r;
                }
            }
        }
    }
    return rows;
}

QString planFieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "code")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "title")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "name")},
        {QStringLiteral("basic_policy"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "basic policy")},
        {QStringLiteral("policy"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "policy")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "measure")},
        {QStringLiteral("direct_goal"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "direct goal")},
        {QStringLiteral("programmes"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "programmes")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "number")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "unit")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "kind")},
        {QStringLiteral("better"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "better direction")},
        {QStringLiteral("decimals"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "decimals")},
        {QStringLiteral("numerator_label"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "numerator label")},
        {QStringLiteral("denominator_label"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "denominator label")},
        {QStringLiteral("numerator_unit"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "numerator unit")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "source")},
        {QStringLiteral("method"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "calculation method")},
        {QStringLiteral("rationale"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "rationale")},
        {QStringLiteral("target_rationale"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "rationale for the targets")},
        {QStringLiteral("baselines"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "baselines")},
        {QStringLiteral("targets"), QT_TRANSLATE_NOOP("seika::core::PlanImport", "targets")},
    };
    const char *name = names.value(field, nullptr);
    return name ? PlanText::tr(name) : field;
}

qsizetype PlanImport::errorCount() const
{
    return std::count_if(findings.cbegin(), findings.cend(), [](const PlanFinding &f) { return f.isError(); });
}

QString planFindingReason(const PlanFinding &f)
{
    const auto shown = [](const QString &v) { return v.isEmpty() ? QStringLiteral("—") : v; };
    switch (f.type) {
    case PlanFinding::Type::Add:
        return PlanText::tr("adds the %1 %2").arg(planLevelName(f.level), f.record);
    case PlanFinding::Type::Change:
        return PlanText::tr("changes the %1 of the %2 %3: %4 → %5")
            .arg(planFieldName(f.field), planLevelName(f.level), f.record, shown(f.oldValue), shown(f.newValue));
    case PlanFinding::Type::Error:
        break;
    }
    const auto levelOf = [](const QString &key) {
        for (PlanLevel l : Levels) {
            if (planLevelKey(l) == key)
                return planLevelName(l);
        }
        return key;
    };
    switch (f.problem) {
    case Problem::None: {
        Error e = f.error;
        e.line = -1;
        e.column = -1;
        e.field.clear();
        return errorMessage(e);
    }
    case Problem::Conflict:
        return PlanText::tr("“%1” differs from line %2, which gives “%3” for the same %4.")
            .arg(f.value)
            .arg(f.otherLine)
            .arg(f.detail, planLevelName(f.level));
    case Problem::UnknownRecordKind:
        return PlanText::tr("“%1” is not a kind of record: use basic_policy, policy, measure or indicator (基本政策, "
                            "政策, 施策, 指標).")
            .arg(f.value);
    case Problem::RecordMismatch:
        return PlanText::tr("The row is marked “%1”, but the deepest record it names is a %2.").arg(f.value, levelOf(f.detail));
    case Problem::NoRecord:
        return PlanText::tr("The row names no basic policy, policy, measure or indicator: give a code or a title.");
    case Problem::NeedsTitle:
        return PlanText::tr("There is no %1 “%2” in the document; give its title to add it.")
            .arg(planLevelName(f.level), f.value);
    case Problem::NeedsParent:
        return PlanText::tr("The new %1 “%2” needs its %3: name it in the same row.")
            .arg(planLevelName(f.level), f.record, levelOf(f.detail));
    case Problem::AmbiguousTitle:
        return PlanText::tr("More than one %1 has the title “%2”; name it by its code.").arg(planLevelName(f.level), f.value);
    case Problem::UnknownKind:
        return PlanText::tr("“%1” is not a kind of indicator: use ratio, survey_share, count or value (比率, 意識調査, "
                            "件数, 値).")
            .arg(f.value);
    case Problem::UnknownBetter:
        return PlanText::tr("“%1” is not a direction: use higher or lower (高い, 低い).").arg(f.value);
    case Problem::BadNumber:
        return PlanText::tr("“%1” is not an indicator number: use 1, 2, 3 … or ①, ②, ③ ….").arg(f.value);
    case Problem::BadDecimals:
        return PlanText::tr("“%1” is not a number of decimals: use a whole number from 0 to 9.").arg(f.value);
    case Problem::BaselineNeedsYear:
        return PlanText::tr("A baseline needs its fiscal year (the column baseline_fiscal_year, 現状値年度).");
    case Problem::IndicatorFieldsWithoutIndicator:
        return PlanText::tr("The row fills indicator columns but names no indicator: give its name (indicator_name, "
                            "指標名) or its code.");
    case Problem::NumberTwice:
        return PlanText::tr("The measure would have two indicators numbered %1: %2 and %3.")
            .arg(f.value, f.detail, f.record);
    }
    return {};
}

Result<PlanImport> planImport(const DocumentData &doc, QIODevice *device, const CsvReadOptions &options)
{
    CsvReader reader(device, options);
    if (auto r = reader.open(); !r)
        return std::unexpected(r.error());
    PlanImport result;
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    result.header = reader.header();
    Importer importer(doc, result);
    if (auto r = importer.mapHeader(); !r)
        return std::unexpected(r.error());
    for (;;) {
        auto next = reader.next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const CsvRecord &record = **next;
        ++result.dataRows;
        if (record.error) {
            PlanFinding f;
            f.line = record.line;
            f.value = record.fields.join(QChar(reader.delimiter())).left(80);
            f.error = *record.error;
            result.findings.append(f);
            continue;
        }
        importer.addRow(record.line, record.fields);
    }
    if (result.dataRows == 0)
        return std::unexpected(Error{ErrorCode::CsvNoRows, {}, {}, {}, 1, -1});
    importer.resolve();
    importer.build();
    importer.validate();
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const PlanFinding &a, const PlanFinding &b) { return a.line < b.line; });
    return result;
}

} // namespace seika::core
