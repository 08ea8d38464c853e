#include "app/cli/plancommands.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/edit/removal.h"
#include "core/io/csvexport.h"
#include "core/io/csvimport.h"
#include "core/io/filedigest.h"
#include "core/io/planimport.h"
#include "core/model/entry.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>
#include <numeric>
#include <optional>
#include <variant>

namespace seika::cli {

using namespace seika::core;

namespace {

const QString Plan = QStringLiteral("plan");
const QString ImportPlan = QStringLiteral("import-plan");

using Usage = std::function<int(const QString &)>;

/// A record of the plan a REF names.
struct Ref
{
    PlanLevel level = PlanLevel::Measure;
    qint64 id = 0;
    QString text; ///< as messages name it: "measure 1-1-2 地域の防災力の向上"
};

QString recordText(const QString &code, const QString &title)
{
    return code.isEmpty() ? title : code + QLatin1Char(' ') + title;
}

QString levelOption(PlanLevel level)
{
    switch (level) {
    case PlanLevel::BasicPolicy:
        return QStringLiteral("basic-policy");
    case PlanLevel::Policy:
        return QStringLiteral("policy");
    case PlanLevel::Measure:
        return QStringLiteral("measure");
    case PlanLevel::Indicator:
        return QStringLiteral("indicator");
    }
    return {};
}

QString describe(PlanLevel level, const QString &record)
{
    return planLevelName(level) + QLatin1Char(' ') + record;
}

/// Every record of the plan at the given levels, with its id, code, title and level.
struct Candidate
{
    PlanLevel level;
    qint64 id;
    QString code;
    QString title;
};

QList<Candidate> candidates(const DocumentData &doc, const QList<PlanLevel> &levels)
{
    QList<Candidate> out;
    for (PlanLevel level : levels) {
        switch (level) {
        case PlanLevel::BasicPolicy:
            for (const BasicPolicy &b : doc.basicPolicies)
                out.append({level, b.id.value(), b.code, b.title});
            break;
        case PlanLevel::Policy:
            for (const Policy &p : doc.policies)
                out.append({level, p.id.value(), p.code, p.title});
            break;
        case PlanLevel::Measure:
            for (const Measure &m : doc.measures)
                out.append({level, m.id.value(), m.code, m.title});
            break;
        case PlanLevel::Indicator:
            for (const Indicator &i : doc.indicators)
                out.append({level, i.id.value(), i.code, i.name});
            break;
        }
    }
    return out;
}

/// The record ref names among levels: "#ID", a code, or an exact title, optionally after "level:". Writes
/// the reason to err and returns empty when it names none or several.
std::optional<Ref> resolveRef(const DocumentData &doc, QString ref, QList<PlanLevel> levels, const QString &option,
                              QTextStream &err)
{
    ref = ref.trimmed();
    const QString given = ref;
    for (PlanLevel level : {PlanLevel::BasicPolicy, PlanLevel::Policy, PlanLevel::Measure, PlanLevel::Indicator}) {
        const QString prefix = levelOption(level) + QLatin1Char(':');
        if (ref.startsWith(prefix)) {
            if (!levels.contains(level)) {
                err << "seika-cli: "
                    << PlanCommands::tr("%1 names a %2 here, not a %3.")
                           .arg(option, planLevelName(levels.constFirst()), planLevelName(level))
                    << '\n';
                return std::nullopt;
            }
            levels = {level};
            ref = ref.mid(prefix.size()).trimmed();
            break;
        }
    }
    const QList<Candidate> all = candidates(doc, levels);
    QList<Candidate> found;
    if (ref.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = ref.mid(1).toLongLong(&ok);
        for (const Candidate &c : all) {
            if (ok && c.id == id)
                found << c;
        }
    } else {
        for (const Candidate &c : all) {
            if (!c.code.isEmpty() && c.code == ref)
                found << c;
        }
        if (found.isEmpty()) {
            for (const Candidate &c : all) {
                if (c.title == ref)
                    found << c;
            }
        }
    }
    if (found.size() == 1) {
        const Candidate &c = found.first();
        return Ref{c.level, c.id,
                   describe(c.level, c.level == PlanLevel::Indicator ? c.code + QLatin1Char(' ') + c.title
                                                                       : recordText(c.code, c.title))};
    }
    if (found.isEmpty()) {
        QStringList names;
        for (PlanLevel l : std::as_const(levels))
            names << planLevelName(l);
        err << "seika-cli: "
            << PlanCommands::tr("There is no %1 “%2” in this document (%3).")
                   .arg(names.join(PlanCommands::tr(" or ")), given, option)
            << '\n';
        // A plain number that is no code is most likely an id.
        bool number = false;
        ref.toLongLong(&number);
        if (number)
            err << "seika-cli: " << PlanCommands::tr("An id is written with #: #%1.").arg(ref) << '\n';
        else
            err << "seika-cli: " << PlanCommands::tr("seika-cli plan list shows every record with its code and #id.")
                << '\n';
        return std::nullopt;
    }
    // Several: list each with the REF that names it alone.
    err << "seika-cli: " << PlanCommands::tr("“%1” names several records; name one of them so:").arg(given) << '\n';
    for (const Candidate &c : std::as_const(found))
        err << "seika-cli:   " << levelOption(c.level) << ':' << ref << "  "
            << describe(c.level, recordText(c.code, c.title)) << '\n';
    return std::nullopt;
}

/// --position N (1 = first among its siblings); empty when not given, 0 after reporting a bad one.
std::optional<int> positionOption(const CliArgs &a, bool &bad)
{
    if (!a.values.contains(QStringLiteral("position")))
        return std::nullopt;
    bool ok = false;
    const int n = a.values.value(QStringLiteral("position")).toInt(&ok);
    if (!ok || n < 1) {
        bad = true;
        return std::nullopt;
    }
    return n;
}

/// The index in list (as it is without the record moving, -1 for a new one) where a record goes to be
/// the position-th (1-based) of the records isSibling accepts; past the end: after the last of them. -1
/// when there are none (a new record then goes last; a moved one keeps its place in the list).
template <typename T, typename Pred>
qsizetype flatPosition(const QList<T> &list, qint64 moving, const Pred &isSibling, std::optional<int> position)
{
    QList<qsizetype> siblings;
    qsizetype index = 0;
    for (const T &x : list) {
        if (x.id.value() == moving)
            continue;
        if (isSibling(x))
            siblings << index;
        ++index;
    }
    if (siblings.isEmpty())
        return -1;
    const qsizetype k = position ? *position - 1 : siblings.size();
    return k < siblings.size() ? siblings.at(k) : siblings.last() + 1;
}

/// Commits batch as one change labelled "plan SUBCOMMAND"; the exit code.
int commitPlan(OpenDocument &doc, const WriteBatch &batch, const QString &subcommand, QTextStream &err)
{
    ChangeInfo info;
    info.label = Plan + QLatin1Char(' ') + subcommand;
    return commit(doc, batch, info, err);
}

std::optional<OpenDocument> openForWriting(const QString &db, QTextStream &err)
{
    return openDocument(db, OpenMode::ReadWrite, err);
}

// plan list -------------------------------------------------------------------------------------------------

QString indicatorLine(const Indicator &ind)
{
    QString line = circledNumber(ind.number) + QLatin1Char(' ') + ind.name + QStringLiteral("  [") + ind.code
                   + QStringLiteral("] ") + indicatorKindKey(ind.kind);
    if (!ind.unit.isEmpty())
        line += QStringLiteral(", ") + ind.unit;
    return line;
}

int list(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err, const Usage &usage)
{
    const CliArgs a = CliArgs::parse(args, {QStringLiteral("format")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!a.positional.isEmpty())
        return usage(PlanCommands::tr("plan list takes no argument; use --db FILE before the command."));
    const QString format = a.values.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv"))
        return usage(PlanCommands::tr("Unknown format “%1”: use text, json or csv.").arg(format));
    std::optional<OpenDocument> doc = openDocument(db, OpenMode::ReadOnly, err);
    if (!doc)
        return DataError;
    const DocumentData &d = doc->data();

    if (format == QLatin1String("csv")) {
        // The plan table of export-csv, as import-plan reads it.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (auto rows = exportCsv(&buffer, CsvTable::Plan, d, {}, CsvExportOptions{CsvEncoding::Utf8, {}}); !rows) {
            err << "seika-cli: " << errorMessage(rows.error()) << '\n';
            return DataError;
        }
        out << QString::fromUtf8(buffer.data());
        return Success;
    }
    if (format == QLatin1String("json")) {
        QJsonArray basics;
        for (const BasicPolicy &b : d.basicPolicies) {
            QJsonArray policies;
            for (const Policy &p : d.policies) {
                if (p.basicPolicy != b.id)
                    continue;
                QJsonArray measures;
                for (const Measure &m : d.measures) {
                    if (m.policy != p.id)
                        continue;
                    QJsonArray indicators;
                    for (const Indicator *ind : d.indicatorsOf(m.id))
                        indicators.append(QJsonObject{{QStringLiteral("id"), ind->id.value()},
                                                      {QStringLiteral("code"), ind->code},
                                                      {QStringLiteral("number"), ind->number},
                                                      {QStringLiteral("name"), ind->name},
                                                      {QStringLiteral("unit"), ind->unit},
                                                      {QStringLiteral("kind"), indicatorKindKey(ind->kind)}});
                    measures.append(QJsonObject{{QStringLiteral("id"), m.id.value()},
                                                {QStringLiteral("code"), m.code},
                                                {QStringLiteral("title"), m.title},
                                                {QStringLiteral("direct_goal"), m.directGoal},
                                                {QStringLiteral("programmes"), QJsonArray::fromStringList(m.programmes)},
                                                {QStringLiteral("indicators"), indicators}});
                }
                policies.append(QJsonObject{{QStringLiteral("id"), p.id.value()},
                                            {QStringLiteral("code"), p.code},
                                            {QStringLiteral("title"), p.title},
                                            {QStringLiteral("measures"), measures}});
            }
            basics.append(QJsonObject{{QStringLiteral("id"), b.id.value()},
                                      {QStringLiteral("code"), b.code},
                                      {QStringLiteral("title"), b.title},
                                      {QStringLiteral("policies"), policies}});
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("title"), d.title},
                                         {QStringLiteral("basic_policies"), basics}})
                   .toJson(QJsonDocument::Indented);
        return Success;
    }

    if (!d.title.isEmpty())
        out << d.title << '\n';
    if (d.basicPolicies.isEmpty())
        out << PlanCommands::tr("The plan is empty: add a basic policy with seika-cli plan add-basic-policy, or import "
                                "a plan file with seika-cli import-plan.")
            << '\n';
    const auto idText = [](qint64 id) -> QString { return QStringLiteral("  #") + QString::number(id); };
    for (const BasicPolicy &b : d.basicPolicies) {
        out << recordText(b.code, b.title) << idText(b.id.value()) << '\n';
        for (const Policy &p : d.policies) {
            if (p.basicPolicy != b.id)
                continue;
            out << "  " << recordText(p.code, p.title) << idText(p.id.value()) << '\n';
            for (const Measure &m : d.measures) {
                if (m.policy != p.id)
                    continue;
                out << "    " << recordText(m.code, m.title) << idText(m.id.value()) << '\n';
                for (const Indicator *ind : d.indicatorsOf(m.id))
                    out << "      " << indicatorLine(*ind) << '\n';
            }
        }
    }
    out << PlanCommands::tr("Basic policies %1, policies %2, measures %3, indicators %4.")
               .arg(d.basicPolicies.size())
               .arg(d.policies.size())
               .arg(d.measures.size())
               .arg(d.indicators.size())
        << '\n';
    return Success;
}

// plan add-basic-policy, add-policy, add-measure ------------------------------------------------------------

int add(PlanLevel level, const QString &subcommand, const QStringList &args, const QString &db, QTextStream &out,
        QTextStream &err, const Usage &usage)
{
    QStringList options = {QStringLiteral("title"), QStringLiteral("code"), QStringLiteral("position")};
    const QString parentOption = level == PlanLevel::Policy ? QStringLiteral("basic-policy") : QStringLiteral("policy");
    if (level != PlanLevel::BasicPolicy)
        options << parentOption;
    if (level == PlanLevel::Measure)
        options << QStringLiteral("direct-goal");
    const CliArgs a = CliArgs::parse(args, options);
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!a.positional.isEmpty())
        return usage(PlanCommands::tr("plan %1 takes no positional argument: give the title with --title.").arg(subcommand));
    if (!a.values.contains(QStringLiteral("title")))
        return usage(PlanCommands::tr("plan %1 needs --title TITLE.").arg(subcommand));
    if (level != PlanLevel::BasicPolicy && !a.values.contains(parentOption))
        return usage(PlanCommands::tr("plan %1 needs --%2 REF.").arg(subcommand, parentOption));
    bool badPosition = false;
    const std::optional<int> position = positionOption(a, badPosition);
    if (badPosition)
        return usage(PlanCommands::tr("--position takes 1 for the first place, 2 for the second …"));

    std::optional<OpenDocument> doc = openForWriting(db, err);
    if (!doc)
        return DataError;
    const DocumentData &d = doc->data();
    std::optional<Ref> parent;
    if (level != PlanLevel::BasicPolicy) {
        parent = resolveRef(d, a.values.value(parentOption),
                            {level == PlanLevel::Policy ? PlanLevel::BasicPolicy : PlanLevel::Policy},
                            QStringLiteral("--") + parentOption, err);
        if (!parent)
            return DataError;
    }
    const QString title = a.values.value(QStringLiteral("title")).trimmed();
    const QString code = a.values.value(QStringLiteral("code")).trimmed();
    WriteBatch batch;
    if (level == PlanLevel::BasicPolicy) {
        const qsizetype at = flatPosition(d.basicPolicies, 0, [](const BasicPolicy &) { return true; }, position);
        batch.operations = {WriteBatch::PutBasicPolicy{BasicPolicy{BasicPolicyId(-1), title, code}, false, at}};
    } else if (level == PlanLevel::Policy) {
        const BasicPolicyId bp(parent->id);
        const qsizetype at = flatPosition(d.policies, 0, [bp](const Policy &p) { return p.basicPolicy == bp; }, position);
        batch.operations = {WriteBatch::PutPolicy{Policy{PolicyId(-1), bp, title, code}, false, at}};
    } else {
        const PolicyId policy(parent->id);
        Measure m;
        m.id = MeasureId(-1);
        m.policy = policy;
        m.title = title;
        m.code = code;
        m.directGoal = a.values.value(QStringLiteral("direct-goal")).trimmed();
        const qsizetype at = flatPosition(d.measures, 0, [policy](const Measure &x) { return x.policy == policy; }, position);
        batch.operations = {WriteBatch::PutMeasure{m, false, at}};
    }
    const QList<Candidate> before = candidates(d, {level});
    if (const int exit = commitPlan(*doc, batch, subcommand, err); exit != Success)
        return exit;
    // The record as stored, with its id: the one the document did not have.
    for (const Candidate &c : candidates(doc->data(), {level})) {
        const bool existed = std::any_of(before.cbegin(), before.cend(), [&c](const Candidate &b) { return b.id == c.id; });
        if (existed)
            continue;
        const QString added = describe(level, recordText(c.code, c.title)) + QStringLiteral(" (#") + QString::number(c.id)
                              + QLatin1Char(')');
        out << (parent ? PlanCommands::tr("Added %1 to %2.").arg(added, parent->text)
                       : PlanCommands::tr("Added %1.").arg(added))
            << '\n';
    }
    return Success;
}

/// The record with id at level in doc as the one operation that puts it back changed by change.
template <typename Change> WriteBatch putChanged(const DocumentData &doc, const Ref &ref, Change change)
{
    WriteBatch batch;
    switch (ref.level) {
    case PlanLevel::BasicPolicy: {
        BasicPolicy b = *doc.basicPolicy(BasicPolicyId(ref.id));
        change(b);
        batch.operations = {WriteBatch::PutBasicPolicy{b}};
        break;
    }
    case PlanLevel::Policy: {
        Policy p = *doc.policy(PolicyId(ref.id));
        change(p);
        batch.operations = {WriteBatch::PutPolicy{p}};
        break;
    }
    case PlanLevel::Measure: {
        Measure m = *doc.measure(MeasureId(ref.id));
        change(m);
        batch.operations = {WriteBatch::PutMeasure{m}};
        break;
    }
    case PlanLevel::Indicator:
        break;
    }
    return batch;
}

const Indicator *indicatorById(const DocumentData &doc, qint64 id)
{
    for (const Indicator &i : doc.indicators) {
        if (i.id.value() == id)
            return &i;
    }
    return nullptr;
}

/// The record's text after a change, for the report.
QString refText(const DocumentData &doc, const Ref &ref)
{
    switch (ref.level) {
    case PlanLevel::BasicPolicy:
        if (const BasicPolicy *b = doc.basicPolicy(BasicPolicyId(ref.id)))
            return describe(ref.level, recordText(b->code, b->title));
        break;
    case PlanLevel::Policy:
        if (const Policy *p = doc.policy(PolicyId(ref.id)))
            return describe(ref.level, recordText(p->code, p->title));
        break;
    case PlanLevel::Measure:
        if (const Measure *m = doc.measure(MeasureId(ref.id)))
            return describe(ref.level, recordText(m->code, m->title));
        break;
    case PlanLevel::Indicator:
        if (const Indicator *i = indicatorById(doc, ref.id))
            return describe(ref.level, i->code + QLatin1Char(' ') + i->name);
        break;
    }
    return ref.text;
}

const QList<PlanLevel> AllLevels = {PlanLevel::BasicPolicy, PlanLevel::Policy, PlanLevel::Measure, PlanLevel::Indicator};

// plan rename -----------------------------------------------------------------------------------------------

int rename(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err, const Usage &usage)
{
    const CliArgs a = CliArgs::parse(args, {QStringLiteral("title"), QStringLiteral("code"), QStringLiteral("direct-goal")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1)
        return usage(PlanCommands::tr("plan rename takes exactly one REF."));
    if (a.values.isEmpty())
        return usage(PlanCommands::tr("plan rename needs --title TITLE, --code CODE or --direct-goal TEXT."));
    std::optional<OpenDocument> doc = openForWriting(db, err);
    if (!doc)
        return DataError;
    const DocumentData &d = doc->data();
    const std::optional<Ref> ref = resolveRef(d, a.positional.first(), AllLevels, QStringLiteral("REF"), err);
    if (!ref)
        return DataError;
    const bool hasTitle = a.values.contains(QStringLiteral("title"));
    const bool hasCode = a.values.contains(QStringLiteral("code"));
    const QString title = a.values.value(QStringLiteral("title")).trimmed();
    const QString code = a.values.value(QStringLiteral("code")).trimmed();
    if (a.values.contains(QStringLiteral("direct-goal")) && ref->level != PlanLevel::Measure) {
        err << "seika-cli: " << PlanCommands::tr("Only a measure has a direct goal (直接目標); %1 is not one.").arg(ref->text)
            << '\n';
        return DataError;
    }
    WriteBatch batch;
    if (ref->level == PlanLevel::Indicator) {
        Indicator ind = *indicatorById(d, ref->id);
        if (hasTitle)
            ind.name = title;
        if (hasCode)
            ind.code = code;
        if (hasTitle && title.isEmpty()) {
            err << "seika-cli: " << errorMessage(Error{ErrorCode::TitleRequired, title, QStringLiteral("name"), {}, -1, -1})
                << '\n';
            return DataError;
        }
        batch.operations = {WriteBatch::PutIndicator{ind}};
    } else {
        batch = putChanged(d, *ref, [&](auto &record) {
            if (hasTitle)
                record.title = title;
            if (hasCode)
                record.code = code;
            if constexpr (std::is_same_v<std::decay_t<decltype(record)>, Measure>) {
                if (a.values.contains(QStringLiteral("direct-goal")))
                    record.directGoal = a.values.value(QStringLiteral("direct-goal")).trimmed();
            }
        });
    }
    const QString before = ref->text;
    if (const int exit = commitPlan(*doc, batch, QStringLiteral("rename"), err); exit != Success)
        return exit;
    const QString after = refText(doc->data(), *ref);
    if (after == before)
        out << PlanCommands::tr("%1: changed.").arg(after) << '\n';
    else
        out << PlanCommands::tr("Changed: %1 → %2.").arg(before, after) << '\n';
    return Success;
}

// plan move -------------------------------------------------------------------------------------------------

int move(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err, const Usage &usage)
{
    const CliArgs a = CliArgs::parse(args, {QStringLiteral("to"), QStringLiteral("position")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1)
        return usage(PlanCommands::tr("plan move takes exactly one REF."));
    bool badPosition = false;
    const std::optional<int> position = positionOption(a, badPosition);
    if (badPosition)
        return usage(PlanCommands::tr("--position takes 1 for the first place, 2 for the second …"));
    if (!position && !a.values.contains(QStringLiteral("to")))
        return usage(PlanCommands::tr("plan move needs --to PARENT_REF, --position N or both."));
    std::optional<OpenDocument> doc = openForWriting(db, err);
    if (!doc)
        return DataError;
    const DocumentData &d = doc->data();
    const std::optional<Ref> ref = resolveRef(d, a.positional.first(),
                                              {PlanLevel::BasicPolicy, PlanLevel::Policy, PlanLevel::Measure},
                                              QStringLiteral("REF"), err);
    if (!ref)
        return DataError;
    std::optional<Ref> parent;
    if (a.values.contains(QStringLiteral("to"))) {
        if (ref->level == PlanLevel::BasicPolicy) {
            err << "seika-cli: "
                << PlanCommands::tr("A basic policy has no parent to move to; give only --position N.") << '\n';
            return DataError;
        }
        parent = resolveRef(d, a.values.value(QStringLiteral("to")),
                            {ref->level == PlanLevel::Policy ? PlanLevel::BasicPolicy : PlanLevel::Policy},
                            QStringLiteral("--to"), err);
        if (!parent)
            return DataError;
    }
    WriteBatch batch;
    if (ref->level == PlanLevel::BasicPolicy) {
        const BasicPolicy &b = *d.basicPolicy(BasicPolicyId(ref->id));
        batch.operations = {WriteBatch::PutBasicPolicy{
            b, false, flatPosition(d.basicPolicies, ref->id, [](const BasicPolicy &) { return true; }, position)}};
    } else if (ref->level == PlanLevel::Policy) {
        Policy p = *d.policy(PolicyId(ref->id));
        if (parent)
            p.basicPolicy = BasicPolicyId(parent->id);
        const BasicPolicyId bp = p.basicPolicy;
        batch.operations = {WriteBatch::PutPolicy{
            p, false, flatPosition(d.policies, ref->id, [bp](const Policy &x) { return x.basicPolicy == bp; }, position)}};
    } else {
        Measure m = *d.measure(MeasureId(ref->id));
        if (parent)
            m.policy = PolicyId(parent->id);
        const PolicyId policy = m.policy;
        batch.operations = {WriteBatch::PutMeasure{
            m, false, flatPosition(d.measures, ref->id, [policy](const Measure &x) { return x.policy == policy; }, position)}};
    }
    if (const int exit = commitPlan(*doc, batch, QStringLiteral("move"), err); exit != Success)
        return exit;
    // Where it is now: its place among its siblings.
    const DocumentData &after = doc->data();
    qsizetype place = 0;
    qsizetype count = 0;
    QString under;
    const auto count1 = [&](const auto &list, const auto &isSibling) {
        for (const auto &x : list) {
            if (!isSibling(x))
                continue;
            ++count;
            if (x.id.value() == ref->id)
                place = count;
        }
    };
    if (ref->level == PlanLevel::BasicPolicy) {
        count1(after.basicPolicies, [](const BasicPolicy &) { return true; });
    } else if (ref->level == PlanLevel::Policy) {
        const BasicPolicyId bp = after.policy(PolicyId(ref->id))->basicPolicy;
        count1(after.policies, [bp](const Policy &x) { return x.basicPolicy == bp; });
        under = refText(after, Ref{PlanLevel::BasicPolicy, bp.value(), {}});
    } else {
        const PolicyId policy = after.measure(MeasureId(ref->id))->policy;
        count1(after.measures, [policy](const Measure &x) { return x.policy == policy; });
        under = refText(after, Ref{PlanLevel::Policy, policy.value(), {}});
    }
    if (under.isEmpty())
        out << PlanCommands::tr("%1 is now number %2 of %3.").arg(ref->text).arg(place).arg(count) << '\n';
    else
        out << PlanCommands::tr("%1 is now number %2 of %3 under %4.").arg(ref->text).arg(place).arg(count).arg(under)
            << '\n';
    return Success;
}

// plan remove, remove-indicator -----------------------------------------------------------------------------

int remove(const QString &subcommand, const QStringList &args, const QString &db, QTextStream &out, QTextStream &err,
           const Usage &usage)
{
    const bool indicatorOnly = subcommand == QLatin1String("remove-indicator");
    const CliArgs a = CliArgs::parse(args, {}, {QStringLiteral("dry-run")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1)
        return usage(indicatorOnly ? PlanCommands::tr("plan remove-indicator takes exactly one CODE.")
                                   : PlanCommands::tr("plan remove takes exactly one REF."));
    const bool dryRun = a.flags.contains(QStringLiteral("dry-run"));
    std::optional<OpenDocument> doc = openDocument(db, dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite, err);
    if (!doc)
        return DataError;
    const DocumentData &d = doc->data();
    const std::optional<Ref> ref =
        resolveRef(d, a.positional.first(), indicatorOnly ? QList<PlanLevel>{PlanLevel::Indicator} : AllLevels,
                   indicatorOnly ? QStringLiteral("CODE") : QStringLiteral("REF"), err);
    if (!ref)
        return DataError;
    PlanRecordId id;
    switch (ref->level) {
    case PlanLevel::BasicPolicy:
        id = BasicPolicyId(ref->id);
        break;
    case PlanLevel::Policy:
        id = PolicyId(ref->id);
        break;
    case PlanLevel::Measure:
        id = MeasureId(ref->id);
        break;
    case PlanLevel::Indicator:
        id = IndicatorId(ref->id);
        break;
    }
    const Removal removal = removalOf(d, id);
    // Exactly what would go, before anything does.
    QStringList held;
    const std::pair<qsizetype, QString> counts[] = {
        {removal.policies, PlanCommands::tr("policies %1")},      {removal.measures, PlanCommands::tr("measures %1")},
        {removal.indicators, PlanCommands::tr("indicators %1")},  {removal.figures, PlanCommands::tr("yearly figures %1")},
        {removal.evaluations, PlanCommands::tr("evaluations %1")},
    };
    for (const auto &[n, text] : counts) {
        if (n > 0)
            held << text.arg(QLocale().toString(n));
    }
    if (held.isEmpty())
        out << PlanCommands::tr("Removing %1 removes nothing else: it holds no records, figures or evaluations.")
                   .arg(ref->text)
            << '\n';
    else
        out << PlanCommands::tr("Removing %1 also removes: %2.").arg(ref->text, held.join(PlanCommands::tr(", "))) << '\n';
    if (!removal.surveys.isEmpty())
        out << PlanCommands::tr("The surveys that feed its indicators stay: %1.")
                   .arg(removal.surveys.join(PlanCommands::tr(", ")))
            << '\n';
    if (!removal.lockedYears.isEmpty()) {
        QStringList years;
        for (FiscalYear y : removal.lockedYears)
            years << formatFiscalYear(y);
        err << "seika-cli: "
            << PlanCommands::tr("Refused: %1 has figures or evaluations in the locked (確定) years %2. Unlock them "
                                "first (seika-cli unlock --year FY); nothing was changed.")
                   .arg(ref->text, years.join(PlanCommands::tr(", ")))
            << '\n';
        return DataError;
    }
    if (dryRun) {
        out << PlanCommands::tr("Dry run: nothing was changed.") << '\n';
        return Success;
    }
    if (const int exit = commitPlan(*doc, removal.batch, subcommand, err); exit != Success)
        return exit;
    out << PlanCommands::tr("Removed %1 (recorded in the audit trail; seika-cli audit shows it).").arg(ref->text) << '\n';
    return Success;
}

// plan add-programme, remove-programme ----------------------------------------------------------------------

int programme(bool adding, const QStringList &args, const QString &db, QTextStream &out, QTextStream &err,
              const Usage &usage)
{
    const QString subcommand = adding ? QStringLiteral("add-programme") : QStringLiteral("remove-programme");
    const CliArgs a = CliArgs::parse(args, adding ? QStringList{QStringLiteral("measure"), QStringLiteral("position")}
                                                  : QStringList{QStringLiteral("measure")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (!a.values.contains(QStringLiteral("measure")) || a.positional.size() != 1)
        return usage(adding ? PlanCommands::tr("plan add-programme needs --measure REF and one NAME.")
                            : PlanCommands::tr("plan remove-programme needs --measure REF and one NAME or number."));
    const QString name = a.positional.first().trimmed();
    if (name.isEmpty())
        return usage(PlanCommands::tr("The programme's name is empty."));
    bool badPosition = false;
    const std::optional<int> position = positionOption(a, badPosition);
    if (badPosition)
        return usage(PlanCommands::tr("--position takes 1 for the first place, 2 for the second …"));
    std::optional<OpenDocument> doc = openForWriting(db, err);
    if (!doc)
        return DataError;
    const DocumentData &d = doc->data();
    const std::optional<Ref> ref = resolveRef(d, a.values.value(QStringLiteral("measure")), {PlanLevel::Measure},
                                              QStringLiteral("--measure"), err);
    if (!ref)
        return DataError;
    Measure m = *d.measure(MeasureId(ref->id));
    QString done;
    if (adding) {
        if (m.programmes.contains(name)) {
            err << "seika-cli: " << PlanCommands::tr("%1 already lists the programme “%2”.").arg(ref->text, name) << '\n';
            return DataError;
        }
        const qsizetype at = position ? std::min<qsizetype>(*position - 1, m.programmes.size()) : m.programmes.size();
        m.programmes.insert(at, name);
        done = PlanCommands::tr("Added the programme “%1” to %2 (number %3 of %4).")
                   .arg(name, ref->text)
                   .arg(at + 1)
                   .arg(m.programmes.size());
    } else {
        qsizetype at = m.programmes.indexOf(name);
        bool isNumber = false;
        const int number = name.toInt(&isNumber);
        if (at < 0 && isNumber && number >= 1 && number <= m.programmes.size())
            at = number - 1;
        if (at < 0) {
            err << "seika-cli: "
                << PlanCommands::tr("%1 has no programme “%2”. Its programmes: %3.")
                       .arg(ref->text, name,
                            m.programmes.isEmpty() ? PlanCommands::tr("none") : m.programmes.join(QStringLiteral("、")))
                << '\n';
            return DataError;
        }
        done = PlanCommands::tr("Removed the programme “%1” from %2.").arg(m.programmes.at(at), ref->text);
        m.programmes.removeAt(at);
    }
    WriteBatch batch;
    batch.operations = {WriteBatch::PutMeasure{m}};
    if (const int exit = commitPlan(*doc, batch, subcommand, err); exit != Success)
        return exit;
    out << done << '\n';
    return Success;
}

// plan add-indicator ----------------------------------------------------------------------------------------

int addIndicator(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err, const Usage &usage)
{
    const CliArgs a = CliArgs::parse(
        args, {QStringLiteral("measure"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
               QStringLiteral("unit"), QStringLiteral("decimals"), QStringLiteral("better"), QStringLiteral("number"),
               QStringLiteral("numerator-label"), QStringLiteral("denominator-label"), QStringLiteral("numerator-unit"),
               QStringLiteral("source"), QStringLiteral("method"), QStringLiteral("baseline-year"),
               QStringLiteral("baseline"), QStringLiteral("targets")});
    if (!a.error.isEmpty())
        return usage(a.error);
    const auto has = [&a](const char *name) { return a.values.contains(QLatin1String(name)); };
    const auto value = [&a](const char *name) { return a.values.value(QLatin1String(name)).trimmed(); };
    if (!a.positional.isEmpty())
        return usage(PlanCommands::tr("plan add-indicator takes no positional argument: give the name with --name."));
    if (!has("measure") || !has("code") || !has("name") || !has("kind"))
        return usage(PlanCommands::tr("plan add-indicator needs --measure REF, --code CODE, --name NAME and --kind "
                                      "ratio|survey|count|value."));
    if (value("name").isEmpty())
        return usage(PlanCommands::tr("The indicator's name is empty."));
    Indicator ind;
    ind.id = IndicatorId(-1);
    ind.code = value("code");
    ind.name = value("name");
    const QString kind = value("kind");
    if (kind == QLatin1String("survey"))
        ind.kind = IndicatorKind::SurveyShare;
    else if (auto k = indicatorKindFromKey(kind))
        ind.kind = *k;
    else
        return usage(PlanCommands::tr("Unknown kind “%1”: use ratio, survey, count or value.").arg(kind));
    ind.decimals = ind.kind == IndicatorKind::Count ? 0 : 1;
    if (has("decimals")) {
        bool ok = false;
        ind.decimals = value("decimals").toInt(&ok);
        if (!ok || ind.decimals < 0 || ind.decimals > 9)
            return usage(PlanCommands::tr("--decimals takes a whole number from 0 to 9."));
    }
    if (has("better")) {
        const auto b = betterDirectionFromKey(value("better"));
        if (!b)
            return usage(PlanCommands::tr("Unknown direction “%1”: use higher or lower.").arg(value("better")));
        ind.better = *b;
    }
    if (has("number")) {
        bool ok = false;
        ind.number = value("number").toInt(&ok);
        if (!ok || ind.number < 1)
            return usage(PlanCommands::tr("--number takes 1 for ①, 2 for ② …"));
    }
    ind.unit = value("unit");
    ind.numeratorLabel = value("numerator-label");
    ind.denominatorLabel = value("denominator-label");
    ind.numeratorUnit = value("numerator-unit");
    ind.source = value("source");
    ind.method = value("method");
    if (has("baseline") && !has("baseline-year"))
        return usage(PlanCommands::tr("--baseline needs --baseline-year FY."));
    std::optional<FiscalYear> baselineYear;
    if (has("baseline-year")) {
        auto y = parseFiscalYear(value("baseline-year"));
        if (!y)
            return usage(errorMessage(y.error()));
        baselineYear = *y;
    }
    // --targets "R3=64%以上;R7=70%以上": the years are read now, the values once the unit is known (below).
    QList<std::pair<FiscalYear, QString>> targetTexts;
    if (has("targets")) {
        QString list = value("targets");
        list.replace(QStringLiteral("；"), QStringLiteral(";"));
        for (const QString &item : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            QString entry = item.trimmed();
            entry.replace(QStringLiteral("＝"), QStringLiteral("="));
            const qsizetype eq = entry.indexOf(QLatin1Char('='));
            if (eq < 0)
                return usage(PlanCommands::tr("--targets takes FY=TARGET pairs separated by semicolons, such as "
                                              "\"R3=64%以上;R7=70%以上\"; “%1” has no =.")
                                 .arg(entry));
            auto y = parseFiscalYear(QStringView(entry).left(eq));
            if (!y)
                return usage(errorMessage(y.error()));
            targetTexts.append({*y, entry.mid(eq + 1).trimmed()});
        }
    }

    std::optional<OpenDocument> doc = openForWriting(db, err);
    if (!doc)
        return DataError;
    const DocumentData &d = doc->data();
    const std::optional<Ref> measure =
        resolveRef(d, a.values.value(QStringLiteral("measure")), {PlanLevel::Measure}, QStringLiteral("--measure"), err);
    if (!measure)
        return DataError;
    ind.measure = MeasureId(measure->id);
    const QList<const Indicator *> siblings = d.indicatorsOf(ind.measure);
    if (ind.number == 0)
        ind.number = siblings.isEmpty() ? 1 : siblings.last()->number + 1;
    for (const Indicator *other : siblings) {
        if (other->number == ind.number) {
            err << "seika-cli: "
                << PlanCommands::tr("%1 already has indicator %2 (%3); choose another --number.")
                       .arg(measure->text, circledNumber(ind.number), other->code + QLatin1Char(' ') + other->name)
                << '\n';
            return DataError;
        }
    }
    const auto outside = [&](FiscalYear y, const QString &option) {
        if (y >= d.firstYear && y <= d.lastYear)
            return false;
        err << "seika-cli: "
            << errorMessage(Error{ErrorCode::YearOutsideDocument, formatFiscalYear(y), option,
                                  QString::number(d.firstYear.year()) + QLatin1Char('-') + QString::number(d.lastYear.year()),
                                  -1, -1})
            << '\n';
        return true;
    };
    if (baselineYear) {
        if (outside(*baselineYear, QStringLiteral("--baseline-year")))
            return DataError;
        Baseline b{*baselineYear, std::nullopt, true, {}};
        if (has("baseline")) {
            auto v = parseNumberInput(value("baseline"), ind, ObservationField::Value);
            if (!v) {
                Error e = v.error();
                e.field = QStringLiteral("--baseline");
                err << "seika-cli: " << errorMessage(e) << '\n';
                return DataError;
            }
            b.value = *v;
        }
        ind.baselines = {b};
    }
    for (const auto &[year, text] : std::as_const(targetTexts)) {
        if (outside(year, QStringLiteral("--targets")))
            return DataError;
        auto t = parseTargetText(text, ind);
        if (!t) {
            Error e = t.error();
            e.field = QStringLiteral("--targets");
            err << "seika-cli: " << errorMessage(e) << '\n';
            return DataError;
        }
        // A bare target (14団体) is one to reach, as the sheet writes it.
        const Target target{year, t->value, t->comparator.value_or(Comparator::Equal)};
        auto it = std::find_if(ind.targets.begin(), ind.targets.end(), [&](const Target &x) { return x.year == year; });
        if (it != ind.targets.end())
            return usage(PlanCommands::tr("--targets gives %1 twice.").arg(formatFiscalYear(year)));
        ind.targets.append(target);
    }
    std::sort(ind.targets.begin(), ind.targets.end(), [](const Target &x, const Target &y) { return x.year < y.year; });
    WriteBatch batch;
    batch.operations = {WriteBatch::PutIndicator{ind}};
    if (const int exit = commitPlan(*doc, batch, QStringLiteral("add-indicator"), err); exit != Success)
        return exit;
    const Indicator *added = doc->data().indicator(ind.code);
    out << PlanCommands::tr("Added indicator %1 %2 [%3] to %4 (#%5).")
               .arg(circledNumber(ind.number), ind.name, ind.code, measure->text)
               .arg(added ? added->id.value() : 0)
        << '\n';
    if (!ind.targets.isEmpty()) {
        QStringList targets;
        for (const Target &t : std::as_const(ind.targets))
            targets << formatFiscalYear(t.year, YearFormat::EraLetter) + QLatin1Char(' ')
                           + formatTargetValue(t.value, ind.unit, ind.decimals, t.comparator);
        out << PlanCommands::tr("Targets: %1").arg(targets.join(QStringLiteral(", "))) << '\n';
    }
    return Success;
}

// import-plan -----------------------------------------------------------------------------------------------

/// "basic policies 7, policies 23, measures 73, indicators 219", levels without any left out; "nothing".
QString countsText(const std::array<qsizetype, PlanLevelCount> &n)
{
    const QString texts[] = {PlanCommands::tr("basic policies %1"), PlanCommands::tr("policies %1"),
                             PlanCommands::tr("measures %1"), PlanCommands::tr("indicators %1")};
    QStringList parts;
    for (qsizetype i = 0; i < PlanLevelCount; ++i) {
        if (n[i] > 0)
            parts << texts[i].arg(QLocale().toString(n[i]));
    }
    return parts.isEmpty() ? PlanCommands::tr("nothing") : parts.join(PlanCommands::tr(", "));
}

int importPlan(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err, const Usage &usage)
{
    const CliArgs a = CliArgs::parse(args, {QStringLiteral("encoding")}, {QStringLiteral("dry-run")});
    if (!a.error.isEmpty())
        return usage(a.error);
    if (a.positional.size() != 1)
        return usage(PlanCommands::tr("import-plan takes exactly one FILE."));
    CsvReadOptions options;
    const QString encoding = a.values.value(QStringLiteral("encoding"), QStringLiteral("auto"));
    if (encoding != QLatin1String("auto")) {
        const auto e = csvEncodingFromKey(encoding);
        if (!e)
            return usage(PlanCommands::tr("Unknown encoding “%1”: use auto, utf8 or cp932.").arg(encoding));
        options.encoding = *e;
    }
    const bool dryRun = a.flags.contains(QStringLiteral("dry-run"));
    const QString path = a.positional.first();
    QFile file(path);
    if (!file.exists()) {
        err << "seika-cli: " << errorMessage(Error{ErrorCode::FileNotFound, path, {}, {}, -1, -1}) << '\n';
        return DataError;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err << "seika-cli: " << errorMessage(Error{ErrorCode::FileNotReadable, path, {}, {}, -1, -1}) << '\n';
        return DataError;
    }
    std::optional<OpenDocument> doc = openDocument(db, dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite, err);
    if (!doc)
        return DataError;
    const auto plan = planImport(doc->data(), &file, options);
    if (!plan) {
        err << "seika-cli: " << path << ": " << errorMessage(plan.error()) << '\n'
            << "seika-cli: " << PlanCommands::tr("Nothing was imported.") << '\n';
        return DataError;
    }
    const qsizetype errors = plan->errorCount();
    qsizetype changedRecords = 0;
    for (qsizetype n : plan->changed)
        changedRecords += n;
    out << PlanCommands::tr("%1: %2 rows (%3, %4-separated).")
               .arg(path)
               .arg(plan->dataRows)
               .arg(csvEncodingKey(plan->encoding), delimiterName(plan->delimiter))
        << '\n';
    out << PlanCommands::tr("Adds %1; changes %2 records; leaves %3 as they are; %4 errors.")
               .arg(countsText(plan->added))
               .arg(changedRecords)
               .arg(std::accumulate(plan->unchanged.cbegin(), plan->unchanged.cend(), qsizetype(0)))
               .arg(errors)
        << '\n';
    for (const PlanFinding &f : plan->findings) {
        QString where = PlanCommands::tr("line %1").arg(f.line);
        if (!f.column.isEmpty())
            where = PlanCommands::tr("line %1, column %2, value “%3”").arg(f.line).arg(f.column, oneLine(f.value));
        else if (f.isError() && !f.value.isEmpty())
            where = PlanCommands::tr("line %1, value “%2”").arg(f.line).arg(oneLine(f.value));
        const QString reason = oneLine(planFindingReason(f));
        out << (f.isError() ? PlanCommands::tr("%1: error: %2") : QStringLiteral("%1: %2")).arg(where, reason) << '\n';
    }
    if (dryRun) {
        out << PlanCommands::tr("Dry run: nothing was changed.") << '\n';
        return errors > 0 ? DataError : Success;
    }
    if (errors > 0) {
        err << "seika-cli: "
            << PlanCommands::tr("Nothing was imported: %1 findings are errors. Correct the file and import it again.")
                   .arg(errors)
            << '\n';
        return DataError;
    }
    if (plan->batch.isEmpty()) {
        out << PlanCommands::tr("Nothing to change: the document already holds this plan.") << '\n';
        return Success;
    }
    ChangeInfo info;
    info.kind = ChangeKind::Import;
    info.label = ImportPlan;
    info.source = ChangeSource{QFileInfo(path).fileName(), fileSha256(path), csvEncodingKey(plan->encoding), plan->dataRows};
    CommitOptions commitOptions;
    commitOptions.validated = true;
    if (commit(*doc, plan->batch, info, err, commitOptions) != Success) {
        err << "seika-cli: " << PlanCommands::tr("Nothing was imported.") << '\n';
        return DataError;
    }
    out << PlanCommands::tr("Imported the plan in one change (recorded in the audit trail): added %1; changed %2 records.")
               .arg(countsText(plan->added))
               .arg(changedRecords)
        << '\n';
    return Success;
}

} // namespace

bool PlanCommands::handles(const QString &command)
{
    return command == Plan || command == ImportPlan;
}

QString PlanCommands::help(const QString &command, const QString &subcommand)
{
    if (command == ImportPlan)
        return tr("Usage: seika-cli [--db FILE] import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]\n"
                  "Reads the plan (施策体系) from a CSV file: one row per basic policy, policy, measure and indicator, "
                  "each naming its place by code and title (columns such as 基本政策番号, 基本政策, 政策番号, 政策, "
                  "施策番号, 施策, 直接目標, 主な事務事業, 指標名, 単位, 種類, 現状値年度, 現状値, 目標値(R3); "
                  "docs/csv-format.md lists them all). Records are matched to the document's by code, else by title, "
                  "so importing the same file again changes nothing; the import adds and changes, never removes. The "
                  "report lists every addition, change and error with its line, column and value. With an error "
                  "nothing is imported (exit code 2); --dry-run only reports. The whole file is one change, recorded "
                  "with the file's name and SHA-256 (seika-cli audit). export-csv --table plan writes this shape.");
    const QList<std::pair<QString, QString>> usages = {
        {QStringLiteral("list"), tr("plan list [--format text|json|csv]\n"
                                    "    The plan as a tree: each record with its code and #id, each measure's "
                                    "indicators with their codes. csv is the plan table that import-plan reads.")},
        {QStringLiteral("add-basic-policy"), tr("plan add-basic-policy --title TITLE [--code CODE] [--position N]\n"
                                                "    Adds a basic policy (基本政策), last or at place N.")},
        {QStringLiteral("add-policy"), tr("plan add-policy --basic-policy REF --title TITLE [--code CODE] [--position N]\n"
                                          "    Adds a policy (政策) to a basic policy.")},
        {QStringLiteral("add-measure"),
         tr("plan add-measure --policy REF --title TITLE [--code CODE] [--direct-goal TEXT] [--position N]\n"
            "    Adds a measure (施策) to a policy.")},
        {QStringLiteral("rename"), tr("plan rename REF [--title TITLE] [--code CODE] [--direct-goal TEXT]\n"
                                      "    Renames or renumbers a record (an indicator: its name and code); --code \"\" "
                                      "removes the code; --direct-goal sets a measure's 直接目標.")},
        {QStringLiteral("move"), tr("plan move REF [--to PARENT_REF] [--position N]\n"
                                    "    Moves a policy to another basic policy or a measure to another policy (last, "
                                    "or at place N), or reorders a record among its siblings.")},
        {QStringLiteral("remove"), tr("plan remove REF [--dry-run]\n"
                                      "    Removes a record with everything it holds, after saying exactly what that is "
                                      "(policies, measures, indicators, yearly figures, evaluations). Refused while a "
                                      "locked year holds any of it. --dry-run only says it.")},
        {QStringLiteral("add-programme"), tr("plan add-programme --measure REF NAME [--position N]\n"
                                             "    Adds a programme (主な事務事業) to a measure.")},
        {QStringLiteral("remove-programme"), tr("plan remove-programme --measure REF NAME|NUMBER\n"
                                                "    Removes a measure's programme, by name or by its number (1 = the "
                                                "first).")},
        {QStringLiteral("add-indicator"),
         tr("plan add-indicator --measure REF --code CODE --name NAME --kind ratio|survey|count|value [--unit U]\n"
            "                   [--decimals N] [--better higher|lower] [--number N] [--numerator-label L]\n"
            "                   [--denominator-label L] [--numerator-unit U] [--source TEXT] [--method TEXT]\n"
            "                   [--baseline-year FY [--baseline V]] [--targets \"FY=TARGET;…\"]\n"
            "    Adds an indicator (成果指標) to a measure, numbered next (③ after ②) unless --number says. A "
            "target is written as the sheet writes it: --targets \"H29=21%以上;R3=23%以上\" (以上, 以下, or bare "
            "for a value to reach). Without --baseline the baseline is the city's figure of --baseline-year.")},
        {QStringLiteral("remove-indicator"), tr("plan remove-indicator CODE [--dry-run]\n"
                                                "    Removes an indicator with its yearly figures, after saying how "
                                                "many.")},
    };
    for (const auto &[name, text] : usages) {
        if (name == subcommand)
            return tr("Usage: seika-cli [--db FILE] %1").arg(text);
    }
    QStringList all;
    for (const auto &[name, text] : usages)
        all << QStringLiteral("  ") + text;
    return tr("Usage: seika-cli [--db FILE] plan SUBCOMMAND [OPTIONS]\n"
              "Builds and changes the plan's structure: basic policies (基本政策), policies (政策), measures (施策), "
              "their programmes (主な事務事業) and indicators (成果指標). Each command is one change, checked as the "
              "editors check it and recorded in the audit trail; a refused one changes nothing (exit code 2).\n"
              "REF names a record by its code (1-1-2), by #ID (the id plan list shows), or by its exact title; put "
              "basic-policy:, policy:, measure: or indicator: in front when it names records at several levels "
              "(measure:#1).\n"
              "\n%1")
        .arg(all.join(QLatin1Char('\n')));
}

int PlanCommands::run(const QString &command, const QStringList &args, const QString &db, QTextStream &out,
                      QTextStream &err)
{
    const QString subcommand = command == Plan && !args.isEmpty() && !args.first().startsWith(QLatin1Char('-'))
                                   ? args.first()
                                   : QString();
    const QStringList rest = subcommand.isEmpty() ? args : args.mid(1);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        out << help(command, subcommand) << '\n';
        return Success;
    }
    const QString shown = command == Plan ? Plan + QLatin1Char(' ') + subcommand : command;
    const Usage usage = [&err, &shown](const QString &message) {
        err << "seika-cli: " << message << '\n'
            << tr("Run seika-cli %1 --help for usage.").arg(shown.trimmed()) << '\n';
        return int(UsageError);
    };
    if (command == ImportPlan)
        return importPlan(args, db, out, err, usage);
    if (subcommand.isEmpty())
        return usage(tr("plan needs a subcommand: list, add-basic-policy, add-policy, add-measure, rename, move, "
                        "remove, add-programme, remove-programme, add-indicator or remove-indicator."));
    if (subcommand == QLatin1String("list"))
        return list(rest, db, out, err, usage);
    if (subcommand == QLatin1String("add-basic-policy"))
        return add(PlanLevel::BasicPolicy, subcommand, rest, db, out, err, usage);
    if (subcommand == QLatin1String("add-policy"))
        return add(PlanLevel::Policy, subcommand, rest, db, out, err, usage);
    if (subcommand == QLatin1String("add-measure"))
        return add(PlanLevel::Measure, subcommand, rest, db, out, err, usage);
    if (subcommand == QLatin1String("rename"))
        return rename(rest, db, out, err, usage);
    if (subcommand == QLatin1String("move"))
        return move(rest, db, out, err, usage);
    if (subcommand == QLatin1String("remove") || subcommand == QLatin1String("remove-indicator"))
        return remove(subcommand, rest, db, out, err, usage);
    if (subcommand == QLatin1String("add-programme") || subcommand == QLatin1String("remove-programme"))
        return programme(subcommand == QLatin1String("add-programme"), rest, db, out, err, usage);
    if (subcommand == QLatin1String("add-indicator"))
        return addIndicator(rest, db, out, err, usage);
    return usage(tr("Unknown plan subcommand “%1”.").arg(subcommand));
}

} // namespace seika::cli
