#include "TestDatabase.h"
#include "demo/Generator.h"
#include "queue/ActivityModel.h"
#include "storage/ActivityRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestActivityModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    // The ids the log should list, straight from the events table.
    QList<qint64> expected(const QString &where, const QVariantList &values = {})
    {
        QSqlQuery q(m_t->db().connection());
        q.prepare(u"SELECT e.id FROM events e LEFT JOIN policies p ON p.id = e.policy_id WHERE %1 "
                  "ORDER BY e.at DESC, e.id DESC"_s.arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    // Every row of the model, fetching to the end as a view scrolling down would.
    static QList<qint64> readAll(ActivityModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QList<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(ActivityModel::EventIdRole).toLongLong();
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
        // More events than the model keeps pages of, so that pages are let go and read again.
        QVERIFY(Generator(m_t->db(), m_t->review(), 7).run(3600).ok());
        QVERIFY(m_t->count(u"SELECT count(*) FROM events"_s) > ActivityModel::pageSize * ActivityModel::maxCachedPages);
    }
    void cleanupTestCase() { m_t.reset(); }

    // More rows arrive as one insertion at the end; a filter change or a refresh is a reset.
    // (Qt 6.4's QAbstractItemModelTester fetches more while it handles a reset, which no view
    // does, so the signals are checked here instead.)
    void fetchingMoreInsertsAtTheEndAndAFilterResets()
    {
        ActivityModel model(m_t->db());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.canFetchMore({}));
        const int before = model.rowCount();
        model.fetchMore({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), before);
        QCOMPARE(inserted.first().at(2).toInt(), model.rowCount() - 1);
        ActivityFilter f;
        f.action = u"ban"_s;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.refresh().ok());
        QCOMPARE(reset.count(), 2);
        QCOMPARE(inserted.count(), 1);
    }

    void listsEveryEventNewestFirst()
    {
        ActivityModel model(m_t->db());
        QVERIFY(!model.lastError());
        QCOMPARE(model.rowCount(), ActivityModel::pageSize); // one page until the view asks for more
        QVERIFY(model.canFetchMore({}));
        const QList<qint64> ids = readAll(model);
        QVERIFY(model.complete());
        QCOMPARE(ids, expected(u"1"_s));
        // Pages let go along the way are read again with the rows they held.
        QCOMPARE(model.index(0, 0).data(ActivityModel::EventIdRole).toLongLong(), ids.first());
        QCOMPARE(model.index(ActivityModel::pageSize + 3, 0).data(ActivityModel::EventIdRole).toLongLong(),
                 ids[ActivityModel::pageSize + 3]);
        QVERIFY(!model.lastError());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("fromDaysAgo"); // 0: no bound
        QTest::addColumn<int>("toDaysAgo");
        const QString someone = m_t->text(u"SELECT reviewer FROM events WHERE action = 'ban' ORDER BY id LIMIT 1"_s);
        const QString device = m_t->text(u"SELECT device FROM events WHERE action = 'clear' ORDER BY id LIMIT 1"_s);
        QTest::newRow("reviewer") << someone << QString() << QString() << QString() << 0 << 0;
        QTest::newRow("device") << QString() << device << QString() << QString() << 0 << 0;
        QTest::newRow("action") << QString() << QString() << u"escalate"_s << QString() << 0 << 0;
        QTest::newRow("policy") << QString() << QString() << QString() << u"ADS-CRYPTO"_s << 0 << 0;
        QTest::newRow("reviewer, action and policy") << someone << QString() << u"ban"_s << u"ADS-NATSEC"_s << 0 << 0;
        QTest::newRow("time") << QString() << QString() << QString() << QString() << 400 << 100;
        QTest::newRow("reviewer and time") << someone << QString() << QString() << QString() << 200 << 0;
        QTest::newRow("nobody") << u"nobody"_s << QString() << QString() << QString() << 0 << 0;
    }

    void filters()
    {
        QFETCH(QString, reviewer);
        QFETCH(QString, device);
        QFETCH(QString, action);
        QFETCH(QString, policy);
        QFETCH(int, fromDaysAgo);
        QFETCH(int, toDaysAgo);
        ActivityFilter f;
        f.reviewer = reviewer;
        f.device = device;
        f.action = action;
        f.policy = policy;
        QStringList where{u"1"_s};
        QVariantList values;
        for (const auto &[column, value] : {std::pair{u"e.reviewer"_s, reviewer},
                                            {u"e.device"_s, device},
                                            {u"e.action"_s, action},
                                            {u"p.code"_s, policy}}) {
            if (!value.isEmpty()) {
                where << column + u" = ?"_s;
                values << value;
            }
        }
        const QDateTime latest = QDateTime::fromMSecsSinceEpoch(m_t->count(u"SELECT max(at) FROM events"_s), Qt::UTC);
        if (fromDaysAgo) {
            f.from = latest.addDays(-fromDaysAgo);
            where << u"e.at >= ?"_s;
            values << f.from.toMSecsSinceEpoch();
        }
        if (toDaysAgo) {
            f.to = latest.addDays(-toDaysAgo);
            where << u"e.at < ?"_s;
            values << f.to.toMSecsSinceEpoch();
        }
        ActivityModel model(m_t->db());
        QVERIFY(model.setFilter(f).ok());
        const QList<qint64> want = expected(where.join(u" AND "_s), values);
        QCOMPARE(readAll(model), want);
        for (int r = 0; r < std::min(model.rowCount(), 300); ++r) {
            if (!reviewer.isEmpty())
                QCOMPARE(model.index(r, ActivityModel::Reviewer).data().toString(), reviewer);
            if (!action.isEmpty())
                QCOMPARE(model.index(r, ActivityModel::Action).data().toString(), action);
            if (!policy.isEmpty())
                QCOMPARE(model.index(r, ActivityModel::Policy).data().toString(), policy);
        }
    }

    void showsTheCaseAndTheFirstLineOfTheRationale()
    {
        Command note;
        note.caseRef = m_t->text(u"SELECT ref FROM cases ORDER BY id LIMIT 1"_s);
        note.action = u"annotate"_s;
        note.rationale = u"<b>first line</b>\nsecond line"_s;
        // The generated history runs later than the test's clock: the note comes after all of it.
        const qint64 latest = m_t->count(u"SELECT max(at) FROM events"_s);
        const qint64 now = m_t->clock().now().toMSecsSinceEpoch();
        if (latest >= now)
            m_t->clock().advance(latest - now + 60'000);
        ActivityModel model(m_t->db());
        QVERIFY(m_t->reviewAs(u"rita.lead"_s, u"lead-laptop"_s).submit(note).ok());
        QVERIFY(model.index(0, ActivityModel::Reviewer).data().toString() != u"rita.lead"_s);
        QVERIFY(model.refresh().ok()); // what the window does once events are written
        QCOMPARE(model.index(0, ActivityModel::Reviewer).data().toString(), u"rita.lead"_s);
        QCOMPARE(model.index(0, ActivityModel::Device).data().toString(), u"lead-laptop"_s);
        QCOMPARE(model.index(0, ActivityModel::Case).data().toString(), note.caseRef);
        QCOMPARE(model.caseRefAt(0), note.caseRef);
        QCOMPARE(model.index(0, ActivityModel::Rationale).data().toString(), u"<b>first line</b>"_s);
        ActivityFilter f;
        f.reviewer = u"rita.lead"_s;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
    }

    void listsReviewersAndDevicesOnce()
    {
        const auto column = [&](const QString &name) {
            QSqlQuery q(m_t->db().connection());
            if (!q.exec(u"SELECT DISTINCT %1 FROM events ORDER BY %1"_s.arg(name)))
                qFatal("%s", qPrintable(q.lastError().text()));
            QStringList out;
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        ActivityRepository repo(m_t->db());
        auto reviewers = repo.reviewers();
        QVERIFY(reviewers.ok());
        QCOMPARE(*reviewers, column(u"reviewer"_s));
        auto devices = repo.devices();
        QVERIFY(devices.ok());
        QCOMPARE(*devices, column(u"device"_s));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestActivityModel)
#include "tst_ActivityModel.moc"
