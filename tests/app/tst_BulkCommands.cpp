// `decide`, `annotate` and `assign` on several cases, run as a user runs them: the built adreview
// executable, its exit status, stdout (one line per case decided) and stderr (one line per case
// refused, then a summary) checked, and the database read afterwards.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int processTimeoutMs = 120'000;

struct Run {
    QStringList args;
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    bool is(int code) const { return finished && exitCode == code; }
    QByteArray describe() const
    {
        return u"adreview %1: exit %2\n--- stdout:\n%3\n--- stderr:\n%4"_s.arg(args.join(u' '))
            .arg(exitCode)
            .arg(out.left(3000), err.left(3000))
            .toUtf8();
    }
};

int connections = 0;

// The first column of each row a query gives, through a connection of the test's own.
QStringList column(const QString &file, const QString &statement)
{
    const QString name = u"tst_BulkCommands-%1"_s.arg(++connections);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(file));
        QSqlQuery q(db);
        if (!q.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        while (q.next())
            out << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

qint64 number(const QString &file, const QString &statement)
{
    return column(file, statement).value(0).toLongLong();
}

} // namespace

class TestBulkCommands : public QObject {
    Q_OBJECT

private:
    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run run(const QStringList &args, const QByteArray &input = {}) const
    {
        Run r;
        r.args = args;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir->path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"ADREVIEW_REVIEWER"_s, u"env.reviewer"_s);
        env.insert(u"ADREVIEW_DEVICE"_s, u"env-device"_s);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir->path());
        p.start(m_bin, args);
        if (!p.waitForStarted(processTimeoutMs))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        r.finished = p.waitForFinished(processTimeoutMs) && p.exitStatus() == QProcess::NormalExit;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList casesIn(const QString &state)
    {
        return column(m_db, u"SELECT ref FROM cases WHERE state IN (%1) ORDER BY ref"_s.arg(state));
    }

    qint64 eventsOf(const QString &ref, const QString &action)
    {
        return number(m_db, u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' "
                            "AND e.action = '%2'"_s.arg(ref, action));
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("ADREVIEW_BIN");
        QVERIFY2(QFileInfo(m_bin).isExecutable(), "ADREVIEW_BIN does not name the built adreview");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"d.sqlite"_s);
        const Run demo = run({u"demo"_s, u"--db"_s, m_db});
        QVERIFY2(demo.is(0), demo.describe().constData());
    }

    void cleanup() { m_dir.reset(); }

    void severalRefsAreDecidedOneEventEach()
    {
        const QStringList open = casesIn(u"'open', 'in-review'"_s);
        QVERIFY(open.size() >= 3);
        const QString decided = casesIn(u"'decided'"_s).value(0);
        QVERIFY(!decided.isEmpty());
        const qint64 escalations = eventsOf(decided, u"escalate"_s);
        const Run r = run({u"decide"_s, u"--db"_s, m_db, open[0], decided, open[1], u"escalate"_s, u"--rationale"_s,
                           u"A lead decides these together"_s});
        QVERIFY2(r.is(1), r.describe().constData()); // one refused
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(open[0] + u' '));
        QVERIFY(lines[1].startsWith(open[1] + u' '));
        const QString eventId = lines[0].section(u' ', 1);
        QCOMPARE(number(m_db, u"SELECT count(*) FROM events WHERE uuid = '%1' AND action = 'escalate'"_s.arg(eventId)),
                 1);
        QVERIFY2(r.err.contains(u"adreview: refused %1: "_s.arg(decided)) && r.err.contains(u"already decided"_s),
                 r.describe().constData());
        QVERIFY2(r.err.contains(u"2 of 3 cases decided, 1 refused"_s), r.describe().constData());
        QCOMPARE(eventsOf(open[0], u"escalate"_s), 1);
        QCOMPARE(eventsOf(open[1], u"escalate"_s), 1);
        QCOMPARE(eventsOf(decided, u"escalate"_s), escalations);
    }

    void refsComeFromAFileOrStandardInput()
    {
        const QStringList open = casesIn(u"'open', 'in-review'"_s);
        QVERIFY(open.size() >= 4);
        const QString list = m_dir->filePath(u"refs.txt"_s);
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"# cases from the sweep\n%1\n\n  %2  \n# done\n"_s.arg(open[0], open[1]).toUtf8());
        f.close();
        // A ban of each, citing every item of each case, under one policy with its default statement.
        Run r =
            run({u"decide"_s, u"--db"_s, m_db, u"--from-file"_s, list, open[2], u"ban"_s, u"--policy"_s,
                 u"ADS-CRYPTO"_s, u"--rationale"_s, u"Crypto across the network"_s, u"--evidence-kind"_s, u"all"_s});
        QVERIFY2(r.is(0), r.describe().constData());
        QCOMPARE(r.out.count(u'\n'), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(eventsOf(open[i], u"ban"_s), 1);
            QCOMPARE(
                number(m_db, u"SELECT count(*) FROM event_evidence ee JOIN events e ON e.id = ee.event_id "
                             "JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' AND e.action = 'ban'"_s.arg(open[i])),
                number(m_db, u"SELECT evidence_count FROM cases WHERE ref = '%1'"_s.arg(open[i])));
            QCOMPARE(number(m_db, u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE "
                                  "c.ref = '%1' AND e.action = 'ban' AND e.statement <> ''"_s.arg(open[i])),
                     1);
        }
        QVERIFY2(r.err.contains(u"3 of 3 cases decided, 0 refused"_s), r.describe().constData());

        // Notes from standard input.
        const qint64 notes0 = eventsOf(open[0], u"annotate"_s);
        const qint64 notes3 = eventsOf(open[3], u"annotate"_s);
        r = run({u"annotate"_s, u"--db"_s, m_db, u"--from-file"_s, u"-"_s, u"--text"_s, u"Seen"_s},
                u"%1\n%2\n"_s.arg(open[3], open[0]).toUtf8());
        QVERIFY2(r.is(0), r.describe().constData());
        QCOMPARE(eventsOf(open[3], u"annotate"_s), notes3 + 1);
        QCOMPARE(eventsOf(open[0], u"annotate"_s), notes0 + 1);
    }

    void aCaseWithoutTheKindCitedIsRefusedAndNamed()
    {
        const QString with =
            column(m_db, u"SELECT DISTINCT c.ref FROM cases c JOIN evidence v ON v.case_id = c.id WHERE "
                         "c.state = 'open' AND v.kind = 'news-citation' ORDER BY c.ref LIMIT 1"_s)
                .value(0);
        const QString without =
            column(m_db, u"SELECT c.ref FROM cases c WHERE c.state = 'open' AND NOT EXISTS (SELECT 1 FROM evidence v "
                         "WHERE v.case_id = c.id AND v.kind = 'news-citation') ORDER BY c.ref LIMIT 1"_s)
                .value(0);
        QVERIFY(!with.isEmpty() && !without.isEmpty());
        const Run r = run({u"decide"_s, u"--db"_s, m_db, with, without, u"ban"_s, u"--policy"_s, u"ADS-NATSEC"_s,
                           u"--rationale"_s, u"Reported by the press"_s, u"--evidence-kind"_s, u"news-citation"_s});
        QVERIFY2(r.is(1), r.describe().constData());
        QVERIFY2(r.err.contains(u"adreview: refused %1: "_s.arg(without)) &&
                     r.err.contains(u"no evidence of kind news-citation"_s),
                 r.describe().constData());
        QCOMPARE(eventsOf(with, u"ban"_s), 1);
        QCOMPARE(eventsOf(without, u"ban"_s), 0);
    }

    void usageMistakesAreRefusedBeforeAnythingIsWritten()
    {
        const QStringList open = casesIn(u"'open', 'in-review'"_s);
        const qint64 before = number(m_db, u"SELECT count(*) FROM events"_s);
        Run r = run({u"decide"_s, u"--db"_s, m_db, open[0], open[1], u"escalate"_s, u"--expect"_s,
                     u"00000000-0000-0000-0000-000000000000"_s});
        QVERIFY2(r.is(2), r.describe().constData());
        r = run({u"decide"_s, u"--db"_s, m_db, open[0], open[1], u"ban"_s, u"--policy"_s, u"ADS-CRYPTO"_s,
                 u"--rationale"_s, u"x"_s, u"--evidence-kind"_s, u"rumour"_s});
        QVERIFY2(r.is(2), r.describe().constData());
        r = run({u"decide"_s, u"--db"_s, m_db, u"--from-file"_s, m_dir->filePath(u"missing.txt"_s), u"escalate"_s});
        QVERIFY2(r.is(1), r.describe().constData());
        QCOMPARE(number(m_db, u"SELECT count(*) FROM events"_s), before);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestBulkCommands)
#include "tst_BulkCommands.moc"
