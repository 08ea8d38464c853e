// The GUI entry point: reads the command line, picks the language, opens the document, shows the window.
#include "core/error.h"
#include "core/session/defaultdocument.h"
#include "core/storage/documentstore.h"
#include "ui/appsettings.h"
#include "ui/connectdialog.h"
#include "ui/documentlocation.h"
#include "ui/documentopener.h"
#include "ui/documentsession.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"
#include "ui/recentfiles.h"
#include "ui/widgets/focusstyle.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QDateTime>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <string_view>

namespace seika::app {

/// The translation context of the start-up messages (lupdate needs a class to name it).
struct Startup
{
    Q_DECLARE_TR_FUNCTIONS(seika::app::Startup)
};

} // namespace seika::app

namespace {

using seika::app::Startup;

/// Japanese text renders in whatever CJK font fontconfig falls back to; prefer the one that is
/// designed for Japanese when it is installed, so that kanji take their Japanese forms.
void useJapaneseFont()
{
    // No QFontDatabase::families() check: listing every installed family costs tens of
    // milliseconds at start-up, and a family that is missing simply falls back.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans CJK JP"), font.family()});
    QApplication::setFont(font);
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        Startup::tr("User interface language: ja (Japanese, the default) or en (English)."),
        QStringLiteral("language"));
}

/// For tests/bench/run.sh: when SEIKA_BENCH_FIRST_PAINT is set, prints the wall-clock time (ms since
/// the epoch) once the main window has finished its first paint, then quits.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs once this paint event has been handled completely.
            QTimer::singleShot(0, this, [] {
                std::printf("first-paint-epoch-ms %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

/// The command line of the GUI; --lang also decides the language of --help, so it is read before.
void configureParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Startup::tr("Seika: policy evaluation (施策評価) for Japanese municipalities."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Startup::tr("The Seika document to open: a .seika file, or a document on a PostgreSQL server as "
                    "postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass, or asked). Without it, the "
                    "default document opens, created from the Kawasaki City sample the first time."),
        QStringLiteral("[FILE]"));
}

/// --version and --help only print: they need no display (a terminal over ssh, a package's check).
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--")
            break;
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?" ||
            arg == "--help-all")
            return true;
    }
    return false;
}

/// The language asked for with --lang, read before the parser that prints --help in it is made.
QString requestedLanguageOf(const QStringList &arguments)
{
    QCommandLineParser early;
    early.addOption(languageOption());
    (void)early.parse(arguments);
    return early.value(QStringLiteral("lang"));
}

} // namespace

int main(int argc, char **argv)
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        seika::core::setApplicationIdentity();
        QCoreApplication::setApplicationVersion(QStringLiteral(SEIKA_VERSION));
        seika::ui::installTranslators(app, seika::ui::chooseLanguage(requestedLanguageOf(app.arguments())));
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app); // prints the version or the help and exits
        return 0;
    }

    QApplication app(argc, argv);
    seika::core::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Seika"));
    QApplication::setApplicationVersion(QStringLiteral(SEIKA_VERSION));
    // The launcher's id (resources/desktop): the desktop shows the windows under the launcher's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.seika.Seika"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/seika.svg")));
    // The style chosen (Fusion, or -style), with a keyboard focus that can be seen.
    QApplication::setStyle(new seika::ui::FocusStyle(QApplication::style()->name()));

    const QString requestedLanguage = requestedLanguageOf(QApplication::arguments());
    seika::ui::installTranslators(app, seika::ui::chooseLanguage(requestedLanguage));

    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("lang")) && requestedLanguage != u"ja" && requestedLanguage != u"en") {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(Startup::tr("Unknown language “%1”: use ja or en.").arg(requestedLanguage)));
        return 1;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(Startup::tr("Give at most one document to open.")));
        return 1;
    }

    useJapaneseFont();
    // The preferences the whole program follows: the year style of every table, chart and report, and the
    // colour scheme (the dark palette is set on the application, over the style chosen above, before any window).
    seika::ui::AppSettings().applyToProcess();

    const QString path = files.isEmpty() ? seika::core::defaultDocumentPath() : files.first();
    auto openSession = [&]() -> seika::core::Result<std::unique_ptr<seika::ui::DocumentSession>> {
        if (!files.isEmpty())
            return seika::ui::DocumentSession::open(path);
        // The default document is created from the sample the first time.
        auto store = seika::core::openOrCreateDefaultDocument();
        if (!store)
            return std::unexpected(store.error());
        return seika::ui::DocumentSession::fromStore(std::move(*store));
    };
    auto ask = [](const QString &question, const QString &details) {
        return seika::ui::askYesNo(nullptr, question, details);
    };
    // A document on a server: the password, when the server wants one, is asked and used for this connection only.
    auto askPassword = [](const QString &prompt, const QString &details) {
        return seika::ui::ConnectDialog::askPassword(nullptr, prompt, details);
    };
    auto session = !files.isEmpty() && seika::ui::DocumentLocation::isServer(path)
                       ? seika::ui::DocumentOpener::openServer(path, {}, ask, askPassword)
                       : seika::ui::DocumentOpener::open(path, openSession, ask);
    if (!session) {
        const QString text = Startup::tr("Could not open “%1”.").arg(seika::ui::DocumentLocation::name(path));
        const QString details = seika::core::errorMessage(session.error());
        std::fprintf(stderr, "%s %s\n", qUtf8Printable(text), qUtf8Printable(details));
        seika::ui::showMessageBox(nullptr, QMessageBox::Critical, text, details);
        return 2;
    }
    if (!files.isEmpty())
        seika::ui::RecentFiles::add(path); // a server's URL without its password

    // On the heap: choosing another language makes the window again and closes this one (View ▸ Language).
    auto *window = new seika::ui::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setSession(std::move(*session));
    if (qEnvironmentVariableIsSet("SEIKA_BENCH_FIRST_PAINT"))
        window->installEventFilter(new FirstPaintProbe(window));
    window->show();
    const int code = QApplication::exec();
    // A window still open when the application quits closes its document: the file is checkpointed and
    // its lock released.
    const QList<QWidget *> open = QApplication::topLevelWidgets();
    for (QWidget *widget : open) {
        if (qobject_cast<seika::ui::MainWindow *>(widget))
            delete widget;
    }
    return code;
}
