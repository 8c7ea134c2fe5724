// A full disk, simulated with PRAGMA max_page_count: the write that does not fit fails with a clear
// message, leaves nothing of itself behind, and the same write succeeds once there is room.

#include "LargeCaseFile.h"
#include "TestDatabase.h"
#include "import/CaseImporter.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestDatabaseFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    void pragma(const QString &sql)
    {
        QSqlQuery q(m_t->db().connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    // No room for a single new page.
    void fillTheDisk() { pragma(u"PRAGMA max_page_count = %1"_s.arg(m_t->count(u"PRAGMA page_count"_s))); }
    void makeRoom() { pragma(u"PRAGMA max_page_count = 1073741823"_s); }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
    }
    void cleanup() { m_t.reset(); }

    void aDecisionThatDoesNotFitWritesNothing()
    {
        fillTheDisk();
        const QString snapshot = m_t->snapshot();
        const qint64 events = m_t->count(u"SELECT count(*) FROM events"_s);
        // Annotations until one needs a page the file cannot have.
        Command c{u"CASE-2018-0012"_s, u"annotate"_s, {}, QString(3000, u'x'), {}, {}, {}, {}};
        std::optional<Error> refused;
        qint64 written = 0;
        for (int i = 0; i < 500 && !refused; ++i) {
            c.rationale = u"%1 %2"_s.arg(i).arg(QString(3000, u'x'));
            auto done = m_t->review().submit(c);
            if (done)
                ++written;
            else
                refused = done.error();
        }
        QVERIFY(refused.has_value());
        QVERIFY2(refused->message.contains(u"disk is full"_s), qPrintable(refused->message));
        QVERIFY2(refused->message.contains(m_t->path()), qPrintable(refused->message));
        QVERIFY2(refused->message.contains(u"nothing was written"_s), qPrintable(refused->message));
        QCOMPARE(refused->kind, ErrorKind::Unusable);
        // Every acknowledged annotation is there, the refused one is not, and the file is whole.
        QCOMPARE(m_t->count(u"SELECT count(*) FROM events"_s), events + written);
        QCOMPARE(m_t->text(u"PRAGMA integrity_check"_s), u"ok"_s);
        if (written == 0)
            QCOMPARE(m_t->snapshot(), snapshot);

        // The same decision, once there is room.
        makeRoom();
        auto retried = m_t->review().submit(c);
        QVERIFY2(retried.ok(), retried ? "" : qPrintable(retried.error().message));
        QCOMPARE(m_t->count(u"SELECT count(*) FROM events"_s), events + written + 1);
        QCOMPARE(m_t->text(u"SELECT rationale FROM events ORDER BY id DESC LIMIT 1"_s), c.rationale);
    }

    void anImportThatDoesNotFitWritesNothing()
    {
        const QString file = m_t->dirPath() + u"/cases.json"_s;
        QFile json(file);
        QVERIFY(json.open(QIODevice::WriteOnly));
        QVERIFY(json.write(test::caseFile(test::manyCases(1500), 1500)) > 0);
        json.close();
        const QString before = m_t->snapshot();
        const qint64 cases = m_t->count(u"SELECT count(*) FROM cases"_s);
        fillTheDisk();
        auto refused = CaseImporter(m_t->db(), m_t->review()).importFile(file);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"disk is full"_s), qPrintable(refused.error().message));
        QCOMPARE(m_t->snapshot(), before);
        QCOMPARE(m_t->text(u"PRAGMA integrity_check"_s), u"ok"_s);

        makeRoom();
        auto imported = CaseImporter(m_t->db(), m_t->review()).importFile(file);
        QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(m_t->count(u"SELECT count(*) FROM cases"_s), cases + 1500);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDatabaseFaults)
#include "tst_DatabaseFaults.moc"
