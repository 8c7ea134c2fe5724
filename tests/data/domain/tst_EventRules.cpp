// The review rules as a merge applies them: one hand-made event, with a correct hash and chain,
// appended to an otherwise valid bundle from another laptop. Each event that breaks a rule in its
// author's own view is refused with the whole bundle and nothing written; an event that was only
// made apart from another decision merges and makes a conflict.

#include "TestBundle.h"
#include "TestDatabase.h"
#include "demo/Generator.h"
#include "domain/CaseFold.h"
#include "domain/DsaDecision.h"
#include "domain/EventHash.h"
#include "domain/EventRules.h"
#include "storage/AuditVerifier.h"
#include "storage/PolicyRepository.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// Everything a merge could change.
QString contentOf(Database &db)
{
    return test::rows(db, u"SELECT uuid, hash FROM events ORDER BY uuid"_s) + u'\n' +
           test::rows(db, u"SELECT ref, state, outcome, assignee, heads FROM cases ORDER BY ref"_s) + u'\n' +
           test::rows(db, u"SELECT ref, status FROM advertisers ORDER BY ref"_s);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The bundle with `extra` appended to its events (as the first of a new device's chain, hashed
// as a forger would), its header's hash made to match.
QByteArray withEvent(const QByteArray &bundle, Event extra)
{
    extra.seq = 1;
    extra.prevHash = EventHash::genesis();
    extra.hash = EventHash::compute(extra);
    return test::rewrittenBundle(bundle, [&](QJsonObject &body) {
        QJsonArray events = body.value(u"events"_s).toArray();
        events.append(SyncBundle::eventJson(extra));
        body.insert(u"events"_s, events);
    });
}

} // namespace

class TestEventRules : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_base;
    QTemporaryDir m_dir;
    QByteArray m_bundle; // everything the base holds, as another laptop exports it
    int m_files = 0;
    // Cases of the base in known states.
    QString m_open, m_other, m_cleared, m_banned, m_proposed;
    QDateTime m_late; // after every event of the base

    QString file(const QString &name) { return m_dir.filePath(u"%1-%2"_s.arg(++m_files).arg(name)); }

    QString text(const QString &sql) { return test::rows(m_base->db(), sql); }
    QString headOf(const QString &ref) { return text(u"SELECT heads FROM cases WHERE ref = '%1'"_s.arg(ref)); }
    QString eventOf(const QString &ref, const QString &action)
    {
        return text(u"SELECT e.uuid FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' AND "
                    "e.action = '%2' ORDER BY e.at DESC LIMIT 1"_s.arg(ref, action));
    }
    QDateTime timeOf(const QString &uuid)
    {
        return QDateTime::fromMSecsSinceEpoch(text(u"SELECT at FROM events WHERE uuid = '%1'"_s.arg(uuid)).toLongLong(),
                                              Qt::UTC);
    }

    // A sound event by another laptop on case `ref`, following what the base holds of it.
    Event sound(const QString &ref, const QString &action)
    {
        Event e;
        e.uuid = newId();
        e.caseRef = ref;
        e.action = action;
        e.reviewer = u"mallory"_s;
        e.device = u"forger"_s;
        e.at = m_late;
        e.parents = headOf(ref).split(u' ', Qt::SkipEmptyParts);
        if (action == u"ban") {
            e.policyCode = u"ADS-CRYPTO"_s;
            e.evidenceRefs = {u"EV-1"_s};
        }
        if (action == u"clear") // as decide records it: the case's own policy
            e.policyCode =
                text(u"SELECT p.code FROM cases c JOIN policies p ON p.id = c.policy_id WHERE c.ref = '%1'"_s.arg(ref));
        if (action == u"assign")
            e.assignee = u"someone"_s;
        else if (action != u"escalate")
            e.rationale = u"looked at it"_s;
        return e;
    }

    // A time-limited ban's statement of reasons whose account suspension ends on `ends`.
    static QString statement(const QDate &ends)
    {
        dsa::Decision d;
        d.ground = u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s;
        d.groundText = u"Advertising policy ADS-CRYPTO"_s;
        d.explanation = u"The ads promote a cryptocurrency exchange."_s;
        d.category = u"STATEMENT_CATEGORY_CONSUMER_INFORMATION"_s;
        d.contentTypes = {u"CONTENT_TYPE_TEXT"_s};
        d.account = u"DECISION_ACCOUNT_SUSPENDED"_s;
        d.endAccount = ends;
        d.publicFacts = u"The ads were removed."_s;
        return d.toText();
    }

    struct Merge {
        bool ok = false;
        QString message;
        bool unchanged = false;
        std::unique_ptr<Database> db;
    };

    // `bytes` merged into a fresh copy of the base.
    Merge merge(const QByteArray &bytes)
    {
        Merge m;
        const QString path = file(u"receiver.sqlite"_s);
        if (!QFile::copy(m_base->path(), path))
            qFatal("cannot copy the base");
        m.db = std::move(*Database::open(path, Database::OpenMode::MustExist));
        const QString before = contentOf(*m.db);
        const QString bundle = file(u"forged.adrbundle"_s);
        QFile out(bundle);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write the bundle");
        out.close();
        auto merged = test::mergeTrusting(*m.db, bundle);
        m.ok = merged.ok();
        m.message = merged ? merged->summary() : merged.error().message;
        m.unchanged = contentOf(*m.db) == before;
        return m;
    }

    // The event appended to the base's bundle is refused, naming it and the rule, with nothing
    // written.
    void expectRefused(const Event &e, const QString &rule)
    {
        const Merge m = merge(withEvent(m_bundle, e));
        QVERIFY2(!m.ok, qPrintable(u"merged: "_s + m.message));
        QVERIFY2(m.message.contains(rule, Qt::CaseInsensitive), qPrintable(m.message));
        QVERIFY2(m.message.contains(u"nothing was imported"_s), qPrintable(m.message));
        QVERIFY(m.unchanged);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = std::make_unique<test::TestDatabase>();
        QVERIFY(Generator(m_base->db(), m_base->review(), 21).run(12).ok());
        const QStringList open =
            text(
                u"SELECT ref FROM cases WHERE state IN ('open', 'in-review') AND priority <> 'critical' ORDER BY ref"_s)
                .split(u'\n');
        QVERIFY(open.size() >= 4);
        m_open = open[0];
        m_other = open[1];
        m_cleared = open[2];
        m_banned = open[3];
        m_base->clock().advance(3600 * 1000);
        QVERIFY(m_base->review().submit({m_cleared, u"clear"_s, {}, u"nothing wrong"_s, {}, {}, {}, {}}).ok());
        QVERIFY(
            m_base->review().submit({m_banned, u"ban"_s, u"ADS-CRYPTO"_s, u"a scam"_s, {u"EV-1"_s}, {}, {}, {}}).ok());
        // A ban that waits for a second reviewer, proposed by mallory on their own laptop.
        QVERIFY(open.size() >= 5);
        m_proposed = open[4];
        QVERIFY(PolicyRepository(m_base->db()).setRequiresApproval(u"ADS-CRYPTO"_s, true).ok());
        ReviewService mallory = m_base->reviewAs(u"mallory"_s, u"mallory-laptop"_s);
        auto proposed = mallory.submit({m_proposed, u"ban"_s, u"ADS-CRYPTO"_s, u"a scam"_s, {u"EV-1"_s}, {}, {}, {}});
        QVERIFY2(proposed.ok(), proposed.ok() ? "" : qPrintable(proposed.error().message));
        QCOMPARE(proposed->event.action, u"propose-ban"_s);
        QVERIFY(PolicyRepository(m_base->db()).setRequiresApproval(u"ADS-CRYPTO"_s, false).ok());
        m_late =
            QDateTime::fromMSecsSinceEpoch(text(u"SELECT max(at) FROM events"_s).toLongLong(), Qt::UTC).addSecs(60);
        QVERIFY(m_late.isValid());
        const QString path = file(u"all.adrbundle"_s);
        QVERIFY(SyncBundle::write(m_base->db(), m_base->review().identity(), m_base->clock(), path, {}).ok());
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        m_bundle = in.readAll();
        m_base->reopen(); // everything in the file itself, which the receivers copy; read only from now
    }

    // The test's own footing: sound events from the new device merge.
    void soundEventsMerge_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : {"annotate", "assign", "escalate", "ban", "clear", "ban with a statement"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }
    void soundEventsMerge()
    {
        QFETCH(QString, action);
        Event e = sound(m_open, action.section(u' ', 0, 0));
        if (action.contains(u"statement"_s))
            e.statement = statement(e.at.date().addDays(90));
        const Merge m = merge(withEvent(m_bundle, e));
        QVERIFY2(m.ok, qPrintable(m.message));
        QVERIFY2(m.message.contains(u"from forger"_s), qPrintable(m.message));
        auto verified = AuditVerifier(*m.db).run();
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
    }

    // Each forgery that once merged with "no new conflicts" and a clean verify.
    void forgeriesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("rule");
        QTest::newRow("a ban on a cleared case, after its clear") << u"ban-cleared"_s << u"already decided"_s;
        QTest::newRow("a reinstate on an open case") << u"reinstate-open"_s << u"only a banned case"_s;
        QTest::newRow("a resolution with no conflict") << u"resolve-none"_s << u"not in conflict"_s;
        QTest::newRow("a ban without a rationale") << u"ban-no-rationale"_s << u"needs a rationale"_s;
        QTest::newRow("a ban citing no evidence") << u"ban-no-evidence"_s << u"at least one evidence"_s;
        QTest::newRow("a ban with an outcome") << u"ban-outcome"_s << u"no outcome of its own"_s;
        QTest::newRow("a rationale of 200,000 characters") << u"long-rationale"_s << u"too long (200000"_s;
        QTest::newRow("a second flag") << u"second-flag"_s << u"when its case was opened"_s;
        QTest::newRow("a flag that follows an event") << u"flag-parents"_s << u"follows no other event"_s;
        QTest::newRow("an event before its case's flag") << u"before-flag"_s << u"before the event it follows"_s;
        QTest::newRow("an event dated 1970") << u"1970"_s << u"before the event it follows"_s;
        QTest::newRow("an event dated 2100") << u"2100"_s << u"more than a day after"_s;
        QTest::newRow("an event id that is not a UUID") << u"not-uuid"_s << u"not a UUID"_s;
        QTest::newRow("an assignee holding a NUL") << u"assignee-nul"_s << u"NUL"_s;
        QTest::newRow("a parent of another case") << u"other-parent"_s << u"not an event of this case"_s;
        QTest::newRow("no parents") << u"no-parents"_s << u"names none"_s;
        QTest::newRow("evidence the case lacks") << u"unknown-evidence"_s << u"EV-99, which case"_s;
        QTest::newRow("a clear of a banned case") << u"clear-banned"_s << u"already decided"_s;
        QTest::newRow("an escalation of a decided case") << u"escalate-decided"_s << u"already"_s;
        QTest::newRow("a reviewer name of 5,000 characters") << u"long-reviewer"_s << u"too long (5000"_s;
        QTest::newRow("a device name with a line break") << u"device-newline"_s << u"control character"_s;
        QTest::newRow("a policy on an annotation") << u"annotate-policy"_s << u"names no policy"_s;
        QTest::newRow("a statement on an annotation") << u"annotate-statement"_s << u"carries no statement"_s;
        QTest::newRow("a statement not in its form") << u"statement-form"_s << u"canonical form"_s;
        QTest::newRow("a restriction ending before the ban") << u"statement-end"_s << u"is not after the decision"_s;
        QTest::newRow("a category the API lacks") << u"statement-category"_s << u"is not one of"_s;
        QTest::newRow("an approval by the ban's proposer") << u"approve-own"_s << u"mallory proposed this ban"_s;
        QTest::newRow("an approval with nothing proposed") << u"approve-none"_s << u"no proposed ban awaits"_s;
    }
    void forgeriesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, rule);
        Event e = sound(m_open, u"annotate"_s);
        if (kind == u"ban-cleared") {
            e = sound(m_cleared, u"ban"_s);
            QVERIFY(e.parents.contains(eventOf(m_cleared, u"clear"_s)));
        } else if (kind == u"reinstate-open") {
            e = sound(m_open, u"reinstate"_s);
        } else if (kind == u"resolve-none") {
            e = sound(m_open, u"resolve-conflict"_s);
            e.outcome = u"banned"_s;
            e.policyCode = u"ADS-CRYPTO"_s;
            e.evidenceRefs = {u"EV-1"_s};
        } else if (kind == u"ban-no-rationale") {
            e = sound(m_open, u"ban"_s);
            e.rationale.clear();
        } else if (kind == u"ban-no-evidence") {
            e = sound(m_open, u"ban"_s);
            e.evidenceRefs.clear();
        } else if (kind == u"ban-outcome") {
            e = sound(m_open, u"ban"_s);
            e.outcome = u"cleared"_s;
        } else if (kind == u"long-rationale") {
            e.rationale = QString(200000, u'x');
        } else if (kind == u"second-flag" || kind == u"flag-parents") {
            const QString flag = eventOf(m_open, u"flag"_s);
            e = sound(m_open, u"flag"_s);
            e.rationale.clear();
            if (kind == u"second-flag")
                e.parents.clear();
            e.policyCode = text(
                u"SELECT p.code FROM cases c JOIN policies p ON p.id = c.policy_id WHERE c.ref = '%1'"_s.arg(m_open));
            e.at = kind == u"second-flag" ? m_late : timeOf(flag);
        } else if (kind == u"before-flag") {
            e.parents = {eventOf(m_open, u"flag"_s)};
            e.at = timeOf(e.parents[0]).addSecs(-3600);
        } else if (kind == u"1970") {
            e.at = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        } else if (kind == u"2100") {
            e.at = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        } else if (kind == u"not-uuid") {
            e.uuid = u"not-a-uuid"_s;
        } else if (kind == u"assignee-nul") {
            e = sound(m_open, u"assign"_s);
            e.assignee = u"some"_s + QChar(0) + u"one"_s;
        } else if (kind == u"other-parent") {
            e.parents = headOf(m_other).split(u' ', Qt::SkipEmptyParts);
        } else if (kind == u"no-parents") {
            e.parents.clear();
        } else if (kind == u"unknown-evidence") {
            e = sound(m_open, u"ban"_s);
            e.evidenceRefs = {u"EV-99"_s};
        } else if (kind == u"clear-banned") {
            e = sound(m_banned, u"clear"_s);
        } else if (kind == u"escalate-decided") {
            e = sound(m_banned, u"escalate"_s);
        } else if (kind == u"long-reviewer") {
            e.reviewer = QString(5000, u'r');
        } else if (kind == u"device-newline") {
            e.device = u"forger\nlaptop"_s;
        } else if (kind == u"annotate-policy") {
            e.policyCode = u"ADS-CRYPTO"_s;
        } else if (kind == u"annotate-statement") {
            e.statement = statement(m_late.date().addDays(30));
        } else if (kind.startsWith(u"statement-"_s)) {
            e = sound(m_open, u"ban"_s);
            e.statement = statement(kind == u"statement-end" ? m_late.date() : m_late.date().addDays(30));
            if (kind == u"statement-form")
                e.statement.replace(u"\",\""_s, u"\", \""_s);
            if (kind == u"statement-category")
                e.statement.replace(u"STATEMENT_CATEGORY_CONSUMER_INFORMATION"_s, u"STATEMENT_CATEGORY_SPAM"_s);
        } else if (kind == u"approve-own") {
            // mallory proposed the ban on their own laptop; this approval comes from another device.
            e = sound(m_proposed, u"annotate"_s);
            e.action = u"approve"_s;
            e.policyCode = u"ADS-CRYPTO"_s;
        } else if (kind == u"approve-none") {
            e = sound(m_open, u"annotate"_s);
            e.action = u"approve"_s;
            e.policyCode = u"ADS-CRYPTO"_s;
        } else {
            QFAIL("unknown kind");
        }
        expectRefused(e, rule);
        // Named, with its case.
        const Merge m = merge(withEvent(m_bundle, e));
        if (EventRules::isUuid(e.uuid))
            QVERIFY2(m.message.contains(e.uuid), qPrintable(m.message));
        QVERIFY2(m.message.contains(e.caseRef), qPrintable(m.message));
    }

    // A proposed ban is answered by another reviewer with another key; its proposer may only
    // withdraw it. Approval and rejection made apart are a conflict for a lead.
    void aProposedBanIsAnsweredByAnotherReviewerAndKey()
    {
        const QDateTime opened(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
        CaseFacts facts;
        facts.ref = u"CASE-4E"_s;
        facts.policyCode = u"ADS-NATSEC"_s;
        facts.source = u"press"_s;
        facts.opened = opened;
        facts.evidenceRefs = {u"EV-1"_s};
        // ana's laptop and a device called "ben-laptop" that signs with ana's key.
        facts.deviceKey = [](const QString &device) {
            return device == u"ana-laptop" || device == u"ben-laptop" ? u"KEY-ANA"_s
                   : device == u"cy-laptop"                           ? u"KEY-CY"_s
                                                                      : QString();
        };
        const auto event = [&](const QString &action, const QString &reviewer, const QString &device,
                               const QStringList &parents, int minutes) {
            Event e;
            e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.caseRef = facts.ref;
            e.action = action;
            e.reviewer = reviewer;
            e.device = device;
            e.at = opened.addSecs(60 * minutes);
            e.parents = parents;
            if (action == u"flag" || action == u"propose-ban" || action == u"approve")
                e.policyCode = facts.policyCode;
            if (action == u"propose-ban")
                e.evidenceRefs = {u"EV-1"_s};
            if (action != u"flag")
                e.rationale = u"because"_s;
            return e;
        };
        const Event flag = event(u"flag"_s, u"intake"_s, u"intake"_s, {}, 0);
        const Event proposal = event(u"propose-ban"_s, u"ana"_s, u"ana-laptop"_s, {flag.uuid}, 10);
        const auto check = [&](const Event &e, const QList<Event> &more = {}) {
            return EventRules::check(facts, QList<Event>{flag, proposal} + more + QList<Event>{e}, e,
                                     EventRules::receivingClock());
        };
        const auto refusedWith = [](const Status &s, const QString &words) {
            return !s.ok() && s.error().message.contains(words);
        };
        QVERIFY(check(proposal).ok());
        const QStringList after{proposal.uuid};
        // The proposer, on any device, or another name signing with the proposer's key.
        QVERIFY(
            refusedWith(check(event(u"approve"_s, u"ana"_s, u"ana-tablet"_s, after, 20)), u"ana proposed this ban"_s));
        QVERIFY(
            refusedWith(check(event(u"reject"_s, u"ana"_s, u"ana-laptop"_s, after, 20)), u"ana proposed this ban"_s));
        QVERIFY(
            refusedWith(check(event(u"approve"_s, u"ben"_s, u"ben-laptop"_s, after, 20)), u"ana proposed this ban"_s));
        QVERIFY(refusedWith(check(event(u"withdraw"_s, u"cy"_s, u"cy-laptop"_s, after, 20)), u"only ana"_s));
        // A ban or a clear waits for the answer; an approval with nothing proposed is refused.
        Event ban = event(u"propose-ban"_s, u"cy"_s, u"cy-laptop"_s, after, 20);
        ban.action = u"ban"_s;
        QVERIFY(refusedWith(check(ban), u"awaits approval"_s));
        QVERIFY(refusedWith(check(event(u"approve"_s, u"cy"_s, u"cy-laptop"_s, {flag.uuid}, 20)),
                            u"no proposed ban awaits"_s));
        // An approval bans as proposed: the proposal's policy and statement.
        Event otherPolicy = event(u"approve"_s, u"cy"_s, u"cy-laptop"_s, after, 20);
        otherPolicy.policyCode = u"ADS-CRYPTO"_s;
        QVERIFY(refusedWith(check(otherPolicy), u"the proposed ban's is ADS-NATSEC"_s));
        const Event approval = event(u"approve"_s, u"cy"_s, u"cy-laptop"_s, after, 20);
        QVERIFY(check(approval).ok());
        QVERIFY(check(event(u"withdraw"_s, u"ana"_s, u"ana-tablet"_s, after, 20)).ok());
        CaseFold::State s = CaseFold::fold({flag, proposal, approval});
        QCOMPARE(s.state, u"decided"_s);
        QCOMPARE(s.outcome, u"banned"_s);
        QVERIFY(!s.proposal);
        // Approved on one laptop, rejected on another, neither seeing the other: a conflict.
        const Event rejection = event(u"reject"_s, u"dev"_s, u"dev-laptop"_s, after, 25);
        s = CaseFold::fold({flag, proposal, approval, rejection});
        QCOMPARE(s.state, u"conflict"_s);
        QCOMPARE(s.conflicts.size(), 1);
        // Two rejections made apart agree: the case goes back to where it stood.
        const Event second = event(u"reject"_s, u"cy"_s, u"cy-laptop"_s, after, 26);
        s = CaseFold::fold({flag, proposal, rejection, second});
        QCOMPARE(s.state, u"open"_s);
        QVERIFY(s.conflicts.isEmpty());
    }

    // A decision made without seeing the other (its parents are what came before the clear) is
    // legitimate: it merges, and the case is in conflict for a lead.
    // Whoever made the ban an appeal contests cannot decide the appeal, whatever the outcome; every
    // route asks this through CaseFacts::contested.
    void theContestedDecisionsReviewerCannotDecideTheAppeal()
    {
        const QDateTime filed(QDate(2018, 4, 21), QTime(12, 0), Qt::UTC);
        CaseFacts facts;
        facts.ref = u"CASE-APPEAL"_s;
        facts.policyCode = u"ADS-CRYPTO"_s;
        facts.source = u"appeal"_s;
        facts.opened = filed;
        facts.evidenceRefs = {u"EV-1"_s};
        facts.advertiserBannedAt = [](const QDateTime &) { return true; };
        const ContestedDecision ban{QUuid::createUuid().toString(QUuid::WithoutBraces), u"CASE-BAN"_s,
                                    u"grace.okafor"_s, QDateTime(QDate(2018, 1, 5), QTime(16, 0), Qt::UTC)};
        facts.contested = [ban] { return ban; };
        Event flag;
        flag.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        flag.caseRef = facts.ref;
        flag.action = u"flag"_s;
        flag.policyCode = facts.policyCode;
        flag.reviewer = u"intake"_s;
        flag.device = u"intake"_s;
        flag.at = filed;
        const auto decision = [&](const QString &action, const QString &reviewer) {
            Event e;
            e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.caseRef = facts.ref;
            e.action = action;
            if (action != u"annotate"_s)
                e.policyCode = facts.policyCode;
            e.rationale = u"Reconsidered on appeal"_s;
            if (action == u"ban"_s)
                e.evidenceRefs = {u"EV-1"_s};
            e.reviewer = reviewer;
            e.device = reviewer + u"-laptop"_s;
            e.at = filed.addDays(3);
            e.parents = {flag.uuid};
            return EventRules::check(facts, {flag, e}, e, EventRules::receivingClock());
        };
        for (const QString &action : {u"reinstate"_s, u"clear"_s, u"ban"_s}) {
            const Status refused = decision(action, u"grace.okafor"_s);
            QVERIFY2(!refused.ok(), qPrintable(action));
            QVERIFY2(refused.error().message.contains(
                         u"grace.okafor made the decision this appeal contests (the ban of CASE-BAN on 2018-01-05"_s),
                     qPrintable(refused.error().message));
            const Status other = decision(action, u"dev.patel"_s);
            QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
        }
        // Notes and escalations are no decision on the appeal.
        QVERIFY(decision(u"annotate"_s, u"grace.okafor"_s).ok());
        // Filed more than six months after the ban: flagged, not refused.
        QVERIFY(!ban.filedLate(filed));
        QVERIFY(!ban.filedLate(ban.at.addMonths(6)));
        QVERIFY(ban.filedLate(ban.at.addMonths(6).addSecs(1)));
    }

    void aDecisionMadeApartMergesAsAConflict()
    {
        Event ban = sound(m_cleared, u"ban"_s);
        const QString clear = eventOf(m_cleared, u"clear"_s);
        ban.parents =
            text(u"SELECT parents FROM events WHERE uuid = '%1'"_s.arg(clear)).split(u' ', Qt::SkipEmptyParts);
        const Merge m = merge(withEvent(m_bundle, ban));
        QVERIFY2(m.ok, qPrintable(m.message));
        QVERIFY2(m.message.contains(u"1 new conflict"_s), qPrintable(m.message));
        QCOMPARE(test::rows(*m.db, u"SELECT state FROM cases WHERE ref = '%1'"_s.arg(m_cleared)), u"conflict"_s);
        auto verified = AuditVerifier(*m.db).run();
        QVERIFY(verified.ok());
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
    }

    // Random events that each break one rule or field limit, in otherwise valid bundles: every one
    // is refused with nothing written, while the same event unbroken merges.
    void randomRuleBreakingEventsAreRefused()
    {
        const int rounds = std::max(150, qEnvironmentVariableIntValue("ADREVIEW_RULE_ROUNDS"));
        QRandomGenerator rng(20261204);
        const QStringList actions{u"annotate"_s, u"assign"_s, u"escalate"_s, u"ban"_s, u"clear"_s};
        const auto pick = [&](const QStringList &list) { return list.at(rng.bounded(int(list.size()))); };
        const auto randomText = [&](int length) {
            QString s(length, Qt::Uninitialized);
            for (QChar &c : s)
                c = QChar(u'a' + rng.bounded(26));
            return s;
        };
        const QList<QChar> controls{QChar(0), u'\n', u'\r', u'\t', QChar(0x1b), QChar(0x7f), QChar(0x85)};
        const auto withControl = [&](QString s) {
            s.insert(rng.bounded(int(s.size()) + 1), controls.at(rng.bounded(int(controls.size()))));
            return s;
        };
        enum Break {
            LongName,
            ControlInName,
            LongRationale,
            NulInRationale,
            BadId,
            Early,
            Future,
            ForeignParent,
            UnknownParent,
            NoParents,
            SelfParent,
            UnknownEvidence,
            TwiceEvidence,
            TwiceParent,
            StrayOutcome,
            StrayAssignee,
            StrayPolicy,
            UnknownAction,
            DecidedCase,
            ReinstateOpen,
            ResolveNone,
            Breaks
        };
        int refused = 0;
        for (int round = 0; round < rounds; ++round) {
            const Break kind = Break(rng.bounded(int(Breaks)));
            Event e = sound(m_open, pick(actions));
            if (round % 4 == 0) { // the event before it is broken merges: what follows breaks one thing
                const Merge sane = merge(withEvent(m_bundle, e));
                QVERIFY2(sane.ok, qPrintable(sane.message));
            }
            QString what;
            switch (kind) {
            case LongName: {
                QString &name = rng.bounded(2) ? e.reviewer : e.device;
                name = randomText(EventRules::maxNameLength + 1 + rng.bounded(5000));
                what = u"long name"_s;
                break;
            }
            case ControlInName:
                if (e.action == u"assign" && rng.bounded(2))
                    e.assignee = withControl(e.assignee);
                else if (rng.bounded(2))
                    e.reviewer = withControl(e.reviewer);
                else
                    e.device = withControl(e.device);
                what = u"control character in a name"_s;
                break;
            case LongRationale:
                e.action = u"annotate"_s;
                e.assignee.clear();
                e.policyCode.clear();
                e.evidenceRefs.clear();
                e.rationale = randomText(EventRules::maxRationaleLength + 1 + rng.bounded(200000));
                what = u"long rationale"_s;
                break;
            case NulInRationale:
                e.action = u"annotate"_s;
                e.assignee.clear();
                e.policyCode.clear();
                e.evidenceRefs.clear();
                e.rationale = u"looked"_s + QChar(0) + randomText(rng.bounded(1, 20));
                what = u"NUL in rationale"_s;
                break;
            case BadId: {
                const QStringList ids{e.uuid.toUpper(), u'{' + e.uuid + u'}', e.uuid.left(35),
                                      randomText(36),   e.uuid + u'0',        QString()};
                e.uuid = pick(ids);
                what = u"bad id"_s;
                break;
            }
            case Early:
                e.at = timeOf(e.parents.first()).addMSecs(-1 - qint64(rng.bounded(1'000'000'000)));
                what = u"before its parent"_s;
                break;
            case Future:
                e.at = QDateTime::currentDateTimeUtc().addMSecs(EventRules::maxClockLeadMs + 60'000 +
                                                                qint64(rng.bounded(1'000'000'000)));
                what = u"future"_s;
                break;
            case ForeignParent:
                e.parents = headOf(pick({m_other, m_cleared, m_banned})).split(u' ', Qt::SkipEmptyParts);
                what = u"parent of another case"_s;
                break;
            case UnknownParent:
                e.parents.append(newId());
                what = u"unknown parent"_s;
                break;
            case NoParents:
                e.parents.clear();
                what = u"no parents"_s;
                break;
            case SelfParent:
                e.parents.append(e.uuid);
                what = u"its own parent"_s;
                break;
            case UnknownEvidence:
                e.action = u"ban"_s;
                e.assignee.clear();
                e.rationale = u"a scam"_s;
                e.policyCode = u"ADS-CRYPTO"_s;
                e.evidenceRefs = {u"EV-"_s + QString::number(100 + rng.bounded(1000))};
                what = u"unknown evidence"_s;
                break;
            case TwiceEvidence:
                e.action = u"ban"_s;
                e.assignee.clear();
                e.rationale = u"a scam"_s;
                e.policyCode = u"ADS-CRYPTO"_s;
                e.evidenceRefs = {u"EV-1"_s, u"EV-1"_s};
                what = u"evidence twice"_s;
                break;
            case TwiceParent:
                e.parents.append(e.parents.first());
                what = u"parent twice"_s;
                break;
            case StrayOutcome:
                e.outcome = pick({u"banned"_s, u"cleared"_s, u"reinstated"_s, randomText(6)});
                what = u"outcome on a "_s + e.action;
                break;
            case StrayAssignee:
                if (e.action == u"assign") {
                    e.action = u"annotate"_s;
                    e.rationale = u"x"_s;
                }
                e.assignee = randomText(8);
                what = u"assignee on a "_s + e.action;
                break;
            case StrayPolicy:
                if (e.action == u"ban" || e.action == u"clear")
                    e = sound(m_open, u"annotate"_s);
                e.policyCode = u"ADS-CRYPTO"_s;
                what = u"policy on a "_s + e.action;
                break;
            case UnknownAction:
                e.action = pick({u"delete"_s, u"Ban"_s, u"ban "_s, u"approved"_s, QString()});
                what = u"unknown action"_s;
                break;
            case DecidedCase:
                e = sound(pick({m_cleared, m_banned}), pick({u"ban"_s, u"clear"_s, u"escalate"_s, u"assign"_s}));
                what = u"decision on a decided case"_s;
                break;
            case ReinstateOpen:
                e = sound(pick({m_open, m_other, m_cleared}), u"reinstate"_s);
                what = u"reinstate of a case not banned"_s;
                break;
            case ResolveNone:
                e = sound(pick({m_open, m_cleared, m_banned}), u"resolve-conflict"_s);
                e.outcome = pick({u"banned"_s, u"cleared"_s, u"reinstated"_s});
                e.policyCode = u"ADS-CRYPTO"_s;
                e.evidenceRefs = {u"EV-1"_s};
                what = u"resolution without a conflict"_s;
                break;
            case Breaks:
                break;
            }
            const Merge m = merge(withEvent(m_bundle, e));
            QVERIFY2(!m.ok, qPrintable(u"round %1 (%2): merged: %3"_s.arg(round).arg(what, m.message)));
            QVERIFY2(m.message.contains(u"nothing was imported"_s),
                     qPrintable(u"round %1 (%2): %3"_s.arg(round).arg(what, m.message)));
            QVERIFY2(m.unchanged, qPrintable(u"round %1 (%2): the database changed"_s.arg(round).arg(what)));
            ++refused;
        }
        QCOMPARE(refused, rounds);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestEventRules)
#include "tst_EventRules.moc"
