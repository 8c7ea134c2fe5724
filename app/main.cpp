// adreview: the review window by default, or one of the command-line commands.

#include "BackupCommands.h"
#include "CaseCommands.h"
#include "DatabaseCommands.h"
#include "DecisionCommands.h"
#include "DeviceCommands.h"
#include "EvidenceCommands.h"
#include "ReportCommands.h"
#include "SyncCommands.h"
#include "TeamCommands.h"
#include "WindowSystem.h"
#include "demo/DemoDataset.h"
#include "main/DatabaseOpener.h"
#include "main/Language.h"
#include "main/MainWindow.h"
#include "reports/ReportWriter.h"
#include "review/Settings.h"
#include "sync/SyncControl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

using Command = std::function<int(const QStringList &)>;

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {u"demo"_s, cli::runDemo},         {u"cases"_s, cli::runCases},       {u"show"_s, cli::runShow},
        {u"decide"_s, cli::runDecide},     {u"annotate"_s, cli::runAnnotate}, {u"assign"_s, cli::runAssign},
        {u"import"_s, cli::runImport},     {u"verify"_s, cli::runVerify},     {u"generate"_s, cli::runGenerate},
        {u"sync"_s, cli::runSync},         {u"backup"_s, cli::runBackup},     {u"restore"_s, cli::runRestore},
        {u"device"_s, cli::runDevice},     {u"team"_s, cli::runTeam},         {u"policy"_s, cli::runPolicy},
        {u"evidence"_s, cli::runEvidence},
    };
    return table;
}

const char *const overviewText =
    "Usage: adreview [--db PATH] [--reviewer NAME] [--device ID]   open the review window\n"
    "       adreview [--db PATH] BUNDLE.adrbundle ...              open it and merge the bundles\n"
    "       adreview COMMAND [options]                             run a command\n"
    "\n"
    "Commands:\n"
    "  demo      --db PATH [--force]             create a database holding the demo cases\n"
    "  cases     --db PATH [--state S] [--search TEXT] [--format table|csv|json] [--limit N]\n"
    "  show      --db PATH CASE_REF [--format text|json]\n"
    "  decide    --db PATH CASE_REF... ban|clear|reinstate|escalate|approve|reject|withdraw|reaffirm|reverse\n"
    "            [--policy CODE] [--rationale TEXT] [--evidence REF ...] [--evidence-kind KIND|all ...]\n"
    "            [--from-file PATH|-] [--expect EVENT_ID] [statement of reasons options, see decide --help]\n"
    "  annotate  --db PATH CASE_REF... --text TEXT [--from-file PATH|-] [--expect EVENT_ID]\n"
    "  assign    --db PATH CASE_REF... [--to NAME] [--from-file PATH|-] [--expect EVENT_ID]\n"
    "  evidence  revise --db PATH CASE_REF EVIDENCE_REF --rationale TEXT [--status S] [--superseded-by REF]\n"
    "            [--title T] [--excerpt T] [--url U] [--retracted] [--effective DATE] [--everywhere]\n"
    "            a later revision of an item; decisions citing an earlier one go to re-review\n"
    "  import    --db PATH [--quiet] FILE ...    .json or .csv case files; all or nothing per file\n"
    "  policy    --db PATH [CODE] [--redress TEXT] [--approval required|none] [--ground ...]\n"
    "            a policy's DSA defaults, redress, and whether its bans need a second reviewer\n"
    "  report    --db PATH -o FILE [--format FORMATS] [--from DATE] [--to DATE]\n"
    "            [--policy CODE] [--decided-by NAME] [--outcome banned|cleared|reinstated]\n"
    "            [--country CC] [--summary-only]\n"
    "  report    --db PATH --format dsa -o FOLDER [--skip-incomplete] [--include-exported] [filters]\n"
    "            statements of reasons for the EU's DSA Transparency Database\n"
    "  sync      export --db PATH -o BUNDLE [--since BUNDLE_OR_TIME] [--quiet]   events for another machine\n"
    "            import --db PATH [--trust-new-devices] [--quiet] BUNDLE ...   merge other machines' events\n"
    "            --server ADDRESS --db PATH [--push-only|--pull-only]  with the team server\n"
    "            --quarantine --db PATH          events the server sent that this laptop refuses\n"
    "  verify    --db PATH [--quiet]             integrity, audit chains and signatures\n"
    "  backup    --db PATH [--keep N] [--list] [--quiet]   a consistent copy in PATH.backups (newest N kept)\n"
    "  restore   --db PATH [--from BACKUP]       put a backup (default the latest) in place\n"
    "  generate  --db PATH --cases N [--seed S]  synthetic cases for load tests\n"
    "  device    show                            this device's id, reviewer and signing key\n"
    "            list --db PATH                  the devices this database trusts\n"
    "            revoke --db PATH DEVICE [--after SEQ]   refuse a device's later events\n"
    "  team      init --server ADDRESS           an admin sets up (or upgrades) the team's PostgreSQL\n"
    "            add-reviewer --server ADDRESS NAME [--lead]   a login of the reviewer's own\n"
    "            disable-reviewer --server ADDRESS NAME        end a login; its events stay\n"
    "            reviewers --server ADDRESS      the team's logins\n"
    "\n"
    "Window options: --db PATH, --screenshot OUT.png [--case REF] [--size WxH] renders the window\n"
    "into a PNG and quits. Sync bundles named after the options (FILE.adrbundle, as the desktop\n"
    "opens them) are merged into the database as File > Sync > Import Bundles does, with its summary.\n"
    "\n"
    "Every command takes --reviewer NAME and --device ID, which override ADREVIEW_REVIEWER and\n"
    "ADREVIEW_DEVICE, which override Preferences. 'adreview COMMAND --help' tells more.\n"
    "Exit status: 0 done, 1 rejected, 2 usage, 3 database or team server unusable. decide, annotate\n"
    "and assign with several cases write one event per case, each checked on its own: they print\n"
    "CASE_REF EVENT_ID for each decided, one line on stderr for each refused, and a summary; 1 if\n"
    "any was refused.\n"
    "import, sync export and import, verify and backup show their progress on stderr when it is a\n"
    "terminal (ADREVIEW_PROGRESS=always shows it on any stderr, =never on none); --quiet hides it.\n";

// The overview with the report formats of the format table.
const char *overview()
{
    static const QByteArray text = QByteArray(overviewText).replace("FORMATS", reportFormatNames(u"|"_s).toUtf8());
    return text.constData();
}

// A sync bundle given to the window, as the desktop entry's %f gives a file opened from the file
// manager: the name ends in .adrbundle.
bool isBundlePath(const QString &argument)
{
    return argument.endsWith(u'.' + SyncControl::suffix(), Qt::CaseInsensitive);
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(u"adreview.sqlite"_s);
}

int screenshot(MainWindow &window, const QCommandLineParser &parser)
{
    static const QRegularExpression sizePattern(u"^(\\d{2,5})x(\\d{2,5})$"_s);
    const auto size = sizePattern.match(parser.value(u"size"_s));
    if (parser.isSet(u"size"_s) && !size.hasMatch()) {
        std::fputs("adreview: error: --size must look like 1280x760\n", stderr);
        return 2;
    }
    if (size.hasMatch())
        window.resize(size.captured(1).toInt(), size.captured(2).toInt());
    if (parser.isSet(u"case"_s) && !window.selectCase(parser.value(u"case"_s))) {
        QTextStream(stderr) << "adreview: error: no case " << parser.value(u"case"_s) << " in this database\n";
        return 1;
    }
    window.show();
    QCoreApplication::processEvents();
    const QString file = parser.value(u"screenshot"_s);
    if (!window.grab().save(file, "PNG")) {
        QTextStream(stderr) << "adreview: error: " << file << ": cannot write the screenshot\n";
        return 1;
    }
    return 0;
}

int runWindow(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"AdReview: moderation review for advertising policy teams."_s);
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The database to open (default: your own, created from the demo)."_s, u"path"_s});
    parser.addOption({u"reviewer"_s, u"Act as this reviewer."_s, u"name"_s});
    parser.addOption({u"device"_s, u"Record events as this device."_s, u"id"_s});
    parser.addOption({u"screenshot"_s, u"Render the window into this PNG file and quit."_s, u"file"_s});
    parser.addOption({u"case"_s, u"With --screenshot: the case to select."_s, u"ref"_s});
    parser.addOption({u"size"_s, u"With --screenshot: the window size (default 1280x760)."_s, u"WxH"_s});
    // Options are read before the application starts, so that a mistake is reported the same
    // way with or without a display.
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "adreview: error: " << parser.errorText() << "\n(see adreview --help)\n";
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(overview(), stdout);
        return 0;
    }
    const QStringList bundles = parser.positionalArguments();
    for (const QString &argument : bundles) {
        if (!isBundlePath(argument)) {
            QTextStream(stderr) << "adreview: error: unknown command '" << argument << "'\n(see adreview --help)\n";
            return 2;
        }
    }

    cli::WindowSystem::prepare(parser.isSet(u"screenshot"_s));
    std::unique_ptr<QApplication> started;
    {
        cli::WindowSystem guard; // no display: one line saying so, not Qt's abort
        started = std::make_unique<QApplication>(argc, argv);
    }
    QApplication &app = *started;
    if (const QString problem = Identity::problem(parser.value(u"reviewer"_s), parser.value(u"device"_s), Settings());
        !problem.isEmpty()) {
        QTextStream(stderr) << "adreview: error: " << problem << "\n(see adreview --help)\n";
        return 2;
    }
    language::installTranslators(app, Settings().value(Settings::Key::Language).toString()); // the window only
    QString path = parser.value(u"db"_s);
    if (path.isEmpty()) {
        path = defaultDatabasePath();
        if (!QFileInfo::exists(path)) {
            auto created = DemoDataset::create(path, false);
            if (!created) {
                QMessageBox::critical(nullptr, u"AdReview"_s, created.error().message);
                return exitCodeFor(created.error().kind);
            }
        }
    }
    auto db = openOfferingBackup(path);
    if (!db) {
        QTextStream(stderr) << "adreview: error: " << db.error().message << '\n';
        QMessageBox::critical(nullptr, u"AdReview"_s, db.error().message);
        return exitCodeFor(db.error().kind);
    }
    const Identity identity = Identity::resolve(parser.value(u"reviewer"_s), parser.value(u"device"_s), Settings());
    MainWindow window(std::move(*db), identity);
    if (parser.isSet(u"screenshot"_s))
        return screenshot(window, parser);
    window.show();
    window.importBundles(bundles); // in the background, with the summary of File > Sync > Import
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // SQLite and Qt free and reallocate many small blocks per statement; glibc's default of
    // handing the top of the heap back to the kernel after every 128 KiB freed made bulk writes
    // spend most of their time in brk() and page faults. Keep up to 64 MiB around instead.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
    QCoreApplication::setOrganizationName(u"AdReview"_s);
    QCoreApplication::setApplicationName(u"AdReview"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ADREVIEW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(ADREVIEW_APP_ID)); // its icon and name on Wayland
    if (argc >= 2) {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (first == u"report") {
            // The PDF's charts are Qt Charts, which need a QApplication; nothing is shown, so it
            // runs the same with or without a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return cli::runReport(app.arguments().mid(2));
        }
        if (const auto it = commands().find(first); it != commands().end()) {
            QCoreApplication app(argc, argv);
            QStringList rest = app.arguments().mid(2);
            return it->second(rest);
        }
        if (first == u"--version" || first == u"-v") {
            std::fputs("adreview " ADREVIEW_VERSION "\n", stdout);
            return 0;
        }
        if (first == u"help" || first == u"--help" || first == u"-h") {
            std::fputs(overview(), stdout);
            return 0;
        }
        if (!first.startsWith(u'-') && !isBundlePath(first)) {
            std::fprintf(stderr, "adreview: error: unknown command '%s'\n\n%s", argv[1], overview());
            return 2;
        }
    }
    return runWindow(argc, argv);
}
