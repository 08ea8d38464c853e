#include "core/io/responsesimport.h"

#include "core/io/progressgate.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

namespace seika::core {

namespace {

struct ResponsesText
{
    Q_DECLARE_TR_FUNCTIONS(seika::core::ResponsesImport)
};

/// Codes above this are out of range for any questionnaire; longer digit runs are not converted.
constexpr qsizetype MaxCodeDigits = 9;

/// A header cell as compared: surrounding spaces and a byte order mark removed.
QString headerName(QString name)
{
    if (name.startsWith(QChar(0xFEFF)))
        name.remove(0, 1);
    return name.trimmed();
}

/// The column whose header is name (case ignored), or -1.
qsizetype findColumn(const QStringList &header, const QString &name)
{
    const QString wanted = headerName(name);
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (headerName(header.at(c)).compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

/// QChar::isSpace() without its table look-up for the common characters: ASCII letters and digits and
/// everything from U+3001 on (kana, kanji, full-width forms) are not spaces.
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if ((u > 0x20 && u < 0x7f) || u > 0x3000)
        return false;
    return c.isSpace();
}

/// view without surrounding spaces, as QStringView::trimmed() but faster on Japanese text.
QStringView trimmedView(QStringView view)
{
    qsizetype start = 0;
    qsizetype end = view.size();
    while (start < end && isSpace(view[start]))
        ++start;
    while (end > start && isSpace(view[end - 1]))
        --end;
    return view.sliced(start, end - start);
}

bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u';' || u == u' ' || u == u'\t' || u == 0x3000 /* 　 */ || u == 0xFF1B /* ； */;
}

/// A code written in ASCII digits (leading zeros allowed), or empty for any other text.
std::optional<qint64> asciiCode(QStringView text)
{
    if (text.isEmpty() || text.size() > MaxCodeDigits)
        return std::nullopt;
    qint64 v = 0;
    for (QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

/// The code of one token: ASCII digits, else digits after NFKC (full-width １２); else empty. A run of
/// digits too long to convert gives a code that is out of range for every question.
std::optional<qint64> parseCode(QStringView token)
{
    if (auto code = asciiCode(token))
        return code;
    const QString normalized = token.toString().normalized(QString::NormalizationForm_KC);
    if (auto code = asciiCode(normalized))
        return code;
    const bool digits = !normalized.isEmpty() && std::all_of(normalized.cbegin(), normalized.cend(), [](QChar c) {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    });
    if (digits)
        return std::numeric_limits<qint64>::max();
    return std::nullopt;
}

/// A weight written plainly (ASCII digits, an optional point and fraction) read without allocating; else
/// the text after NFKC read by QString::toDouble(). Empty when it is not a finite number.
std::optional<double> parseWeight(QStringView text)
{
    constexpr qsizetype MaxLength = 40;
    if (!text.isEmpty() && text.size() <= MaxLength) {
        char bytes[MaxLength];
        bool plain = true;
        for (qsizetype i = 0; i < text.size() && plain; ++i) {
            const char16_t u = text[i].unicode();
            plain = (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'e' || u == u'E' || u == u'+';
            bytes[i] = char(u);
        }
        if (plain) {
            double v = 0;
            const auto [end, ec] = std::from_chars(bytes, bytes + text.size(), v);
            if (ec == std::errc() && end == bytes + text.size() && std::isfinite(v))
                return v;
        }
    }
    bool ok = false;
    const double v = text.toString().normalized(QString::NormalizationForm_KC).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/// The groups of one attribute column with their running totals. A survey attribute has a handful of
/// groups, so a group is found by comparing views (no string per row); a hash takes over for many.
class GroupCounter
{
public:
    GroupCounter(qsizetype categories, const QStringList &knownOrder)
        : m_categories(categories)
        , m_knownOrder(knownOrder)
    {
    }

    /// The index of group (added at first sight).
    qsizetype indexOf(QStringView group)
    {
        if (m_last >= 0 && m_groups.at(m_last).name == group)
            return m_last;
        if (m_groups.size() <= LinearLimit) {
            for (qsizetype i = 0; i < m_groups.size(); ++i) {
                if (m_groups.at(i).name == group)
                    return m_last = i;
            }
        } else {
            const auto it = m_index.constFind(QString::fromRawData(group.constData(), group.size()));
            if (it != m_index.cend())
                return m_last = *it;
        }
        m_groups.append(Group{group.toString(), 0, 0, QList<double>(m_categories, 0.0)});
        m_index.insert(m_groups.constLast().name, m_groups.size() - 1);
        return m_last = m_groups.size() - 1;
    }

    struct Group
    {
        QString name;
        qint64 base = 0;
        double weightTotal = 0;
        QList<double> counts;
    };

    Group &at(qsizetype i) { return m_groups[i]; }

    /// The groups the question already lists, in its order, then the new ones in order of first sight.
    [[nodiscard]] QList<const Group *> ordered() const
    {
        QList<const Group *> list;
        QList<bool> taken(m_groups.size(), false);
        for (const QString &known : m_knownOrder) {
            const auto it = m_index.constFind(known);
            if (it != m_index.cend() && !taken.at(*it)) {
                taken[*it] = true;
                list.append(&m_groups.at(*it));
            }
        }
        for (qsizetype i = 0; i < m_groups.size(); ++i) {
            if (!taken.at(i))
                list.append(&m_groups.at(i));
        }
        return list;
    }

private:
    static constexpr qsizetype LinearLimit = 24;
    qsizetype m_categories;
    QStringList m_knownOrder;
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_index;
    qsizetype m_last = -1;
};

ResponseBreakdownRow breakdownRow(const QString &attribute, const GroupCounter::Group &g)
{
    return ResponseBreakdownRow{attribute, g.name, g.base, g.weightTotal, g.counts};
}

} // namespace

QString responseFindingReason(const ResponseFinding &finding)
{
    switch (finding.problem) {
    case ResponseFinding::Problem::RaggedRow:
        return ResponsesText::tr("The row has %1 fields, but the header has %2.").arg(finding.value, finding.detail);
    case ResponseFinding::Problem::EmptyAttribute:
        return ResponsesText::tr("The attribute is empty, so the respondent belongs to no group.");
    case ResponseFinding::Problem::NotACode:
        return ResponsesText::tr("“%1” is not an answer code: write the category's number (1, 2, …).")
            .arg(finding.value);
    case ResponseFinding::Problem::CodeOutOfRange:
        return ResponsesText::tr("The code %1 is out of range: the question has the categories 1 to %2.")
            .arg(finding.value, finding.detail);
    case ResponseFinding::Problem::SeveralCodes:
        return ResponsesText::tr("The question takes a single answer (S.A.), but the row gives several codes.");
    case ResponseFinding::Problem::RepeatedCode:
        return ResponsesText::tr("The code %1 is given twice in one answer.").arg(finding.value);
    case ResponseFinding::Problem::InvalidWeight:
        return finding.value.isEmpty()
                   ? ResponsesText::tr("The weight is empty; every respondent needs a positive weight.")
                   : ResponsesText::tr("The weight “%1” is not a positive number.").arg(finding.value);
    }
    return {};
}

QList<double> ResponseBreakdownRow::percents() const
{
    QList<double> list;
    list.reserve(counts.size());
    for (double c : counts)
        list.append(weightTotal > 0 ? 100.0 * c / weightTotal : 0.0);
    return list;
}

Result<ResponseImportPlan> planResponseImport(const SurveyQuestion &question, QIODevice *device,
                                              const ResponseImportOptions &options,
                                              const std::function<bool(qint64)> &progress)
{
    CsvReader reader(device, options.csv);
    if (auto r = reader.open(); !r)
        return std::unexpected(r.error());
    ResponseImportPlan plan;
    plan.encoding = reader.encoding();
    plan.delimiter = reader.delimiter();
    plan.header = reader.header();
    const auto missing = [](const QString &name) {
        return std::unexpected(Error{ErrorCode::CsvMissingColumn, name, {}, {}, 1, -1});
    };
    const auto duplicate = [](const QString &name, qsizetype column) {
        return std::unexpected(Error{ErrorCode::CsvDuplicateColumn, name, {}, {}, 1, column + 1});
    };
    // A column named twice would make the choice of column a guess.
    for (qsizetype c = 0; c < plan.header.size(); ++c) {
        const QString name = headerName(plan.header.at(c));
        if (!name.isEmpty() && findColumn(plan.header, name) != c)
            return duplicate(name, c);
    }

    const QString answerName = options.answerColumn.isEmpty() ? question.code : options.answerColumn;
    const qsizetype answerColumn = findColumn(plan.header, answerName);
    if (answerColumn < 0)
        return missing(headerName(answerName));
    plan.answerColumn = headerName(plan.header.at(answerColumn));
    qsizetype weightColumn = -1;
    if (!options.weightColumn.isEmpty()) {
        weightColumn = findColumn(plan.header, options.weightColumn);
        if (weightColumn < 0)
            return missing(headerName(options.weightColumn));
        if (weightColumn == answerColumn)
            return duplicate(plan.answerColumn, weightColumn);
        plan.weightColumn = headerName(plan.header.at(weightColumn));
    }
    QList<qsizetype> attributeColumns;
    if (options.attributes.isEmpty()) {
        for (qsizetype c = 0; c < plan.header.size(); ++c) {
            if (c != answerColumn && c != weightColumn && !headerName(plan.header.at(c)).isEmpty())
                attributeColumns.append(c);
        }
    } else {
        for (const QString &name : options.attributes) {
            const qsizetype c = findColumn(plan.header, name);
            if (c < 0)
                return missing(headerName(name));
            if (c == answerColumn || c == weightColumn || attributeColumns.contains(c))
                return duplicate(headerName(plan.header.at(c)), c);
            attributeColumns.append(c);
        }
    }
    for (qsizetype c : attributeColumns)
        plan.attributes.append(headerName(plan.header.at(c)));

    const qsizetype categories = question.categories.size();
    const bool multiple = question.type == AnswerType::Multiple;
    qsizetype noAnswer = -1;
    for (qsizetype c = 0; c < categories; ++c) {
        if (question.categories.at(c).kind == SurveyCategory::Kind::NoAnswer) {
            noAnswer = c;
            break;
        }
    }
    GroupCounter total(categories, {});
    QList<GroupCounter> byAttribute;
    for (const QString &attribute : std::as_const(plan.attributes)) {
        QStringList known;
        for (const SurveyRow &row : question.rows) {
            if (row.attribute == attribute)
                known.append(row.group);
        }
        byAttribute.append(GroupCounter(categories, known));
    }
    const qsizetype totalIndex = total.indexOf(QStringLiteral("全体"));

    ProgressGate gate(progress);
    QList<qsizetype> codes; // the current row's categories, 0-based
    QList<bool> seen(categories, false);
    for (;;) {
        auto more = reader.advance();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (!gate.proceed(reader.bytesRead()))
            return std::unexpected(Error{ErrorCode::Cancelled, {}, {}, {}, reader.recordLine(), -1});
        ++plan.dataRows;
        const qint64 line = reader.recordLine();
        if (const auto &ragged = reader.recordError()) {
            plan.findings.append(ResponseFinding{ResponseFinding::Problem::RaggedRow, line, {}, ragged->value,
                                                 ragged->detail});
            continue;
        }
        const qsizetype findingsOfRow = plan.findings.size();
        const auto refuse = [&](ResponseFinding::Problem problem, qsizetype column, QStringView value,
                                QString detail = {}) {
            plan.findings.append(ResponseFinding{problem, line, headerName(plan.header.at(column)), value.toString(),
                                                 std::move(detail)});
        };

        for (qsizetype a = 0; a < attributeColumns.size(); ++a) {
            const QStringView group = trimmedView(reader.field(attributeColumns.at(a)));
            if (group.isEmpty())
                refuse(ResponseFinding::Problem::EmptyAttribute, attributeColumns.at(a), reader.field(attributeColumns.at(a)));
        }

        double weight = 1;
        if (weightColumn >= 0) {
            const QStringView text = trimmedView(reader.field(weightColumn));
            const std::optional<double> w = text.isEmpty() ? std::nullopt : parseWeight(text);
            if (!w || *w <= 0)
                refuse(ResponseFinding::Problem::InvalidWeight, weightColumn, text);
            else
                weight = *w;
        }

        // The codes of the answer: one token (S.A.) or tokens between separators (M.A.).
        codes.clear();
        const QStringView answer = trimmedView(reader.field(answerColumn));
        if (answer.size() == 1 && answer.front().unicode() >= u'1' && answer.front().unicode() <= u'9'
            && answer.front().unicode() - u'0' <= categories) {
            codes.append(answer.front().unicode() - u'1'); // the common case, without a look at the rest
        } else {
            qsizetype tokens = 0;
            qsizetype i = 0;
            while (i < answer.size()) {
                while (i < answer.size() && isSeparator(answer[i]))
                    ++i;
                const qsizetype start = i;
                while (i < answer.size() && !isSeparator(answer[i]))
                    ++i;
                if (i == start)
                    break;
                const QStringView token = answer.sliced(start, i - start);
                ++tokens;
                const std::optional<qint64> code = parseCode(token);
                if (!code) {
                    refuse(ResponseFinding::Problem::NotACode, answerColumn, token);
                    continue;
                }
                if (*code < 1 || *code > categories) {
                    refuse(ResponseFinding::Problem::CodeOutOfRange, answerColumn, token,
                           QString::number(categories));
                    continue;
                }
                const qsizetype category = qsizetype(*code - 1);
                if (seen.at(category)) {
                    refuse(ResponseFinding::Problem::RepeatedCode, answerColumn, token);
                    continue;
                }
                seen[category] = true;
                codes.append(category);
            }
            for (qsizetype c : std::as_const(codes))
                seen[c] = false;
            if (!multiple && tokens > 1)
                refuse(ResponseFinding::Problem::SeveralCodes, answerColumn, answer);
            if (tokens == 0 && noAnswer >= 0)
                codes.append(noAnswer); // 無回答
        }

        if (plan.findings.size() > findingsOfRow)
            continue;
        ++plan.validRows;
        const auto count = [&](GroupCounter::Group &g) {
            ++g.base;
            g.weightTotal += weight;
            for (qsizetype c : std::as_const(codes))
                g.counts[c] += weight;
        };
        count(total.at(totalIndex));
        // Groups are taken from valid rows only: a refused row adds no group of its own (no row of n = 0).
        for (qsizetype a = 0; a < attributeColumns.size(); ++a)
            count(byAttribute[a].at(byAttribute[a].indexOf(trimmedView(reader.field(attributeColumns.at(a))))));
    }
    if (plan.dataRows == 0)
        return std::unexpected(Error{ErrorCode::CsvNoRows, {}, {}, {}, 2, -1});

    plan.rows.append(breakdownRow({}, total.at(totalIndex)));
    for (qsizetype a = 0; a < byAttribute.size(); ++a) {
        for (const GroupCounter::Group *g : byAttribute.at(a).ordered())
            plan.rows.append(breakdownRow(plan.attributes.at(a), *g));
    }
    return plan;
}

QList<SurveyRow> responseSurveyRows(const ResponseImportPlan &plan)
{
    QList<SurveyRow> rows;
    rows.reserve(plan.rows.size());
    for (const ResponseBreakdownRow &r : plan.rows) {
        SurveyRow row;
        row.attribute = r.attribute;
        row.group = r.group;
        row.base = r.base;
        if (plan.weighted()) {
            for (double p : r.percents())
                row.percents.append(p);
        } else {
            for (double c : r.counts)
                row.counts.append(c);
        }
        rows.append(row);
    }
    return rows;
}

Survey surveyWithResponses(const Survey &survey, const QString &questionCode, const ResponseImportPlan &plan)
{
    Survey changed = survey;
    for (SurveyQuestion &q : changed.questions) {
        if (q.code == questionCode)
            q.rows = responseSurveyRows(plan);
    }
    return changed;
}

WriteBatch responseImportBatch(const DocumentData &before, SurveyId survey, const QString &questionCode,
                               const ResponseImportPlan &plan)
{
    const Survey *current = before.survey(survey);
    if (!current)
        return {};
    Survey changed = surveyWithResponses(*current, questionCode, plan);
    if (changed == *current)
        return {};
    WriteBatch batch;
    batch.operations.append(WriteBatch::PutSurvey{std::move(changed)});
    return batch;
}

} // namespace seika::core
