// The command-line commands, run as a user runs them: the built adreview executable in its own
// process, with its exit status, stdout and stderr checked.

#include "LargeCaseFile.h"
#include "TestBundle.h"
#include "TestCsv.h"
#include "demo/DemoDataset.h"
#include "domain/DsaDecision.h"
#include "review/DeviceKeys.h"
#include "review/Identity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int processTimeoutMs = 120'000;
const auto errorPrefix = u"adreview: error: "_s;

// One finished (or not) run of the program.
struct Run {
    QStringList args;
    QString startError; // why the program did not start, when it did not
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QString out;
    QString err;

    bool is(int code) const { return finished && !crashed && exitCode == code; }
    QString all() const { return out + err; }
    QString firstErrorLine() const { return err.section(u'\n', 0, 0); }
    bool errorSays(const QString &text) const
    {
        return firstErrorLine().startsWith(errorPrefix) && firstErrorLine().contains(text, Qt::CaseInsensitive);
    }
    QByteArray describe() const
    {
        QString status = !startError.isEmpty() ? u"did not start: "_s + startError
                         : !finished           ? u"did not finish in time"_s
                         : crashed             ? u"crashed"_s
                                               : u"exited with %1"_s.arg(exitCode);
        return u"adreview %1: %2\n--- stdout:\n%3\n--- stderr:\n%4"_s
            .arg(args.join(u' '), status, out.left(4000), err.left(4000))
            .toUtf8();
    }
};

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression re(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return re;
}

bool isUuid(const QString &text)
{
    return uuidPattern().match(text).hasMatch();
}

// stdout that is exactly one line holding one event id.
bool isOneUuidLine(const QString &out)
{
    return out.endsWith(u'\n') && out.count(u'\n') == 1 && isUuid(out.chopped(1));
}

// The first key, as written in the text, of each object directly inside a top-level array.
QStringList firstKeysOfArrayItems(const QString &json)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool wantKey = false;
    bool capturing = false;
    QString current;
    for (const QChar ch : json) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (ch == u'\\') {
                escaped = true;
            } else if (ch == u'"') {
                inString = false;
                if (capturing)
                    keys << current;
                capturing = false;
                continue;
            }
            if (capturing)
                current += ch;
            continue;
        }
        if (ch == u'"') {
            inString = true;
            capturing = wantKey;
            wantKey = false;
            current.clear();
        } else if (ch == u'[' || ch == u'{') {
            ++depth;
            wantKey = ch == u'{' && depth == 2;
        } else if (ch == u']' || ch == u'}') {
            --depth;
            wantKey = false;
        } else if (!ch.isSpace()) {
            wantKey = false;
        }
    }
    return keys;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int connectionCounter = 0;

// Runs statements on a database file through a connection of the test's own, closed afterwards,
// so the file is as a user's sqlite3 shell would leave it. Returns the first column of the last
// statement's first row (or an invalid QVariant); ok tells whether everything ran.
QVariant sql(const QString &file, const QStringList &statements, bool *ok = nullptr)
{
    const QString name = u"tst_CommandLine-%1"_s.arg(++connectionCounter);
    QVariant result;
    bool good = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        if (!db.open()) {
            qWarning("cannot open %s: %s", qPrintable(file), qPrintable(db.lastError().text()));
            good = false;
        } else {
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                result = QVariant();
                if (!q.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                    good = false;
                    break;
                }
                if (q.isSelect() && q.next())
                    result = q.value(0);
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (ok)
        *ok = good;
    return result;
}

// The ids of the events in a database file, read as it lies (with the log beside it) through a
// read-only connection; nullopt, with the reason in `problem`, when the file does not pass
// SQLite's check or cannot be read.
std::optional<QStringList> eventIdsOf(const QString &file, QString *problem)
{
    const QString name = u"tst_CommandLine-%1"_s.arg(++connectionCounter);
    std::optional<QStringList> ids;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            *problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA quick_check"_s) || !q.next()) {
                *problem = q.lastError().text();
            } else if (q.value(0).toString() != u"ok") {
                *problem = u"quick_check: "_s + q.value(0).toString();
            } else if (!q.exec(u"SELECT uuid FROM events"_s)) {
                *problem = q.lastError().text();
            } else {
                ids.emplace();
                while (q.next())
                    ids->append(q.value(0).toString());
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ids;
}

qint64 count(const QString &file, const QString &table)
{
    bool ok = false;
    const QVariant v = sql(file, {u"SELECT count(*) FROM %1"_s.arg(table)}, &ok);
    return ok ? v.toLongLong() : -1;
}

QStringList demoRefs()
{
    QStringList refs;
    const QJsonArray cases = QJsonDocument::fromJson(DemoDataset::json()).object().value(u"cases"_s).toArray();
    for (const QJsonValue &c : cases)
        refs << c.toObject().value(u"ref"_s).toString();
    return refs;
}

QStringList refsOf(const QJsonArray &cases)
{
    QStringList refs;
    for (const QJsonValue &c : cases)
        refs << c.toObject().value(u"ref"_s).toString();
    return refs;
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// A small, valid import file: one advertiser and one case with one evidence item. The name and
// summary hold commas and quotes so that CSV output has to quote them.
QJsonObject smallImport()
{
    const QJsonObject evidence{{u"ref"_s, u"EV-1"_s},
                               {u"kind"_s, u"news-citation"_s},
                               {u"title"_s, u"Acme token sale"_s},
                               {u"publisher"_s, u"Wire"_s},
                               {u"url"_s, u"https://wire.example/acme"_s},
                               {u"published"_s, u"2020-01-04"_s},
                               {u"excerpt"_s, u"A quote."_s},
                               {u"reliability"_s, u"confirmed"_s}};
    const QJsonObject theCase{{u"ref"_s, u"CASE-2020-0001"_s},
                              {u"advertiser"_s, u"acme-ads"_s},
                              {u"policy"_s, u"ADS-CRYPTO"_s},
                              {u"summary"_s, u"Acme sells tokens, \"apparently\", to everyone"_s},
                              {u"priority"_s, u"normal"_s},
                              {u"source"_s, u"press"_s},
                              {u"opened"_s, u"2020-01-05T09:00:00Z"_s},
                              {u"due"_s, u"2020-01-12T09:00:00Z"_s},
                              {u"evidence"_s, QJsonArray{evidence}}};
    const QJsonObject advertiser{
        {u"ref"_s, u"acme-ads"_s}, {u"name"_s, u"Acme \"Best\" Ads, Inc."_s}, {u"country"_s, u"US"_s}};
    return {{u"format"_s, u"adreview-cases"_s},
            {u"version"_s, 1},
            {u"advertisers"_s, QJsonArray{advertiser}},
            {u"cases"_s, QJsonArray{theCase}}};
}

// The small file with two faults in its case: an unknown priority and an unknown reliability.
QJsonObject faultyImport()
{
    QJsonObject file = smallImport();
    QJsonObject theCase = file.value(u"cases"_s).toArray().first().toObject();
    QJsonObject evidence = theCase.value(u"evidence"_s).toArray().first().toObject();
    evidence.insert(u"reliability"_s, u"maybe"_s);
    theCase.insert(u"priority"_s, u"urgent"_s);
    theCase.insert(u"evidence"_s, QJsonArray{evidence});
    file.insert(u"cases"_s, QJsonArray{theCase});
    return file;
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoCreatesRefusesAndReplaces();
    void casesListsTheDemoInEveryFormat();
    void casesFilters();
    void casesRejectsBadOptions();
    void showPrintsTheCaseEvidenceAndHistory();
    void decideRecordsAndRefuses();
    void decideRecordsAStatementOfReasons();
    void policySetsWhatABansStatementStartsFrom();
    void aBanThatNeedsApprovalIsProposedThenApprovedByAnother();
    void evidenceRevisionsPutDecisionsIntoRereview();
    void reportWritesStatementsForTheTransparencyDatabase();
    void annotateAndAssignPrintEventIds();
    void verifyNamesTamperedEvents();
    void unusableDatabasesExitThreeAndStayUntouched();
    void newerSchemaIsRefusedAndLeftAlone();
    void readOnlyDatabaseIsRefused();
    void importIsAllOrNothing();
    void generateIsDeterministic();
    void longCommandsShowProgressOnlyWhenAsked();
    void reportWritesEveryFormat();
    void reportRefusesBadInput();
    void syncCarriesDecisionsBetweenLaptops();
    void usageErrors();
    void helpAndVersion();
    void commandHelpNamesTheCommand();
    void unknownTopLevelOptionIsAUsageError();
    void identityFlagsOverrideEnvironmentAndSettings();
    void restoreAmidWritersLosesNoAcknowledgedEvent();
    void restoreThroughASymbolicLinkKeepsTheLink();
    void refusedImportIntoANewPathLeavesNoFile();
    void deviceShowPrintsTheKey();
    void signaturesShowInShowVerifyAndTheDeviceList();
    void bundleWithAnEventTwiceIsRefusedAndLeavesNoFile();
    void identityNamesHaveTheLimitsOfAnImportedName();
    void demoIsTheSameEveryTimeAndTwoDemoLaptopsSync();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QProcessEnvironment environment() const;
    Run run(const QStringList &args) const { return run(args, environment()); }
    Run run(const QStringList &args, const QProcessEnvironment &env) const;
    [[nodiscard]] bool makeDemo(const QString &db) const;
    QJsonObject showJson(const QString &db, const QString &ref) const;
    QJsonArray casesJson(const QStringList &extra) const;
    QString head(const QString &db, const QString &ref) const;

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
};

// Two laptops from one demo database: each decides offline, they swap bundles, and both end with
// the same events and the case in conflict; a changed bundle is refused with nothing written.
void TestCommandLine::syncCarriesDecisionsBetweenLaptops()
{
    const QString a = file(u"sync-a.sqlite"_s);
    const QString b = file(u"sync-b.sqlite"_s);
    QVERIFY(makeDemo(a));
    QVERIFY(QFile::copy(a, b));
    const QString ref = u"CASE-2018-0013"_s;
    Run ban = run({u"decide"_s, u"--db"_s, a, ref, u"ban"_s, u"--policy"_s, u"ADS-CRYPTO"_s, u"--rationale"_s,
                   u"signals service"_s, u"--evidence"_s, u"EV-1"_s, u"--device"_s, u"laptop-a"_s});
    QVERIFY2(ban.is(0), ban.describe().constData());
    Run clear = run({u"decide"_s, u"--db"_s, b, ref, u"clear"_s, u"--rationale"_s, u"education only"_s, u"--device"_s,
                     u"laptop-b"_s});
    QVERIFY2(clear.is(0), clear.describe().constData());
    const QString fromA = file(u"a.adrbundle"_s);
    const QString fromB = file(u"b.adrbundle"_s);
    Run exportA = run({u"sync"_s, u"export"_s, u"--db"_s, a, u"-o"_s, fromA});
    QVERIFY2(exportA.is(0) && exportA.out.contains(u"events"_s), exportA.describe().constData());
    QVERIFY2(run({u"sync"_s, u"export"_s, u"--db"_s, b, u"-o"_s, fromB}).is(0), "export b");
    Run intoB = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, b, fromA});
    QVERIFY2(intoB.is(0) && intoB.out.contains(u"1 new event"_s) && intoB.out.contains(ref),
             intoB.describe().constData());
    Run intoA = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, a, fromB});
    QVERIFY2(intoA.is(0) && intoA.out.contains(u"1 new conflict: %1"_s.arg(ref)), intoA.describe().constData());
    Run again = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, a, fromB});
    QVERIFY2(again.is(0) && again.out.contains(u"0 new events"_s), again.describe().constData());
    for (const QString &db : {a, b}) {
        QCOMPARE(showJson(db, ref).value(u"state"_s).toString(), u"conflict"_s);
        QVERIFY2(run({u"verify"_s, u"--db"_s, db}).is(0), qPrintable(db));
    }
    // A new laptop starts from a bundle.
    const QString c = file(u"sync-c.sqlite"_s);
    Run fresh = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, c, fromA, fromB});
    QVERIFY2(fresh.is(0), fresh.describe().constData());
    QCOMPARE(showJson(c, ref).value(u"state"_s).toString(), u"conflict"_s);

    QFile in(fromA);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    bytes.replace("signals service", "signals servicE");
    const QString changed = file(u"changed.adrbundle"_s);
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const QJsonValue before = showJson(c, ref).value(u"heads"_s);
    Run refused = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, c, changed});
    QVERIFY2(refused.is(1) && refused.errorSays(u"nothing was imported"_s), refused.describe().constData());
    QCOMPARE(showJson(c, ref).value(u"heads"_s), before);
    QVERIFY2(run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, c}).is(2), "a bundle is needed");
    QVERIFY2(run({u"sync"_s, u"export"_s, u"--db"_s, a}).is(2), "-o is needed");
    QVERIFY2(run({u"sync"_s, u"export"_s, u"--db"_s, a, u"-o"_s, file(u"x"_s), u"--since"_s, u"last week"_s}).is(2),
             "--since needs a bundle or a time");
    QVERIFY2(run({u"sync"_s, u"send"_s}).is(2), "unknown sync command");
}

void TestCommandLine::initTestCase()
{
    m_bin = qEnvironmentVariable("ADREVIEW_BIN");
    QVERIFY2(!m_bin.isEmpty(), "ADREVIEW_BIN is not set: run this test through ctest, or set it to the built adreview");
    QVERIFY2(QFileInfo(m_bin).isExecutable(), qPrintable(u"ADREVIEW_BIN=%1 is not an executable file"_s.arg(m_bin)));
    QCOMPARE(demoRefs().size(), 15);
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
}

void TestCommandLine::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestCommandLine::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing of the user's: settings, data and caches all land in the test's folder.
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"cache"_s));
    env.remove(u"ADREVIEW_KEY_DIR"_s);               // keys in the data folder above, as a user's are
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->path()); // private (0700), as Qt wants it
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ADREVIEW_REVIEWER"_s, u"env.reviewer"_s);
    env.insert(u"ADREVIEW_DEVICE"_s, u"env-device"_s);
    env.remove(u"ADREVIEW_PROGRESS"_s); // stderr is a pipe here: no progress line unless a test asks
    return env;
}

Run TestCommandLine::run(const QStringList &args, const QProcessEnvironment &env) const
{
    Run r;
    r.args = args;
    QProcess p;
    p.setProgram(m_bin);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    p.start();
    if (!p.waitForStarted(processTimeoutMs)) {
        r.startError = p.errorString();
        return r;
    }
    r.finished = p.waitForFinished(processTimeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool TestCommandLine::makeDemo(const QString &db) const
{
    const Run r = run({u"demo"_s, u"--db"_s, db});
    if (!r.is(0))
        qWarning("%s", r.describe().constData());
    return r.is(0);
}

QJsonObject TestCommandLine::showJson(const QString &db, const QString &ref) const
{
    const Run r = run({u"show"_s, u"--db"_s, db, ref, u"--format"_s, u"json"_s});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (!r.is(0) || error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("%s\n(JSON: %s)", r.describe().constData(), qPrintable(error.errorString()));
        return {};
    }
    return doc.object();
}

QJsonArray TestCommandLine::casesJson(const QStringList &extra) const
{
    const Run r = run(QStringList{u"cases"_s, u"--format"_s, u"json"_s} + extra);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (!r.is(0) || error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("%s\n(JSON: %s)", r.describe().constData(), qPrintable(error.errorString()));
        return {};
    }
    return doc.array();
}

QString TestCommandLine::head(const QString &db, const QString &ref) const
{
    const QJsonArray heads = showJson(db, ref).value(u"heads"_s).toArray();
    return heads.size() == 1 ? heads.first().toString() : QString();
}

void TestCommandLine::demoCreatesRefusesAndReplaces()
{
    const Run created = run({u"demo"_s, u"--db"_s, u"d.sqlite"_s});
    QVERIFY2(created.is(0), created.describe().constData());
    QVERIFY2(created.out.contains(u"15 cases added"_s), created.describe().constData());
    QVERIFY2(created.err.isEmpty(), created.describe().constData());
    QVERIFY(QFileInfo::exists(file(u"d.sqlite"_s)));

    // A change, so that --force visibly replaces the file.
    const Run noted = run({u"annotate"_s, u"--db"_s, u"d.sqlite"_s, u"CASE-2018-0013"_s, u"--text"_s, u"mine"_s});
    QVERIFY2(noted.is(0), noted.describe().constData());
    QCOMPARE(showJson(u"d.sqlite"_s, u"CASE-2018-0013"_s).value(u"history"_s).toArray().size(), 2);
    const QByteArray before = sha256Of(file(u"d.sqlite"_s));

    const Run again = run({u"demo"_s, u"--db"_s, u"d.sqlite"_s});
    QVERIFY2(again.is(1), again.describe().constData());
    QVERIFY2(again.errorSays(u"already exists"_s), again.describe().constData());
    QVERIFY2(again.out.isEmpty(), again.describe().constData());
    QCOMPARE(sha256Of(file(u"d.sqlite"_s)), before);

    const Run forced = run({u"demo"_s, u"--db"_s, u"d.sqlite"_s, u"--force"_s});
    QVERIFY2(forced.is(0), forced.describe().constData());
    QVERIFY2(forced.out.contains(u"15 cases added"_s), forced.describe().constData());
    QCOMPARE(showJson(u"d.sqlite"_s, u"CASE-2018-0013"_s).value(u"history"_s).toArray().size(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList({u"d.sqlite*"_s}, QDir::Files), QStringList{u"d.sqlite"_s});
}

void TestCommandLine::casesListsTheDemoInEveryFormat()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QStringList expected = demoRefs();

    // table
    const Run table = run({u"cases"_s, u"--db"_s, u"d.sqlite"_s});
    QVERIFY2(table.is(0), table.describe().constData());
    QVERIFY2(table.err.isEmpty(), table.describe().constData());
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 17, table.describe().constData()); // header, 15 cases, count
    QVERIFY(lines.first().startsWith(u"CASE"_s));
    QCOMPARE(lines.last(), u"15 cases"_s);
    QStringList tableRefs;
    for (const QString &line : lines.mid(1, 15))
        tableRefs << line.section(u' ', 0, 0);
    QCOMPARE(setOf(tableRefs), setOf(expected));

    // json: an array of 15 objects, each written with "ref" first
    const Run json = run({u"cases"_s, u"--db"_s, u"d.sqlite"_s, u"--format"_s, u"json"_s});
    QVERIFY2(json.is(0), json.describe().constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray cases = doc.array();
    QCOMPARE(cases.size(), 15);
    for (const QJsonValue &c : cases)
        QVERIFY(c.isObject());
    QCOMPARE(setOf(refsOf(cases)), setOf(expected));
    QCOMPARE(firstKeysOfArrayItems(json.out), QStringList(15, u"ref"_s));
    QCOMPARE(tableRefs, refsOf(cases)); // the same order in both formats

    // csv: a header row starting with ref, then 15 records with as many fields
    const Run csv = run({u"cases"_s, u"--db"_s, u"d.sqlite"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.is(0), csv.describe().constData());
    const auto records = test::parseCsv(csv.out, test::CsvLineEnds::CrlfOrLf);
    QVERIFY2(records.has_value(), "cases --format csv is not well-formed CSV");
    QCOMPARE(records->size(), 16);
    const QStringList header = records->first();
    QCOMPARE(header.first(), u"ref"_s);
    QVERIFY(header.contains(u"summary"_s));
    QVERIFY(header.contains(u"advertiser_name"_s));
    bool sawQuotedComma = false;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const QStringList &row = records->at(i);
        QCOMPARE(row.size(), header.size());
        // Every field matches the JSON output of the same case, commas and quotes included.
        const QJsonObject object = cases.at(i - 1).toObject();
        QCOMPARE(row.first(), object.value(u"ref"_s).toString());
        const QString summary = row.at(header.indexOf(u"summary"_s));
        QCOMPARE(summary, object.value(u"summary"_s).toString());
        QCOMPARE(row.at(header.indexOf(u"advertiser_name"_s)), object.value(u"advertiser_name"_s).toString());
        QCOMPARE(row.at(header.indexOf(u"state"_s)), object.value(u"state"_s).toString());
        sawQuotedComma = sawQuotedComma || summary.contains(u',');
    }
    QVERIFY2(sawQuotedComma, "the demo has summaries with commas; the CSV should carry them inside one field");
}

void TestCommandLine::casesFilters()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QJsonArray all = casesJson({u"--db"_s, u"d.sqlite"_s});
    QCOMPARE(all.size(), 15);

    const QJsonArray decided = casesJson({u"--db"_s, u"d.sqlite"_s, u"--state"_s, u"decided"_s});
    QVERIFY(!decided.isEmpty());
    qsizetype decidedInAll = 0;
    for (const QJsonValue &c : all)
        decidedInAll += c.toObject().value(u"state"_s).toString() == u"decided";
    QCOMPARE(decided.size(), decidedInAll);
    for (const QJsonValue &c : decided)
        QCOMPARE(c.toObject().value(u"state"_s).toString(), u"decided"_s);

    const QJsonArray conflict = casesJson({u"--db"_s, u"d.sqlite"_s, u"--state"_s, u"conflict"_s});
    QCOMPARE(refsOf(conflict), QStringList{u"CASE-2018-0006"_s});

    // The search covers advertiser names, summaries and evidence text: both Kaspersky Lab cases,
    // and the RT and Sputnik cases whose evidence is the article "Twitter Bans Ads From Russia's
    // Kaspersky Lab"; none of the cryptocurrency cases.
    const QJsonArray kaspersky = casesJson({u"--db"_s, u"d.sqlite"_s, u"--search"_s, u"kaspersky"_s});
    QCOMPARE(setOf(refsOf(kaspersky)),
             (QSet<QString>{u"CASE-2018-0001"_s, u"CASE-2018-0008"_s, u"CASE-2017-0001"_s, u"CASE-2017-0002"_s}));
    for (const QJsonValue &c : all) {
        const QJsonObject o = c.toObject();
        if (o.value(u"advertiser_name"_s).toString().contains(u"Kaspersky"_s) ||
            o.value(u"summary"_s).toString().contains(u"Kaspersky"_s, Qt::CaseInsensitive))
            QVERIFY2(refsOf(kaspersky).contains(o.value(u"ref"_s).toString()),
                     qPrintable(o.value(u"ref"_s).toString()));
    }
    for (const QString &ref : refsOf(kaspersky)) {
        const QJsonObject detail = showJson(u"d.sqlite"_s, ref);
        QVERIFY(!detail.isEmpty());
        const QString text = QString::fromUtf8(QJsonDocument(detail).toJson());
        QVERIFY2(text.contains(u"kaspersky"_s, Qt::CaseInsensitive), qPrintable(ref));
    }

    // No match: an empty list in every format.
    QCOMPARE(casesJson({u"--db"_s, u"d.sqlite"_s, u"--search"_s, u"zzzznothing"_s}).size(), 0);
    const Run none = run({u"cases"_s, u"--db"_s, u"d.sqlite"_s, u"--search"_s, u"zzzznothing"_s});
    QVERIFY2(none.is(0) && none.out.endsWith(u"\n0 cases\n"_s), none.describe().constData());

    // The table says how many matched.
    const Run table = run({u"cases"_s, u"--db"_s, u"d.sqlite"_s, u"--state"_s, u"conflict"_s});
    QVERIFY2(table.is(0), table.describe().constData());
    QVERIFY2(table.out.contains(u"CASE-2018-0006"_s) && table.out.endsWith(u"1 case\n"_s),
             table.describe().constData());
}

void TestCommandLine::casesRejectsBadOptions()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const Run state = run({u"cases"_s, u"--db"_s, u"d.sqlite"_s, u"--state"_s, u"nope"_s});
    QVERIFY2(state.is(2), state.describe().constData());
    QVERIFY2(state.errorSays(u"--state"_s) && state.errorSays(u"nope"_s), state.describe().constData());
    QVERIFY2(state.out.isEmpty(), state.describe().constData());

    const Run format = run({u"cases"_s, u"--db"_s, u"d.sqlite"_s, u"--format"_s, u"xml"_s});
    QVERIFY2(format.is(2), format.describe().constData());
    QVERIFY2(format.errorSays(u"--format"_s) && format.errorSays(u"xml"_s), format.describe().constData());
    QVERIFY2(format.out.isEmpty(), format.describe().constData());

    const Run option = run({u"cases"_s, u"--db"_s, u"d.sqlite"_s, u"--bogus"_s});
    QVERIFY2(option.is(2), option.describe().constData());
    QVERIFY2(option.errorSays(u"bogus"_s), option.describe().constData());
}

void TestCommandLine::showPrintsTheCaseEvidenceAndHistory()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QJsonObject c = showJson(u"d.sqlite"_s, u"CASE-2018-0001"_s);
    QVERIFY(!c.isEmpty());
    QCOMPARE(c.value(u"ref"_s).toString(), u"CASE-2018-0001"_s);
    QCOMPARE(c.value(u"advertiser_name"_s).toString(), u"Kaspersky Lab"_s);

    const QJsonArray evidence = c.value(u"evidence"_s).toArray();
    QCOMPARE(evidence.size(), c.value(u"evidence_count"_s).toInt());
    QVERIFY(evidence.size() >= 2);
    for (qsizetype i = 0; i < evidence.size(); ++i)
        QCOMPARE(evidence.at(i).toObject().value(u"ref"_s).toString(), u"EV-%1"_s.arg(i + 1));

    const QJsonArray history = c.value(u"history"_s).toArray();
    QVERIFY(history.size() >= 2);
    QCOMPARE(history.first().toObject().value(u"action"_s).toString(), u"flag"_s);
    QSet<QString> ids;
    for (const QJsonValue &e : history) {
        const QString id = e.toObject().value(u"id"_s).toString();
        QVERIFY2(isUuid(id), qPrintable(id));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), history.size());

    QVERIFY(c.contains(u"heads"_s));
    const QJsonArray heads = c.value(u"heads"_s).toArray();
    QCOMPARE(heads.size(), 1);
    QVERIFY(ids.contains(heads.first().toString()));

    const Run text = run({u"show"_s, u"--db"_s, u"d.sqlite"_s, u"CASE-2018-0001"_s});
    QVERIFY2(text.is(0), text.describe().constData());
    QVERIFY2(text.out.contains(u"Evidence"_s) && text.out.contains(u"History"_s), text.describe().constData());
    QVERIFY2(text.out.contains(u"CASE-2018-0001"_s) && text.out.contains(u"EV-1"_s), text.describe().constData());
    QVERIFY2(text.out.contains(heads.first().toString()), text.describe().constData());

    const Run missing = run({u"show"_s, u"--db"_s, u"d.sqlite"_s, u"CASE-2099-0099"_s});
    QVERIFY2(missing.is(1), missing.describe().constData());
    QVERIFY2(missing.errorSays(u"CASE-2099-0099"_s), missing.describe().constData());
    QVERIFY2(missing.out.isEmpty(), missing.describe().constData());

    const Run badFormat = run({u"show"_s, u"--db"_s, u"d.sqlite"_s, u"CASE-2018-0001"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(badFormat.is(2), badFormat.describe().constData());
}

void TestCommandLine::decideRecordsAndRefuses()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QString db = u"d.sqlite"_s;
    const QString seen = head(db, u"CASE-2018-0013"_s);
    QVERIFY(isUuid(seen));
    const QStringList ban = QStringList{u"decide"_s, u"--db"_s, db, u"CASE-2018-0013"_s, u"ban"_s} +
                            QStringList{u"--policy"_s, u"ADS-CRYPTO"_s, u"--rationale"_s, u"R"_s} +
                            QStringList{u"--evidence"_s, u"EV-1"_s, u"--expect"_s, seen};
    const Run decided = run(ban);
    QVERIFY2(decided.is(0), decided.describe().constData());
    QVERIFY2(isOneUuidLine(decided.out), decided.describe().constData());
    QVERIFY2(decided.err.isEmpty(), decided.describe().constData());
    const QString id = decided.out.trimmed();

    const QJsonObject c = showJson(db, u"CASE-2018-0013"_s);
    QCOMPARE(c.value(u"state"_s).toString(), u"decided"_s);
    QCOMPARE(c.value(u"outcome"_s).toString(), u"banned"_s);
    QCOMPARE(c.value(u"heads"_s).toArray(), QJsonArray{id});
    const QJsonObject last = c.value(u"history"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"id"_s).toString(), id);
    QCOMPARE(last.value(u"action"_s).toString(), u"ban"_s);
    QCOMPARE(last.value(u"policy"_s).toString(), u"ADS-CRYPTO"_s);
    QCOMPARE(last.value(u"rationale"_s).toString(), u"R"_s);
    QCOMPARE(last.value(u"evidence"_s).toArray(), QJsonArray{u"EV-1"_s});
    QCOMPARE(last.value(u"parents"_s).toArray(), QJsonArray{seen});
    const qsizetype eventsAfterBan = c.value(u"history"_s).toArray().size();

    // The same decision again, from the same (now stale) view of the case.
    const Run stale = run(ban);
    QVERIFY2(stale.is(1), stale.describe().constData());
    QVERIFY2(stale.errorSays(u"has changed"_s), stale.describe().constData());
    QVERIFY2(stale.out.isEmpty(), stale.describe().constData());
    QCOMPARE(showJson(db, u"CASE-2018-0013"_s).value(u"history"_s).toArray().size(), eventsAfterBan);

    // Refusals on an open case; none of them writes anything.
    const QString openCase = u"CASE-2018-0012"_s;
    const qsizetype eventsBefore = showJson(db, openCase).value(u"history"_s).toArray().size();
    QVERIFY(eventsBefore > 0);
    struct Refusal {
        QStringList args;
        int code;
        QString says;
    };
    const QList<Refusal> refusals{
        {{u"ban"_s, u"--policy"_s, u"ADS-CRYPTO"_s, u"--rationale"_s, u"R"_s}, 1, u"evidence"_s},
        {{u"ban"_s, u"--rationale"_s, u"R"_s, u"--evidence"_s, u"EV-1"_s}, 2, u"--policy"_s},
        {{u"ban"_s, u"--policy"_s, u"ADS-NOPE"_s, u"--rationale"_s, u"R"_s, u"--evidence"_s, u"EV-1"_s},
         1,
         u"unknown policy ADS-NOPE"_s},
        {{u"ban"_s, u"--policy"_s, u"ADS-CRYPTO"_s, u"--rationale"_s, u"R"_s, u"--evidence"_s, u"EV-99"_s},
         1,
         u"EV-99"_s},
        {{u"reinstate"_s, u"--rationale"_s, u"R"_s}, 1, u"reinstated"_s},
        {{u"clear"_s}, 2, u"--rationale"_s},
        {{u"obliterate"_s, u"--rationale"_s, u"R"_s}, 2, u"obliterate"_s},
        {{u"clear"_s, u"--rationale"_s, u"R"_s, u"--expect"_s, u"01a00000-0000-7000-8000-000000000000"_s},
         1,
         u"01a00000-0000-7000-8000-000000000000"_s},
    };
    for (const Refusal &refusal : refusals) {
        const Run r = run(QStringList{u"decide"_s, u"--db"_s, db, openCase} + refusal.args);
        QVERIFY2(r.is(refusal.code), r.describe().constData());
        QVERIFY2(r.errorSays(refusal.says), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
    }
    const QJsonObject after = showJson(db, openCase);
    QCOMPARE(after.value(u"history"_s).toArray().size(), eventsBefore);
    QCOMPARE(after.value(u"state"_s).toString(), u"open"_s);

    const Run unknownCase =
        run({u"decide"_s, u"--db"_s, db, u"CASE-2099-0001"_s, u"clear"_s, u"--rationale"_s, u"R"_s});
    QVERIFY2(unknownCase.is(1), unknownCase.describe().constData());
    QVERIFY2(unknownCase.errorSays(u"CASE-2099-0001"_s), unknownCase.describe().constData());

    // A case in conflict takes no decision until a lead resolves it.
    const Run inConflict = run({u"decide"_s, u"--db"_s, db, u"CASE-2018-0006"_s, u"clear"_s, u"--rationale"_s, u"R"_s});
    QVERIFY2(inConflict.is(1), inConflict.describe().constData());
    QVERIFY2(inConflict.errorSays(u"conflict"_s), inConflict.describe().constData());

    const Run verified = run({u"verify"_s, u"--db"_s, db});
    QVERIFY2(verified.is(0), verified.describe().constData());
}

// A ban's statement of reasons starts from the policy's defaults; the options change it; it is
// part of the event, checked by the review rules.
// A policy's defaults and redress, set on the command line, are what the next ban's statement
// starts from and what its statement of reasons offers.
void TestCommandLine::policySetsWhatABansStatementStartsFrom()
{
    QVERIFY(makeDemo(u"p.sqlite"_s));
    const QString db = u"p.sqlite"_s;
    const Run set = run({u"policy"_s, u"--db"_s, db, u"ADS-CRYPTO"_s, u"--category"_s, u"scams_and_fraud"_s,
                         u"--restrict"_s, u"account:terminated"_s, u"--redress"_s, u"Write to appeals@example.com"_s});
    QVERIFY2(set.is(0), set.describe().constData());
    QVERIFY2(set.out.contains(u"Category:     Scams and fraud"_s), set.describe().constData());
    QVERIFY2(set.out.contains(u"Restrictions: Account terminated"_s), set.describe().constData());
    QVERIFY2(set.out.contains(u"Redress:      Write to appeals@example.com"_s), set.describe().constData());
    // The database's redress applies where a policy has none of its own.
    const Run global = run({u"policy"_s, u"--db"_s, db, u"--redress"_s, u"Appeals: help centre"_s});
    QVERIFY2(global.is(0), global.describe().constData());
    QVERIFY2(global.out.contains(u"ADS-NATSEC"_s) && global.out.contains(u"Redress:      Appeals: help centre"_s),
             global.describe().constData());
    QVERIFY2(global.out.contains(u"Redress:      Write to appeals@example.com"_s), global.describe().constData());

    // Refused, nothing changed: an end date, a decision's own option, an unknown policy or value.
    const struct {
        QStringList args;
        int code;
        QString says;
    } refusals[] = {
        {{u"ADS-CRYPTO"_s, u"--restrict"_s, u"account:suspended:2037-01-01"_s}, 1, u"no end date"_s},
        {{u"ADS-CRYPTO"_s, u"--review-by"_s, u"2037-01-01"_s}, 2, u"belongs to a decision"_s},
        {{u"ADS-NOPE"_s, u"--category"_s, u"scams_and_fraud"_s}, 1, u"no policy ADS-NOPE"_s},
        {{u"ADS-CRYPTO"_s, u"--category"_s, u"spam"_s}, 1, u"--category spam"_s},
        {{u"--ground"_s, u"illegal"_s}, 2, u"name the policy"_s},
    };
    for (const auto &r : refusals) {
        const Run refused = run(QStringList{u"policy"_s, u"--db"_s, db} + r.args);
        QVERIFY2(refused.is(r.code), refused.describe().constData());
        QVERIFY2(refused.errorSays(r.says), refused.describe().constData());
    }

    const Run decided = run({u"decide"_s, u"--db"_s, db, u"CASE-2018-0013"_s, u"ban"_s, u"--policy"_s, u"ADS-CRYPTO"_s,
                             u"--rationale"_s, u"R"_s, u"--evidence"_s, u"EV-1"_s});
    QVERIFY2(decided.is(0), decided.describe().constData());
    auto recorded = dsa::Decision::fromText(
        sql(file(db), {u"SELECT statement FROM events WHERE uuid = '%1'"_s.arg(decided.out.trimmed())}).toString());
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->category, u"STATEMENT_CATEGORY_SCAMS_AND_FRAUD"_s);
    QCOMPARE(recorded->account, u"DECISION_ACCOUNT_TERMINATED"_s);
    QVERIFY(recorded->visibility.isEmpty()); // --restrict replaced the policy's restrictions
}

void TestCommandLine::decideRecordsAStatementOfReasons()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QString db = u"d.sqlite"_s;
    const auto statementOf = [&](const QString &id) {
        return sql(file(db), {u"SELECT statement FROM events WHERE uuid = '%1'"_s.arg(id)}).toString();
    };
    const QStringList ban = QStringList{u"decide"_s, u"--db"_s, db, u"CASE-2018-0013"_s, u"ban"_s} +
                            QStringList{u"--policy"_s, u"ADS-CRYPTO"_s, u"--rationale"_s, u"R"_s} +
                            QStringList{u"--evidence"_s, u"EV-1"_s};
    const QString caseEvents = u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id "
                               u"WHERE c.ref = 'CASE-2018-0013'"_s;
    const qint64 before = sql(file(db), {caseEvents}).toLongLong();
    QVERIFY(before > 0);

    // Refused before anything is written: a category the DSA lacks, an end before the decision,
    // a restriction of no known kind, a statement on an escalation.
    const struct {
        QStringList args;
        int code;
        QString says;
    } refusals[] = {
        {{u"--category"_s, u"spam"_s}, 1, u"--category spam"_s},
        {{u"--restrict"_s, u"account:suspended:2001-01-01"_s}, 1, u"is not after the decision"_s},
        {{u"--restrict"_s, u"reach:demoted"_s}, 1, u"visibility, monetary, service or account"_s},
        {{u"--review-by"_s, u"next week"_s}, 1, u"YYYY-MM-DD"_s},
        {{u"--territory"_s, u"CH"_s}, 1, u"territories"_s},
        {{u"--no-statement"_s, u"--ground"_s, u"illegal"_s}, 2, u"exclude each other"_s},
    };
    for (const auto &r : refusals) {
        const Run refused = run(ban + r.args);
        QVERIFY2(refused.is(r.code), refused.describe().constData());
        QVERIFY2(refused.errorSays(r.says), refused.describe().constData());
    }
    const Run escalated =
        run({u"decide"_s, u"--db"_s, db, u"CASE-2018-0013"_s, u"escalate"_s, u"--ground"_s, u"illegal"_s});
    QVERIFY2(escalated.is(2), escalated.describe().constData());
    QCOMPARE(sql(file(db), {caseEvents}).toLongLong(), before);

    const Run decided = run(ban + QStringList{u"--ground"_s,       u"illegal"_s,
                                              u"--legal-ground"_s, u"Regulation (EU) 2023/1114 (MiCA)"_s,
                                              u"--explanation"_s,  u"Unauthorised offer of crypto-assets."_s,
                                              u"--category"_s,     u"scams_and_fraud"_s,
                                              u"--content-type"_s, u"text,video"_s,
                                              u"--restrict"_s,     u"account:suspended:2037-06-30"_s,
                                              u"--restrict"_s,     u"monetary:suspension"_s,
                                              u"--territory"_s,    u"de"_s,
                                              u"--territory"_s,    u"MT"_s,
                                              u"--review-by"_s,    u"2037-03-01"_s});
    QVERIFY2(decided.is(0), decided.describe().constData());
    QVERIFY2(decided.err.isEmpty(), decided.describe().constData());
    auto recorded = dsa::Decision::fromText(statementOf(decided.out.trimmed()));
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->ground, u"DECISION_GROUND_ILLEGAL_CONTENT"_s);
    QCOMPARE(recorded->groundText, u"Regulation (EU) 2023/1114 (MiCA)"_s);
    QCOMPARE(recorded->category, u"STATEMENT_CATEGORY_SCAMS_AND_FRAUD"_s);
    QCOMPARE(recorded->contentTypes, (QStringList{u"CONTENT_TYPE_TEXT"_s, u"CONTENT_TYPE_VIDEO"_s}));
    QCOMPARE(recorded->account, u"DECISION_ACCOUNT_SUSPENDED"_s);
    QCOMPARE(recorded->endAccount, QDate(2037, 6, 30));
    QCOMPARE(recorded->monetary, u"DECISION_MONETARY_SUSPENSION"_s);
    QVERIFY(!recorded->endMonetary.isValid());
    QVERIFY(recorded->visibility.isEmpty()); // --restrict replaces the policy's restrictions
    QCOMPARE(recorded->territories, (QStringList{u"DE"_s, u"MT"_s}));
    QCOMPARE(recorded->reviewBy, QDate(2037, 3, 1));
    QVERIFY(recorded->publicFacts.contains(u"cryptocurrency"_s)); // the policy's, not the rationale
    QVERIFY(recorded->missing().isEmpty());

    // The policy's defaults alone; a statement left incomplete is recorded, with a note.
    const QStringList plain = QStringList{u"decide"_s, u"--db"_s, db, u"CASE-2018-0012"_s, u"ban"_s} +
                              QStringList{u"--policy"_s, u"ADS-CRYPTO"_s, u"--rationale"_s, u"R"_s} +
                              QStringList{u"--evidence"_s, u"EV-1"_s, u"--public-facts"_s, QString()};
    const Run incomplete = run(plain);
    QVERIFY2(incomplete.is(0), incomplete.describe().constData());
    QVERIFY2(incomplete.err.contains(u"lacks decision_facts"_s), incomplete.describe().constData());
    auto defaults = dsa::Decision::fromText(statementOf(incomplete.out.trimmed()));
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->category, u"STATEMENT_CATEGORY_CONSUMER_INFORMATION"_s);
    QCOMPARE(defaults->visibility, QStringList{u"DECISION_VISIBILITY_CONTENT_REMOVED"_s});

    // Another ground than the policy's leaves out the policy's texts for its own ground.
    const Run otherGround =
        run({u"decide"_s, u"--db"_s, db, u"CASE-2018-0011"_s, u"ban"_s, u"--policy"_s, u"ADS-CRYPTO"_s,
             u"--rationale"_s, u"R"_s, u"--evidence"_s, u"EV-1"_s, u"--ground"_s, u"illegal"_s});
    QVERIFY2(otherGround.is(0), otherGround.describe().constData());
    auto illegal = dsa::Decision::fromText(statementOf(otherGround.out.trimmed()));
    QVERIFY(illegal.ok());
    QCOMPARE(illegal->ground, u"DECISION_GROUND_ILLEGAL_CONTENT"_s);
    QVERIFY(illegal->groundText.isEmpty() && illegal->explanation.isEmpty());
    QVERIFY2(otherGround.err.contains(u"illegal_content_legal_ground, illegal_content_explanation"_s),
             otherGround.describe().constData());

    // --no-statement records none; a clear records none.
    const Run none = run({u"decide"_s, u"--db"_s, db, u"CASE-2018-0012"_s, u"reinstate"_s, u"--rationale"_s,
                          u"appeal upheld"_s, u"--no-statement"_s});
    QVERIFY2(none.is(0), none.describe().constData());
    QCOMPARE(statementOf(none.out.trimmed()), QString());

    const Run verified = run({u"verify"_s, u"--db"_s, db});
    QVERIFY2(verified.is(0), verified.describe().constData());
}

// A ban decided on the command line with a complete statement, one without: the export lists the
// incomplete one and writes nothing, then with --skip-incomplete writes files the Transparency
// Database takes, and a second export skips what the first wrote.
void TestCommandLine::reportWritesStatementsForTheTransparencyDatabase()
{
    const QString db = file(u"dsa.sqlite"_s);
    QVERIFY(makeDemo(db));
    const QStringList ban = {u"ban"_s, u"--policy"_s,   u"ADS-CRYPTO"_s, u"--rationale"_s,
                             u"R"_s,   u"--evidence"_s, u"EV-1"_s};
    const Run complete = run(QStringList{u"decide"_s, u"--db"_s, db, u"CASE-2018-0013"_s} + ban +
                             QStringList{u"--restrict"_s, u"account:suspended:2037-06-30"_s});
    QVERIFY2(complete.is(0), complete.describe().constData());
    const Run bare =
        run(QStringList{u"decide"_s, u"--db"_s, db, u"CASE-2018-0012"_s} + ban + QStringList{u"--no-statement"_s});
    QVERIFY2(bare.is(0), bare.describe().constData());

    const QString out = file(u"dsa-out"_s);
    const QStringList report = {u"report"_s, u"--db"_s, db, u"--format"_s, u"dsa"_s, u"-o"_s, out};
    const Run refused = run(report);
    QVERIFY2(refused.is(1), refused.describe().constData());
    QVERIFY2(refused.err.contains(u"incomplete: CASE-2018-0012"_s) && refused.err.contains(bare.out.trimmed()) &&
                 refused.err.contains(u"nothing was written"_s),
             refused.describe().constData());
    QVERIFY2(refused.err.contains(u"not submittable: CASE-2018-0001 (Kaspersky Lab)"_s) &&
                 refused.err.contains(u"disputed: CASE-2018-0006"_s),
             refused.describe().constData());
    QVERIFY(!QFileInfo::exists(out));

    const Run written = run(report + QStringList{u"--skip-incomplete"_s});
    QVERIFY2(written.is(0), written.describe().constData());
    QVERIFY2(written.out.contains(u"wrote 1 statement in 1 file"_s) && written.out.contains(u"left out 1 incomplete"_s),
             written.describe().constData());
    QFile f(QDir(out).filePath(u"statements-0001.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject body = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY2(dsa::checkSubmission(body).isEmpty(), qPrintable(dsa::describe(dsa::checkSubmission(body))));
    const QJsonObject statement = body.value(u"statements"_s).toArray().first().toObject();
    QCOMPARE(statement.value(u"puid"_s).toString(), complete.out.trimmed());
    QCOMPARE(statement.value(u"end_date_account_restriction"_s).toString(), u"2037-06-30"_s);

    const Run again = run(report + QStringList{u"--skip-incomplete"_s, u"-o"_s, file(u"dsa-again"_s)});
    QVERIFY2(again.is(0) && again.out.contains(u"left out 1 written by an earlier export"_s),
             again.describe().constData());
    QVERIFY(!QFileInfo::exists(file(u"dsa-again"_s)));

    const Run notEmpty = run(report + QStringList{u"--skip-incomplete"_s, u"--include-exported"_s});
    QVERIFY2(notEmpty.is(2) && notEmpty.errorSays(u"is not empty"_s), notEmpty.describe().constData());
    const Run wrongFormat = run({u"report"_s, u"--db"_s, db, u"-o"_s, file(u"r.csv"_s), u"--skip-incomplete"_s});
    QVERIFY2(wrongFormat.is(2) && wrongFormat.errorSays(u"--format dsa"_s), wrongFormat.describe().constData());
}

void TestCommandLine::annotateAndAssignPrintEventIds()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QString db = u"d.sqlite"_s;
    const QString ref = u"CASE-2018-0012"_s;

    const Run noted = run({u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"Looked at it, with care."_s});
    QVERIFY2(noted.is(0), noted.describe().constData());
    QVERIFY2(isOneUuidLine(noted.out), noted.describe().constData());
    QJsonObject last = showJson(db, ref).value(u"history"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"id"_s).toString(), noted.out.trimmed());
    QCOMPARE(last.value(u"action"_s).toString(), u"annotate"_s);
    QCOMPARE(last.value(u"rationale"_s).toString(), u"Looked at it, with care."_s);

    const Run assigned = run({u"assign"_s, u"--db"_s, db, ref});
    QVERIFY2(assigned.is(0), assigned.describe().constData());
    QVERIFY2(isOneUuidLine(assigned.out), assigned.describe().constData());
    QVERIFY(assigned.out != noted.out);
    const QJsonObject c = showJson(db, ref);
    last = c.value(u"history"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"id"_s).toString(), assigned.out.trimmed());
    QCOMPARE(last.value(u"action"_s).toString(), u"assign"_s);
    QCOMPARE(last.value(u"assignee"_s).toString(), u"env.reviewer"_s); // yourself by default
    QCOMPARE(c.value(u"assignee"_s).toString(), u"env.reviewer"_s);

    const Run other = run({u"assign"_s, u"--db"_s, db, u"CASE-2018-0013"_s, u"--to"_s, u"grace.okafor"_s});
    QVERIFY2(other.is(0), other.describe().constData());
    QVERIFY2(isOneUuidLine(other.out), other.describe().constData());
    QCOMPARE(showJson(db, u"CASE-2018-0013"_s).value(u"assignee"_s).toString(), u"grace.okafor"_s);

    const Run noText = run({u"annotate"_s, u"--db"_s, db, ref});
    QVERIFY2(noText.is(2), noText.describe().constData());
    QVERIFY2(noText.errorSays(u"--text"_s), noText.describe().constData());
    const Run emptyText = run({u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"  "_s});
    QVERIFY2(emptyText.is(1), emptyText.describe().constData());
}

void TestCommandLine::verifyNamesTamperedEvents()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    QVERIFY(QFile::copy(file(u"d.sqlite"_s), file(u"edited.sqlite"_s)));
    QVERIFY(QFile::copy(file(u"d.sqlite"_s), file(u"deleted.sqlite"_s)));

    const Run ok = run({u"verify"_s, u"--db"_s, u"d.sqlite"_s});
    QVERIFY2(ok.is(0), ok.describe().constData());
    QVERIFY2(ok.out.startsWith(u"ok"_s), ok.describe().constData());
    QVERIFY2(ok.err.isEmpty(), ok.describe().constData());

    // An edited rationale, as someone with the sqlite3 shell might do it.
    bool done = false;
    const QString edited = sql(file(u"edited.sqlite"_s),
                               {u"SELECT uuid FROM events WHERE action = 'annotate' ORDER BY id LIMIT 1"_s}, &done)
                               .toString();
    QVERIFY(done && isUuid(edited));
    sql(file(u"edited.sqlite"_s),
        {u"UPDATE events SET rationale = rationale || ' (edited)' WHERE uuid = '%1'"_s.arg(edited)}, &done);
    QVERIFY(done);
    const Run afterEdit = run({u"verify"_s, u"--db"_s, u"edited.sqlite"_s});
    QVERIFY2(afterEdit.is(1), afterEdit.describe().constData());
    QVERIFY2(afterEdit.all().contains(edited), afterEdit.describe().constData());
    QVERIFY2(afterEdit.firstErrorLine().startsWith(errorPrefix), afterEdit.describe().constData());
    QVERIFY2(!afterEdit.out.startsWith(u"ok"_s), afterEdit.describe().constData());

    // A deleted event, with a later event on its case that names it as a parent.
    const QString deleted = sql(file(u"deleted.sqlite"_s),
                                {u"SELECT uuid FROM events WHERE action = 'assign' ORDER BY id LIMIT 1"_s}, &done)
                                .toString();
    QVERIFY(done && isUuid(deleted));
    sql(file(u"deleted.sqlite"_s),
        {u"DELETE FROM event_evidence WHERE event_id = (SELECT id FROM events WHERE uuid = '%1')"_s.arg(deleted),
         u"DELETE FROM events WHERE uuid = '%1'"_s.arg(deleted)},
        &done);
    QVERIFY(done);
    QCOMPARE(count(file(u"deleted.sqlite"_s), u"events"_s), count(file(u"d.sqlite"_s), u"events"_s) - 1);
    const Run afterDelete = run({u"verify"_s, u"--db"_s, u"deleted.sqlite"_s});
    QVERIFY2(afterDelete.is(1), afterDelete.describe().constData());
    QVERIFY2(afterDelete.firstErrorLine().startsWith(errorPrefix), afterDelete.describe().constData());
    QVERIFY2(afterDelete.all().contains(deleted), afterDelete.describe().constData());
}

void TestCommandLine::unusableDatabasesExitThreeAndStayUntouched()
{
    const Run missing = run({u"cases"_s, u"--db"_s, u"missing.sqlite"_s});
    QVERIFY2(missing.is(3), missing.describe().constData());
    QVERIFY2(missing.errorSays(u"missing.sqlite"_s), missing.describe().constData());
    QVERIFY(!QFileInfo::exists(file(u"missing.sqlite"_s)));

    const QByteArray text = "This is a shopping list, not a database.\nmilk, eggs, bread\n";
    QVERIFY(writeFile(file(u"x.sqlite"_s), text));
    for (const QStringList &args :
         {QStringList{u"cases"_s, u"--db"_s, u"x.sqlite"_s}, QStringList{u"verify"_s, u"--db"_s, u"x.sqlite"_s},
          QStringList{u"annotate"_s, u"--db"_s, u"x.sqlite"_s, u"CASE-1"_s, u"--text"_s, u"t"_s},
          QStringList{u"import"_s, u"--db"_s, u"x.sqlite"_s, u"none.json"_s}}) {
        const Run r = run(args);
        QVERIFY2(r.is(3), r.describe().constData());
        QVERIFY2(r.errorSays(u"x.sqlite"_s), r.describe().constData());
        QCOMPARE(bytesOf(file(u"x.sqlite"_s)), text);
    }

    QVERIFY(writeFile(file(u"empty.sqlite"_s), QByteArray()));
    const Run empty = run({u"cases"_s, u"--db"_s, u"empty.sqlite"_s});
    QVERIFY2(empty.is(3), empty.describe().constData());
    QVERIFY2(empty.errorSays(u"empty"_s), empty.describe().constData());
    QCOMPARE(QFileInfo(file(u"empty.sqlite"_s)).size(), 0);

    // The SQLite header, then garbage: SQLite itself has to find out.
    QByteArray damaged("SQLite format 3\0", 16);
    for (int i = 0; i < 8192; ++i)
        damaged.append(char((i * 7919 + 13) % 251));
    QVERIFY(writeFile(file(u"damaged.sqlite"_s), damaged));
    const Run corrupt = run({u"cases"_s, u"--db"_s, u"damaged.sqlite"_s});
    QVERIFY2(corrupt.is(3), corrupt.describe().constData());
    QVERIFY2(corrupt.errorSays(u"damaged.sqlite"_s), corrupt.describe().constData());
    QCOMPARE(bytesOf(file(u"damaged.sqlite"_s)), damaged);

    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.sqlite"_s));
    const Run folder = run({u"cases"_s, u"--db"_s, u"folder.sqlite"_s});
    QVERIFY2(folder.is(3), folder.describe().constData());

    // Nothing left behind: no journals next to the refused files.
    const QStringList left = QDir(m_dir->path()).entryList({u"*.sqlite*"_s}, QDir::Files | QDir::Dirs);
    QCOMPARE(setOf(left), (QSet<QString>{u"x.sqlite"_s, u"empty.sqlite"_s, u"damaged.sqlite"_s, u"folder.sqlite"_s}));
}

void TestCommandLine::newerSchemaIsRefusedAndLeftAlone()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    bool done = false;
    sql(file(u"d.sqlite"_s), {u"PRAGMA user_version = 999"_s}, &done);
    QVERIFY(done);
    QCOMPARE(sql(file(u"d.sqlite"_s), {u"PRAGMA user_version"_s}).toInt(), 999);
    const QByteArray before = sha256Of(file(u"d.sqlite"_s));
    QVERIFY(!before.isEmpty());

    for (const QStringList &args :
         {QStringList{u"cases"_s, u"--db"_s, u"d.sqlite"_s}, QStringList{u"verify"_s, u"--db"_s, u"d.sqlite"_s},
          QStringList{u"decide"_s, u"--db"_s, u"d.sqlite"_s, u"CASE-2018-0012"_s, u"clear"_s, u"--rationale"_s,
                      u"R"_s}}) {
        const Run r = run(args);
        QVERIFY2(r.is(3), r.describe().constData());
        QVERIFY2(r.errorSays(u"newer"_s), r.describe().constData());
        QVERIFY2(r.errorSays(u"d.sqlite"_s), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QCOMPARE(sha256Of(file(u"d.sqlite"_s)), before);
    }
    QCOMPARE(QDir(m_dir->path()).entryList({u"d.sqlite*"_s}, QDir::Files), QStringList{u"d.sqlite"_s});
}

void TestCommandLine::readOnlyDatabaseIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("running as root, which ignores file permissions");
    QVERIFY(QDir(m_dir->path()).mkdir(u"ro"_s));
    const QString db = file(u"ro/d.sqlite"_s);
    QVERIFY(makeDemo(db));
    const QByteArray before = sha256Of(db);
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto listable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(db, readable));
    QVERIFY(QFile::setPermissions(file(u"ro"_s), listable));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(file(u"ro"_s), listable | QFile::WriteOwner);
        QFile::setPermissions(db, readable | QFile::WriteOwner);
    });

    const Run r = run({u"decide"_s, u"--db"_s, db, u"CASE-2018-0012"_s, u"clear"_s, u"--rationale"_s, u"R"_s});
    QVERIFY2(r.is(3), r.describe().constData());
    QVERIFY2(r.errorSays(u"read-only"_s), r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    QCOMPARE(sha256Of(db), before);
}

void TestCommandLine::importIsAllOrNothing()
{
    QVERIFY(writeFile(file(u"small.json"_s), QJsonDocument(smallImport()).toJson()));
    const Run imported = run({u"import"_s, u"--db"_s, u"new.sqlite"_s, u"small.json"_s});
    QVERIFY2(imported.is(0), imported.describe().constData());
    QVERIFY2(imported.out.contains(u"1 cases added"_s), imported.describe().constData());
    QCOMPARE(count(file(u"new.sqlite"_s), u"cases"_s), 1);

    // The imported case, its quotes and commas surviving CSV.
    const Run csv = run({u"cases"_s, u"--db"_s, u"new.sqlite"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.is(0), csv.describe().constData());
    const auto records = test::parseCsv(csv.out, test::CsvLineEnds::CrlfOrLf);
    QVERIFY2(records.has_value(), csv.describe().constData());
    QCOMPARE(records->size(), 2);
    const QStringList header = records->first();
    const QStringList row = records->last();
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row.first(), u"CASE-2020-0001"_s);
    QCOMPARE(row.at(header.indexOf(u"advertiser_name"_s)), u"Acme \"Best\" Ads, Inc."_s);
    QCOMPARE(row.at(header.indexOf(u"summary"_s)), u"Acme sells tokens, \"apparently\", to everyone"_s);
    QCOMPARE(row.at(header.indexOf(u"evidence_count"_s)), u"1"_s);

    // The same file again changes nothing.
    const Run again = run({u"import"_s, u"--db"_s, u"new.sqlite"_s, u"small.json"_s});
    QVERIFY2(again.is(0), again.describe().constData());
    QCOMPARE(count(file(u"new.sqlite"_s), u"cases"_s), 1);
    QCOMPARE(count(file(u"new.sqlite"_s), u"events"_s), 1);

    // A file with a valid advertiser and a faulty case writes neither.
    QVERIFY(writeFile(file(u"bad.json"_s), QJsonDocument(faultyImport()).toJson()));
    const Run rejected = run({u"import"_s, u"--db"_s, u"fresh.sqlite"_s, u"bad.json"_s});
    QVERIFY2(rejected.is(1), rejected.describe().constData());
    QVERIFY2(rejected.errorSays(u"bad.json"_s), rejected.describe().constData());
    QVERIFY2(rejected.err.contains(u"cases[0].priority"_s), rejected.describe().constData());
    QVERIFY2(rejected.err.contains(u"cases[0].evidence[0].reliability"_s), rejected.describe().constData());
    if (QFileInfo::exists(file(u"fresh.sqlite"_s))) {
        for (const QString &table : {u"advertisers"_s, u"cases"_s, u"evidence"_s, u"events"_s})
            QCOMPARE(count(file(u"fresh.sqlite"_s), table), 0);
    }

    // ...nor into a database that has data: every table keeps its rows.
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QStringList tables{u"advertisers"_s, u"cases"_s, u"evidence"_s, u"events"_s, u"event_evidence"_s};
    QList<qint64> before;
    for (const QString &table : tables)
        before << count(file(u"d.sqlite"_s), table);
    const Run rejectedToo = run({u"import"_s, u"--db"_s, u"d.sqlite"_s, u"bad.json"_s});
    QVERIFY2(rejectedToo.is(1), rejectedToo.describe().constData());
    QVERIFY2(rejectedToo.err.contains(u"cases[0].priority"_s), rejectedToo.describe().constData());
    for (qsizetype i = 0; i < tables.size(); ++i)
        QCOMPARE(count(file(u"d.sqlite"_s), tables[i]), before[i]);

    // Broken JSON names its line.
    QVERIFY(writeFile(file(u"broken.json"_s), "{\"format\": \"adreview-cases\",\n \"version\": 1,\n \"cases\": [\n"));
    const Run broken = run({u"import"_s, u"--db"_s, u"d.sqlite"_s, u"broken.json"_s});
    QVERIFY2(broken.is(1), broken.describe().constData());
    QVERIFY2(broken.errorSays(u"broken.json"_s) && broken.errorSays(u"line 4"_s), broken.describe().constData());

    const Run none = run({u"import"_s, u"--db"_s, u"d.sqlite"_s, u"nowhere.json"_s});
    QVERIFY2(none.is(1), none.describe().constData());
    QVERIFY2(none.errorSays(u"nowhere.json"_s), none.describe().constData());

    // CSV files: advertisers, then their cases, in one command; a bad row is named by its line.
    const QByteArray casesHeader = "ref,advertiser,policy,summary,priority,source,opened,due\n";
    QVERIFY(writeFile(file(u"a.csv"_s), "ref,name,country\nacme-csv,Acme CSV,US\n"));
    QVERIFY(writeFile(file(u"c.csv"_s), casesHeader + "CASE-2020-0900,acme-csv,ADS-CRYPTO,\"Two\nlines\",low,"
                                                      "press,2020-01-05T09:00:00Z,2020-01-12T09:00:00Z\n"));
    const Run csvImport = run({u"import"_s, u"--db"_s, u"csv.sqlite"_s, u"a.csv"_s, u"c.csv"_s});
    QVERIFY2(csvImport.is(0), csvImport.describe().constData());
    QVERIFY2(csvImport.out.contains(u"1 cases added"_s), csvImport.describe().constData());
    QCOMPARE(count(file(u"csv.sqlite"_s), u"cases"_s), 1);
    QVERIFY(writeFile(file(u"bad.csv"_s), casesHeader + "CASE-2020-0901,acme-csv,ADS-CRYPTO,\"Two\nlines\",low,"
                                                        "press,2020-01-05T09:00:00Z,2020-01-12T09:00:00Z\n"
                                                        "CASE-2020-0902,acme-csv,ADS-CRYPTO,Bad.,soon,press,"
                                                        "2020-01-05T09:00:00Z,2020-01-12T09:00:00Z\n"));
    const Run badCsv = run({u"import"_s, u"--db"_s, u"csv.sqlite"_s, u"bad.csv"_s});
    QVERIFY2(badCsv.is(1), badCsv.describe().constData());
    QVERIFY2(badCsv.errorSays(u"bad.csv: 1 fault"_s), badCsv.describe().constData());
    QVERIFY2(badCsv.err.contains(u"bad.csv:4: column \"priority\": 'soon' is not one of"_s),
             badCsv.describe().constData());
    QCOMPARE(count(file(u"csv.sqlite"_s), u"cases"_s), 1);
}

// A pipe is not a terminal: without ADREVIEW_PROGRESS=always the long commands add nothing to
// stderr, with it they print their progress line, and --quiet silences it either way.
void TestCommandLine::longCommandsShowProgressOnlyWhenAsked()
{
    const QString cases = file(u"cases.json"_s);
    {
        QFile f(cases);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::caseFile(test::manyCases(3000), 3000));
    }
    QProcessEnvironment always = environment();
    always.insert(u"ADREVIEW_PROGRESS"_s, u"always"_s);
    // "412,000 of 1,000,000 records (41%), 52,300/s"
    const QRegularExpression counted(u"[0-9][0-9,]* of [0-9][0-9,]*( [a-z]+)? \\([0-9]+%\\), [0-9][0-9,]*/s"_s);

    const Run shown = run({u"import"_s, u"--db"_s, u"p1.sqlite"_s, cases}, always);
    QVERIFY2(shown.is(0), shown.describe().constData());
    QVERIFY2(shown.err.contains(u"\rimporting cases.json: "_s), shown.describe().constData());
    // The file's bytes as it is read, then the advertisers and cases as they are written.
    QVERIFY2(shown.err.contains(u" MB (100%)"_s), shown.describe().constData());
    QVERIFY2(shown.err.contains(u"6,000 of 6,000 records (100%)"_s), shown.describe().constData());
    QVERIFY2(counted.match(shown.err).hasMatch(), shown.describe().constData());
    QVERIFY2(!shown.err.contains(errorPrefix), shown.describe().constData());
    // The line is blanked at the end, so what follows starts at the left.
    QVERIFY2(shown.err.endsWith(u'\r'), shown.describe().constData());

    const Run piped = run({u"import"_s, u"--db"_s, u"p2.sqlite"_s, cases});
    QVERIFY2(piped.is(0), piped.describe().constData());
    QVERIFY2(piped.err.isEmpty(), piped.describe().constData());
    const Run quiet = run({u"import"_s, u"--db"_s, u"p3.sqlite"_s, u"--quiet"_s, cases}, always);
    QVERIFY2(quiet.is(0), quiet.describe().constData());
    QVERIFY2(quiet.err.isEmpty(), quiet.describe().constData());

    const Run generated = run({u"generate"_s, u"--db"_s, u"g.sqlite"_s, u"--cases"_s, u"3000"_s, u"--quiet"_s});
    QVERIFY2(generated.is(0), generated.describe().constData());
    const Run verified = run({u"verify"_s, u"--db"_s, u"g.sqlite"_s}, always);
    QVERIFY2(verified.is(0), verified.describe().constData());
    QVERIFY2(verified.err.contains(u"\rverifying g.sqlite: "_s), verified.describe().constData());
    QVERIFY2(counted.match(verified.err).hasMatch(), verified.describe().constData());
    QVERIFY2(verified.err.contains(u"(100%)"_s), verified.describe().constData());
    for (const QProcessEnvironment &env : {environment(), always}) {
        const Run silent = run({u"verify"_s, u"--db"_s, u"g.sqlite"_s, u"--quiet"_s}, env);
        QVERIFY2(silent.is(0), silent.describe().constData());
        QVERIFY2(silent.err.isEmpty(), silent.describe().constData());
    }
    const Run pipedVerify = run({u"verify"_s, u"--db"_s, u"g.sqlite"_s});
    QVERIFY2(pipedVerify.is(0) && pipedVerify.err.isEmpty(), pipedVerify.describe().constData());

    // The bundle's export and merge and the backup too.
    const Run exported = run({u"sync"_s, u"export"_s, u"--db"_s, u"g.sqlite"_s, u"-o"_s, u"g.adrbundle"_s}, always);
    QVERIFY2(exported.is(0), exported.describe().constData());
    QVERIFY2(exported.err.contains(u"\rexporting g.adrbundle: "_s) && exported.err.contains(u" events ("_s),
             exported.describe().constData());
    const Run merged = run(
        {u"sync"_s, u"import"_s, u"--db"_s, u"m.sqlite"_s, u"--trust-new-devices"_s, file(u"g.adrbundle"_s)}, always);
    QVERIFY2(merged.is(0), merged.describe().constData());
    QVERIFY2(merged.err.contains(u"\rmerging g.adrbundle: "_s) && counted.match(merged.err).hasMatch(),
             merged.describe().constData());
    const Run backedUp = run({u"backup"_s, u"--db"_s, u"g.sqlite"_s}, always);
    QVERIFY2(backedUp.is(0), backedUp.describe().constData());
    QVERIFY2(backedUp.err.contains(u"\rbacking up g.sqlite: "_s) && backedUp.err.contains(u" MB ("_s),
             backedUp.describe().constData());
    for (const QStringList &args :
         {QStringList{u"sync"_s, u"export"_s, u"--db"_s, u"g.sqlite"_s, u"-o"_s, u"q.adrbundle"_s, u"--quiet"_s},
          QStringList{u"backup"_s, u"--db"_s, u"g.sqlite"_s, u"--quiet"_s},
          QStringList{u"sync"_s, u"import"_s, u"--db"_s, u"m.sqlite"_s, u"--quiet"_s, file(u"g.adrbundle"_s)}}) {
        const Run silent = run(args, always);
        QVERIFY2(silent.is(0), silent.describe().constData());
        QVERIFY2(silent.err.isEmpty(), silent.describe().constData());
    }
    for (const QStringList &command : {QStringList{u"import"_s}, QStringList{u"verify"_s}, QStringList{u"backup"_s},
                                       QStringList{u"sync"_s, u"export"_s}, QStringList{u"sync"_s, u"import"_s}}) {
        const Run help = run(command + QStringList{u"--help"_s});
        QVERIFY2(help.is(0) && help.out.contains(u"--quiet"_s), help.describe().constData());
    }
}

void TestCommandLine::generateIsDeterministic()
{
    QStringList outputs;
    for (const QString &name : {u"g1.sqlite"_s, u"g2.sqlite"_s}) {
        const Run generated = run({u"generate"_s, u"--db"_s, name, u"--cases"_s, u"200"_s, u"--seed"_s, u"7"_s});
        QVERIFY2(generated.is(0), generated.describe().constData());
        QVERIFY2(generated.out.contains(u"200 cases"_s), generated.describe().constData());
        const Run csv = run({u"cases"_s, u"--db"_s, name, u"--format"_s, u"csv"_s});
        QVERIFY2(csv.is(0), csv.describe().constData());
        const auto records = test::parseCsv(csv.out, test::CsvLineEnds::CrlfOrLf);
        QVERIFY2(records.has_value(), "generated cases are not well-formed CSV");
        QCOMPARE(records->size(), 201);
        outputs << csv.out;
    }
    QCOMPARE(outputs[1], outputs[0]);

    const Run verified = run({u"verify"_s, u"--db"_s, u"g1.sqlite"_s});
    QVERIFY2(verified.is(0), verified.describe().constData());
    QVERIFY2(verified.out.startsWith(u"ok"_s) && verified.out.contains(u"200 cases"_s),
             verified.describe().constData());

    // Another seed, other data.
    const Run other = run({u"generate"_s, u"--db"_s, u"g3.sqlite"_s, u"--cases"_s, u"200"_s, u"--seed"_s, u"8"_s});
    QVERIFY2(other.is(0), other.describe().constData());
    const Run otherCsv = run({u"cases"_s, u"--db"_s, u"g3.sqlite"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(otherCsv.is(0), otherCsv.describe().constData());
    QVERIFY(otherCsv.out != outputs[0]);

    const Run noCount = run({u"generate"_s, u"--db"_s, u"g4.sqlite"_s});
    QVERIFY2(noCount.is(2), noCount.describe().constData());
    QVERIFY2(noCount.errorSays(u"--cases"_s), noCount.describe().constData());
    const Run zero = run({u"generate"_s, u"--db"_s, u"g4.sqlite"_s, u"--cases"_s, u"0"_s});
    QVERIFY2(zero.is(2), zero.describe().constData());
}

void TestCommandLine::reportWritesEveryFormat()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"report-check"_s);
    const auto close = qScopeGuard([&] {
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"report-check"_s);
    });
    check.setDatabaseName(file(u"d.sqlite"_s));
    QVERIFY(check.open());
    QSqlQuery q(check);
    QVERIFY(q.exec(u"SELECT count(*) FROM events WHERE action IN ('ban', 'clear', 'reinstate', 'resolve-conflict')"_s));
    QVERIFY(q.next());
    const int decisions = q.value(0).toInt();
    QVERIFY(decisions > 0);
    q.finish();

    // The format comes from --format or from the file's extension.
    for (const QString &name : {u"r.csv"_s, u"r.json"_s, u"r.html"_s, u"r.pdf"_s}) {
        const Run r = run({u"report"_s, u"--db"_s, u"d.sqlite"_s, u"-o"_s, name});
        QVERIFY2(r.is(0), r.describe().constData());
        QVERIFY2(r.out.contains(u"%1 decisions"_s.arg(decisions)), r.describe().constData());
        QVERIFY2(QFileInfo(file(name)).size() > 0, qPrintable(name));
    }
    QFile pdf(file(u"r.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QFile json(file(u"r.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(report.value(u"decisions"_s).toArray().size(), decisions);

    // A narrower filter: Twitter's ban of Kaspersky Lab cited its business-model policy.
    const Run narrow = run({u"report"_s, u"--db"_s, u"d.sqlite"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"natsec.txt"_s,
                            u"--policy"_s, u"ADS-BIZ-CONFLICT"_s, u"--outcome"_s, u"banned"_s, u"--from"_s,
                            u"2018-01-01"_s, u"--to"_s, u"2018-12-31"_s});
    QVERIFY2(narrow.is(0), narrow.describe().constData());
    QFile csv(file(u"natsec.txt"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.contains(u"CASE-2018-0001"_s));
    QVERIFY(!text.contains(u"CASE-2017-0001"_s)); // RT: 2017, state-media policy
    QVERIFY(!text.contains(u"CASE-2018-0002"_s)); // a crypto ban
}

void TestCommandLine::reportRefusesBadInput()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    QFile existing(file(u"keep.csv"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("left alone\n");
    existing.close();
    struct Bad {
        QStringList args;
        int status;
        QString says;
    };
    const QStringList base{u"report"_s, u"--db"_s, u"d.sqlite"_s};
    const QList<Bad> cases{
        {base + QStringList{u"-o"_s, u"keep.csv"_s, u"--from"_s, u"2018-06-01"_s, u"--to"_s, u"2018-01-01"_s}, 2,
         u"2018-06-01"_s},
        {base + QStringList{u"-o"_s, u"keep.csv"_s, u"--from"_s, u"June 2018"_s}, 2, u"June 2018"_s},
        {base + QStringList{u"-o"_s, u"keep.csv"_s, u"--policy"_s, u"ADS-NOPE"_s}, 2, u"ADS-NOPE"_s},
        {base + QStringList{u"-o"_s, u"keep.csv"_s, u"--outcome"_s, u"vaporised"_s}, 2, u"vaporised"_s},
        {base + QStringList{u"-o"_s, u"keep.csv"_s, u"--format"_s, u"docx"_s}, 2, u"docx"_s},
        {base + QStringList{u"-o"_s, u"report.docx"_s}, 2, u"report.docx"_s},
        {base, 2, u"-o"_s},
        {{u"report"_s, u"-o"_s, u"keep.csv"_s}, 2, u"--db"_s},
    };
    for (const Bad &bad : cases) {
        const Run r = run(bad.args);
        QVERIFY2(r.is(bad.status), r.describe().constData());
        QVERIFY2(r.errorSays(bad.says), r.describe().constData());
    }
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("left alone\n"));

    // A folder that does not exist: refused with the path, and nothing written anywhere.
    const QString missing = file(u"no/such/folder/r.csv"_s);
    const Run r = run(base + QStringList{u"-o"_s, missing});
    QVERIFY2(r.is(1) || r.is(2), r.describe().constData());
    QVERIFY2(r.errorSays(u"no/such/folder"_s), r.describe().constData());
    QVERIFY(!QFileInfo::exists(file(u"no"_s)));
    // A database that is not there is exit 3, as for every command.
    QVERIFY(run({u"report"_s, u"--db"_s, u"none.sqlite"_s, u"-o"_s, u"x.csv"_s}).is(3));
    QVERIFY(!QFileInfo::exists(file(u"x.csv"_s)));
}

void TestCommandLine::usageErrors()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    struct Usage {
        QStringList args;
        QString says;
    };
    const QList<Usage> cases{
        {{u"decide"_s}, u"decide needs"_s},
        {{u"decide"_s, u"--db"_s, u"d.sqlite"_s}, u"decide needs"_s},
        {{u"show"_s, u"--db"_s, u"d.sqlite"_s}, u"case ref"_s},
        {{u"annotate"_s, u"--db"_s, u"d.sqlite"_s}, u"case ref"_s},
        {{u"assign"_s, u"--db"_s, u"d.sqlite"_s}, u"case ref"_s},
        {{u"import"_s, u"--db"_s, u"d.sqlite"_s}, u"file"_s},
        {{u"cases"_s}, u"--db"_s},
        {{u"show"_s, u"CASE-2018-0001"_s}, u"--db"_s},
        {{u"verify"_s}, u"--db"_s},
        {{u"demo"_s}, u"--db"_s},
        {{u"frobnicate"_s}, u"frobnicate"_s},
        {{u"cases"_s, u"--db"_s, u"d.sqlite"_s, u"extra"_s}, u"extra"_s},
        {{u"cases"_s, u"--db"_s}, u"db"_s},
    };
    for (const Usage &usage : cases) {
        const Run r = run(usage.args);
        QVERIFY2(r.is(2), r.describe().constData());
        QVERIFY2(r.errorSays(usage.says), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
    }
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.sqlite*"_s}, QDir::Files), QStringList{u"d.sqlite"_s});
}

void TestCommandLine::helpAndVersion()
{
    const Run decide = run({u"decide"_s, u"--help"_s});
    QVERIFY2(decide.is(0), decide.describe().constData());
    for (const QString &option :
         {u"--db"_s, u"--policy"_s, u"--rationale"_s, u"--evidence"_s, u"--expect"_s, u"--reviewer"_s, u"--device"_s})
        QVERIFY2(decide.out.contains(option), qPrintable(option + u"\n"_s + decide.out));
    QVERIFY2(decide.err.isEmpty(), decide.describe().constData());

    const Run cases = run({u"cases"_s, u"--help"_s});
    QVERIFY2(cases.is(0), cases.describe().constData());
    for (const QString &option : {u"--db"_s, u"--state"_s, u"--search"_s, u"--format"_s})
        QVERIFY2(cases.out.contains(option), qPrintable(option + u"\n"_s + cases.out));

    const Run generate = run({u"generate"_s, u"--help"_s});
    QVERIFY2(generate.is(0), generate.describe().constData());
    QVERIFY2(generate.out.contains(u"--cases"_s) && generate.out.contains(u"--seed"_s),
             generate.describe().constData());

    const Run overview = run({u"--help"_s});
    QVERIFY2(overview.is(0), overview.describe().constData());
    for (const QString &command : {u"demo"_s, u"cases"_s, u"show"_s, u"decide"_s, u"annotate"_s, u"assign"_s,
                                   u"import"_s, u"verify"_s, u"generate"_s})
        QVERIFY2(overview.out.contains(u"  "_s + command + u' '), qPrintable(command + u"\n"_s + overview.out));

    const Run version = run({u"--version"_s});
    QVERIFY2(version.is(0), version.describe().constData());
    static const QRegularExpression versionLine(u"^adreview \\d+\\.\\d+(\\.\\d+)?\\S*\\n$"_s);
    QVERIFY2(versionLine.match(version.out).hasMatch(), version.describe().constData());
}

void TestCommandLine::commandHelpNamesTheCommand()
{
    // The usage line names the command, not the executable's path.
    const Run decide = run({u"decide"_s, u"--help"_s});
    QVERIFY2(decide.is(0), decide.describe().constData());
    QVERIFY2(decide.out.startsWith(u"Usage: adreview decide "_s), qPrintable(decide.out.section(u'\n', 0, 0)));
}

void TestCommandLine::unknownTopLevelOptionIsAUsageError()
{
    // An unknown option before any command is a usage error, reported before any window opens.
    const Run r = run({u"--bogus"_s});
    QVERIFY2(r.finished && !r.crashed, r.describe().constData());
    QVERIFY2(r.exitCode != 0, r.describe().constData());
    QVERIFY2(r.err.contains(u"bogus"_s), r.describe().constData());
    QVERIFY2(r.is(2), r.describe().constData());
    QVERIFY2(r.errorSays(u"bogus"_s), r.describe().constData());
}

void TestCommandLine::identityFlagsOverrideEnvironmentAndSettings()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QString db = u"d.sqlite"_s;
    const QString ref = u"CASE-2018-0012"_s;
    const auto lastEvent = [&] { return showJson(db, ref).value(u"history"_s).toArray().last().toObject(); };

    // Preferences, written where the program reads them under this XDG_CONFIG_HOME.
    QVERIFY(QDir().mkpath(file(u"config/AdReview"_s)));
    QVERIFY(writeFile(file(u"config/AdReview/AdReview.conf"_s),
                      "[identity]\nreviewer=settings.reviewer\ndevice=settings-device\n"));

    // The environment wins over the settings...
    Run r = run({u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"one"_s});
    QVERIFY2(r.is(0), r.describe().constData());
    QJsonObject e = lastEvent();
    QCOMPARE(e.value(u"id"_s).toString(), r.out.trimmed());
    QCOMPARE(e.value(u"reviewer"_s).toString(), u"env.reviewer"_s);
    QCOMPARE(e.value(u"device"_s).toString(), u"env-device"_s);

    // ...and the flags win over both.
    r = run({u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"two"_s, u"--reviewer"_s, u"flag.reviewer"_s,
             u"--device"_s, u"flag-device"_s});
    QVERIFY2(r.is(0), r.describe().constData());
    e = lastEvent();
    QCOMPARE(e.value(u"id"_s).toString(), r.out.trimmed());
    QCOMPARE(e.value(u"reviewer"_s).toString(), u"flag.reviewer"_s);
    QCOMPARE(e.value(u"device"_s).toString(), u"flag-device"_s);

    // One flag, the other from the environment.
    r = run({u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"three"_s, u"--device"_s, u"flag-device-2"_s});
    QVERIFY2(r.is(0), r.describe().constData());
    e = lastEvent();
    QCOMPARE(e.value(u"reviewer"_s).toString(), u"env.reviewer"_s);
    QCOMPARE(e.value(u"device"_s).toString(), u"flag-device-2"_s);

    // Without the environment, the settings.
    QProcessEnvironment env = environment();
    env.remove(u"ADREVIEW_REVIEWER"_s);
    env.remove(u"ADREVIEW_DEVICE"_s);
    r = run({u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"four"_s}, env);
    QVERIFY2(r.is(0), r.describe().constData());
    e = lastEvent();
    QCOMPARE(e.value(u"reviewer"_s).toString(), u"settings.reviewer"_s);
    QCOMPARE(e.value(u"device"_s).toString(), u"settings-device"_s);

    // A blank flag does not hide the environment...
    r = run({u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"five"_s, u"--reviewer"_s, u"  "_s});
    QVERIFY2(r.is(0), r.describe().constData());
    QCOMPARE(lastEvent().value(u"reviewer"_s).toString(), u"env.reviewer"_s);

    // ...and when every source is blank, the event is refused rather than recorded nameless.
    QVERIFY(writeFile(file(u"config/AdReview/AdReview.conf"_s), "[identity]\nreviewer=\ndevice=settings-device\n"));
    r = run({u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"six"_s, u"--reviewer"_s, u"  "_s}, env);
    QVERIFY2(r.is(2), r.describe().constData());
    QVERIFY2(r.errorSays(u"reviewer"_s), r.describe().constData());
    QCOMPARE(lastEvent().value(u"rationale"_s).toString(), u"five"_s);

    const Run verified = run({u"verify"_s, u"--db"_s, db});
    QVERIFY2(verified.is(0), verified.describe().constData());
}

// Two programs annotating a case in a loop while the latest backup is restored again and again:
// each restore either waits its turn and succeeds or refuses because another program has the
// file open. Every annotation a writer was told was recorded (exit 0, its id printed) is then in
// the database or in one of the files a restore replaced, kept beside it, each a sound database.
void TestCommandLine::restoreAmidWritersLosesNoAcknowledgedEvent()
{
    const QString db = file(u"live.sqlite"_s);
    QVERIFY(makeDemo(db));
    const Run backup = run({u"backup"_s, u"--db"_s, db});
    QVERIFY2(backup.is(0), backup.describe().constData());

    // Each writer prints the id of every annotation acknowledged with exit status 0, until the
    // stop file appears.
    const QString stop = file(u"stop"_s);
    const QString loop = uR"(while [ ! -e "$3" ]; do
        if id=$("$1" annotate --db "$2" CASE-2018-0012 --text n); then printf '%s\n' "$id"; fi
    done)"_s;
    std::vector<std::unique_ptr<QProcess>> writers;
    const auto stopWriters = [&] {
        writeFile(stop, {});
        for (auto &writer : writers) {
            if (writer->state() != QProcess::NotRunning && !writer->waitForFinished(30'000)) {
                writer->kill();
                writer->waitForFinished(5000);
            }
        }
    };
    const auto stopWritersOnFailure = qScopeGuard(stopWriters);
    for (int i = 1; i <= 2; ++i) {
        auto writer = std::make_unique<QProcess>();
        writer->setProcessEnvironment(environment());
        writer->setWorkingDirectory(m_dir->path());
        writer->setStandardOutputFile(file(u"writer-%1.out"_s.arg(i)));
        writer->setStandardErrorFile(file(u"writer-%1.err"_s.arg(i)));
        writer->start(u"sh"_s, {u"-c"_s, loop, u"sh"_s, m_bin, db, stop});
        QVERIFY2(writer->waitForStarted(processTimeoutMs), qPrintable(writer->errorString()));
        writers.push_back(std::move(writer));
    }

    int restored = 0;
    int refused = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 6000 || (restored == 0 && clock.elapsed() < 15'000)) {
        const Run r = run({u"restore"_s, u"--db"_s, db});
        if (r.is(0)) {
            ++restored;
            continue;
        }
        QVERIFY2(r.is(3) && r.errorSays(u"another program has the database open"_s), r.describe().constData());
        ++refused;
    }
    stopWriters();
    for (const auto &writer : writers)
        QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0, "a writer loop failed");
    QVERIFY2(restored > 0, "no restore found a moment without a writer; nothing was tested");

    QStringList acknowledged;
    for (int i = 1; i <= 2; ++i) {
        const QStringList ids =
            QString::fromUtf8(bytesOf(file(u"writer-%1.out"_s.arg(i)))).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &id : ids)
            QVERIFY2(isUuid(id), qPrintable(id));
        acknowledged += ids;
    }
    QVERIFY2(!acknowledged.isEmpty(), "no annotation was acknowledged; nothing was tested");

    // The live file and every file a restore replaced: each sound, together holding every
    // acknowledged annotation.
    QStringList files{db};
    const QStringList replaced = QDir(m_dir->path()).entryList({u"live.sqlite.replaced-*"_s}, QDir::Files, QDir::Name);
    for (const QString &name : replaced) {
        if (!name.endsWith(u"-wal"_s) && !name.endsWith(u"-shm"_s))
            files << file(name);
    }
    QCOMPARE(files.size(), restored + 1);
    QSet<QString> found;
    for (const QString &path : files) {
        QString problem;
        const auto ids = eventIdsOf(path, &problem);
        QVERIFY2(ids.has_value(), qPrintable(u"%1: %2"_s.arg(path, problem)));
        found.unite(setOf(*ids));
    }
    QStringList lost;
    for (const QString &id : acknowledged) {
        if (!found.contains(id))
            lost << id;
    }
    QVERIFY2(lost.isEmpty(), qPrintable(u"%1 of %2 acknowledged annotations are nowhere (%3 restores, %4 refused): %5"_s
                                            .arg(lost.size())
                                            .arg(acknowledged.size())
                                            .arg(restored)
                                            .arg(refused)
                                            .arg(lost.join(u", "_s))));

    const Run verified = run({u"verify"_s, u"--db"_s, db});
    QVERIFY2(verified.is(0), verified.describe().constData());
}

// A database reached through a symbolic link: restore puts the backup into the file the link
// points to, keeps the replaced file beside that file, and leaves the link as it was.
void TestCommandLine::restoreThroughASymbolicLinkKeepsTheLink()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"real"_s));
    const QString real = file(u"real/real.sqlite"_s);
    const QString link = file(u"link.sqlite"_s);
    QVERIFY(makeDemo(real));
    QCOMPARE(::symlink("real/real.sqlite", QFile::encodeName(link).constData()), 0);
    const Run backup = run({u"backup"_s, u"--db"_s, link});
    QVERIFY2(backup.is(0), backup.describe().constData());
    const qint64 events = count(real, u"events"_s);

    const Run noted = run({u"annotate"_s, u"--db"_s, link, u"CASE-2018-0012"_s, u"--text"_s, u"after the backup"_s});
    QVERIFY2(noted.is(0) && isOneUuidLine(noted.out), noted.describe().constData());
    const QString id = noted.out.trimmed();
    const QString withId = u"SELECT count(*) FROM events WHERE uuid = '%1'"_s.arg(id);
    QCOMPARE(sql(real, {withId}).toInt(), 1);

    const Run restored = run({u"restore"_s, u"--db"_s, link});
    QVERIFY2(restored.is(0), restored.describe().constData());
    QVERIFY2(!restored.out.contains(u"team server"_s), restored.describe().constData());

    // The link is still a link, with the same target.
    QVERIFY(QFileInfo(link).isSymLink());
    char target[256] = {};
    QCOMPARE(::readlink(QFile::encodeName(link).constData(), target, sizeof target - 1), qsizetype(16));
    QCOMPARE(QByteArray(target), QByteArray("real/real.sqlite"));
    // The file it points to holds the backup: the later annotation is gone from it.
    QVERIFY(QFileInfo(real).isFile() && !QFileInfo(real).isSymLink());
    QCOMPARE(sql(real, {withId}).toInt(), 0);
    QCOMPARE(count(real, u"events"_s), events);
    // The replaced file is kept beside the real file, with the annotation; nothing beside the link.
    const QStringList kept = QDir(file(u"real"_s))
                                 .entryList({u"real.sqlite.replaced-*"_s}, QDir::Files)
                                 .filter(QRegularExpression(u"\\d$"_s));
    QCOMPARE(kept.size(), 1);
    const QString keptPath = QFileInfo(file(u"real/"_s + kept.first())).canonicalFilePath();
    QVERIFY2(restored.out.contains(u"kept as "_s + keptPath), restored.describe().constData());
    QString problem;
    const auto keptIds = eventIdsOf(keptPath, &problem);
    QVERIFY2(keptIds.has_value(), qPrintable(problem));
    QVERIFY(keptIds->contains(id));
    QCOMPARE(QDir(m_dir->path()).entryList({u"link.sqlite*"_s}, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
             (QStringList{u"link.sqlite"_s, u"link.sqlite.backups"_s}));

    const Run verified = run({u"verify"_s, u"--db"_s, link});
    QVERIFY2(verified.is(0), verified.describe().constData());

    // A file that syncs with a team server is told to sync before deciding.
    bool marked = false;
    sql(real, {u"INSERT INTO server_sync (team_id, address) VALUES ('t', 'ana@db.example.org/adreview')"_s}, &marked);
    QVERIFY(marked);
    QVERIFY(run({u"backup"_s, u"--db"_s, link}).is(0));
    const Run again = run({u"restore"_s, u"--db"_s, link});
    QVERIFY2(again.is(0) && again.out.contains(u"this file syncs with the team server ana@db.example.org/adreview: "
                                               "sync before deciding"_s),
             again.describe().constData());
}

// An import or sync import into a database that does not exist yet, where everything given is
// refused, leaves no database (nor its log or shared-memory file) behind; where one file is
// taken, the database stays with what it brought.
void TestCommandLine::refusedImportIntoANewPathLeavesNoFile()
{
    const auto leftBehind = [&](const QString &db) {
        QStringList left;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (QFileInfo::exists(file(db + suffix)))
                left << db + suffix;
        }
        return left.join(u", "_s);
    };
    QVERIFY(writeFile(file(u"bad.adrbundle"_s), "This is not a bundle.\n{}"));
    QVERIFY(writeFile(file(u"bad.json"_s), QJsonDocument(faultyImport()).toJson()));
    QVERIFY(writeFile(file(u"broken.json"_s), "{\"format\": \"adreview-cases\",\n \"version\": 1,\n \"cases\": [\n"));
    QVERIFY(writeFile(file(u"small.json"_s), QJsonDocument(smallImport()).toJson()));
    QVERIFY(makeDemo(u"demo.sqlite"_s));
    const Run exported = run({u"sync"_s, u"export"_s, u"--db"_s, u"demo.sqlite"_s, u"-o"_s, u"good.adrbundle"_s});
    QVERIFY2(exported.is(0), exported.describe().constData());

    const Run bundle =
        run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, u"new.sqlite"_s, u"bad.adrbundle"_s});
    QVERIFY2(bundle.is(1) && bundle.errorSays(u"bad.adrbundle"_s), bundle.describe().constData());
    QCOMPARE(leftBehind(u"new.sqlite"_s), QString());

    const Run twoBundles = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, u"new.sqlite"_s,
                                u"bad.adrbundle"_s, u"bad.adrbundle"_s});
    QVERIFY2(twoBundles.is(1), twoBundles.describe().constData());
    QCOMPARE(leftBehind(u"new.sqlite"_s), QString());

    const Run json = run({u"import"_s, u"--db"_s, u"new2.sqlite"_s, u"bad.json"_s});
    QVERIFY2(json.is(1) && json.errorSays(u"bad.json"_s), json.describe().constData());
    QCOMPARE(leftBehind(u"new2.sqlite"_s), QString());

    const Run twoJson = run({u"import"_s, u"--db"_s, u"new2.sqlite"_s, u"bad.json"_s, u"broken.json"_s});
    QVERIFY2(twoJson.is(1) && twoJson.err.contains(u"broken.json"_s), twoJson.describe().constData());
    QCOMPARE(leftBehind(u"new2.sqlite"_s), QString());

    // One good bundle of two, in either order: refused overall, but the database stays.
    const Run badFirst = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, u"new3.sqlite"_s,
                              u"bad.adrbundle"_s, u"good.adrbundle"_s});
    QVERIFY2(badFirst.is(1) && badFirst.out.contains(u"good.adrbundle: 62 new events"_s),
             badFirst.describe().constData());
    QCOMPARE(count(file(u"new3.sqlite"_s), u"events"_s), count(file(u"demo.sqlite"_s), u"events"_s));
    const Run goodFirst = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, u"new4.sqlite"_s,
                               u"good.adrbundle"_s, u"bad.adrbundle"_s});
    QVERIFY2(goodFirst.is(1), goodFirst.describe().constData());
    QCOMPARE(count(file(u"new4.sqlite"_s), u"events"_s), count(file(u"demo.sqlite"_s), u"events"_s));
    QVERIFY2(run({u"verify"_s, u"--db"_s, u"new4.sqlite"_s}).is(0), "verify new4.sqlite");

    // The same for case files.
    const Run oneGoodJson = run({u"import"_s, u"--db"_s, u"new5.sqlite"_s, u"bad.json"_s, u"small.json"_s});
    QVERIFY2(oneGoodJson.is(1) && oneGoodJson.out.contains(u"1 cases added"_s), oneGoodJson.describe().constData());
    QCOMPARE(count(file(u"new5.sqlite"_s), u"cases"_s), 1);

    // A database that was there before is never removed, even when nothing is imported into it.
    const QByteArray before = sha256Of(file(u"new5.sqlite"_s));
    const Run intoExisting =
        run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, u"new5.sqlite"_s, u"bad.adrbundle"_s});
    QVERIFY2(intoExisting.is(1), intoExisting.describe().constData());
    QCOMPARE(sha256Of(file(u"new5.sqlite"_s)), before);
}

// A bundle that carries one event twice is refused whole, as a fault of the bundle (exit 1, with
// the event named) rather than a database failure; into a new path it leaves no database, into
// an existing one it changes nothing.
void TestCommandLine::bundleWithAnEventTwiceIsRefusedAndLeavesNoFile()
{
    QVERIFY(makeDemo(u"a.sqlite"_s));
    const Run exported = run({u"sync"_s, u"export"_s, u"--db"_s, u"a.sqlite"_s, u"-o"_s, u"x.adrbundle"_s});
    QVERIFY2(exported.is(0), exported.describe().constData());
    QString twice;
    const QByteArray bytes = test::rewrittenBundle(bytesOf(file(u"x.adrbundle"_s)), [&](QJsonObject &body) {
        QJsonArray events = body.value(u"events"_s).toArray();
        twice = events.last().toObject().value(u"id"_s).toString();
        events.append(events.last());
        body.insert(u"events"_s, events);
    });
    QVERIFY(isUuid(twice));
    QVERIFY(writeFile(file(u"twice.adrbundle"_s), bytes));

    const Run refused =
        run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, u"new.sqlite"_s, u"twice.adrbundle"_s});
    QVERIFY2(refused.is(1), refused.describe().constData());
    QVERIFY2(refused.errorSays(u"twice.adrbundle"_s) && refused.errorSays(twice) &&
                 refused.errorSays(u"nothing was imported"_s),
             refused.describe().constData());
    QVERIFY2(!refused.err.contains(u"UNIQUE"_s, Qt::CaseInsensitive), refused.describe().constData());
    QCOMPARE(QDir(m_dir->path()).entryList({u"new.sqlite*"_s}, QDir::AllEntries | QDir::System), QStringList());

    QVERIFY(QFile::copy(file(u"a.sqlite"_s), file(u"b.sqlite"_s)));
    const QByteArray before = sha256Of(file(u"b.sqlite"_s));
    const Run intoExisting =
        run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, u"b.sqlite"_s, u"twice.adrbundle"_s});
    QVERIFY2(intoExisting.is(1) && intoExisting.errorSays(twice), intoExisting.describe().constData());
    QVERIFY2(!intoExisting.err.contains(u"UNIQUE"_s, Qt::CaseInsensitive), intoExisting.describe().constData());
    QCOMPARE(sha256Of(file(u"b.sqlite"_s)), before);
}

// A reviewer or device name from --reviewer/--device, the environment or Preferences has the
// limits of an imported name (at most 200 characters, no control character): otherwise the
// command is a usage error naming where the name came from and what is wrong, and nothing is
// written.
void TestCommandLine::identityNamesHaveTheLimitsOfAnImportedName()
{
    QVERIFY(makeDemo(u"d.sqlite"_s));
    const QString db = u"d.sqlite"_s;
    const QString ref = u"CASE-2018-0012"_s;
    const QStringList annotate{u"annotate"_s, u"--db"_s, db, ref, u"--text"_s, u"n"_s};
    const QStringList decide{u"decide"_s, u"--db"_s, db, ref, u"clear"_s, u"--rationale"_s, u"R"_s};
    const qint64 events = count(file(db), u"events"_s);
    const QByteArray before = sha256Of(file(db));

    QVERIFY(QDir().mkpath(file(u"config/AdReview"_s)));
    QVERIFY(writeFile(file(u"config/AdReview/AdReview.conf"_s),
                      "[identity]\nreviewer=" + QByteArray(201, 'p') + "\ndevice=settings-device\n"));
    QProcessEnvironment tab = environment();
    tab.insert(u"ADREVIEW_REVIEWER"_s, u"env\treviewer"_s);
    QProcessEnvironment longDevice = environment();
    longDevice.insert(u"ADREVIEW_DEVICE"_s, QString(201, u'e'));
    QProcessEnvironment preferences = environment();
    preferences.remove(u"ADREVIEW_REVIEWER"_s);

    struct Refusal {
        QStringList args;
        QProcessEnvironment env;
        QString source;
        QString problem;
    };
    const QList<Refusal> refusals{
        {annotate + QStringList{u"--reviewer"_s, QString(5000, u'r')}, environment(),
         u"the reviewer name (from --reviewer)"_s, u"too long (5000 characters; at most 200)"_s},
        {annotate + QStringList{u"--device"_s, u"laptop\nb"_s}, environment(), u"the device name (from --device)"_s,
         u"control character"_s},
        {annotate, tab, u"the reviewer name (from ADREVIEW_REVIEWER)"_s, u"control character"_s},
        {decide, tab, u"the reviewer name (from ADREVIEW_REVIEWER)"_s, u"control character"_s},
        {annotate, longDevice, u"the device name (from ADREVIEW_DEVICE)"_s, u"too long (201 characters"_s},
        {annotate, preferences, u"the reviewer name (from Preferences)"_s, u"too long (201 characters"_s},
    };
    for (const Refusal &refusal : refusals) {
        const Run r = run(refusal.args, refusal.env);
        QVERIFY2(r.is(2), r.describe().constData());
        QVERIFY2(r.errorSays(refusal.source) && r.errorSays(refusal.problem), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        QCOMPARE(count(file(db), u"events"_s), events);
        QCOMPARE(sha256Of(file(db)), before);
    }

    // 200 characters are within the limit, from a flag as from the environment.
    const QString reviewer(200, u'r');
    const QString device = QString(199, u'd') + u'1';
    Run r = run(annotate + QStringList{u"--reviewer"_s, reviewer, u"--device"_s, device});
    QVERIFY2(r.is(0) && isOneUuidLine(r.out), r.describe().constData());
    QJsonObject last = showJson(db, ref).value(u"history"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"id"_s).toString(), r.out.trimmed());
    QCOMPARE(last.value(u"reviewer"_s).toString(), reviewer);
    QCOMPARE(last.value(u"device"_s).toString(), device);
    QProcessEnvironment longest = environment();
    longest.insert(u"ADREVIEW_REVIEWER"_s, QString(200, u'e'));
    longest.insert(u"ADREVIEW_DEVICE"_s, u"laptop-of-e"_s); // a device's key signs for one reviewer
    r = run(annotate, longest);
    QVERIFY2(r.is(0) && isOneUuidLine(r.out), r.describe().constData());
    last = showJson(db, ref).value(u"history"_s).toArray().last().toObject();
    QCOMPARE(last.value(u"reviewer"_s).toString(), QString(200, u'e'));
    QCOMPARE(count(file(db), u"events"_s), events + 2);

    const Run verified = run({u"verify"_s, u"--db"_s, db});
    QVERIFY2(verified.is(0), verified.describe().constData());
}

// Two databases made by demo a second apart hold the same events, ids and hashes alike, so two
// laptops each started from the demo can exchange bundles: only what each added travels.
void TestCommandLine::demoIsTheSameEveryTimeAndTwoDemoLaptopsSync()
{
    const QString a = file(u"laptop-a.sqlite"_s);
    const QString b = file(u"laptop-b.sqlite"_s);
    const auto events = [](const QString &db, const QString &order) {
        return sql(db, {u"SELECT group_concat(uuid || ' ' || hash, char(10)) FROM "
                        "(SELECT uuid, hash FROM events ORDER BY %1)"_s.arg(order)})
            .toString();
    };
    QVERIFY(makeDemo(a));
    QTest::qSleep(1100);
    QVERIFY(makeDemo(b));
    const QString demoEvents = events(a, u"seq, device"_s);
    QCOMPARE(demoEvents.count(u'\n') + 1, count(a, u"events"_s));
    QCOMPARE(events(b, u"seq, device"_s), demoEvents);

    const Run onA = run(
        {u"annotate"_s, u"--db"_s, a, u"CASE-2018-0012"_s, u"--text"_s, u"seen on a"_s, u"--device"_s, u"laptop-a"_s});
    QVERIFY2(onA.is(0), onA.describe().constData());
    const Run onB = run(
        {u"annotate"_s, u"--db"_s, b, u"CASE-2018-0013"_s, u"--text"_s, u"seen on b"_s, u"--device"_s, u"laptop-b"_s});
    QVERIFY2(onB.is(0), onB.describe().constData());
    const QString known = u"(%1 already here)"_s.arg(count(a, u"events"_s) - 1);

    QVERIFY2(run({u"sync"_s, u"export"_s, u"--db"_s, a, u"-o"_s, u"a.adrbundle"_s}).is(0), "export a");
    const Run intoB = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, b, u"a.adrbundle"_s});
    QVERIFY2(intoB.is(0), intoB.describe().constData());
    QVERIFY2(intoB.out.contains(u"1 new event"_s) && intoB.out.contains(known) &&
                 intoB.out.contains(u"from laptop-a;"_s) && intoB.out.contains(u"no new conflicts"_s),
             intoB.describe().constData());

    QVERIFY2(run({u"sync"_s, u"export"_s, u"--db"_s, b, u"-o"_s, u"b.adrbundle"_s}).is(0), "export b");
    const Run intoA = run({u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, a, u"b.adrbundle"_s});
    QVERIFY2(intoA.is(0), intoA.describe().constData());
    QVERIFY2(intoA.out.contains(u"1 new event"_s) && intoA.out.contains(u"from laptop-b;"_s) &&
                 intoA.out.contains(u"no new conflicts"_s),
             intoA.describe().constData());

    QCOMPARE(events(a, u"uuid"_s), events(b, u"uuid"_s));
    for (const QString &db : {a, b}) {
        const Run verified = run({u"verify"_s, u"--db"_s, db});
        QVERIFY2(verified.is(0), verified.describe().constData());
    }
}

// device show: the identity and its key's fingerprint, the key never made by showing it; a
// key bound to another reviewer, or one others may read, is an error.
// Four-eyes on the command line: a policy set to require approval turns a ban into a proposal;
// its proposer's approval is refused, another reviewer's bans.
void TestCommandLine::aBanThatNeedsApprovalIsProposedThenApprovedByAnother()
{
    const QString db = file(u"four-eyes.sqlite"_s);
    QVERIFY(makeDemo(db));
    const QString ref = u"CASE-2018-0013"_s;
    Run bad = run({u"policy"_s, u"--db"_s, db, u"ADS-CRYPTO"_s, u"--approval"_s, u"maybe"_s});
    QVERIFY2(bad.is(2), bad.describe().constData());
    Run set = run({u"policy"_s, u"--db"_s, db, u"ADS-CRYPTO"_s, u"--approval"_s, u"required"_s});
    QVERIFY2(set.is(0) && set.out.contains(u"Approval:     required"_s), set.describe().constData());
    Run ban = run({u"decide"_s, u"--db"_s, db, ref, u"ban"_s, u"--policy"_s, u"ADS-CRYPTO"_s, u"--rationale"_s,
                   u"signals service"_s, u"--evidence"_s, u"EV-1"_s, u"--reviewer"_s, u"ana"_s, u"--device"_s,
                   u"ana-laptop"_s});
    QVERIFY2(ban.is(0) && ban.err.contains(u"needs a second reviewer"_s), ban.describe().constData());
    Run own = run({u"decide"_s, u"--db"_s, db, ref, u"approve"_s, u"--rationale"_s, u"fine"_s, u"--reviewer"_s,
                   u"ana"_s, u"--device"_s, u"ana-desk"_s});
    QVERIFY2(!own.is(0) && own.errorSays(u"ana proposed this ban"_s), own.describe().constData());
    Run approved = run({u"decide"_s, u"--db"_s, db, ref, u"approve"_s, u"--rationale"_s, u"checked EV-1"_s,
                        u"--reviewer"_s, u"ben"_s, u"--device"_s, u"ben-laptop"_s});
    QVERIFY2(approved.is(0), approved.describe().constData());
    Run shown = run({u"show"_s, u"--db"_s, db, ref, u"--format"_s, u"json"_s});
    QVERIFY2(shown.is(0), shown.describe().constData());
    const QJsonObject c = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(c.value(u"state"_s).toString(), u"decided"_s);
    QCOMPARE(c.value(u"outcome"_s).toString(), u"banned"_s);
    QVERIFY2(run({u"verify"_s, u"--db"_s, db}).is(0), "verify");
}

// Evidence revisions on the command line: `evidence revise` names the same advisory in another
// case and revises it there with --everywhere; the decided case citing it goes to re-review; an
// import marked as a revision records one the first time and nothing the second; reaffirm and
// reverse are refused outside re-review and clear it inside.
void TestCommandLine::evidenceRevisionsPutDecisionsIntoRereview()
{
    const QString db = file(u"revisions.sqlite"_s);
    QVERIFY(makeDemo(db));
    const QStringList who{u"--reviewer"_s, u"ana"_s, u"--device"_s, u"ana-laptop"_s};
    Run early = run(QStringList{u"decide"_s, u"--db"_s, db, u"CASE-2018-0001"_s, u"reaffirm"_s, u"--rationale"_s,
                                u"still right"_s} +
                    who);
    QVERIFY2(early.is(1) && early.errorSays(u"nothing to reaffirm"_s), early.describe().constData());
    Run noChange = run(QStringList{u"evidence"_s, u"revise"_s, u"--db"_s, db, u"CASE-2018-0001"_s, u"EV-1"_s,
                                   u"--rationale"_s, u"x"_s} +
                       who);
    QVERIFY2(noChange.is(2), noChange.describe().constData());
    Run noSuccessor = run(QStringList{u"evidence"_s, u"revise"_s, u"--db"_s, db, u"CASE-2018-0001"_s, u"EV-1"_s,
                                      u"--status"_s, u"superseded"_s, u"--rationale"_s, u"x"_s} +
                          who);
    QVERIFY2(noSuccessor.is(2) && noSuccessor.errorSays(u"--superseded-by"_s), noSuccessor.describe().constData());
    Run revised = run(QStringList{u"evidence"_s, u"revise"_s, u"--db"_s, db, u"CASE-2018-0001"_s, u"EV-1"_s,
                                  u"--status"_s, u"superseded"_s, u"--superseded-by"_s,
                                  u"Commerce Final Determination"_s, u"--effective"_s, u"2024-06-24"_s,
                                  u"--rationale"_s, u"Commerce determination of June 2024"_s, u"--everywhere"_s} +
                      who);
    QVERIFY2(revised.is(0), revised.describe().constData());
    QVERIFY2(revised.out.contains(u"CASE-2018-0001 EV-1 "_s) && revised.out.contains(u"CASE-2018-0008 EV-4 "_s),
             revised.describe().constData());
    QVERIFY2(revised.err.contains(u"CASE-2018-0001 is in re-review: EV-1 DHS Statement on the Issuance of Binding "
                                  "Operational Directive 17-01: in-force → superseded (by Commerce Final "
                                  "Determination) on 2024-06-24"_s),
             revised.describe().constData());
    Run again = run(QStringList{u"evidence"_s, u"revise"_s, u"--db"_s, db, u"CASE-2018-0001"_s, u"EV-1"_s,
                                u"--status"_s, u"superseded"_s, u"--superseded-by"_s, u"Commerce Final Determination"_s,
                                u"--rationale"_s, u"again"_s} +
                    who);
    QVERIFY2(again.is(1) && again.errorSays(u"changes nothing"_s), again.describe().constData());

    // The same change made by an import marked as a revision is there already; a new one is recorded.
    QJsonObject item{{u"ref"_s, u"EV-1"_s},
                     {u"kind"_s, u"agency-advisory"_s},
                     {u"agency"_s, u"U.S. Department of Homeland Security"_s},
                     {u"reference"_s, u"BOD 17-01"_s},
                     {u"title"_s, u"DHS Statement on the Issuance of Binding Operational Directive 17-01"_s},
                     {u"jurisdiction"_s, u"US"_s},
                     {u"issued"_s, u"2017-09-13"_s},
                     {u"status"_s, u"rescinded"_s},
                     {u"url"_s, u"https://www.dhs.gov/news/2017/09/13/dhs-statement-issuance-binding-operational-"
                                "directive-17-01"_s},
                     {u"reliability"_s, u"confirmed"_s},
                     {u"retrieved"_s, u"2018-01-03T08:50:00Z"_s}};
    const auto caseFile = [&](const QJsonObject &evidence) {
        // The case as the demo's file describes it, without its history, with the one item.
        const QJsonObject demo = QJsonDocument::fromJson(DemoDataset::json()).object();
        QJsonObject planned;
        for (const QJsonValue &c : demo.value(u"cases"_s).toArray()) {
            if (c.toObject().value(u"ref"_s) == u"CASE-2018-0001"_s)
                planned = c.toObject();
        }
        planned.remove(u"history"_s);
        planned.insert(u"evidence"_s, QJsonArray{evidence});
        const QString path = file(u"revision.json"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        out.write(QJsonDocument(QJsonObject{{u"format"_s, demo.value(u"format"_s)},
                                            {u"version"_s, demo.value(u"version"_s)},
                                            {u"cases"_s, QJsonArray{planned}}})
                      .toJson());
        return path;
    };
    const QString unmarked = caseFile(item);
    Run refused = run(QStringList{u"import"_s, u"--db"_s, db, unmarked} + who);
    QVERIFY2(refused.is(1) && refused.all().contains(u"evidence cannot be changed"_s), refused.describe().constData());
    item.insert(u"revision"_s, true);
    item.insert(u"revision_note"_s, u"DHS rescinded the directive"_s);
    const QString marked = caseFile(item);
    Run imported = run(QStringList{u"import"_s, u"--db"_s, db, marked} + who);
    QVERIFY2(imported.is(0) && imported.out.contains(u"1 evidence revisions recorded"_s),
             imported.describe().constData());
    Run twice = run(QStringList{u"import"_s, u"--db"_s, db, marked} + who);
    QVERIFY2(twice.is(0) && twice.out.contains(u"nothing new"_s), twice.describe().constData());

    Run reaffirmed = run(QStringList{u"decide"_s, u"--db"_s, db, u"CASE-2018-0001"_s, u"reaffirm"_s, u"--rationale"_s,
                                     u"the ban rests on more than the directive"_s} +
                         who);
    QVERIFY2(reaffirmed.is(0), reaffirmed.describe().constData());
    Run reversedWrongly = run(
        QStringList{u"decide"_s, u"--db"_s, db, u"CASE-2018-0001"_s, u"reverse"_s, u"--rationale"_s, u"no"_s} + who);
    QVERIFY2(reversedWrongly.is(1) && reversedWrongly.errorSays(u"nothing to reverse"_s),
             reversedWrongly.describe().constData());
    QVERIFY2(run({u"verify"_s, u"--db"_s, db}).is(0), "verify");
}

void TestCommandLine::deviceShowPrintsTheKey()
{
    const QString keyDir = m_dir->filePath(u"data/AdReview/keys"_s);
    // The decisions of earlier tests made this device's key; this test starts without one.
    QFile::remove(keyDir + u"/env-device.key"_s);
    Run none = run({u"device"_s, u"show"_s});
    QVERIFY2(none.is(0), qPrintable(none.all()));
    QVERIFY2(none.out.contains(u"device:      env-device\n"_s), qPrintable(none.out));
    QVERIFY2(none.out.contains(u"reviewer:    env.reviewer\n"_s), qPrintable(none.out));
    QVERIFY2(none.out.contains(u"none yet"_s), qPrintable(none.out));
    QVERIFY2(none.out.contains(keyDir + u"/env-device.key"_s), qPrintable(none.out));
    QVERIFY(!QFile::exists(keyDir + u"/env-device.key"_s));

    auto key = DeviceKeys(keyDir).loadOrCreate({u"env.reviewer"_s, u"env-device"_s});
    QVERIFY(key.ok());
    Run shown = run({u"device"_s, u"show"_s});
    QVERIFY2(shown.is(0), qPrintable(shown.all()));
    QVERIFY2(shown.out.contains(u"key:         %1 (Ed25519)\n"_s.arg(key->fingerprint())), qPrintable(shown.out));

    Run other = run({u"device"_s, u"show"_s, u"--reviewer"_s, u"dev.patel"_s});
    QVERIFY2(other.is(1), qPrintable(other.all()));
    QVERIFY2(other.errorSays(u"belongs to reviewer env.reviewer, not dev.patel"_s), qPrintable(other.err));

    QCOMPARE(::chmod(QFile::encodeName(keyDir + u"/env-device.key"_s).constData(), 0644), 0);
    Run open = run({u"device"_s, u"show"_s});
    QVERIFY2(open.is(3), qPrintable(open.all()));
    QVERIFY2(open.errorSays(u"chmod 600"_s), qPrintable(open.err));

    QProcessEnvironment env = environment();
    env.insert(u"ADREVIEW_KEY_DIR"_s, m_dir->filePath(u"elsewhere"_s));
    Run elsewhere = run({u"device"_s, u"show"_s}, env);
    QVERIFY2(elsewhere.is(0), qPrintable(elsewhere.all()));
    QVERIFY2(elsewhere.out.contains(m_dir->filePath(u"elsewhere/env-device.key"_s)), qPrintable(elsewhere.out));

    QVERIFY(run({u"device"_s}).is(2));
    QVERIFY(run({u"device"_s, u"rotate"_s}).is(2));
}

} // namespace adreview

using adreview::TestCommandLine;

// The demo's history is unsigned; a decision made on it is signed. show marks each event, verify
// reports each device, device list shows the registry, device revoke records a signed revocation.
void TestCommandLine::signaturesShowInShowVerifyAndTheDeviceList()
{
    QVERIFY(makeDemo(u"s.sqlite"_s));
    const QString ref = u"CASE-2018-0012"_s;
    const Run noted = run({u"annotate"_s, u"--db"_s, u"s.sqlite"_s, ref, u"--text"_s, u"signed note"_s});
    QVERIFY2(noted.is(0), noted.describe().constData());
    const Run key = run({u"device"_s, u"show"_s});
    const QString fingerprint = key.out.section(u"key:"_s, 1).section(u' ', 0, -1).trimmed().section(u' ', 0, 0);
    QVERIFY2(fingerprint.startsWith(u"SHA256:"_s), qPrintable(key.out));

    const Run shown = run({u"show"_s, u"--db"_s, u"s.sqlite"_s, ref});
    QVERIFY2(shown.out.contains(u"verified, key "_s + fingerprint), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"unsigned, from before signing"_s), qPrintable(shown.out));
    const QJsonArray history = showJson(u"s.sqlite"_s, ref).value(u"history"_s).toArray();
    QCOMPARE(history.last().toObject().value(u"signature"_s).toString(), u"verified, key "_s + fingerprint);

    const Run verified = run({u"verify"_s, u"--db"_s, u"s.sqlite"_s});
    QVERIFY2(verified.is(0), verified.describe().constData());
    QVERIFY2(verified.out.contains(u"device env-device: signed by reviewer env.reviewer's key "_s + fingerprint),
             qPrintable(verified.out));
    QVERIFY2(verified.out.contains(u"unsigned, from before signing"_s), qPrintable(verified.out));
    QVERIFY2(verified.out.contains(u"1 events signed"_s), qPrintable(verified.out));

    const Run listed = run({u"device"_s, u"list"_s, u"--db"_s, u"s.sqlite"_s});
    QVERIFY2(listed.is(0), listed.describe().constData());
    QVERIFY2(listed.out.contains(u"env-device\tenv.reviewer\t"_s + fingerprint + u"\ttrusted by env.reviewer"_s),
             qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"unsigned (from before signing)\ttrusted by the demo's history"_s),
             qPrintable(listed.out));

    const Run unknown = run({u"device"_s, u"revoke"_s, u"--db"_s, u"s.sqlite"_s, u"nobody"_s});
    QVERIFY2(unknown.is(1) && unknown.err.contains(u"not known here"_s), unknown.describe().constData());
    const QString demoDevice = history.first().toObject().value(u"device"_s).toString();
    const Run revoked = run({u"device"_s, u"revoke"_s, u"--db"_s, u"s.sqlite"_s, demoDevice, u"--after"_s, u"2"_s,
                             u"--reason"_s, u"left the team"_s});
    QVERIFY2(revoked.is(0), revoked.describe().constData());
    const Run after = run({u"device"_s, u"list"_s, u"--db"_s, u"s.sqlite"_s});
    QVERIFY2(after.out.contains(u"revoked after #2 by env-device"_s), qPrintable(after.out));
    // Its events after #2 are no longer valid: verify says so.
    const Run failing = run({u"verify"_s, u"--db"_s, u"s.sqlite"_s});
    QVERIFY2(failing.is(1), failing.describe().constData());
    QVERIFY2(failing.out.contains(u"was revoked"_s), qPrintable(failing.out));
}

QTEST_GUILESS_MAIN(TestCommandLine)

#include "tst_CommandLine.moc"
