// DeferredIndexes and IndexesSetAside: indexes dropped for a bulk load come back, whether the load
// finishes, fails, or its program is killed before the end (the next program to open the file
// builds them), and never while the program that set them aside is still at work.
#include "TestDatabase.h"
#include "storage/DeferredIndexes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString indexesOf(test::TestDatabase &t, const QString &table)
{
    return t.text(u"SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                  "tbl_name = '%1' AND sql IS NOT NULL ORDER BY name)"_s.arg(table));
}

// A process that has ended, so its id names no running program.
qint64 endedProcess()
{
    QProcess p;
    p.start(u"true"_s, {});
    if (!p.waitForStarted())
        return -1;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

// What a load stopped midway leaves in the file: the cases' indexes dropped, and the record of
// them naming the program that dropped them.
void leaveSetAside(test::TestDatabase &t, const QString &host, qint64 pid)
{
    IndexesSetAside aside(t.db());
    QVERIFY(aside.setAside(u"cases"_s, {u"cases_advertiser"_s}));
    const QString record = t.text(u"SELECT value FROM meta WHERE key = 'indexes_set_aside'"_s);
    QJsonObject o = QJsonDocument::fromJson(record.toUtf8()).object();
    QCOMPARE(o[u"pid"_s].toInteger(), QCoreApplication::applicationPid());
    QCOMPARE(o[u"host"_s].toString(), QSysInfo::machineHostName());
    o[u"host"_s] = host;
    o[u"pid"_s] = pid;
    // The destructor would build them: the state is made again by hand, as the program left it.
    QVERIFY(aside.finish());
    QVERIFY(t.db().begin());
    const QStringList names = indexesOf(t, u"cases"_s).split(u' ');
    for (const QString &name : names) {
        if (name != u"cases_advertiser")
            QVERIFY(t.db().exec(u"DROP INDEX \"%1\""_s.arg(name), u"test"_s));
    }
    QSqlQuery q(t.db().connection());
    QVERIFY(q.prepare(u"INSERT INTO meta (key, value) VALUES ('indexes_set_aside', ?)"_s));
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    QVERIFY(q.exec());
    QVERIFY(t.db().commit());
    QCOMPARE(indexesOf(t, u"cases"_s), u"cases_advertiser"_s);
}

} // namespace

class TestDeferredIndexes : public QObject {
    Q_OBJECT

private slots:
    void aRollbackBringsBackWhatAMergeDropped()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString before = indexesOf(t, u"events"_s);
        QVERIFY(t.db().begin());
        DeferredIndexes deferred(t.db());
        QVERIFY(deferred.drop(u"events"_s, {u"events_case"_s}));
        QCOMPARE(indexesOf(t, u"events"_s), u"events_case"_s);
        t.db().rollback();
        QCOMPARE(indexesOf(t, u"events"_s), before);
        // Worth it only for many rows, and no fewer than the table holds.
        QCOMPARE(*deferred.worthwhile(u"events"_s, 10), false);
        QCOMPARE(*deferred.worthwhile(u"events"_s, DeferredIndexes::minimumRows), true);
    }

    void indexesSetAsideComeBackWhenTheLoadFinishes()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString cases = indexesOf(t, u"cases"_s), events = indexesOf(t, u"events"_s);
        // Every table's rows but meta's, which records what is set aside.
        const auto rowsNow = [&] { return t.snapshot().section(u"; "_s, 1); };
        const QString rows = rowsNow();
        IndexesSetAside aside(t.db());
        QVERIFY(!aside.active());
        QVERIFY(aside.setAside(u"cases"_s, {u"cases_advertiser"_s}));
        QVERIFY(aside.setAside(u"events"_s, {u"events_case"_s}));
        QVERIFY(aside.active());
        QVERIFY(!t.db().inTransaction()); // committed: they stay aside across the load's transactions
        QCOMPARE(indexesOf(t, u"cases"_s), u"cases_advertiser"_s);
        QCOMPARE(indexesOf(t, u"events"_s), u"events_case"_s);
        QCOMPARE(t.count(u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s), qint64(1));
        // Every row is there, and found without them.
        QCOMPARE(rowsNow(), rows);
        QCOMPARE(t.count(u"SELECT count(*) FROM cases WHERE state = 'open' AND assignee = ''"_s),
                 t.count(u"SELECT count(*) FROM cases NOT INDEXED WHERE state = 'open' AND assignee = ''"_s));
        QVERIFY(aside.finish());
        QVERIFY(!aside.active());
        QCOMPARE(indexesOf(t, u"cases"_s), cases);
        QCOMPARE(indexesOf(t, u"events"_s), events);
        QCOMPARE(t.count(u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s), qint64(0));
        QVERIFY(aside.finish()); // nothing left to do
    }

    void aLoadThatEndsEarlyBuildsThemAsItGoes()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString cases = indexesOf(t, u"cases"_s);
        {
            IndexesSetAside aside(t.db());
            QVERIFY(aside.setAside(u"cases"_s, {}));
            QCOMPARE(indexesOf(t, u"cases"_s), QString());
        }
        QCOMPARE(indexesOf(t, u"cases"_s), cases);
        QCOMPARE(t.count(u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s), qint64(0));
    }

    void aProgramStoppedMidwayLeavesThemForTheNextOpen()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString cases = indexesOf(t, u"cases"_s);
        const qint64 ended = endedProcess();
        QVERIFY(ended > 0);
        leaveSetAside(t, QSysInfo::machineHostName(), ended);
        t.reopen();
        QCOMPARE(indexesOf(t, u"cases"_s), cases);
        QCOMPARE(t.count(u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s), qint64(0));
        // Set aside on another machine (a file carried over): no program here is loading it.
        leaveSetAside(t, u"another-machine"_s, QCoreApplication::applicationPid());
        t.reopen();
        QCOMPARE(indexesOf(t, u"cases"_s), cases);
    }

    void aProgramStillLoadingBuildsThemItself()
    {
        test::TestDatabase t;
        t.loadDemo();
        // This program set them aside: another connection of it (a window's, an export's) opens
        // the file and leaves them to the load.
        leaveSetAside(t, QSysInfo::machineHostName(), QCoreApplication::applicationPid());
        t.reopen();
        QCOMPARE(indexesOf(t, u"cases"_s), u"cases_advertiser"_s);
        QCOMPARE(t.count(u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s), qint64(1));
        // The load sets more aside and finishes: everything recorded comes back.
        const QString events = indexesOf(t, u"events"_s);
        IndexesSetAside aside(t.db());
        QVERIFY(aside.setAside(u"events"_s, {u"events_case"_s}));
        QVERIFY(aside.finish());
        QCOMPARE(indexesOf(t, u"events"_s), events);
        QVERIFY(indexesOf(t, u"cases"_s).contains(u"cases_tabs"_s));
        QCOMPARE(t.count(u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s), qint64(0));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDeferredIndexes)
#include "tst_DeferredIndexes.moc"
