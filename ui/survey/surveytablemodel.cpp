#include "ui/survey/surveytablemodel.h"

#include "core/error.h"
#include "core/stats/surveystats.h"
#include "core/edit/writebatch.h"
#include "ui/documentsession.h"
#include "ui/widgets/colorscheme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace seika::ui {
namespace {

/// A number as typed or pasted: full-width digits and a trailing % are accepted, thousands separators
/// only where they group exactly (1,234), nothing else (no units, no exponent).
std::optional<double> parseNumber(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    text = text.trimmed();
    static const QRegularExpression plain(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    static const QRegularExpression grouped(QStringLiteral(R"(^-?\d{1,3}(,\d{3})+(\.\d+)?$)"));
    if (grouped.match(text).hasMatch())
        text.remove(u',');
    else if (!plain.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QString plainNumber(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

SurveyTableModel::SurveyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

SurveyTableModel::~SurveyTableModel() = default;

void SurveyTableModel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    beginResetModel();
    m_session = session;
    if (m_session)
        connect(m_session, &DocumentSession::documentChanged, this, &SurveyTableModel::documentChanged);
    const core::SurveyQuestion *q = question();
    m_rows = q ? int(q->rows.size()) : 0;
    m_columns = q ? int(q->categories.size()) + 2 : 0;
    endResetModel();
}

void SurveyTableModel::setQuestion(core::SurveyId survey, const QString &code)
{
    beginResetModel();
    m_survey = survey;
    m_code = code;
    const core::SurveyQuestion *q = question();
    m_rows = q ? int(q->rows.size()) : 0;
    m_columns = q ? int(q->categories.size()) + 2 : 0;
    endResetModel();
}

void SurveyTableModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (m_rows > 0 && m_columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, m_columns - 1));
}

const core::Survey *SurveyTableModel::survey() const
{
    return m_session ? m_session->data().survey(m_survey) : nullptr;
}

const core::SurveyQuestion *SurveyTableModel::question() const
{
    const core::Survey *s = survey();
    return s ? s->question(m_code) : nullptr;
}

int SurveyTableModel::derivedColumn() const
{
    const core::SurveyQuestion *q = question();
    return q ? int(q->categories.size()) + 1 : -1;
}

void SurveyTableModel::documentChanged()
{
    const core::SurveyQuestion *q = question();
    const int rows = q ? int(q->rows.size()) : 0;
    const int columns = q ? int(q->categories.size()) + 2 : 0;
    if (rows != m_rows || columns != m_columns) {
        beginResetModel();
        m_rows = rows;
        m_columns = columns;
        endResetModel();
        return;
    }
    if (rows > 0 && columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columns - 1));
    // A survey without questions shows no rows: there is no header section to change.
    if (rows > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rows - 1);
}

int SurveyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SurveyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString SurveyTableModel::rowLabel(int row) const
{
    const core::SurveyQuestion *q = question();
    if (!q || row < 0 || row >= q->rows.size())
        return {};
    const core::SurveyRow &r = q->rows[row];
    if (r.isTotal())
        return r.group.isEmpty() ? tr("Total") : r.group;
    return tr("%1: %2").arg(r.attribute, r.group);
}

QString SurveyTableModel::columnLabel(int column) const
{
    const core::SurveyQuestion *q = question();
    if (!q)
        return {};
    if (column == baseColumn())
        return tr("n");
    if (column >= 1 && column <= q->categories.size())
        return q->categories[column - 1].label;
    if (column == derivedColumn())
        return q->type == core::AnswerType::Single ? tr("No answer / unknown") : tr("M.T.");
    return {};
}

bool SurveyTableModel::isPercentFromCount(int row, int category) const
{
    const core::SurveyQuestion *q = question();
    if (!q || row < 0 || row >= q->rows.size())
        return false;
    const core::SurveyRow &r = q->rows[row];
    return r.counts.value(category).has_value() && r.base && *r.base > 0;
}

QString SurveyTableModel::readOnlyReason(const QModelIndex &index) const
{
    if (!m_session)
        return tr("No document is open.");
    if (m_session->isReadOnly())
        return tr("The document is open read-only.");
    if (const QString refused = m_session->refusal(QStringLiteral("surveys")); !refused.isEmpty())
        return refused;
    if (index.column() == derivedColumn())
        return tr("This column is derived from the row's percentages.");
    if (m_mode == Mode::Percents && index.column() >= 1 && isPercentFromCount(index.row(), index.column() - 1))
        return tr("This percentage is derived from the count; change the count in the Counts view.");
    return {};
}

QStringList SurveyTableModel::rowErrors() const
{
    QStringList errors;
    const core::SurveyQuestion *q = question();
    if (!q || q->type != core::AnswerType::Single)
        return errors;
    for (int r = 0; r < q->rows.size(); ++r) {
        const core::RowTotal total = core::rowTotal(*q, q->rows[r]);
        if (total.overHundred) {
            errors << tr("%1: the answers add up to %2%, over %3% (one answer per respondent).")
                          .arg(rowLabel(r), QLocale().toString(total.sum, 'f', 1),
                               QLocale().toString(core::SingleAnswerTolerance, 'f', 1));
        }
    }
    return errors;
}

QVariant SurveyTableModel::data(const QModelIndex &index, int role) const
{
    const core::SurveyQuestion *q = question();
    if (!q || !index.isValid() || index.row() >= q->rows.size() || index.column() >= m_columns)
        return {};
    const core::SurveyRow &row = q->rows[index.row()];
    const bool unreliable = row.base && core::isUnreliableBase(*row.base);
    const QLocale locale;
    const int column = index.column();

    if (role == ReadOnlyReasonRole)
        return readOnlyReason(index);
    if (role == UnreliableRole)
        return unreliable;

    if (column == baseColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            return row.base ? QVariant(QString(locale.toString(*row.base) + (unreliable ? QStringLiteral("*") : QString())))
                            : QVariant();
        case Qt::EditRole:
            return row.base ? QVariant(QString::number(*row.base)) : QVariant();
        case RawValueRole:
            return row.base ? QVariant(double(*row.base)) : QVariant();
        case Qt::ToolTipRole:
            return unreliable ? tr("Base under %1: the percentages of this row are unreliable.")
                                    .arg(core::UnreliableBase)
                              : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case DerivedRole:
            return false;
        default:
            return {};
        }
    }

    if (column == derivedColumn()) {
        const core::RowTotal total = core::rowTotal(*q, row);
        std::optional<double> value;
        QString error;
        if (q->type == core::AnswerType::Single) {
            if (total.overHundred) {
                value = total.sum;
                error = rowErrors().value(0);
                for (const QString &e : rowErrors()) {
                    if (e.startsWith(rowLabel(index.row())))
                        error = e;
                }
            } else {
                value = total.residual;
            }
        } else {
            value = total.mentions;
        }
        switch (role) {
        case Qt::DisplayRole:
            return value ? QVariant(QString(locale.toString(*value, 'f', 1) + QLatin1Char('%'))) : QVariant();
        case RawValueRole:
            return value ? QVariant(*value) : QVariant();
        case ErrorRole:
            return error;
        case Qt::ToolTipRole:
            if (!error.isEmpty())
                return error;
            return q->type == core::AnswerType::Single
                       ? tr("Derived: 100% minus the known answers (無回答・不明)")
                       : tr("Derived: the total of mentions (M.T.), which may exceed 100%");
        case Qt::ForegroundRole:
            return error.isEmpty() ? QVariant(QBrush(schemeColor(SchemeColor::DerivedText))) : QVariant(QBrush(Qt::white));
        case Qt::BackgroundRole:
            return error.isEmpty() ? QVariant(QBrush(schemeColor(SchemeColor::ReadOnlyBackground)))
                                   : QVariant(QBrush(QColor(0xC6, 0x28, 0x28)));
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case DerivedRole:
            return true;
        default:
            return {};
        }
    }

    const int category = column - 1;
    const std::optional<double> count = row.counts.value(category);
    const std::optional<double> entered = row.percents.value(category);
    if (m_mode == Mode::Counts) {
        switch (role) {
        case Qt::DisplayRole:
            return count ? QVariant(locale.toString(*count, 'f', std::floor(*count) == *count ? 0 : 1)) : QVariant();
        case Qt::EditRole:
            return count ? QVariant(plainNumber(*count)) : QVariant();
        case RawValueRole:
            return count ? QVariant(*count) : QVariant();
        case Qt::ToolTipRole:
            if (!count && entered)
                return tr("Entered as a percentage: %1%").arg(locale.toString(*entered, 'f', 1));
            return {};
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case DerivedRole:
            return false;
        default:
            return {};
        }
    }

    const bool derived = isPercentFromCount(index.row(), category);
    const std::optional<double> percent = core::rowPercentages(*q, row).value(category);
    switch (role) {
    case Qt::DisplayRole:
        return percent ? QVariant(locale.toString(*percent, 'f', 1)) : QVariant();
    case Qt::EditRole:
        return percent ? QVariant(plainNumber(derived ? std::round(*percent * 10.0) / 10.0 : *percent)) : QVariant();
    case RawValueRole:
        return percent ? QVariant(*percent) : QVariant();
    case Qt::ToolTipRole: {
        QStringList tips;
        if (derived)
            tips << tr("Derived from the count %1 of n = %2").arg(locale.toString(*count), locale.toString(*row.base));
        if (unreliable && percent)
            tips << tr("Unreliable: the base n = %1 is under %2.").arg(locale.toString(*row.base)).arg(core::UnreliableBase);
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (unreliable && percent)
            return QBrush(schemeColor(SchemeColor::UnreliableText));
        return derived ? QVariant(QBrush(schemeColor(SchemeColor::DerivedText))) : QVariant();
    case Qt::FontRole:
        if (derived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case DerivedRole:
        return derived;
    default:
        return {};
    }
}

QVariant SurveyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Vertical)
            return rowLabel(section);
        const QString label = columnLabel(section);
        if (section >= 1 && section != derivedColumn() && m_mode == Mode::Percents)
            return tr("%1 (%)").arg(label);
        return label;
    }
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal)
        return columnLabel(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags SurveyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (readOnlyReason(index).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool SurveyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const QString text = value.toString();
    const QString undoText = tr("Edit %1, %2").arg(rowLabel(index.row()), columnLabel(index.column()));
    const QList<CellProblem> problems = applyEdits({{index.row(), index.column(), text}}, undoText);
    if (!problems.isEmpty()) {
        Q_EMIT editRejected(problems.first().message());
        return false;
    }
    return true;
}

QList<SurveyTableModel::CellProblem> SurveyTableModel::applyEdits(const QList<CellEdit> &edits,
                                                                  const QString &undoText)
{
    QList<CellProblem> problems;
    const core::SurveyQuestion *shown = question();
    if (!shown || !m_session)
        return problems;
    core::SurveyQuestion q = *shown;
    const qsizetype categories = q.categories.size();
    auto problem = [&](const CellEdit &e, const QString &reason) {
        CellProblem p;
        p.row = e.row;
        p.column = e.column;
        p.rowLabel = e.row >= 0 && e.row < q.rows.size() ? rowLabel(e.row) : tr("Row %1").arg(e.row + 1);
        p.columnLabel = e.column >= 0 && e.column < m_columns ? columnLabel(e.column)
                                                              : tr("Column %1").arg(e.column + 1);
        p.value = e.text;
        p.reason = reason;
        problems << p;
    };

    // First every cell on its own: is it in the table, editable, a number of the right kind?
    QList<CellEdit> accepted;
    for (const CellEdit &e : edits) {
        if (e.row < 0 || e.row >= q.rows.size() || e.column < 0 || e.column >= m_columns) {
            problem(e, tr("“%1” lies outside the table.").arg(e.text));
            continue;
        }
        const QString reason = readOnlyReason(index(e.row, e.column));
        if (!reason.isEmpty()) {
            problem(e, reason);
            continue;
        }
        core::SurveyRow &row = q.rows[e.row];
        row.counts.resize(categories);
        row.percents.resize(categories);
        const QString trimmed = e.text.trimmed();
        std::optional<double> number;
        if (!trimmed.isEmpty()) {
            number = parseNumber(trimmed);
            if (!number) {
                problem(e, tr("“%1” is not a number.").arg(e.text));
                continue;
            }
            if (*number < 0) {
                problem(e, tr("“%1” is negative.").arg(e.text));
                continue;
            }
        }
        if (e.column == baseColumn()) {
            if (number && std::floor(*number) != *number) {
                problem(e, tr("“%1” is no whole number of respondents.").arg(e.text));
                continue;
            }
            row.base = number ? std::optional<qint64>(qint64(*number)) : std::nullopt;
        } else if (m_mode == Mode::Counts) {
            if (number && std::floor(*number) != *number) {
                problem(e, tr("“%1” is no whole number of respondents.").arg(e.text));
                continue;
            }
            row.counts[e.column - 1] = number;
        } else {
            if (number && *number > 100.0) {
                problem(e, tr("“%1” is over 100%.").arg(e.text));
                continue;
            }
            row.percents[e.column - 1] = number;
        }
        accepted << e;
    }
    // Then the rows as they would be: no count over its row's base.
    for (const CellEdit &e : std::as_const(accepted)) {
        const core::SurveyRow &row = q.rows[e.row];
        if (!row.base)
            continue;
        if (e.column == baseColumn()) {
            for (qsizetype c = 0; c < categories; ++c) {
                if (row.counts.value(c) && *row.counts.value(c) > double(*row.base)) {
                    problem(e, tr("n = “%1” is under the count %2 of %3.")
                                   .arg(e.text, QLocale().toString(*row.counts.value(c)), q.categories[c].label));
                    break;
                }
            }
        } else if (m_mode == Mode::Counts) {
            const std::optional<double> count = row.counts.value(e.column - 1);
            if (count && *count > double(*row.base))
                problem(e, tr("“%1” is over the base n = %2.").arg(e.text, QLocale().toString(*row.base)));
        }
    }
    if (!problems.isEmpty())
        return problems;

    // Trailing unknown cells are no cells: keep the lists as short as the document's.
    for (core::SurveyRow &row : q.rows) {
        while (!row.counts.isEmpty() && !row.counts.last())
            row.counts.removeLast();
        while (!row.percents.isEmpty() && !row.percents.last())
            row.percents.removeLast();
    }
    if (q == *shown)
        return problems;
    const QStringList errors = write(q, undoText);
    for (const QString &error : errors) {
        // The document's own checks (an S.A. row over 100.5 %): name the cell when there is one.
        CellProblem p;
        if (edits.size() == 1) {
            p.row = edits.first().row;
            p.column = edits.first().column;
            p.rowLabel = rowLabel(p.row);
            p.columnLabel = columnLabel(p.column);
            p.value = edits.first().text;
            p.reason = tr("“%1” is not accepted: %2").arg(p.value, error);
        } else {
            p.reason = error;
        }
        problems << p;
    }
    if (problems.isEmpty())
        Q_EMIT editAccepted(undoText);
    return problems;
}

QStringList SurveyTableModel::write(const core::SurveyQuestion &question, const QString &undoText)
{
    const core::Survey *current = survey();
    if (!current || !m_session)
        return {tr("The survey is no longer in the document.")};
    core::Survey changed = *current;
    for (core::SurveyQuestion &q : changed.questions) {
        if (q.code == m_code)
            q = question;
    }
    core::WriteBatch batch;
    batch.operations.append(core::WriteBatch::PutSurvey{changed});
    QStringList messages;
    for (const core::Error &error : m_session->edit(undoText, batch))
        messages << core::errorMessage(error);
    return messages;
}

QList<SurveyTableModel::CellEdit> SurveyTableModel::clearingEdits(const QModelIndexList &cells) const
{
    QList<CellEdit> edits;
    for (const QModelIndex &cell : cells) {
        if (!cell.isValid() || !(flags(cell) & Qt::ItemIsEditable))
            continue;
        if (cell.data(Qt::EditRole).isValid())
            edits.append({cell.row(), cell.column(), QString()});
    }
    return edits;
}

QString SurveyTableModel::addGroupRow(const QString &attribute, const QString &group)
{
    const core::SurveyQuestion *shown = question();
    if (!shown)
        return tr("No question is shown.");
    const QString a = attribute.trimmed();
    const QString g = group.trimmed();
    if (a.isEmpty() || g.isEmpty())
        return tr("A group row needs an attribute (年代) and a group (10歳代).");
    core::SurveyQuestion q = *shown;
    qsizetype at = q.rows.size();
    for (qsizetype r = 0; r < q.rows.size(); ++r) {
        if (q.rows[r].attribute == a && q.rows[r].group == g)
            return tr("The question has the row %1: %2 already.").arg(a, g);
        if (q.rows[r].attribute == a)
            at = r + 1;
    }
    core::SurveyRow row;
    row.attribute = a;
    row.group = g;
    q.rows.insert(at, row);
    return write(q, tr("Add row %1: %2").arg(a, g)).join(QLatin1Char('\n'));
}

QString SurveyTableModel::removeGroupRow(int row)
{
    const core::SurveyQuestion *shown = question();
    if (!shown || row < 0 || row >= shown->rows.size())
        return tr("Choose a group row to remove.");
    if (shown->rows[row].isTotal())
        return tr("The row %1 cannot be removed.").arg(rowLabel(row));
    core::SurveyQuestion q = *shown;
    const QString label = rowLabel(row);
    q.rows.removeAt(row);
    return write(q, tr("Remove row %1").arg(label)).join(QLatin1Char('\n'));
}

} // namespace seika::ui
