// DeferredIndexes and IndexesSetAside: indexes dropped for a bulk load come back, whether the load
// finishes, fails, or its program is killed before the end (the next open of the file builds
// them), and never while the load is still under way; reports and verify work meanwhile.
#include "TestDatabase.h"
#include "storage/AuditVerifier.h"
#include "storage/DeferredIndexes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString indexesOf(Database &db, const QString &table)
{
    return test::rows(db, u"SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE type = 'index' "
                          "AND tbl_name = '%1' AND sql IS NOT NULL ORDER BY name)"_s.arg(table));
}

QString lockFileOf(const test::TestDatabase &t)
{
    return t.path() + u"-indexes.lock"_s;
}

// What a load stopped midway leaves in the file: the cases' indexes dropped, and the record of
// them, committed together.
void leaveSetAside(test::TestDatabase &t)
{
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT "
                   "NULL AND name <> 'cases_advertiser'"_s));
    QJsonArray record;
    QStringList names;
    while (q.next()) {
        names.append(q.value(0).toString());
        record.append(QJsonObject{{u"name"_s, q.value(0).toString()}, {u"sql"_s, q.value(1).toString()}});
    }
    q.finish();
    QVERIFY(names.size() > 5);
    QVERIFY(t.db().begin());
    for (const QString &name : std::as_const(names))
        QVERIFY(t.db().exec(u"DROP INDEX \"%1\""_s.arg(name), u"test"_s));
    QVERIFY(q.prepare(u"INSERT INTO meta (key, value) VALUES ('indexes_set_aside', ?)"_s));
    q.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    QVERIFY(q.exec());
    QVERIFY(t.db().commit());
    QCOMPARE(indexesOf(t.db(), u"cases"_s), u"cases_advertiser"_s);
}

} // namespace

class TestDeferredIndexes : public QObject {
    Q_OBJECT

private slots:
    void aRollbackBringsBackWhatAMergeDropped()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString before = indexesOf(t.db(), u"events"_s);
        QVERIFY(t.db().begin());
        DeferredIndexes deferred(t.db());
        QVERIFY(deferred.drop(u"events"_s, {u"events_case"_s}));
        QCOMPARE(indexesOf(t.db(), u"events"_s), u"events_case"_s);
        t.db().rollback();
        QCOMPARE(indexesOf(t.db(), u"events"_s), before);
        // Worth it only for many rows, and no fewer than the table holds.
        QCOMPARE(*deferred.worthwhile(u"events"_s, 10), false);
        QCOMPARE(*deferred.worthwhile(u"events"_s, DeferredIndexes::minimumRows), true);
    }

    void indexesSetAsideComeBackWhenTheLoadFinishes()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString cases = indexesOf(t.db(), u"cases"_s), events = indexesOf(t.db(), u"events"_s);
        // Every table's rows but meta's, which records what is set aside.
        const auto rowsNow = [&] { return t.snapshot().section(u"; "_s, 1); };
        const QString rows = rowsNow();
        const QString openCases = u"SELECT count(*) FROM cases WHERE state = 'open' AND assignee = ''"_s;
        const qint64 open = t.count(openCases);
        QVERIFY(open > 0);
        IndexesSetAside aside(t.db());
        QVERIFY(!aside.active());
        QVERIFY(aside.setAside(u"cases"_s, {u"cases_advertiser"_s}));
        QVERIFY(aside.setAside(u"events"_s, {u"events_case"_s}));
        QVERIFY(aside.active());
        QVERIFY(!t.db().inTransaction()); // committed: they stay aside across the load's transactions
        QCOMPARE(indexesOf(t.db(), u"cases"_s), u"cases_advertiser"_s);
        QCOMPARE(indexesOf(t.db(), u"events"_s), u"events_case"_s);
        QStringList recorded = *IndexesSetAside::recorded(t.db()), expected = (cases + u' ' + events).split(u' ');
        expected.removeAll(u"cases_advertiser"_s);
        expected.removeAll(u"events_case"_s);
        recorded.sort();
        expected.sort();
        QCOMPARE(recorded, expected);
        QVERIFY(QFile::exists(lockFileOf(t)));
        // Every row is there, and found without them.
        QCOMPARE(rowsNow(), rows);
        QCOMPARE(t.count(openCases), open);
        QVERIFY(aside.finish());
        QVERIFY(!aside.active());
        QCOMPARE(indexesOf(t.db(), u"cases"_s), cases);
        QCOMPARE(indexesOf(t.db(), u"events"_s), events);
        QCOMPARE(IndexesSetAside::recorded(t.db())->size(), 0);
        QVERIFY(!QFile::exists(lockFileOf(t)));
        QVERIFY(aside.finish()); // nothing left to do
    }

    void aLoadThatEndsEarlyBuildsThemAsItGoes()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString cases = indexesOf(t.db(), u"cases"_s);
        {
            IndexesSetAside aside(t.db());
            QVERIFY(aside.setAside(u"cases"_s, {}));
            QCOMPARE(indexesOf(t.db(), u"cases"_s), QString());
        }
        QCOMPARE(indexesOf(t.db(), u"cases"_s), cases);
        QCOMPARE(IndexesSetAside::recorded(t.db())->size(), 0);
        QVERIFY(!QFile::exists(lockFileOf(t)));
        // Nothing to set aside (every index kept): nothing is held either.
        IndexesSetAside none(t.db());
        QVERIFY(none.setAside(u"cases"_s, cases.split(u' ')));
        QVERIFY(!none.active());
        QVERIFY(!QFile::exists(lockFileOf(t)));
    }

    void aLoadStoppedMidwayLeavesThemForTheNextOpen()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString cases = indexesOf(t.db(), u"cases"_s);
        // Killed: the record stays, without the lock file (a power cut can lose it) ...
        leaveSetAside(t);
        t.reopen();
        QCOMPARE(indexesOf(t.db(), u"cases"_s), cases);
        QCOMPARE(IndexesSetAside::recorded(t.db())->size(), 0);
        // ... or with it, which nobody holds once its program has ended.
        leaveSetAside(t);
        const int fd = ::open(QFile::encodeName(lockFileOf(t)).constData(), O_CREAT | O_RDWR, 0600);
        QVERIFY(fd >= 0);
        ::close(fd);
        t.reopen();
        QCOMPARE(indexesOf(t.db(), u"cases"_s), cases);
        QVERIFY(!QFile::exists(lockFileOf(t)));
    }

    void aLoadUnderWayKeepsThemAsideAndReportsStillWork()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString cases = indexesOf(t.db(), u"cases"_s), events = indexesOf(t.db(), u"events"_s);
        IndexesSetAside aside(t.db());
        // As a pull into a new laptop sets them aside: many cases and events to come.
        QVERIFY(SyncMerge::setIndexesAside(t.db(), aside, DeferredIndexes::minimumRows, DeferredIndexes::minimumRows));
        QVERIFY(aside.active());
        QCOMPARE(indexesOf(t.db(), u"events"_s), u"events_case events_decided_at events_decided_case"_s);

        // Another connection to the file (the window's, an export's, another program's) opens it
        // meanwhile: it leaves them to the load.
        auto other = Database::open(t.path());
        QVERIFY(other);
        QCOMPARE(indexesOf(**other, u"cases"_s), u"cases_advertiser"_s);
        QVERIFY(QFile::exists(lockFileOf(t)));
        // Reports read by the decision indexes, which stay.
        QCOMPARE(test::rows(**other, u"SELECT count(*) > 0 FROM events INDEXED BY events_decided_at WHERE action IN "
                                     "('ban', 'clear', 'reinstate', 'resolve-conflict', 'approve', 'reverse')"_s),
                 u"1"_s);
        // verify names what is set aside, and finds nothing wrong.
        auto verified = AuditVerifier(**other).run();
        QVERIFY(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
        QVERIFY2(verified->notes.join(u'\n').contains(u"index cases_tabs is set aside by a team server sync"_s),
                 qPrintable(verified->notes.join(u'\n')));
        {
            // A second load at once writes with the indexes.
            IndexesSetAside second(**other);
            QVERIFY(second.setAside(u"cases"_s, {}));
            QVERIFY(!second.active());
            QCOMPARE(indexesOf(**other, u"cases"_s), u"cases_advertiser"_s);
        }
        other->reset();

        QVERIFY(aside.finish());
        QCOMPARE(indexesOf(t.db(), u"cases"_s), cases);
        QCOMPARE(indexesOf(t.db(), u"events"_s), events);
        QVERIFY(!QFile::exists(lockFileOf(t)));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDeferredIndexes)
#include "tst_DeferredIndexes.moc"
