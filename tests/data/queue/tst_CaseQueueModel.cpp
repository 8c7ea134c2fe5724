#include "TestDatabase.h"
#include "demo/Generator.h"
#include "queue/CaseQueueModel.h"
#include "storage/CaseRepository.h"
#include "storage/SearchIndex.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

namespace adreview {

class TestCaseQueueModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    QStringList expected(const QString &where, const QString &order)
    {
        QSqlQuery q(m_t->db().connection());
        QStringList refs;
        if (!q.exec(u"SELECT c.ref FROM cases c WHERE %1 ORDER BY %2"_s.arg(where, order)))
            qFatal("%s", qPrintable(q.lastQuery()));
        while (q.next())
            refs << q.value(0).toString();
        return refs;
    }

    // Reads every row, pages in a random order, as a view jumping around would.
    static QStringList shuffledRead(const CaseQueueModel &model, quint32 seed)
    {
        const int n = model.rowCount();
        QList<int> rows(n);
        std::iota(rows.begin(), rows.end(), 0);
        QRandomGenerator rng(seed);
        std::shuffle(rows.begin(), rows.end(), rng);
        QStringList refs(n);
        for (int r : rows)
            refs[r] = model.refAt(r);
        return refs;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
        QVERIFY(Generator(m_t->db(), m_t->review(), 11).run(700).ok());
    }
    void cleanupTestCase() { m_t.reset(); }

    void passesTheModelTester()
    {
        CaseQueueModel model(m_t->db(), m_t->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueFilter f;
        f.tab = QueueFilter::Tab::All;
        QVERIFY(model.setFilter(f).ok());
        model.sort(CaseQueueModel::Case, Qt::DescendingOrder);
        f.search = u"kaspersky"_s;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.refresh().ok());
    }

    void pagesMatchTheDatabaseInEveryOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("sql");
        QTest::newRow("priority") << int(CaseQueueModel::Priority) << int(Qt::AscendingOrder)
                                  << u"c.priority_rank, c.due_at, c.id"_s;
        QTest::newRow("priority desc") << int(CaseQueueModel::Priority) << int(Qt::DescendingOrder)
                                       << u"c.priority_rank DESC, c.due_at DESC, c.id DESC"_s;
        QTest::newRow("case") << int(CaseQueueModel::Case) << int(Qt::AscendingOrder) << u"c.ref"_s;
        QTest::newRow("advertiser desc") << int(CaseQueueModel::Advertiser) << int(Qt::DescendingOrder)
                                         << u"c.advertiser_name DESC, c.id DESC"_s;
        QTest::newRow("age (youngest first)")
            << int(CaseQueueModel::Age) << int(Qt::AscendingOrder) << u"c.opened_at DESC, c.id DESC"_s;
        QTest::newRow("sla") << int(CaseQueueModel::Sla) << int(Qt::AscendingOrder) << u"c.due_at, c.id"_s;
        QTest::newRow("state") << int(CaseQueueModel::State) << int(Qt::AscendingOrder) << u"c.state, c.due_at, c.id"_s;
        QTest::newRow("evidence desc") << int(CaseQueueModel::Evidence) << int(Qt::DescendingOrder)
                                       << u"c.evidence_count DESC, c.id DESC"_s;
    }

    void pagesMatchTheDatabaseInEveryOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, sql);
        CaseQueueModel model(m_t->db(), m_t->clock());
        QueueFilter f;
        f.tab = QueueFilter::Tab::All;
        QVERIFY(model.setFilter(f).ok());
        model.sort(CaseQueueModel::Priority == column ? CaseQueueModel::Case : CaseQueueModel::Priority);
        model.sort(column, Qt::SortOrder(order));
        const QStringList want = expected(u"1"_s, sql);
        QCOMPARE(model.rowCount(), want.size());
        QCOMPARE(shuffledRead(model, 1), want);
        QVERIFY(model.refresh().ok());
        QCOMPARE(shuffledRead(model, 2), want);
        QVERIFY(model.lastError() == nullptr);
    }

    // Far jumps start from the nearest anchor key; the rows must be the same as without anchors.
    void anchorsGiveTheSameRows_data() { pagesMatchTheDatabaseInEveryOrder_data(); }
    // More pages than the model keeps, read in order as a bulk action reads a large selection and
    // at random: the pages it lets go never take the one just read with them. (Whether letting one
    // go moves the others depends on the process's hash seed; the random read lets go of a page a
    // thousand times.)
    void readingPastTheCacheKeepsEveryRow()
    {
        test::TestDatabase big;
        QVERIFY(Generator(big.db(), big.review(), 12)
                    .run(CaseQueueModel::pageSize * (CaseQueueModel::maxCachedPages + 8))
                    .ok());
        CaseQueueModel model(big.db(), big.clock());
        QueueFilter f;
        f.tab = QueueFilter::Tab::All;
        QVERIFY(model.setFilter(f).ok());
        model.sort(CaseQueueModel::Case, Qt::AscendingOrder);
        QStringList refs;
        for (int row = 0; row < model.rowCount(); ++row)
            refs << model.refAt(row);
        QSqlQuery q(big.db().connection());
        QVERIFY(q.exec(u"SELECT ref FROM cases ORDER BY ref"_s));
        QStringList all;
        while (q.next())
            all << q.value(0).toString();
        QCOMPARE(refs, all);
        // Jumping about, as a view scrolled far and back: a page let go for nearly every one read.
        QCOMPARE(shuffledRead(model, 5), all);
    }

    void anchorsGiveTheSameRows()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, sql);
        CaseQueueModel model(m_t->db(), m_t->clock());
        QueueFilter f;
        f.tab = QueueFilter::Tab::All;
        QVERIFY(model.setFilter(f).ok());
        model.sort(column == CaseQueueModel::Priority ? CaseQueueModel::Case : CaseQueueModel::Priority);
        model.sort(column, Qt::SortOrder(order));
        auto anchors = CaseQueueModel::readAnchors(m_t->db(), model.anchorRequest(37));
        QVERIFY(anchors.ok());
        QCOMPARE(anchors->size(), (model.rowCount() - 1) / 37);
        model.setAnchors(model.anchorRequest().generation, *anchors);
        QCOMPARE(shuffledRead(model, 9), expected(u"1"_s, sql));
        // anchors of an older filter or sort are ignored
        const quint64 old = model.anchorRequest().generation;
        model.sort(CaseQueueModel::Evidence, Qt::AscendingOrder);
        model.setAnchors(old, *anchors);
        QCOMPARE(shuffledRead(model, 10), expected(u"1"_s, u"c.evidence_count, c.id"_s));
    }

    void tabsAndFiltersNarrowTheQueue()
    {
        CaseQueueModel model(m_t->db(), m_t->clock());
        QueueFilter f;
        f.tab = QueueFilter::Tab::Open;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(shuffledRead(model, 3),
                 expected(u"c.state IN ('open', 'in-review')"_s, u"c.priority_rank, c.due_at, c.id"_s));
        f.tab = QueueFilter::Tab::Conflicts;
        f.policyCode = u"ADS-CRYPTO"_s;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(
            shuffledRead(model, 4),
            expected(u"c.state = 'conflict' AND c.policy_id = (SELECT id FROM policies WHERE code = 'ADS-CRYPTO')"_s,
                     u"c.priority_rank, c.due_at, c.id"_s));
        QVERIFY(model.rowCount() > 0);
        f = QueueFilter();
        f.tab = QueueFilter::Tab::Appeals;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(shuffledRead(model, 5), QStringList{u"CASE-2018-0008"_s});
        f.tab = QueueFilter::Tab::All;
        f.assignee = QueueFilter::unassigned();
        f.priority = u"high"_s;
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(shuffledRead(model, 6),
                 expected(u"c.assignee = '' AND c.priority = 'high'"_s, u"c.priority_rank, c.due_at, c.id"_s));
    }

    void searchFindsAdvertisersSummariesAndEvidence()
    {
        CaseQueueModel model(m_t->db(), m_t->clock());
        QueueFilter f;
        f.tab = QueueFilter::Tab::All;
        f.search = u"Binding Operational"_s; // evidence title of the Kaspersky case
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(shuffledRead(model, 7).contains(u"CASE-2018-0001"_s));
        f.search = u"sputn"_s; // a prefix of an advertiser name (the RT case mentions it too)
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(shuffledRead(model, 8), (QStringList{u"CASE-2017-0001"_s, u"CASE-2017-0002"_s}));
        f.search = u"\"unbalanced AND (quotes"_s; // typed text is never FTS syntax
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError() == nullptr);
    }

    // A search's hits are joined from a table when few and tested in a bit set when many, and a
    // first page may be found by testing each case's document while walking the queue; all give
    // exactly the rows of the full-text query, in every order, tab and filter.
    void searchGivesTheSameRowsWithFewOrManyHits_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("search");
        QTest::newRow("all, one word") << int(QueueFilter::Tab::All) << QString() << u"exchange"_s;
        QTest::newRow("open, one word") << int(QueueFilter::Tab::Open) << QString() << u"exchange"_s;
        QTest::newRow("decided, policy, prefix") << int(QueueFilter::Tab::Decided) << u"ADS-CRYPTO"_s << u"tok"_s;
        QTest::newRow("all, two words") << int(QueueFilter::Tab::All) << QString() << u"warning exch"_s;
        QTest::newRow("all, no hits") << int(QueueFilter::Tab::All) << QString() << u"zzzqqq"_s;
    }
    void searchGivesTheSameRowsWithFewOrManyHits()
    {
        QFETCH(int, tab);
        QFETCH(QString, policy);
        QFETCH(QString, search);
        QueueFilter f;
        f.tab = QueueFilter::Tab(tab);
        f.policyCode = policy;
        f.search = search;
        QVariantList values;
        QString where = f.toSql(values);
        for (const QVariant &v : std::as_const(values))
            where.replace(where.indexOf(u'?'), 1, u"'"_s + v.toString().replace(u"'"_s, u"''"_s) + u"'"_s);
        bool walked = false;
        for (const auto &[limit, probe] : {std::pair{qint64(1) << 40, qint64(1) << 40},
                                           std::pair{qint64(0), qint64(1) << 40}, std::pair{qint64(0), qint64(0)}}) {
            CaseQueueModel model(m_t->db(), m_t->clock());
            // The tester fetches more by itself after every reset, so it would never see a
            // walked first page; a view fetches only when scrolled to the end.
            std::optional<QAbstractItemModelTester> tester;
            if (probe > 0)
                tester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setSearchSparseLimit(limit);
            model.setSearchProbeMinimum(probe);
            QVERIFY(model.setFilter(f).ok());
            for (const auto &[column, order] :
                 {std::pair{int(CaseQueueModel::Priority), u"c.priority_rank, c.due_at, c.id"_s},
                  std::pair{int(CaseQueueModel::Advertiser), u"c.advertiser_name, c.id"_s},
                  std::pair{int(CaseQueueModel::Sla), u"c.due_at, c.id"_s}}) {
                model.sort(column);
                const QStringList want = expected(where, order);
                if (!model.countKnown()) {
                    // The walked first page, then the rest once the view scrolls past it.
                    QCOMPARE(model.rowCount(), CaseQueueModel::pageSize);
                    QVERIFY(model.canFetchMore({}));
                    QCOMPARE(shuffledRead(model, quint32(column)), want.mid(0, CaseQueueModel::pageSize));
                    model.fetchMore({});
                    QVERIFY(model.countKnown());
                    QVERIFY(!model.canFetchMore({}));
                    walked = true;
                }
                QCOMPARE(model.rowCount(), want.size());
                QCOMPARE(shuffledRead(model, quint32(column)), want);
            }
            if (search != u"zzzqqq"_s)
                QVERIFY(model.rowCount() > 0);
            QVERIFY(model.lastError() == nullptr);
        }
        // Words in most cases are walked for the first page when allowed to be.
        if (tab == int(QueueFilter::Tab::All) && search != u"zzzqqq"_s)
            QVERIFY(walked);
    }

    // Best matches first: the index's rank, ties by case, with every other filter still applied.
    void bestMatchOrdersByTheIndexsRank_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("search");
        QTest::newRow("all, common word") << int(QueueFilter::Tab::All) << u"exchange"_s;
        QTest::newRow("open, two words") << int(QueueFilter::Tab::Open) << u"warning exch"_s;
        QTest::newRow("all, the reference case") << int(QueueFilter::Tab::All) << u"kaspersky"_s;
        QTest::newRow("all, no hits") << int(QueueFilter::Tab::All) << u"zzzqqq"_s;
    }
    void bestMatchOrdersByTheIndexsRank()
    {
        QFETCH(int, tab);
        QFETCH(QString, search);
        CaseQueueModel model(m_t->db(), m_t->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSlices(512, CaseQueueModel::sliceBudget, 5); // an anchor every 5 rows
        QueueFilter f;
        f.tab = QueueFilter::Tab(tab);
        f.search = search;
        f.bestMatch = true;
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(model.ranked());
        QVERIFY(!model.needsAnchors());
        QSqlQuery q(m_t->db().connection());
        q.prepare(u"SELECT c.ref FROM case_search s JOIN cases c ON c.id = s.rowid WHERE case_search MATCH ? AND %1 "
                  "ORDER BY s.rank, c.id"_s.arg(QueueFilter::tabSql(f.tab)));
        q.addBindValue(SearchIndex::matchExpression(search));
        QVERIFY(q.exec());
        QStringList want;
        while (q.next())
            want << q.value(0).toString();
        QCOMPARE(model.rowCount(), want.size());
        QCOMPARE(shuffledRead(model, 3), want);
        if (search == u"kaspersky"_s)
            QVERIFY(!want.isEmpty());
        // A header click while ranked keeps the ranked order; unticking brings the column's back.
        model.sort(CaseQueueModel::Advertiser);
        QCOMPARE(shuffledRead(model, 4), want);
        f.bestMatch = false;
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(!model.ranked());
        QVariantList values;
        QString where = f.toSql(values);
        where.replace(where.indexOf(u'?'), 1, u"'"_s + values.first().toString().replace(u"'"_s, u"''"_s) + u"'"_s);
        QCOMPARE(shuffledRead(model, 5), expected(where, u"c.advertiser_name, c.id"_s));
        // No search: nothing to rank.
        f.search.clear();
        f.bestMatch = true;
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(!model.ranked());
    }

    // With a worker, a search is ranked once on the worker's connection while the queue holds no
    // rows; the ranks are kept when a decision only changes a case's state, and made again when
    // the full-text index changes. Ranked rows under a tab are counted a slice per turn.
    void bestMatchRanksOnAWorkerAndKeepsTheRanks()
    {
        test::TestDatabase t;
        t.loadDemo();
        QVERIFY(Generator(t.db(), t.review(), 12).run(900).ok());
        CaseQueueModel model(t.db(), t.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRankInBackground(true);
        model.setSlices(16, std::chrono::milliseconds(0), 7); // one small slice a turn, many anchors
        QueueFilter f;
        f.tab = QueueFilter::Tab::Open;
        f.search = u"exchange"_s;
        f.bestMatch = true;
        const auto want = [&t, &f] {
            QSqlQuery q(t.db().connection());
            q.prepare(u"SELECT c.ref FROM case_search s JOIN cases c ON c.id = s.rowid WHERE case_search MATCH ? "
                      "AND %1 ORDER BY s.rank, c.id"_s.arg(QueueFilter::tabSql(f.tab)));
            q.addBindValue(SearchIndex::matchExpression(f.search));
            QStringList refs;
            if (q.exec()) {
                while (q.next())
                    refs << q.value(0).toString();
            }
            return refs;
        };
        QVERIFY(want().size() > 2 * CaseQueueModel::pageSize);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(model.ranking());
        QVERIFY(!model.ranked());
        QVERIFY(!model.countKnown());
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.ranking());
        QVERIFY(model.ranked());
        QTRY_VERIFY(model.countKnown());
        // The first page was shown while the rest was counted, then the rest came after it.
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), CaseQueueModel::pageSize);
        QCOMPARE(shuffledRead(model, 6), want());

        // A ban: the case leaves the Open tab. The ranks stay; the count is held, then corrected.
        const QString first = model.refAt(0);
        auto done = t.review().submit(t.cryptoBan(first, {}));
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        const int before = model.rowCount();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSlices(16, std::chrono::milliseconds(0), 7); // slices grow while they are quick
        QVERIFY(model.refresh().ok());
        QVERIFY(!model.ranking());
        QVERIFY(model.ranked());
        QCOMPARE(model.rowCount(), before);
        QTRY_VERIFY(model.countKnown());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), before - 1);
        QVERIFY(model.refAt(0) != first);
        QCOMPARE(shuffledRead(model, 7), want());

        // The index written (an import or a revision would): ranked again.
        const qint64 someCase = t.count(u"SELECT min(id) FROM cases WHERE state = 'open'"_s);
        QVERIFY(SearchIndex(t.db()).reindexCase(someCase).ok());
        QVERIFY(model.refresh().ok());
        QVERIFY(model.ranking());
        QTRY_VERIFY(!model.ranking() && model.countKnown());
        QCOMPARE(shuffledRead(model, 8), want());

        // Positions met while counting are anchors: the second page, read first, starts from the
        // one just before it (no tester here, which would read other pages first).
        CaseQueueModel fresh(t.db(), t.clock());
        fresh.setRankInBackground(true);
        fresh.setSlices(16, std::chrono::milliseconds(0), 7);
        QVERIFY(fresh.setFilter(f).ok());
        QTRY_VERIFY(!fresh.ranking() && fresh.countKnown());
        const int row = CaseQueueModel::pageSize + 3;
        QCOMPARE(fresh.refAt(row), want().at(row));
    }

    // A search changed while the last one is ranked: only the latest is ranked and shown; best
    // match turned off shows the column's order at once.
    void aStaleRankingIsDropped()
    {
        CaseQueueModel model(m_t->db(), m_t->clock());
        model.setRankInBackground(true);
        QueueFilter f;
        f.tab = QueueFilter::Tab::All;
        f.bestMatch = true;
        f.search = u"exchange"_s;
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(model.ranking());
        f.search = u"kaspersky"_s;
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(model.ranking());
        QTRY_VERIFY(!model.ranking());
        QVERIFY(model.ranked());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.countKnown());
        f.search = u"exchange"_s;
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(model.ranking());
        f.bestMatch = false;
        QVERIFY(model.setFilter(f).ok());
        QVERIFY(!model.ranking());
        QVERIFY(!model.ranked());
        QVERIFY(model.rowCount() > 0);
        QTest::qWait(100); // the dropped answer comes to nothing
        QVERIFY(!model.ranking());
        QVERIFY(!model.ranked());
    }

    void tabCountsFollowTheFilters()
    {
        QueueFilter f;
        auto counts = TabCounts::query(m_t->db(), f);
        QVERIFY(counts.ok());
        QCOMPARE((*counts)[QueueFilter::Tab::All], m_t->count(u"SELECT count(*) FROM cases"_s));
        QCOMPARE((*counts)[QueueFilter::Tab::Decided],
                 m_t->count(u"SELECT count(*) FROM cases WHERE state = 'decided'"_s));
        QCOMPARE((*counts)[QueueFilter::Tab::Appeals], 1);
        f.policyCode = u"ADS-STATE-MEDIA"_s;
        counts = TabCounts::query(m_t->db(), f);
        QVERIFY(counts.ok());
        QCOMPARE((*counts)[QueueFilter::Tab::Decided],
                 m_t->count(u"SELECT count(*) FROM cases c JOIN policies p ON p.id = c.policy_id "
                            "WHERE c.state = 'decided' AND p.code = 'ADS-STATE-MEDIA'"_s));
    }

    // Decisions whose review date has come and bans that end within two weeks, by the model's
    // clock: the tab fills and empties as days pass, with no new event.
    void theReviewDueTabFollowsTheClock()
    {
        test::TestDatabase t;
        t.loadDemo();
        const auto ban = [&t](const QString &ref, const QDate &ends, const QDate &reviewBy) {
            auto done = t.review().submit(t.cryptoBan(ref, ends, reviewBy));
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        };
        ban(u"CASE-2018-0013"_s, {}, QDate(2018, 6, 5));
        ban(u"CASE-2018-0011"_s, QDate(2018, 6, 12), {});
        ban(u"CASE-2018-0012"_s, QDate(2018, 6, 25), {});
        CaseQueueModel model(t.db(), t.clock());
        QueueFilter f;
        f.tab = QueueFilter::Tab::ReviewDue;
        QVERIFY(model.setFilter(f).ok());
        const auto listed = [&model] {
            QStringList refs;
            for (int r = 0; r < model.rowCount(); ++r)
                refs << model.refAt(r);
            refs.sort();
            return refs;
        };
        const auto at = [&](const QDate &day, int hour = 12) {
            t.clock().set(QDateTime(day, QTime(hour, 0), Qt::UTC));
            QVERIFY(model.refresh().ok());
            auto counts = TabCounts::query(t.db(), model.filter());
            QVERIFY(counts.ok());
            QCOMPARE((*counts)[QueueFilter::Tab::ReviewDue], model.rowCount());
        };
        at(QDate(2018, 6, 1)); // the day of the bans: one ends within two weeks
        QCOMPARE(listed(), QStringList{u"CASE-2018-0011"_s});
        at(QDate(2018, 6, 5), 0); // a review date has come
        QCOMPARE(listed(), (QStringList{u"CASE-2018-0011"_s, u"CASE-2018-0013"_s}));
        at(QDate(2018, 6, 11)); // the third ban ends within two weeks now
        QCOMPARE(listed(), (QStringList{u"CASE-2018-0011"_s, u"CASE-2018-0012"_s, u"CASE-2018-0013"_s}));
        // A note on or after the review date is the review.
        CaseRepository cases(t.db());
        Command note;
        note.caseRef = u"CASE-2018-0013"_s;
        note.action = u"annotate"_s;
        note.rationale = u"Reviewed: the channel is still selling signals; the ban stays"_s;
        note.expectedHeads = (**cases.findByRef(note.caseRef)).heads;
        QVERIFY(t.review().submit(note).ok());
        at(QDate(2018, 6, 11));
        QCOMPARE(listed(), (QStringList{u"CASE-2018-0011"_s, u"CASE-2018-0012"_s}));
        at(QDate(2018, 6, 12), 0); // the first time-limited ban has ended
        QCOMPARE(listed(), QStringList{u"CASE-2018-0012"_s});
        QCOMPARE((**cases.findByRef(u"CASE-2018-0011"_s)).advertiserStatus, u"active"_s);
        at(QDate(2018, 6, 25), 0);
        QVERIFY(listed().isEmpty());
    }

    void showsAgeSlaAndOverdue()
    {
        CaseQueueModel model(m_t->db(), m_t->clock());
        QueueFilter f;
        f.tab = QueueFilter::Tab::All;
        f.search = u"Glimmerfield"_s; // CASE-2018-0012, open, due 2018-05-10; the clock says 2018-06-01
        QVERIFY(model.setFilter(f).ok());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, CaseQueueModel::Sla)).toString().startsWith(u"overdue"_s));
        QVERIFY(model.data(model.index(0, CaseQueueModel::Sla), CaseQueueModel::OverdueRole).toBool());
        QCOMPARE(model.data(model.index(0, CaseQueueModel::State)).toString(), u"open"_s);
        QCOMPARE(model.data(model.index(0, CaseQueueModel::Case), CaseQueueModel::RefRole).toString(),
                 u"CASE-2018-0012"_s);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestCaseQueueModel)
#include "tst_CaseQueueModel.moc"
