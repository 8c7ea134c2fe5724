#include "TestDatabase.h"
#include "domain/DsaDecision.h"
#include "domain/EventHash.h"
#include "review/ReviewService.h"
#include "storage/CaseRepository.h"
#include "storage/EventRepository.h"
#include "storage/PolicyRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestReviewService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    CaseRecord caseRecord(const QString &ref)
    {
        CaseRepository cases(m_t->db());
        auto found = cases.findByRef(ref);
        if (!found || !found->has_value())
            qFatal("no case %s", qPrintable(ref));
        return **found;
    }

    QString head(const QString &ref)
    {
        const CaseRecord c = caseRecord(ref);
        return c.heads.value(0);
    }

    qint64 events() { return m_t->count(u"SELECT count(*) FROM events"_s); }

    Result<ReviewService::Submitted> submit(const QString &ref, const QString &action, const QString &rationale = {},
                                            const QStringList &evidence = {}, const QString &policy = {})
    {
        m_t->clock().advance(60'000);
        Command c;
        c.caseRef = ref;
        c.action = action;
        c.rationale = rationale;
        c.evidenceRefs = evidence;
        c.policyCode = policy;
        c.expectedHeads = caseRecord(ref).heads;
        return m_t->review().submit(c);
    }

    void expectRefused(const Result<ReviewService::Submitted> &r, const QString &words)
    {
        QVERIFY2(!r.ok(), "the command was accepted");
        QVERIFY2(r.error().message.contains(words, Qt::CaseInsensitive), qPrintable(r.error().message));
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
    }

    void cleanup() { m_t.reset(); }

    void banNeedsPolicyRationaleAndEvidence()
    {
        const qint64 before = events();
        expectRefused(submit(u"CASE-2018-0013"_s, u"ban"_s, u"Crypto signals"_s, {}, u"ADS-CRYPTO"_s),
                      u"at least one evidence"_s);
        expectRefused(submit(u"CASE-2018-0013"_s, u"ban"_s, u"Crypto signals"_s, {u"EV-1"_s}), u"needs a policy"_s);
        expectRefused(submit(u"CASE-2018-0013"_s, u"ban"_s, u"  "_s, {u"EV-1"_s}, u"ADS-CRYPTO"_s),
                      u"needs a rationale"_s);
        expectRefused(submit(u"CASE-2018-0013"_s, u"ban"_s, u"x"_s, {u"EV-99"_s}, u"ADS-CRYPTO"_s),
                      u"no evidence EV-99"_s);
        expectRefused(submit(u"CASE-2018-0013"_s, u"ban"_s, u"x"_s, {u"EV-1"_s}, u"ADS-NOPE"_s), u"unknown policy"_s);
        QCOMPARE(events(), before);
        QCOMPARE(caseRecord(u"CASE-2018-0013"_s).state, u"open"_s);
    }

    void banDecidesTheCaseAndBansTheAdvertiser()
    {
        auto e =
            submit(u"CASE-2018-0013"_s, u"ban"_s, u"Promotes a crypto signals service"_s, {u"EV-1"_s}, u"ADS-CRYPTO"_s);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
        const CaseRecord c = caseRecord(u"CASE-2018-0013"_s);
        QCOMPARE(c.state, u"decided"_s);
        QCOMPARE(c.outcome, u"banned"_s);
        QCOMPARE(c.advertiserStatus, u"banned"_s);
        QCOMPARE(c.heads, QStringList{e->event.uuid});
        QCOMPARE(m_t->text(u"SELECT reviewer || '/' || device FROM events WHERE uuid = '%1'"_s.arg(e->event.uuid)),
                 u"tester/test-device"_s);
        QCOMPARE(m_t->count(u"SELECT count(*) FROM event_evidence ee JOIN events e ON e.id = ee.event_id "
                            "WHERE e.uuid = '%1'"_s.arg(e->event.uuid)),
                 1);
        // a decided case cannot be banned or cleared again
        expectRefused(submit(u"CASE-2018-0013"_s, u"ban"_s, u"again"_s, {u"EV-1"_s}, u"ADS-CRYPTO"_s),
                      u"already decided"_s);
        expectRefused(submit(u"CASE-2018-0013"_s, u"clear"_s, u"again"_s), u"already decided"_s);
        expectRefused(submit(u"CASE-2018-0013"_s, u"escalate"_s), u"already decided"_s);
    }

    // The case submit returns is the case the database then holds: a window shows it without
    // reading the case again.
    // A ban whose restrictions all have an end date lifts itself at the start of the last one
    // (UTC), with no new event: the status is read with the clock, so no stored column goes stale.
    void aTimeLimitedBanEndsByItself()
    {
        const QString ref = u"CASE-2018-0013"_s;
        Command c = m_t->cryptoBan(ref, QDate(2018, 6, 15), QDate(2018, 6, 10));
        auto d = *dsa::Decision::fromText(c.statement);
        d.monetary = u"DECISION_MONETARY_SUSPENSION"_s; // the later end is the one that counts
        d.endMonetary = QDate(2018, 6, 20);
        c.statement = d.toText();
        auto done = m_t->review().submit(c);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done->record.advertiserStatus, u"banned"_s);
        const QDateTime ends(QDate(2018, 6, 20), QTime(0, 0), Qt::UTC);
        QCOMPARE(done->record.restrictedUntil, ends);
        QCOMPARE(done->record.reviewBy, QDate(2018, 6, 10));
        QCOMPARE(done->record.advertiserRestrictedUntil, ends);

        EventRepository events(m_t->db());
        const qint64 advertiser = done->record.advertiserId;
        const QString stored = m_t->snapshot();
        m_t->clock().set(ends.addMSecs(-1));
        QCOMPARE(caseRecord(ref).advertiserStatus, u"banned"_s);
        QCOMPARE(*events.advertiserBannedAt(advertiser, ends.addMSecs(-1), {}), true);
        m_t->clock().set(ends);
        QCOMPARE(caseRecord(ref).advertiserStatus, u"active"_s);
        QCOMPARE(*events.advertiserBannedAt(advertiser, ends, {}), false);
        QCOMPARE(caseRecord(ref).outcome, u"banned"_s); // the decision stays on record
        QCOMPARE(m_t->snapshot(), stored);              // and nothing was written to say so
        m_t->reopen();
        QCOMPARE(caseRecord(ref).advertiserStatus, u"active"_s);

        // Read on a laptop whose clock is behind, it is still in force there.
        m_t->clock().set(QDateTime(QDate(2018, 6, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(caseRecord(ref).advertiserStatus, u"banned"_s);
    }

    void submitReturnsTheCaseAsStored()
    {
        const QString ref = u"CASE-2018-0013"_s;
        for (const QString &action : {u"assign"_s, u"annotate"_s, u"escalate"_s, u"ban"_s}) {
            auto done = submit(ref, action, action == u"assign"_s ? QString() : u"Seen the signals channel"_s,
                               action == u"ban"_s ? QStringList{u"EV-1"_s} : QStringList{},
                               action == u"ban"_s ? u"ADS-CRYPTO"_s : QString());
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
            const CaseRecord stored = caseRecord(ref);
            QCOMPARE(done->record.ref, ref);
            QCOMPARE(done->record.state, stored.state);
            QCOMPARE(done->record.outcome, stored.outcome);
            QCOMPARE(done->record.assignee, stored.assignee);
            QCOMPARE(done->record.heads, stored.heads);
            QCOMPARE(done->record.heads, QStringList{done->event.uuid});
            QCOMPARE(done->record.advertiserStatus, stored.advertiserStatus);
            QCOMPARE(done->record.decidedAt, stored.decidedAt);
            QCOMPARE(done->record.lastEventAt, stored.lastEventAt);
            EventRepository events(m_t->db());
            auto history = events.forCase(stored.id);
            QVERIFY(history.ok());
            QCOMPARE(done->events.size(), history->size());
            for (const Event &e : *history)
                QVERIFY2(std::any_of(done->events.cbegin(), done->events.cend(),
                                     [&](const Event &d) { return d.uuid == e.uuid && d.hash == e.hash; }),
                         qPrintable(e.uuid));
        }
        QCOMPARE(caseRecord(ref).outcome, u"banned"_s);
        QCOMPARE(caseRecord(ref).advertiserStatus, u"banned"_s);
    }

    void clearNeedsARationale()
    {
        expectRefused(submit(u"CASE-2018-0012"_s, u"clear"_s), u"needs a rationale"_s);
        auto e = submit(u"CASE-2018-0012"_s, u"clear"_s, u"Sells mining hardware, not a crypto product"_s);
        QVERIFY(e.ok());
        const CaseRecord c = caseRecord(u"CASE-2018-0012"_s);
        QCOMPARE(c.outcome, u"cleared"_s);
        QCOMPARE(c.advertiserStatus, u"active"_s);
        QCOMPARE(e->event.policyCode, u"ADS-CRYPTO"_s); // the case's policy when none is given
    }

    void reinstateNeedsABannedCase()
    {
        expectRefused(submit(u"CASE-2018-0012"_s, u"reinstate"_s, u"why not"_s), u"only a banned case"_s);
        expectRefused(submit(u"CASE-2018-0002"_s, u"reinstate"_s), u"needs a rationale"_s);
        QCOMPARE(caseRecord(u"CASE-2018-0002"_s).advertiserStatus, u"banned"_s);
        auto e = submit(u"CASE-2018-0002"_s, u"reinstate"_s, u"Token sale withdrawn; ads now promote research only"_s);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
        const CaseRecord c = caseRecord(u"CASE-2018-0002"_s);
        QCOMPARE(c.state, u"decided"_s);
        QCOMPARE(c.outcome, u"reinstated"_s);
        QCOMPARE(c.advertiserStatus, u"active"_s);
    }

    void anAppealOfABannedAdvertiserCanBeGranted()
    {
        // CASE-2018-0008 is Kaspersky Lab's appeal, escalated, while its ban stands.
        CaseRecord appeal = caseRecord(u"CASE-2018-0008"_s);
        QCOMPARE(appeal.source, u"appeal"_s);
        QCOMPARE(appeal.advertiserStatus, u"banned"_s);
        auto e = submit(u"CASE-2018-0008"_s, u"reinstate"_s, u"Reconsidered on appeal"_s);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
        QCOMPARE(caseRecord(u"CASE-2018-0008"_s).outcome, u"reinstated"_s);
        QCOMPARE(caseRecord(u"CASE-2018-0001"_s).advertiserStatus, u"active"_s);
        QCOMPARE(caseRecord(u"CASE-2018-0001"_s).outcome, u"banned"_s); // the original decision stays on record
    }

    // The reviewer who banned Kaspersky Lab (grace.okafor, CASE-2018-0001) cannot decide its appeal,
    // on any device; another reviewer can.
    void theBansReviewerCannotDecideItsAppeal()
    {
        const QString ref = u"CASE-2018-0008"_s;
        const qint64 before = events();
        ReviewService grace = m_t->reviewAs(u"grace.okafor"_s, u"grace-desk"_s);
        for (const QString &action : {u"reinstate"_s, u"clear"_s}) {
            Command c;
            c.caseRef = ref;
            c.action = action;
            c.rationale = u"Reconsidered on appeal"_s;
            c.expectedHeads = caseRecord(ref).heads;
            expectRefused(grace.submit(c), u"grace.okafor made the decision this appeal contests (the ban of "
                                           "CASE-2018-0001 on 2018-01-05 16:00"_s);
        }
        QCOMPARE(events(), before);
        Command note;
        note.caseRef = ref;
        note.action = u"annotate"_s;
        note.rationale = u"Context for whoever takes the appeal"_s;
        note.expectedHeads = caseRecord(ref).heads;
        QVERIFY(grace.submit(note).ok());
        auto e = submit(ref, u"reinstate"_s, u"Reconsidered on appeal"_s);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
    }

    void assignEscalateAndAnnotate()
    {
        auto a = submit(u"CASE-2018-0012"_s, u"assign"_s);
        QVERIFY(a.ok());
        QCOMPARE(caseRecord(u"CASE-2018-0012"_s).assignee, u"tester"_s);
        QCOMPARE(caseRecord(u"CASE-2018-0012"_s).state, u"in-review"_s);
        expectRefused(submit(u"CASE-2018-0012"_s, u"annotate"_s), u"needs a text"_s);
        QVERIFY(submit(u"CASE-2018-0012"_s, u"annotate"_s, u"Checked the landing page"_s).ok());
        QCOMPARE(caseRecord(u"CASE-2018-0012"_s).state, u"in-review"_s);
        QVERIFY(submit(u"CASE-2018-0012"_s, u"escalate"_s, u"Needs a lead"_s).ok());
        QCOMPARE(caseRecord(u"CASE-2018-0012"_s).state, u"escalated"_s);
        expectRefused(submit(u"CASE-2018-0012"_s, u"escalate"_s), u"already escalated"_s);
        // a lead decides an escalated case
        QVERIFY(submit(u"CASE-2018-0012"_s, u"clear"_s, u"Not a crypto product"_s).ok());
        QCOMPARE(caseRecord(u"CASE-2018-0012"_s).state, u"decided"_s);
        expectRefused(submit(u"CASE-2018-0012"_s, u"assign"_s), u"already decided"_s);
        QVERIFY(submit(u"CASE-2018-0012"_s, u"annotate"_s, u"Notes stay possible"_s).ok());
    }

    void aDecisionOnAMovedCaseIsAConflictAndWritesNothing()
    {
        const QString seen = head(u"CASE-2018-0013"_s);
        // Someone else, on another connection, decides first.
        {
            auto other = Database::open(m_t->path());
            QVERIFY(other.ok());
            ReviewService theirs(**other, m_t->clock(), Identity{u"dev.patel"_s, u"laptop-dev"_s});
            Command c{u"CASE-2018-0013"_s, u"clear"_s, {}, u"Signals service only"_s, {}, {}, {}, {seen}};
            QVERIFY(theirs.submit(c).ok());
        }
        const qint64 before = events();
        Command mine{u"CASE-2018-0013"_s, u"ban"_s, u"ADS-CRYPTO"_s, u"Crypto"_s, {u"EV-1"_s}, {}, {}, {seen}};
        auto r = m_t->review().submit(mine);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Conflict);
        QVERIFY2(r.error().message.contains(u"has changed"_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"clear by dev.patel"_s), qPrintable(r.error().message));
        QCOMPARE(events(), before);
        QCOMPARE(caseRecord(u"CASE-2018-0013"_s).outcome, u"cleared"_s);
        // an id that is not part of the case is refused too
        mine.expectedHeads = {u"00000000-0000-0000-0000-000000000000"_s};
        auto unknown = m_t->review().submit(mine);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::Conflict);
    }

    void aConflictBlocksDecisionsUntilALeadResolvesIt()
    {
        // CASE-2018-0006: two laptops decided differently from the same history.
        CaseRecord c = caseRecord(u"CASE-2018-0006"_s);
        QCOMPARE(c.state, u"conflict"_s);
        QCOMPARE(c.heads.size(), 2);
        Command ban{c.ref, u"ban"_s, u"ADS-CRYPTO"_s, u"x"_s, {u"EV-1"_s}, {}, {}, {}};
        auto refused = m_t->review().submit(ban);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"in conflict"_s));
        // A lead who saw both sides names both heads.
        Command note{c.ref, u"annotate"_s, {}, u"Looking at both sides"_s, {}, {}, {}, {c.heads.first()}};
        auto partial = m_t->review().submit(note);
        QVERIFY(!partial.ok());
        QCOMPARE(partial.error().kind, ErrorKind::Conflict);
        QVERIFY2(partial.error().message.contains(u" by "_s), qPrintable(partial.error().message));
        Command resolve{c.ref, u"resolve-conflict"_s, {},     u"Exchange ads are crypto products"_s, {u"EV-1"_s},
                        {},    u"banned"_s,           c.heads};
        auto resolved = m_t->review().submit(resolve);
        QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
        c = caseRecord(c.ref);
        QCOMPARE(c.state, u"decided"_s);
        QCOMPARE(c.outcome, u"banned"_s);
        QCOMPARE(c.heads, QStringList{resolved->event.uuid});
        QCOMPARE(resolved->event.parents.size(), 2);
        auto again = m_t->review().submit(resolve);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(u"has changed"_s)); // it still names the two old heads
        resolve.expectedHeads.clear();
        again = m_t->review().submit(resolve);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(u"not in conflict"_s));
    }

    // Four-eyes: a policy that requires a second reviewer turns a ban into a proposal, which
    // another reviewer approves (the case is banned) or rejects (it goes back), and only its
    // proposer withdraws.
    void aBanThatNeedsApprovalWaitsForASecondReviewer()
    {
        const QString ref = u"CASE-2018-0013"_s;
        QVERIFY(PolicyRepository(m_t->db()).setRequiresApproval(u"ADS-CRYPTO"_s, true).ok());
        auto proposed = submit(ref, u"ban"_s, u"Crypto signals"_s, {u"EV-1"_s}, u"ADS-CRYPTO"_s);
        QVERIFY2(proposed.ok(), proposed.ok() ? "" : qPrintable(proposed.error().message));
        QCOMPARE(proposed->event.action, u"propose-ban"_s);
        CaseRecord c = caseRecord(ref);
        QCOMPARE(c.state, u"awaiting-approval"_s);
        QCOMPARE(c.outcome, u"none"_s);
        QCOMPARE(c.advertiserStatus, u"active"_s);
        // Meanwhile nothing decides the case; notes and a second look are fine.
        expectRefused(submit(ref, u"clear"_s, u"no"_s), u"awaits approval"_s);
        expectRefused(submit(ref, u"ban"_s, u"again"_s, {u"EV-1"_s}, u"ADS-CRYPTO"_s), u"awaits approval"_s);
        QVERIFY(submit(ref, u"annotate"_s, u"waiting for a second look"_s).ok());
        // The proposer cannot approve or reject, on this device or another.
        expectRefused(submit(ref, u"approve"_s, u"fine by me"_s), u"tester proposed this ban"_s);
        ReviewService otherLaptop = m_t->reviewAs(u"tester"_s, u"tester-tablet"_s);
        Command approve{ref, u"approve"_s, {}, u"fine by me"_s, {}, {}, {}, {}};
        expectRefused(otherLaptop.submit(approve), u"tester proposed this ban"_s);
        // Another reviewer may not withdraw it; another reviewer rejects it.
        ReviewService ben = m_t->reviewAs(u"ben"_s, u"ben-laptop"_s);
        m_t->clock().advance(60'000);
        expectRefused(ben.submit({ref, u"withdraw"_s, {}, u"mine now"_s, {}, {}, {}, {}}), u"only tester"_s);
        auto rejected = ben.submit({ref, u"reject"_s, {}, u"The evidence is a press release"_s, {}, {}, {}, {}});
        QVERIFY2(rejected.ok(), rejected.ok() ? "" : qPrintable(rejected.error().message));
        c = caseRecord(ref);
        QCOMPARE(c.state, u"open"_s); // where it stood before the proposal
        QCOMPARE(c.advertiserStatus, u"active"_s);
        expectRefused(submit(ref, u"approve"_s, u"late"_s), u"no proposed ban awaits"_s);
        // Proposed again, with a statement of reasons, and approved by ben: banned as proposed.
        Command again = m_t->cryptoBan(ref, {});
        m_t->clock().advance(60'000);
        auto second = m_t->review().submit(again);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        QCOMPARE(second->event.action, u"propose-ban"_s);
        QVERIFY(!second->event.statement.isEmpty());
        m_t->clock().advance(60'000);
        auto approved = ben.submit({ref, u"approve"_s, {}, u"Checked EV-1: agreed"_s, {}, {}, {}, {}});
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        QCOMPARE(approved->event.policyCode, u"ADS-CRYPTO"_s);
        QCOMPARE(approved->event.statement, second->event.statement);
        c = caseRecord(ref);
        QCOMPARE(c.state, u"decided"_s);
        QCOMPARE(c.outcome, u"banned"_s);
        QCOMPARE(c.advertiserStatus, u"banned"_s);
        QCOMPARE(c.decidedAt, approved->event.at);
    }

    void theProposerWithdrawsAndACriticalCaseAlwaysNeedsApproval()
    {
        const QString ref = u"CASE-2018-0012"_s;
        QVERIFY(PolicyRepository(m_t->db()).setRequiresApproval(u"ADS-CRYPTO"_s, true).ok());
        QVERIFY(submit(ref, u"assign"_s).ok());
        QVERIFY(submit(ref, u"ban"_s, u"Crypto signals"_s, {u"EV-1"_s}, u"ADS-CRYPTO"_s).ok());
        auto withdrawn = submit(ref, u"withdraw"_s, u"Wrong case"_s);
        QVERIFY2(withdrawn.ok(), withdrawn.ok() ? "" : qPrintable(withdrawn.error().message));
        QCOMPARE(caseRecord(ref).state, u"in-review"_s);
        // Without the policy's setting a ban is a ban, unless the case is critical.
        QVERIFY(PolicyRepository(m_t->db()).setRequiresApproval(u"ADS-CRYPTO"_s, false).ok());
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(u"UPDATE cases SET priority = 'critical' WHERE ref = 'CASE-2018-0013'"_s));
        auto critical = submit(u"CASE-2018-0013"_s, u"ban"_s, u"x"_s, {u"EV-1"_s}, u"ADS-CRYPTO"_s);
        QVERIFY(critical.ok());
        QCOMPARE(critical->event.action, u"propose-ban"_s);
        auto plain = submit(ref, u"ban"_s, u"x"_s, {u"EV-1"_s}, u"ADS-CRYPTO"_s);
        QVERIFY(plain.ok());
        QCOMPARE(plain->event.action, u"ban"_s);
        // The proposal says it waits: changing the setting changes nothing recorded.
        QCOMPARE(caseRecord(u"CASE-2018-0013"_s).state, u"awaiting-approval"_s);
    }

    // A cleared case whose evidence was revised: reaffirm and reverse are refused before the
    // revision; after it a reversal bans, as a ban would — proposed where the policy needs a second
    // reviewer, with a ban's needs (evidence cited) — and the approval ends the re-review.
    void aReversalHasAFreshDecisionsNeeds()
    {
        const QString ref = u"CASE-2018-0005"_s;
        QCOMPARE(caseRecord(ref).outcome, u"cleared"_s);
        auto early = submit(ref, u"reverse"_s, u"Too soon"_s, {u"EV-2"_s});
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(u"nothing to reverse"_s), qPrintable(early.error().message));
        EvidenceChange change;
        change.title = u"Corrected title"_s;
        change.rationale = u"The publisher corrected the headline"_s;
        m_t->clock().advance(60'000);
        auto revised = m_t->review().revise(ref, u"EV-2"_s, change);
        QVERIFY2(revised.ok(), revised.ok() ? "" : qPrintable(revised.error().message));
        QVERIFY2(revised->record.rereview.startsWith(u"EV-2 Corrected title: title corrected on "_s),
                 qPrintable(revised->record.rereview));
        QCOMPARE(caseRecord(ref).rereview, revised->record.rereview);
        auto uncited = submit(ref, u"reverse"_s, u"It was a scam after all"_s);
        QVERIFY(!uncited.ok());
        QVERIFY2(uncited.error().message.contains(u"must cite at least one evidence item"_s),
                 qPrintable(uncited.error().message));
        QVERIFY(PolicyRepository(m_t->db()).setRequiresApproval(u"ADS-CRYPTO"_s, true).ok());
        auto proposed = submit(ref, u"reverse"_s, u"It was a scam after all"_s, {u"EV-2"_s});
        QVERIFY2(proposed.ok(), proposed.ok() ? "" : qPrintable(proposed.error().message));
        QCOMPARE(proposed->event.action, u"propose-ban"_s);
        QCOMPARE(proposed->event.policyCode, u"ADS-CRYPTO"_s);
        QCOMPARE(caseRecord(ref).state, u"awaiting-approval"_s);
        m_t->clock().advance(60'000);
        Command approve{ref, u"approve"_s, {}, u"Agreed"_s, {}, {}, {}, caseRecord(ref).heads};
        ReviewService ben = m_t->reviewAs(u"ben"_s, u"ben-laptop"_s);
        auto approved = ben.submit(approve);
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        const CaseRecord after = caseRecord(ref);
        QCOMPARE(after.state + u' ' + after.outcome, u"decided banned"_s);
        QCOMPARE(after.rereview, QString());
    }

    void unknownCasesAndActionsAreRefused()
    {
        auto r = m_t->review().submit(Command{u"CASE-9999"_s, u"clear"_s, {}, u"x"_s, {}, {}, {}, {}});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"no case CASE-9999"_s));
        auto f = m_t->review().submit(Command{u"CASE-2018-0012"_s, u"flag"_s, {}, u"x"_s, {}, {}, {}, {}});
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, ErrorKind::Usage);
    }

    void hostileTextIsRefusedNotStored()
    {
        expectRefused(submit(u"CASE-2018-0012"_s, u"annotate"_s, u"a\u0000b"_s), u"NUL"_s);
        expectRefused(submit(u"CASE-2018-0012"_s, u"annotate"_s, QString(ReviewService::maxRationaleLength + 1, u'x')),
                      u"too long"_s);
        auto ok = submit(u"CASE-2018-0012"_s, u"annotate"_s, u"<img src=file:///etc/passwd> stays text"_s);
        QVERIFY(ok.ok());
        QCOMPARE(m_t->text(u"SELECT rationale FROM events WHERE uuid = '%1'"_s.arg(ok->event.uuid)),
                 u"<img src=file:///etc/passwd> stays text"_s);
    }

    void eachDeviceKeepsItsOwnChain()
    {
        ReviewService laptop = m_t->reviewAs(u"zoe"_s, u"new-laptop"_s);
        auto first = laptop.submit(Command{u"CASE-2018-0012"_s, u"annotate"_s, {}, u"one"_s, {}, {}, {}, {}});
        m_t->clock().advance(1000);
        auto second = laptop.submit(Command{u"CASE-2018-0013"_s, u"annotate"_s, {}, u"two"_s, {}, {}, {}, {}});
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->event.seq, 1);
        QCOMPARE(first->event.prevHash, EventHash::genesis());
        QCOMPARE(second->event.seq, 2);
        QCOMPARE(second->event.prevHash, first->event.hash);
        QCOMPARE(second->event.at, m_t->clock().now());
        QCOMPARE(first->event.at, m_t->clock().now().addMSecs(-1000));
    }

    void aMissingIdentityIsAUsageError()
    {
        ReviewService nobody(m_t->db(), m_t->clock(), Identity{});
        auto r = nobody.submit(Command{u"CASE-2018-0012"_s, u"annotate"_s, {}, u"x"_s, {}, {}, {}, {}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Usage);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestReviewService)
#include "tst_ReviewService.moc"
