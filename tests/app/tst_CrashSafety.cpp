// Writers killed with SIGKILL at random moments: every decision a writer acknowledged (printed its
// event id) is in the file afterwards, and the file passes SQLite's check and `adreview verify`.
// The test binary is its own writer when run as `tst_CrashSafety --writer DB DEVICE`; rounds also
// kill the real `adreview annotate`. ADREVIEW_CRASH_ROUNDS sets the number of rounds (20).

#include "demo/DemoDataset.h"
#include "domain/Clock.h"
#include "review/ReviewService.h"
#include "storage/Database.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QStringList demoRefs{u"CASE-2018-0012"_s, u"CASE-2018-0013"_s, u"CASE-2017-0001"_s, u"CASE-2017-0002"_s,
                           u"CASE-2018-0011"_s};

// Annotates and assigns demo cases as fast as it can, printing each event's id once its commit
// has returned, until it is killed.
int writer(const QString &path, const QString &device)
{
    auto db = Database::open(path, Database::OpenMode::MustExist);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    SystemClock clock;
    ReviewService review(**db, clock, Identity{u"crash.tester"_s, device});
    QRandomGenerator rng(QRandomGenerator::system()->generate());
    for (int i = 0;; ++i) {
        Command c;
        c.caseRef = demoRefs[rng.bounded(int(demoRefs.size()))];
        c.action = i % 3 == 2 ? u"assign"_s : u"annotate"_s;
        c.rationale = u"note %1 from %2"_s.arg(i).arg(device);
        c.assignee = i % 2 ? u"grace.okafor"_s : u"crash.tester"_s;
        auto done = review.submit(c);
        if (!done) {
            if (done.error().kind == ErrorKind::Unusable)
                continue; // busy with the other writer: try again
            continue;     // refused by the rules (already assigned): nothing was written
        }
        std::printf("%s\n", qPrintable(done->event.uuid));
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QSet<QString> m_acknowledged;
    int m_killedMidWrite = 0;

    static QStringList completeLines(const QByteArray &out)
    {
        // A line cut by the kill has no newline and was never acknowledged.
        QStringList lines = QString::fromUtf8(out).split(u'\n');
        lines.removeLast();
        return lines;
    }

    int adreview(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("ADREVIEW_BIN"), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("ADREVIEW_BIN"), "ADREVIEW_BIN names the adreview program");
        m_db = m_dir.filePath(u"crash.sqlite"_s);
        QCOMPARE(adreview({u"demo"_s, u"--db"_s, m_db}), 0);
    }

    void killedWritersLoseNoAcknowledgedDecision()
    {
        const int rounds = qEnvironmentVariableIsSet("ADREVIEW_CRASH_ROUNDS")
                               ? qEnvironmentVariableIntValue("ADREVIEW_CRASH_ROUNDS")
                               : 20;
        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < rounds; ++round) {
            // Two writers of this binary on two devices, and one adreview annotate.
            QList<QProcess *> writers;
            for (const QString &device : {u"crash-a"_s, u"crash-b"_s}) {
                auto *p = new QProcess(this);
                p->start(QCoreApplication::applicationFilePath(), {u"--writer"_s, m_db, device});
                writers << p;
            }
            auto *cli = new QProcess(this);
            cli->setProcessEnvironment([] {
                auto env = QProcessEnvironment::systemEnvironment();
                env.insert(u"ADREVIEW_DEVICE"_s, u"crash-cli"_s);
                env.insert(u"ADREVIEW_REVIEWER"_s, u"crash.cli"_s);
                return env;
            }());
            cli->start(qEnvironmentVariable("ADREVIEW_BIN"),
                       {u"annotate"_s, u"--db"_s, m_db, demoRefs[round % demoRefs.size()], u"--text"_s,
                        u"round %1"_s.arg(round)});
            for (QProcess *p : std::as_const(writers))
                QVERIFY(p->waitForStarted(10000));
            QVERIFY(cli->waitForStarted(10000));
            // Killed once they write: a slow start (a sanitizer build on a busy machine) must not
            // end a round before the writers have begun.
            QDeadlineTimer started(60000);
            while (writers[0]->bytesAvailable() == 0 && writers[1]->bytesAvailable() == 0 && !started.hasExpired()) {
                writers[0]->waitForReadyRead(20);
                writers[1]->waitForReadyRead(20);
            }
            QVERIFY2(!started.hasExpired(), "no writer acknowledged a decision within a minute");
            QTest::qWait(int(rng->bounded(20, 400)));
            for (QProcess *p : std::as_const(writers) + QList<QProcess *>{cli}) {
                if (p->state() != QProcess::NotRunning) {
                    p->kill(); // SIGKILL
                    ++m_killedMidWrite;
                    QVERIFY(p->waitForFinished(10000));
                } else if (p != cli) {
                    QFAIL(qPrintable(u"a writer stopped by itself: "_s + QString::fromUtf8(p->readAllStandardError())));
                }
                const QStringList ids = completeLines(p->readAllStandardOutput());
                for (const QString &id : ids)
                    m_acknowledged.insert(id);
                p->deleteLater();
            }
        }
        qInfo("%d rounds, %d processes killed, %lld decisions acknowledged", rounds, m_killedMidWrite,
              qint64(m_acknowledged.size()));
        QVERIFY(m_acknowledged.size() >= rounds); // the writers did write between the kills

        // Every acknowledged event is there, and the file is whole.
        auto db = Database::open(m_db, Database::OpenMode::MustExist);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"PRAGMA quick_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QSet<QString> stored;
        QVERIFY(q.exec(u"SELECT uuid FROM events"_s));
        while (q.next())
            stored.insert(q.value(0).toString());
        for (const QString &id : std::as_const(m_acknowledged))
            QVERIFY2(stored.contains(id), qPrintable(u"acknowledged event %1 is missing"_s.arg(id)));
        db->reset();

        QByteArray out;
        QCOMPARE(adreview({u"verify"_s, u"--db"_s, m_db}, &out), 0);
        // And nobody holds the file: a new decision goes in at once.
        QCOMPARE(adreview({u"annotate"_s, u"--db"_s, m_db, demoRefs.first(), u"--text"_s, u"after the crashes"_s}), 0);
    }
};

} // namespace adreview

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return adreview::writer(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    adreview::TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_CrashSafety.moc"
