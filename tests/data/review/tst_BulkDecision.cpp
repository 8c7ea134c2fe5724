#include "TestDatabase.h"
#include "demo/Generator.h"
#include "domain/DsaDecision.h"
#include "review/BulkDecision.h"
#include "storage/CaseRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestBulkDecision : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    qint64 count(const QString &sql) { return m_t->count(sql); }

    QStringList refs(const QString &sql)
    {
        const QString all = test::rows(m_t->db(), sql);
        return all.isEmpty() ? QStringList() : all.split(u'\n');
    }

    CaseRecord caseRecord(const QString &ref)
    {
        auto found = CaseRepository(m_t->db()).findByRef(ref);
        if (!found || !found->has_value())
            qFatal("no case %s", qPrintable(ref));
        return **found;
    }

    static BulkRequest ban(const QString &rationale)
    {
        BulkRequest r;
        r.command.action = u"ban"_s;
        r.command.rationale = rationale;
        r.evidence.everyItem = true;
        r.statementFromPolicy = true;
        return r;
    }

private slots:
    void init() { m_t = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_t.reset(); }

    // The measure: 2,000 cases banned in one action while another connection changes 3
    // of them after their heads were captured.
    void staleCasesAreRefusedAndTheRestBanned()
    {
        Generator generator(m_t->db(), m_t->review(), 7);
        QVERIFY(generator.run(4500).ok());
        const QStringList chosen = refs(u"SELECT ref FROM cases WHERE state IN ('open', 'in-review', 'escalated') "
                                        "ORDER BY id LIMIT 2000"_s);
        QCOMPARE(chosen.size(), 2000);

        BulkDecision bulk(m_t->db(), m_t->review());
        bulk.setCasesPerTransaction(300); // a stale case inside a transaction, not only at its edge
        auto targets = bulk.capture(chosen);
        QVERIFY(targets.ok());
        QCOMPARE(targets->size(), 2000);

        // Another reviewer, on another connection to the file, notes three of them meanwhile.
        const QStringList changed{chosen[10], chosen[1000], chosen[1999]};
        {
            auto other = Database::open(m_t->path(), Database::OpenMode::MustExist);
            QVERIFY(other.ok());
            ReviewService theirs(**other, m_t->clock(), Identity{u"bob.lindqvist"_s, u"bob-laptop"_s});
            for (const QString &ref : changed) {
                Command note;
                note.caseRef = ref;
                note.action = u"annotate"_s;
                note.rationale = u"Looking at this one myself"_s;
                auto done = theirs.submit(note);
                QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
            }
        }

        // A ban of a critical case waits for a second reviewer: those are recorded as proposed.
        const qint64 bansBefore = count(u"SELECT count(*) FROM events WHERE action = 'ban'"_s);
        const qint64 proposalsBefore = count(u"SELECT count(*) FROM events WHERE action = 'propose-ban'"_s);
        qint64 critical = 0;
        for (const QString &ref : chosen)
            critical += !changed.contains(ref) && caseRecord(ref).priority == u"critical";
        QVERIFY(critical > 0);
        const qint64 eventsBefore = count(u"SELECT count(*) FROM events"_s);
        qsizetype calls = 0;
        auto report =
            bulk.run(*targets, ban(u"Promotes a scheme the policy forbids"_s), [&](const BulkDecision::Progress &p) {
                ++calls;
                return p.total == 2000;
            });
        QVERIFY(report.ok());
        QCOMPARE(calls, 2000);
        QCOMPARE(report->done.size(), 1997);
        QCOMPARE(report->refused.size(), 3);
        QVERIFY(report->notReached.isEmpty());
        QVERIFY(!report->cancelled);
        QVERIFY(!report->failure);
        QStringList stale = report->staleRefs();
        stale.sort();
        QStringList expected = changed;
        expected.sort();
        QCOMPARE(stale, expected);
        for (const BulkReport::Refused &r : report->refused)
            QVERIFY2(r.reason.contains(r.caseRef) && r.reason.contains(u"changed since"_s), qPrintable(r.reason));

        QCOMPARE(count(u"SELECT count(*) FROM events WHERE action = 'ban'"_s), bansBefore + 1997 - critical);
        QCOMPARE(count(u"SELECT count(*) FROM events WHERE action = 'propose-ban'"_s), proposalsBefore + critical);
        QCOMPARE(count(u"SELECT count(*) FROM events"_s), eventsBefore + 1997);
        for (const QString &ref : changed) {
            const CaseRecord c = caseRecord(ref);
            QVERIFY2(c.outcome != u"banned", qPrintable(ref));
            QCOMPARE(count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id "
                           "WHERE c.ref = '%1' AND e.action IN ('ban', 'propose-ban')"_s.arg(ref)),
                     0);
        }
        // Every other case: banned, under its own policy, citing all its evidence, with the
        // policy's default statement of reasons.
        const auto plain = std::find_if(report->done.cbegin(), report->done.cend(), [&](const BulkReport::Done &d) {
            return caseRecord(d.caseRef).priority != u"critical";
        });
        QVERIFY(plain != report->done.cend());
        const BulkReport::Done &one = *plain;
        const CaseRecord banned = caseRecord(one.caseRef);
        QCOMPARE(banned.outcome, u"banned"_s);
        QCOMPARE(banned.heads, QStringList{one.eventId});
        QCOMPARE(count(u"SELECT count(*) FROM event_evidence ee JOIN events e ON e.id = ee.event_id "
                       "WHERE e.uuid = '%1'"_s.arg(one.eventId)),
                 count(u"SELECT evidence_count FROM cases WHERE ref = '%1'"_s.arg(one.caseRef)));
        QCOMPARE(count(u"SELECT count(*) FROM events WHERE action = 'ban' AND statement = '' AND uuid IN "
                       "(SELECT value FROM json_each('[\"%1\"]'))"_s.arg(one.eventId)),
                 0);
    }

    // A case the rules refuse (decided already, or holding nothing the rule cites) is named with
    // the rules' reason; the cases around it in the same transaction are written.
    void aRefusalLeavesTheOthers()
    {
        m_t->loadDemo();
        const QStringList open = refs(u"SELECT ref FROM cases WHERE state IN ('open', 'in-review') ORDER BY ref"_s);
        const QStringList decided = refs(u"SELECT ref FROM cases WHERE state = 'decided' ORDER BY ref LIMIT 1"_s);
        QVERIFY(open.size() >= 3);
        QCOMPARE(decided.size(), 1);
        QStringList chosen{open[0], decided[0], open[1], open[2], open[0]}; // named twice: decided once
        BulkDecision bulk(m_t->db(), m_t->review());
        auto targets = bulk.capture(chosen);
        QVERIFY(targets.ok());
        BulkRequest escalate;
        escalate.command.action = u"escalate"_s;
        escalate.command.rationale = u"A lead should see these together"_s;
        const qint64 before = count(u"SELECT count(*) FROM events"_s);
        auto report = bulk.run(*targets, escalate);
        QVERIFY(report.ok());
        QCOMPARE(report->done.size(), 3);
        QCOMPARE(report->refusedRefs(), QStringList{decided[0]});
        QCOMPARE(report->refused.first().kind, ErrorKind::Rejected);
        QVERIFY2(report->refused.first().reason.contains(u"already decided"_s), qPrintable(report->refused[0].reason));
        QCOMPARE(count(u"SELECT count(*) FROM events"_s), before + 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(caseRecord(open[i]).state, u"escalated"_s);
    }

    void evidenceOfAKindIsCitedCaseByCase()
    {
        m_t->loadDemo();
        const QStringList withNews = refs(u"SELECT DISTINCT c.ref FROM cases c JOIN evidence v ON v.case_id = c.id "
                                          u"WHERE c.state IN ('open', 'in-review') "
                                          "AND v.kind = 'news-citation' ORDER BY c.ref LIMIT 1"_s);
        const QStringList without =
            refs(u"SELECT c.ref FROM cases c WHERE c.state IN ('open', 'in-review') AND NOT EXISTS "
                 "(SELECT 1 FROM evidence v WHERE v.case_id = c.id AND "
                 "v.kind = 'news-citation') ORDER BY c.ref LIMIT 1"_s);
        QCOMPARE(withNews.size(), 1);
        QCOMPARE(without.size(), 1);
        BulkDecision bulk(m_t->db(), m_t->review());
        BulkRequest r = ban(u"Reported by the press"_s);
        r.evidence.everyItem = false;
        r.evidence.kinds = {u"news-citation"_s};
        auto report = bulk.run(*bulk.capture({withNews[0], without[0]}), r);
        QVERIFY(report.ok());
        QCOMPARE(report->done.size(), 1);
        QCOMPARE(report->done[0].caseRef, withNews[0]);
        QCOMPARE(report->refusedRefs(), QStringList{without[0]});
        QVERIFY2(report->refused[0].reason.contains(u"no evidence of kind news-citation"_s),
                 qPrintable(report->refused[0].reason));
        // Exactly the news citations were cited.
        QCOMPARE(test::rows(m_t->db(),
                            u"SELECT group_concat(DISTINCT v.kind) FROM event_evidence ee JOIN events e ON "
                            "e.id = ee.event_id JOIN evidence v ON v.id = ee.evidence_id WHERE e.uuid = '%1'"_s.arg(
                                report->done[0].eventId)),
                 u"news-citation"_s);
    }

    void cancellingStopsBetweenCasesAndKeepsWhatWasDone()
    {
        m_t->loadDemo();
        const QStringList open = refs(u"SELECT ref FROM cases WHERE state IN ('open', 'in-review') ORDER BY ref"_s);
        QVERIFY(open.size() >= 3);
        BulkDecision bulk(m_t->db(), m_t->review());
        BulkRequest note;
        note.command.action = u"annotate"_s;
        note.command.rationale = u"Seen in the weekly sweep"_s;
        const qint64 before = count(u"SELECT count(*) FROM events"_s);
        auto report = bulk.run(*bulk.capture(open), note, [](const BulkDecision::Progress &p) { return p.done < 2; });
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QCOMPARE(report->done.size(), 2);
        QCOMPARE(report->notReached, open.mid(2));
        QCOMPARE(count(u"SELECT count(*) FROM events"_s), before + 2);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestBulkDecision)
#include "tst_BulkDecision.moc"
