#include "app/cli/entrycommands.h"

#include "app/cli/cli.h"
#include "app/cli/cliargs.h"
#include "app/cli/clidocument.h"
#include "core/edit/writebatch.h"
#include "core/evaluation/yeargaps.h"
#include "core/io/csvexport.h"
#include "core/model/entry.h"
#include "core/session/defaultdocument.h"
#include "core/session/opendocument.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <functional>
#include <memory>
#include <optional>

namespace seika::cli {

using namespace seika::core;

namespace {

const QString SetValue = QStringLiteral("set-value");
const QString Lock = QStringLiteral("lock");
const QString Unlock = QStringLiteral("unlock");
const QString Audit = QStringLiteral("audit");

/// One command's --name value options; these commands take no positional argument.
CliArgs parseOptions(const QStringList &args, const QStringList &known, const QString &command)
{
    CliArgs o = CliArgs::parse(args, known);
    if (o.error.isEmpty() && !o.positional.isEmpty())
        o.error = EntryCommands::tr("%1 takes no FILE; use --db FILE before the command.").arg(command);
    return o;
}

int report(QTextStream &err, const QList<Error> &errors)
{
    for (const Error &e : errors)
        err << "seika-cli: " << errorMessage(e) << '\n';
    return DataError;
}

/// Checks batch, writes it as one change labelled with the command and updates the document. Returns the
/// exit code; on failure nothing was written.
int write(core::OpenDocument &doc, const WriteBatch &batch, const QString &command, QTextStream &err)
{
    ChangeInfo info;
    info.label = command;
    return commit(doc, batch, info, err);
}

QString countText(double v)
{
    return formatNumber(v, 0, true, true);
}

/// The figures of an observation as the sheet shows them: 442,037 / 693,203 (63.8%), or 14団体.
QString figuresText(const Observation &o, const Indicator &ind)
{
    if (o.hasCounts()) {
        QString text = countText(*o.numerator) + ind.numeratorUnit + QStringLiteral(" / ") + countText(*o.denominator)
                       + ind.numeratorUnit;
        if (const auto rate = observedValue(o, ind))
            text += QStringLiteral(" (") + formatNumber(*rate, ind.decimals) + ind.unit + QLatin1Char(')');
        return text;
    }
    return o.value ? formatNumber(*o.value, ind.decimals) + ind.unit : QString();
}

int setValue(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err,
             const std::function<int(const QString &)> &usage)
{
    const CliArgs o = parseOptions(args,
                                   {QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("area"),
                                    QStringLiteral("value"), QStringLiteral("numerator"),
                                    QStringLiteral("denominator"), QStringLiteral("note")},
                                   SetValue);
    if (!o.error.isEmpty())
        return usage(o.error);
    const auto has = [&o](const char *name) { return o.values.contains(QLatin1String(name)); };
    if (!has("indicator") || !has("year"))
        return usage(EntryCommands::tr("set-value needs --indicator CODE and --year FY."));
    const bool counts = has("numerator") || has("denominator");
    if (has("value") == counts)
        return usage(EntryCommands::tr("set-value needs either --value V or --numerator N with --denominator D."));
    if (counts && !(has("numerator") && has("denominator")))
        return usage(EntryCommands::tr("--numerator and --denominator go together."));
    const auto year = parseFiscalYear(o.values.value(QStringLiteral("year")));
    if (!year)
        return usage(errorMessage(year.error()));

    std::optional<core::OpenDocument> doc = openDocument(db, OpenMode::ReadWrite, err);
    if (!doc)
        return DataError;
    const QString code = o.values.value(QStringLiteral("indicator"));
    const Indicator *ind = doc->data().indicator(code);
    if (!ind)
        return report(err, {Error{ErrorCode::UnknownIndicator, code, QStringLiteral("--indicator"), {}, -1, -1}});
    if (counts && ind->kind != IndicatorKind::Ratio) {
        err << "seika-cli: "
            << EntryCommands::tr("“%1” is not a ratio, so it has no numerator and denominator; give --value.").arg(code)
            << '\n';
        return DataError;
    }
    const auto area = parseArea(doc->data(), o.values.value(QStringLiteral("area")));
    if (!area)
        return report(err, {area.error()});

    // The numbers, read exactly as the editors read typed text; every bad one is reported.
    QList<Error> errors;
    const auto number = [&](const QString &option, ObservationField field) -> std::optional<double> {
        auto v = parseNumberInput(o.values.value(option), *ind, field);
        if (!v) {
            errors.append(v.error());
            return std::nullopt;
        }
        return *v;
    };
    Observation obs;
    obs.indicatorCode = ind->code;
    obs.year = *year;
    obs.area = *area;
    // Whatever is not given is kept: the note and the reference date of the figure there.
    for (const Observation &existing : std::as_const(doc->data().observations)) {
        if (existing.indicatorCode == obs.indicatorCode && existing.year == obs.year && existing.area == obs.area) {
            obs = existing;
            break;
        }
    }
    if (counts) {
        obs.numerator = number(QStringLiteral("numerator"), ObservationField::Numerator);
        obs.denominator = number(QStringLiteral("denominator"), ObservationField::Denominator);
        obs.value.reset();
    } else {
        obs.value = number(QStringLiteral("value"), ObservationField::Value);
        obs.numerator.reset();
        obs.denominator.reset();
    }
    if (has("note"))
        obs.note = o.values.value(QStringLiteral("note"));
    if (!errors.isEmpty())
        return report(err, errors);

    const QList<EntryWarning> areaBefore = entryWarnings(doc->data(), ind->code, obs.area);
    const QList<EntryWarning> cityBefore =
        obs.area.isValid() ? entryWarnings(doc->data(), ind->code, AreaId()) : QList<EntryWarning>();
    WriteBatch batch;
    batch.operations = {WriteBatch::PutObservation{obs}};
    if (const int exit = write(*doc, batch, SetValue, err); exit != Success)
        return exit;
    ind = doc->data().indicator(code); // the document was replaced by the one after the change

    out << EntryCommands::tr("Set %1, %2, %3: %4")
               .arg(ind->code, formatFiscalYear(*year), areaDisplayName(doc->data(), obs.area), figuresText(obs, *ind))
        << '\n';
    // Warnings mark the edit without refusing it: those of the edited area about this year, any the edit
    // caused, and for a ward the city's mismatch with the sum of the wards in this year.
    QList<EntryWarning> warnings;
    for (const EntryWarning &w : entryWarnings(doc->data(), ind->code, obs.area)) {
        if (w.year == *year || !areaBefore.contains(w))
            warnings.append(w);
    }
    if (obs.area.isValid()) {
        for (const EntryWarning &w : entryWarnings(doc->data(), ind->code, AreaId())) {
            if ((w.kind == EntryWarningKind::CityMismatch && w.year == *year) || !cityBefore.contains(w))
                warnings.append(w);
        }
    }
    for (const EntryWarning &w : std::as_const(warnings))
        err << "seika-cli: " << EntryCommands::tr("warning: %1").arg(warningMessage(doc->data(), w)) << '\n';
    return Success;
}

int lockOrUnlock(bool lock, const QStringList &args, const QString &db, QTextStream &out, QTextStream &err,
                 const std::function<int(const QString &)> &usage)
{
    const QString command = lock ? Lock : Unlock;
    const CliArgs o = parseOptions(args, {QStringLiteral("year")}, command);
    if (!o.error.isEmpty())
        return usage(o.error);
    if (!o.values.contains(QStringLiteral("year")))
        return usage(EntryCommands::tr("%1 needs --year FY.").arg(command));
    const auto year = parseFiscalYear(o.values.value(QStringLiteral("year")));
    if (!year)
        return usage(errorMessage(year.error()));
    std::optional<core::OpenDocument> doc = openDocument(db, OpenMode::ReadWrite, err);
    if (!doc)
        return DataError;
    WriteBatch batch;
    if (lock)
        batch.operations = {WriteBatch::Lock{YearLock{*year, currentUserName(), QDateTime::currentDateTimeUtc()}}};
    else
        batch.operations = {WriteBatch::Unlock{*year}};
    // What the year lacks, as the window's question lists it: a script cannot answer, so it is told.
    const YearGaps gaps = lock ? yearGaps(doc->data(), *year) : YearGaps{};
    if (const int exit = write(*doc, batch, command, err); exit != Success)
        return exit;
    const auto measureName = [&doc](MeasureId id) {
        const Measure *m = doc->data().measure(id);
        return !m ? QString::number(id.value()) : m->code.isEmpty() ? m->title : m->code + QLatin1Char(' ') + m->title;
    };
    for (MeasureId measure : gaps.evaluations)
        err << "seika-cli: "
            << EntryCommands::tr("warning: %1 was locked without an evaluation of %2.")
                   .arg(formatFiscalYear(*year), measureName(measure))
            << '\n';
    for (const MissingFigure &f : gaps.figures)
        err << "seika-cli: "
            << EntryCommands::tr("warning: %1 was locked without a figure of %2 (%3) for %4.")
                   .arg(formatFiscalYear(*year), f.indicatorCode, measureName(f.measure),
                        areaDisplayName(doc->data(), f.area))
            << '\n';
    out << (lock ? EntryCommands::tr("Locked %1 (確定): its figures and evaluations cannot be changed until it is "
                                     "unlocked.")
                 : EntryCommands::tr("Unlocked %1: its figures can be changed again."))
                   .arg(formatFiscalYear(*year))
        << '\n';
    return Success;
}

/// The area of an audit entry: a ward's name (its id when the ward is gone), the city for an
/// observation's entry, nothing for entries that are not about an area.
QString auditArea(const DocumentData &doc, const AuditEntry &e, const QString &city)
{
    if (e.area.isValid()) {
        const Area *a = doc.area(e.area);
        return a ? a->name : QLatin1Char('#') + QString::number(e.area.value());
    }
    return e.indicatorCode.isEmpty() || e.action == QLatin1String("indicator") ? QString() : city;
}

/// Text from a document made safe to print on a terminal: a control character (an ANSI escape sequence
/// in a note could recolour, move the cursor or retitle the terminal) is shown as its Unicode control
/// picture (ESC → ␛, TAB → ␉, DEL → ␡), a C1 control or a bidirectional override (which reorders the
/// line on screen) as <U+XXXX>. A line break is shown as " / ".
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral(" / ");
        else if (u < 0x20)
            out += QChar(char16_t(0x2400 + u));
        else if (u == 0x7F)
            out += QChar(char16_t(0x2421));
        else if ((u >= 0x80 && u < 0xA0) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("<U+") + QString::number(uint(u), 16).toUpper().rightJustified(4, QLatin1Char('0'))
                   + QLatin1Char('>');
        else
            out += c;
    }
    return out;
}

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// An audit event in one line: time, user, kind and label, the file of an import, the counts of values.
QString eventLine(const ChangeEvent &e)
{
    QString line = timeText(e.at) + QStringLiteral("  ") + printable(e.user) + QStringLiteral("  ") + changeKindName(e.kind);
    if (!e.label.isEmpty())
        line += QStringLiteral(" “") + printable(e.label) + QStringLiteral("”");
    if (e.undoes.isValid())
        line += QLatin1Char(' ') + EntryCommands::tr("(of change #%1)").arg(e.undoes.value());
    if (!e.source.isEmpty()) {
        QStringList about;
        if (!e.source.encoding.isEmpty())
            about << e.source.encoding;
        if (e.source.rowsRead >= 0)
            about << EntryCommands::tr("%1 rows").arg(QLocale().toString(e.source.rowsRead));
        if (!e.source.sha256.isEmpty())
            about << QStringLiteral("SHA-256 ") + e.source.sha256;
        line += QLatin1Char(' ') + printable(e.source.fileName) + QStringLiteral(" (") + about.join(QStringLiteral(", "))
                + QLatin1Char(')');
    }
    // The figures it wrote, when it wrote any (a lock writes none).
    if (e.valuesAdded || e.valuesChanged || e.valuesRemoved)
        line += QStringLiteral(": ")
                + EntryCommands::tr("%1 added, %2 changed, %3 removed")
                      .arg(QLocale().toString(e.valuesAdded), QLocale().toString(e.valuesChanged),
                           QLocale().toString(e.valuesRemoved));
    return line + QStringLiteral("  #") + QString::number(e.id.value());
}

/// An audit entry in one line, without its time and user (those of its event) unless withWho.
QString entryLine(const DocumentData &doc, const AuditEntry &e, bool withWho)
{
    const QString city = areaDisplayName(doc, AreaId());
    QStringList what;
    if (!e.indicatorCode.isEmpty())
        what << e.indicatorCode;
    if (!e.subject.isEmpty())
        what << e.subject;
    else if (e.measure.isValid())
        what << EntryCommands::tr("measure %1").arg(e.measure.value());
    if (e.year)
        what << formatFiscalYear(*e.year);
    if (const QString area = auditArea(doc, e, city); !area.isEmpty())
        what << area;
    const auto shown = [](const QString &v) { return v.isEmpty() ? QStringLiteral("—") : printable(v); };
    const QString who = withWho ? timeText(e.at) + QStringLiteral("  ") + printable(e.user) + QStringLiteral("  ") : QString();
    return who + e.action + QStringLiteral("  ") + printable(what.join(QLatin1Char(' '))) + QStringLiteral("  ")
           + printable(e.field) + QStringLiteral(": ") + shown(e.oldValue) + QStringLiteral(" → ") + shown(e.newValue);
}

/// In text, an event lists at most this many of its entries; --format csv lists them all.
constexpr qsizetype ListedEntries = 20;

int audit(const QStringList &args, const QString &db, QTextStream &out, QTextStream &err,
          const std::function<int(const QString &)> &usage)
{
    const CliArgs o = parseOptions(args,
                                   {QStringLiteral("year"), QStringLiteral("indicator"), QStringLiteral("area"),
                                    QStringLiteral("format")},
                                   Audit);
    if (!o.error.isEmpty())
        return usage(o.error);
    const QString format = o.values.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("csv"))
        return usage(EntryCommands::tr("Unknown format “%1”: use text or csv.").arg(format));
    AuditFilter filter;
    if (o.values.contains(QStringLiteral("year"))) {
        const auto year = parseFiscalYear(o.values.value(QStringLiteral("year")));
        if (!year)
            return usage(errorMessage(year.error()));
        filter.year = *year;
    }
    // An indicator that was renamed or removed still has its entries: the code is not checked.
    filter.indicatorCode = o.values.value(QStringLiteral("indicator"));

    // Reading needs no lock: the audit can be read while the document is open elsewhere.
    std::optional<core::OpenDocument> doc = openDocument(db, OpenMode::ReadOnly, err);
    if (!doc)
        return DataError;
    if (o.values.contains(QStringLiteral("area"))) {
        const auto area = parseArea(doc->data(), o.values.value(QStringLiteral("area")));
        if (!area)
            return report(err, {area.error()});
        filter.area = *area;
    }
    auto events = doc->store().loadAudit(filter);
    if (!events)
        return report(err, {events.error()});

    if (format == QLatin1String("csv")) {
        // The audit table of export-csv (docs/csv-format.md): every entry with its event's columns, UTF-8
        // with a byte order mark and CRLF line ends, for Excel.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (auto rows = exportCsv(&buffer, CsvTable::Audit, doc->data(), *events, CsvExportOptions{CsvEncoding::Utf8, {}});
            !rows)
            return report(err, {rows.error()});
        // The byte order mark as a character: the stream writes UTF-8.
        out << QChar(0xFEFF) << QString::fromUtf8(buffer.data());
        return Success;
    }

    // Who wrote the figure there now: its change, with an import's file.
    if (!filter.indicatorCode.isEmpty() && filter.year) {
        const AreaId area = filter.area.value_or(AreaId());
        const Indicator *ind = doc->data().indicator(filter.indicatorCode);
        for (const Observation &obs : doc->data().observations) {
            if (!ind || obs.indicatorCode != ind->code || obs.year != *filter.year || obs.area != area)
                continue;
            const QString figure = figuresText(obs, *ind);
            auto change = doc->store().loadChange(obs.change);
            if (!change)
                return report(err, {change.error()});
            if (*change)
                out << EntryCommands::tr("Figure now: %1, last written by change #%2: %3")
                           .arg(figure)
                           .arg(obs.change.value())
                           .arg(eventLine(**change))
                    << '\n';
            else
                out << EntryCommands::tr("Figure now: %1, written before Seika recorded who wrote each figure.").arg(figure)
                    << '\n';
        }
        // A city figure no one entered: say where the figure every output shows comes from.
        if (ind && !area.isValid()) {
            const CityFigure city = cityFigure(doc->data(), *ind, *filter.year);
            if (city.source == CityFigureSource::WardSum && city.value && city.numerator && city.denominator)
                out << EntryCommands::tr("Figure now: %1, not entered: the sum of the wards (each ward's figure: --area WARD).")
                           .arg(countText(*city.numerator) + ind->numeratorUnit + QStringLiteral(" / ")
                                + countText(*city.denominator) + ind->numeratorUnit + QStringLiteral(" (")
                                + formatNumber(roundHalfUp(*city.value, ind->decimals), ind->decimals) + ind->unit
                                + QLatin1Char(')'))
                    << '\n';
        }
    }
    if (events->isEmpty()) {
        out << EntryCommands::tr("No recorded changes.") << '\n';
        return Success;
    }
    for (const AuditEvent &event : std::as_const(*events)) {
        if (!event.event.id.isValid()) {
            // Recorded before changes were: the entry on its own, as it was always shown.
            for (const AuditEntry &e : event.entries)
                out << entryLine(doc->data(), e, true) << '\n';
            continue;
        }
        out << eventLine(event.event) << '\n';
        for (qsizetype i = 0; i < event.entries.size() && i < ListedEntries; ++i)
            out << "    " << entryLine(doc->data(), event.entries.at(i), false) << '\n';
        if (event.entries.size() > ListedEntries)
            out << "    "
                << EntryCommands::tr("… and %1 more entries (--format csv lists them all).")
                       .arg(QLocale().toString(event.entries.size() - ListedEntries))
                << '\n';
    }
    return Success;
}

} // namespace

bool EntryCommands::handles(const QString &command)
{
    return command == SetValue || command == Lock || command == Unlock || command == Audit;
}

QString EntryCommands::help(const QString &command)
{
    if (command == SetValue)
        return tr("Usage: seika-cli [--db FILE] set-value --indicator CODE --year FY [--area AREA]\n"
                  "                 (--value V | --numerator N --denominator D) [--note TEXT]\n"
                  "Enters the figure of an indicator for a fiscal year and an area (a ward's name; 市全体 or no --area "
                  "for the city as a whole). Numbers are read as typed in the editors: 442,037, ４４２，０３７, "
                  "442037世帯, 14.7%. A ratio takes its counts (--numerator, --denominator) or, when only the rate is "
                  "known, --value. The same rules as in the editors apply; a refused figure changes nothing (exit "
                  "code 2). Warnings (a change beyond the outlier band, a gap in the series) are printed but do not "
                  "refuse the figure. The change is recorded in the audit trail.");
    if (command == Lock)
        return tr("Usage: seika-cli [--db FILE] lock --year FY\n"
                  "Locks (確定) a fiscal year: its figures and evaluations are refused until it is unlocked. "
                  "Recorded with your user name and the time. What the year lacks (a measure's evaluation, an "
                  "indicator's figure for the city or a ward) is said on standard error; the year is locked all the same.");
    if (command == Unlock)
        return tr("Usage: seika-cli [--db FILE] unlock --year FY\n"
                  "Unlocks a locked fiscal year, so that its figures can be changed again. Recorded in the audit trail.");
    return tr("Usage: seika-cli [--db FILE] audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]\n"
              "Prints the recorded changes, oldest first: each change on one line (time, user, what was done — an edit, "
              "an import with its file's name, encoding, rows and SHA-256, an undo — and how many figures it added, "
              "changed and removed), with its entries below it (what: indicator, year, area; field, old and new "
              "value). An import records no entry for a figure it added: the figure names the import as its change. "
              "The options filter the entries; with --indicator and --year the figure there now is printed first, "
              "with the change that last wrote it. --format csv lists every entry with its change (the audit table "
              "of export-csv: RFC 4180, a header row, CRLF line ends and UTF-8 with a byte order mark, for Excel). "
              "Reads the document without locking it.");
}

int EntryCommands::run(const QString &command, const QStringList &args, const QString &db, QTextStream &out,
                       QTextStream &err)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << help(command) << '\n';
        return Success;
    }
    const auto usage = [&err, &command](const QString &message) {
        err << "seika-cli: " << message << '\n'
            << tr("Run seika-cli %1 --help for usage.").arg(command) << '\n';
        return int(UsageError);
    };
    if (command == SetValue)
        return setValue(args, db, out, err, usage);
    if (command == Lock || command == Unlock)
        return lockOrUnlock(command == Lock, args, db, out, err, usage);
    return audit(args, db, out, err, usage);
}

} // namespace seika::cli
