// BulkInsert: rows written a group at a time, with ids after the highest the table holds, each
// group in the table once it is full or flushed, and a failed group named by its rows.
#include "TestDatabase.h"
#include "storage/BulkInsert.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestBulkInsert : public QObject {
    Q_OBJECT

private:
    static qint64 count(Database &db, const QString &table)
    {
        return test::rows(db, u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
    }

    static void makeTable(Database &db)
    {
        QVERIFY(
            db.exec(u"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, body BLOB)"_s, u"test"_s));
        QVERIFY(db.exec(u"INSERT INTO items (id, name) VALUES (41, 'before')"_s, u"test"_s));
    }

private slots:
    void rowsGetIdsAfterTheHighestAndGoInGroups()
    {
        test::TestDatabase t;
        makeTable(t.db());
        QVERIFY(t.db().begin());
        BulkInsert rows(t.db(), u"items"_s, {u"name"_s}, u"adding items"_s);
        const int many = BulkInsert::rowsPerStatement * 2 + 7;
        for (int i = 1; i <= many; ++i) {
            auto id = rows.add({u"item %1"_s.arg(i)}, u"item %1"_s.arg(i));
            QVERIFY(id);
            QCOMPARE(*id, 41 + i);
            // A full group is written at once; the rest waits for flush().
            QCOMPARE(count(t.db(), u"items"_s),
                     1 + qint64(i / BulkInsert::rowsPerStatement) * BulkInsert::rowsPerStatement);
        }
        QCOMPARE(rows.pending(), 7);
        QVERIFY(rows.flush());
        QCOMPARE(rows.pending(), 0);
        QVERIFY(t.db().commit());
        QCOMPARE(count(t.db(), u"items"_s), qint64(many) + 1);
        QCOMPARE(test::rows(t.db(), u"SELECT name FROM items WHERE id = %1"_s.arg(41 + many)), u"item %1"_s.arg(many));
        QCOMPARE(test::rows(t.db(), u"SELECT max(id) - min(id) FROM items WHERE name <> 'before'"_s).toInt(), many - 1);
    }

    void aComputedColumnAndATableWithoutIds()
    {
        test::TestDatabase t;
        makeTable(t.db());
        QVERIFY(t.db().exec(u"CREATE TABLE links (a INTEGER NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b)) "
                            "WITHOUT ROWID"_s,
                            u"test"_s));
        QVERIFY(t.db().begin());
        BulkInsert links(t.db(), u"links"_s, {u"a"_s, u"b"_s}, u"linking"_s, BulkInsert::Ids::None,
                         u"(?, (SELECT name FROM items WHERE id = ?))"_s);
        auto none = links.add({1, 41}, u"link 1"_s);
        QVERIFY(none);
        QCOMPARE(*none, 0);
        QVERIFY(links.flush());
        QVERIFY(t.db().commit());
        QCOMPARE(test::rows(t.db(), u"SELECT a || ' ' || b FROM links"_s), u"1 before"_s);
    }

    void manyBytesAreWrittenWithoutWaitingForAFullGroup()
    {
        test::TestDatabase t;
        makeTable(t.db());
        QVERIFY(t.db().begin());
        BulkInsert rows(t.db(), u"items"_s, {u"name"_s, u"body"_s}, u"adding items"_s);
        const QByteArray attachment(BulkInsert::maxGroupBytes / 2 + 1, 'x');
        QVERIFY(rows.add({u"first"_s, attachment}, u"first"_s));
        QCOMPARE(count(t.db(), u"items"_s), 1);
        QVERIFY(rows.add({u"second"_s, attachment}, u"second"_s));
        QCOMPARE(count(t.db(), u"items"_s), 3);
        QCOMPARE(rows.pending(), 0);
        QVERIFY(t.db().commit());
        QCOMPARE(test::rows(t.db(), u"SELECT sum(length(body)) FROM items"_s).toLongLong(), 2 * attachment.size());
    }

    void aRefusedGroupNamesItsRows()
    {
        test::TestDatabase t;
        makeTable(t.db());
        QVERIFY(t.db().begin());
        BulkInsert rows(t.db(), u"items"_s, {u"name"_s}, u"adding items"_s);
        QVERIFY(rows.add({u"one"_s}, u"item one"_s));
        QVERIFY(rows.add({u"before"_s}, u"item before"_s)); // the table holds that name already
        QVERIFY(rows.add({u"three"_s}, u"item three"_s));
        const Status written = rows.flush();
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(u"adding items (item one to item three)"_s),
                 qPrintable(written.error().message));
        QCOMPARE(rows.pending(), 0);
        t.db().rollback();
        QCOMPARE(count(t.db(), u"items"_s), 1);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestBulkInsert)
#include "tst_BulkInsert.moc"
