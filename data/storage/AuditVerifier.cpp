#include "storage/AuditVerifier.h"

#include "domain/CaseFold.h"
#include "domain/DeviceTrust.h"
#include "domain/EventHash.h"
#include "domain/EventRules.h"
#include "domain/EventSignature.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/SqlValues.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int maxProblemsPerCheck = 200;
constexpr qint64 progressEvery = 1000; // records between progress reports

QString name(const Event &e)
{
    return u"event %1 (%2 on %3, %4 #%5)"_s.arg(e.uuid, e.action, e.caseRef, e.device).arg(e.seq);
}

Error stopped()
{
    return Error::rejected(u"verification stopped before it ended"_s);
}

QString day(const QDateTime &t)
{
    return t.isValid() ? t.date().toString(Qt::ISODate) : u"none"_s;
}

} // namespace

Result<AuditVerifier::Report> AuditVerifier::run()
{
    Report report;
    m_done = 0;
    m_stopped = false;
    if (m_progress) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(u"SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM cases)"_s) || !q.next())
            return m_db.errorFrom(q, u"counting the events and cases"_s);
        m_total = q.value(0).toLongLong();
        if (!m_progress(0, m_total))
            return stopped();
    }
    if (auto ok = checkIntegrity(report); !ok)
        return ok.error();
    if (auto ok = checkSchema(report); !ok)
        return ok.error();
    if (auto ok = checkChains(report); !ok)
        return ok.error();
    if (auto ok = checkCases(report); !ok)
        return ok.error();
    if (m_progress && !m_progress(m_total, m_total))
        return stopped();
    return report;
}

bool AuditVerifier::tick()
{
    if (++m_done % progressEvery == 0 && m_progress && !m_progress(m_done, m_total))
        m_stopped = true;
    return !m_stopped;
}

Status AuditVerifier::checkIntegrity(Report &report)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"PRAGMA integrity_check(%1)"_s.arg(maxProblemsPerCheck)))
        return m_db.errorFrom(q, u"checking the database's integrity"_s);
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            report.problems.append(u"integrity: "_s + line);
    }
    if (!q.exec(u"PRAGMA foreign_key_check"_s))
        return m_db.errorFrom(q, u"checking foreign keys"_s);
    int n = 0;
    while (q.next() && n++ < maxProblemsPerCheck) {
        report.problems.append(u"foreign key: row %1 of %2 refers to a missing row of %3"_s.arg(
            q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
    }
    return {};
}

Status AuditVerifier::checkChains(Report &report)
{
    EventRepository events(m_db);
    DeviceRepository registry(m_db);
    QString device;
    qint64 expectedSeq = 1;
    QString expectedPrev;
    int problems = 0;
    const auto problem = [&](const QString &line) {
        if (problems++ < maxProblemsPerCheck)
            report.problems.append(line);
    };
    // Each device's chain through the signing rules, as a merge would take it from nothing.
    std::optional<DeviceRecord> record;
    std::optional<ChainSigning> signing;
    std::optional<Error> signingFault;
    std::optional<Error> failed;
    const auto endDevice = [&] {
        if (!signing)
            return;
        const QString trust = record ? u"trusted by %1 on %2"_s.arg(record->trustedBy.left(60),
                                                                    record->trustedAt.date().toString(Qt::ISODate))
                                     : QString();
        if (!record || (record->trustedBy.isEmpty() && record->trustedAt.isNull())) {
            problem(u"device %1: its events are here, but this database's registry of devices does not hold it"_s.arg(
                device));
            report.devicesSigning.append(u"%1: not registered (bad)"_s.arg(device));
        } else if (signingFault) {
            problem(u"device %1: %2"_s.arg(device, signingFault->message));
            if (record->revokedAfter)
                report.devicesSigning.append(
                    u"%1: revoked after #%2 by %3, and events after it are here (%4)"_s.arg(device)
                        .arg(*record->revokedAfter)
                        .arg(record->revokedBy.left(60), trust));
            else
                report.devicesSigning.append(u"%1: bad signature (%2)"_s.arg(device, trust));
        } else if (auto v = signing->finish(); !v) {
            problem(u"device %1: %2"_s.arg(device, v.error().message));
            report.devicesSigning.append(u"%1: bad signature (%2)"_s.arg(device, trust));
        } else {
            report.signedEvents += v->signedEvents;
            report.unsignedEvents += v->unsignedEvents;
            QString state =
                v->signedEvents == 0
                    ? u"unsigned, from before signing (%L1 events; frozen at #%2)"_s.arg(v->unsignedEvents)
                          .arg(record->legacySeq)
                    : u"signed by reviewer %1's key %2 (%L3 signed event%4%5)"_s
                          .arg(record->reviewer.left(60), record->fingerprint())
                          .arg(v->signedEvents)
                          .arg(v->signedEvents == 1 ? QString() : u"s"_s)
                          .arg(v->unsignedEvents > 0 ? u", %L1 unsigned from before signing"_s.arg(v->unsignedEvents)
                                                     : QString());
            if (record->revokedAfter)
                state += u"; revoked after #%1 by %2"_s.arg(*record->revokedAfter).arg(record->revokedBy.left(60));
            report.devicesSigning.append(u"%1: %2, %3"_s.arg(device, state, trust));
        }
        signing.reset();
        signingFault.reset();
    };
    auto done = events.forEachInChainOrder([&](const Event &e) {
        ++report.events;
        if (!tick())
            return false;
        if (e.device != device) {
            endDevice();
            device = e.device;
            ++report.devices;
            expectedSeq = 1;
            expectedPrev = EventHash::genesis();
            auto found = registry.find(device);
            if (!found) {
                failed = found.error();
                return false;
            }
            record = *found;
            signing.emplace(record, std::nullopt, EventSignature::noDigest(), false);
        }
        if (!signingFault) {
            auto digest = signing->add(e);
            if (!digest)
                signingFault = digest.error();
            else if (*digest != e.signedDigest)
                signingFault = Error::rejected(u"%1's signed digest does not match what it signs (it, or the "
                                               "evidence it cites, was changed)"_s.arg(name(e)));
        }
        if (e.seq > expectedSeq) {
            problem(u"chain %1: event%2 #%3%4 missing before %5 (deleted?)"_s.arg(device)
                        .arg(e.seq - expectedSeq > 1 ? u"s"_s : QString())
                        .arg(expectedSeq)
                        .arg(e.seq - expectedSeq > 1 ? u"–#%1"_s.arg(e.seq - 1) : QString())
                        .arg(name(e)));
        }
        if (e.prevHash != expectedPrev) {
            problem(u"chain %1: %2 does not follow the event before it in the chain (an earlier event was changed, "
                    "removed or reordered)"_s.arg(device, name(e)));
        }
        if (EventHash::compute(e) != e.hash)
            problem(u"chain %1: %2 was altered: its content no longer matches its hash"_s.arg(device, name(e)));
        expectedSeq = e.seq + 1;
        expectedPrev = e.hash;
        return true;
    });
    if (!done)
        return done.error();
    if (failed)
        return *failed;
    if (m_stopped)
        return stopped();
    endDevice();
    return {};
}

namespace {

// The objects of a database's main schema, by type and name, with their SQL.
Result<QMap<QString, QString>> schemaOf(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // SQLite's own objects (statistics, automatic indexes) come and go with its work.
    if (!q.exec(u"SELECT type, name, coalesce(sql, '') FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' "
                "ESCAPE '\\'"_s))
        return db.errorFrom(q, u"reading the schema"_s);
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString() + u' ' + q.value(1).toString(), q.value(2).toString());
    return out;
}

} // namespace

Status AuditVerifier::checkSchema(Report &report)
{
    // What this program's migrations make, made afresh beside the file and compared with it.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::unusable(u"cannot make a temporary folder to compare the schema (%1)"_s.arg(dir.errorString()));
    auto fresh = Database::open(dir.filePath(u"schema.sqlite"_s));
    if (!fresh)
        return fresh.error();
    auto expected = schemaOf(**fresh);
    if (!expected)
        return expected.error();
    auto actual = schemaOf(m_db);
    if (!actual)
        return actual.error();
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        const auto want = expected->constFind(it.key());
        if (want == expected->cend())
            report.problems.append(u"schema: %1 was not made by AdReview (another program added it): %2"_s.arg(
                it.key(), it.value().left(200).simplified()));
        else if (*want != it.value())
            report.problems.append(u"schema: %1 differs from AdReview's definition: %2"_s.arg(
                it.key(), it.value().left(200).simplified()));
    }
    // A team server's pull of much sets the queue's indexes aside while it runs; they are built
    // again at its end (or at the next open, after a pull that was stopped).
    auto aside = IndexesSetAside::recorded(m_db);
    if (!aside)
        return aside.error();
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        if (actual->contains(it.key()))
            continue;
        if (it.key().startsWith(u"index "_s) && aside->contains(it.key().mid(6)))
            report.notes.append(u"schema: %1 is set aside by a team server sync under way, which builds it again "
                                "at its end"_s.arg(it.key()));
        else
            report.problems.append(u"schema: %1 is missing"_s.arg(it.key()));
    }
    return {};
}

Status AuditVerifier::checkCases(Report &report)
{
    // Walk the cases, their evidence and their events side by side, all in case order, in one
    // pass each.
    QSqlQuery cases(m_db.connection());
    cases.setForwardOnly(true);
    if (!cases.exec(u"SELECT c.id, c.ref, c.state, c.outcome, c.heads, c.source, p.code, c.advertiser_id, c.opened_at, "
                    "c.restricted_until, c.review_by, c.contests, (SELECT b.advertiser_id FROM cases b WHERE b.ref = "
                    "c.contests), c.rereview IS NOT NULL FROM cases c JOIN policies p ON p.id = c.policy_id "
                    "ORDER BY c.id"_s))
        return m_db.errorFrom(cases, u"reading the cases"_s);
    QSqlQuery evidence(m_db.connection());
    evidence.setForwardOnly(true);
    if (!evidence.exec(u"SELECT case_id, ref FROM evidence ORDER BY case_id"_s))
        return m_db.errorFrom(evidence, u"reading the evidence"_s);
    QSqlQuery ev(m_db.connection());
    ev.setForwardOnly(true);
    if (!ev.exec(u"SELECT e.case_id, e.uuid, e.action, coalesce(p.code, ''), e.rationale, e.assignee, e.outcome, "
                 "e.reviewer, e.device, e.at, e.parents, (SELECT group_concat(x.ref, char(31)) FROM event_evidence ee "
                 "JOIN evidence x ON x.id = ee.evidence_id WHERE ee.event_id = e.id), e.seq, e.statement "
                 "FROM events e LEFT JOIN policies p ON p.id = e.policy_id ORDER BY e.case_id"_s))
        return m_db.errorFrom(ev, u"reading the events"_s);
    // Events a team server's pull brought that wait for events others have not sent yet, or that
    // were set aside: a case it brought may have none of its events here yet.
    QSqlQuery pending(m_db.connection());
    if (!pending.exec(u"SELECT (SELECT count(*) FROM server_waiting) + (SELECT count(*) FROM quarantine), "
                      "EXISTS (SELECT 1 FROM server_sync)"_s) ||
        !pending.next())
        return m_db.errorFrom(pending, u"reading the events waiting or set aside"_s);
    const qint64 waiting = pending.value(0).toLongLong();
    const bool pulled = pending.value(1).toBool(); // from a team server, which may hold a case before its events
    pending.finish();
    bool haveEvent = ev.next();
    bool haveEvidence = evidence.next();
    EventRepository repository(m_db);
    const QDateTime now = EventRules::receivingClock();
    int problems = 0;
    const auto problem = [&](const QString &line) {
        if (problems++ < maxProblemsPerCheck)
            report.problems.append(line);
    };
    while (cases.next()) {
        ++report.cases;
        if (!tick())
            return stopped();
        const qint64 caseId = cases.value(0).toLongLong();
        const QString ref = cases.value(1).toString();
        CaseFacts facts;
        facts.ref = ref;
        facts.source = cases.value(5).toString();
        facts.policyCode = cases.value(6).toString();
        facts.opened = sql::time(cases, 8);
        const QString contests = cases.value(11).toString();
        if (!contests.isEmpty()) {
            if (facts.source != u"appeal")
                problem(u"case %1 is not an appeal but names %2 as the case it contests; the case was edited"_s.arg(
                    ref, contests));
            else if (cases.value(12).isNull())
                problem(u"appeal %1 contests %2, which this database does not hold"_s.arg(ref, contests));
            else if (contests == ref || cases.value(12).toLongLong() != cases.value(7).toLongLong())
                problem(u"appeal %1 contests %2, which is not another case of its advertiser; the case was "
                        "edited"_s.arg(ref, contests));
        }
        while (haveEvidence && evidence.value(0).toLongLong() <= caseId) {
            if (evidence.value(0).toLongLong() == caseId)
                facts.evidenceRefs.insert(evidence.value(1).toString());
            haveEvidence = evidence.next();
        }
        QList<Event> list;
        while (haveEvent && ev.value(0).toLongLong() <= caseId) {
            if (ev.value(0).toLongLong() == caseId) {
                Event e;
                e.caseId = caseId;
                e.caseRef = ref;
                e.uuid = ev.value(1).toString();
                e.action = ev.value(2).toString();
                e.policyCode = ev.value(3).toString();
                e.rationale = ev.value(4).toString();
                e.assignee = ev.value(5).toString();
                e.outcome = ev.value(6).toString();
                e.reviewer = ev.value(7).toString();
                e.device = ev.value(8).toString();
                e.at = sql::toTime(ev.value(9));
                e.parents = ev.value(10).toString().split(u' ', Qt::SkipEmptyParts);
                e.evidenceRefs = ev.value(11).toString().split(QChar(0x1f), Qt::SkipEmptyParts);
                e.evidenceRefs.sort();
                e.seq = ev.value(12).toLongLong();
                e.statement = ev.value(13).toString();
                list.append(e);
            }
            haveEvent = ev.next();
        }
        QSet<QString> ids;
        for (const Event &e : list)
            ids.insert(e.uuid);
        bool tampered = false;
        for (const Event &e : list) {
            for (const QString &p : e.parents) {
                if (ids.contains(p))
                    continue;
                // A parent of another case breaks a rule (below); one that is nowhere was deleted.
                auto elsewhere = repository.exists(p);
                if (!elsewhere)
                    return elsewhere.error();
                if (!*elsewhere) {
                    tampered = true;
                    problem(u"case %1: event %2 follows event %3, which is missing (deleted?)"_s.arg(ref, e.uuid, p));
                }
            }
        }
        const CaseFold::State s = CaseFold::fold(list);
        const QString stored =
            u"%1/%2/%3"_s.arg(cases.value(2).toString(), cases.value(3).toString(), cases.value(4).toString());
        const QString derived = u"%1/%2/%3"_s.arg(s.state, s.outcome, s.heads.join(u' '));
        if (stored != derived)
            problem(u"case %1: stored state %2/%3 does not follow from its events (%4/%5); an event "
                    "was removed or the state was edited"_s.arg(ref, cases.value(2).toString(),
                                                                cases.value(3).toString(), s.state, s.outcome));
        if (sql::time(cases, 9) != s.restrictedUntil || sql::time(cases, 10) != sql::toTime(sql::fromDay(s.reviewBy)))
            problem(u"case %1: the stored end of its restrictions or review date (%2, %3) does not follow from its "
                    "decision's statement of reasons (%4, %5); the case was edited"_s.arg(
                        ref, day(sql::time(cases, 9)), day(sql::time(cases, 10)), day(s.restrictedUntil),
                        s.reviewBy.isValid() ? s.reviewBy.toString(Qt::ISODate) : u"none"_s));
        if (cases.value(13).toBool() != !s.rereview.isEmpty())
            problem(u"case %1: the stored re-review mark (%2) does not follow from its events' revisions (%3); the "
                    "case was edited"_s.arg(ref, cases.value(13).toBool() ? u"set"_s : u"none"_s,
                                            s.rereview.isEmpty() ? u"none"_s : s.rereview.first().ref));
        if (list.isEmpty() && waiting > 0)
            report.notes.append(
                u"case %1 has no events here yet: %2 for events not on the team server yet, or set aside "
                "(adreview sync --quarantine)"_s.arg(ref, waiting == 1 ? u"1 pulled event waits"_s
                                                                       : u"%1 pulled events wait"_s.arg(waiting)));
        else if (list.isEmpty() && pulled)
            report.notes.append(u"case %1 has no events here: the team server holds none of them yet (they are on "
                                "laptops that have not sent them)"_s.arg(ref));
        else if (list.isEmpty())
            problem(u"case %1 has no events (its flag event is missing)"_s.arg(ref));
        if (tampered)
            continue;
        // Each event as its author saw the case, as a merge would judge it arriving today.
        const qint64 advertiser = cases.value(7).toLongLong();
        std::optional<Error> failed;
        for (const Event &e : std::as_const(list)) {
            facts.advertiserBannedAt = [&, uuid = e.uuid](const QDateTime &at) {
                auto banned = repository.advertiserBannedAt(advertiser, at, uuid);
                if (!banned)
                    failed = banned.error();
                return banned && *banned;
            };
            facts.contested = [&] {
                auto contested = repository.contestedBy(caseId, advertiser, facts.source, facts.opened, contests);
                if (!contested)
                    failed = contested.error();
                return contested ? *contested : std::nullopt;
            };
            facts.deviceKey = [&](const QString &device) {
                auto key = DeviceRepository(m_db).publicKeyOf(device);
                if (!key)
                    failed = key.error();
                return key ? *key : QString();
            };
            facts.evidenceItem = [&](const QString &item) {
                auto found = EvidenceRepository(m_db).find(caseId, item);
                if (!found)
                    failed = found.error();
                return found ? *found : std::nullopt;
            };
            const Status ok = EventRules::check(facts, list, e, now);
            if (failed)
                return *failed;
            if (!ok)
                problem(u"case %1: %2 breaks a review rule: %3"_s.arg(ref, name(e), ok.error().message));
        }
    }
    // Each advertiser's standing, as its cases' decisions make it: banned while a ban newer than its
    // latest reinstatement stands, until the last of those bans ends. Whether the end has passed
    // is read with the clock, so no date passing makes a stored status wrong.
    QSqlQuery advertisers(m_db.connection());
    advertisers.setForwardOnly(true);
    if (!advertisers.exec(
            u"SELECT a.ref, a.status, a.restricted_until, CASE WHEN b.n > 0 THEN 'banned' ELSE 'active' END, "
            "CASE WHEN b.n = b.ending THEN b.until END FROM advertisers a LEFT JOIN (SELECT c.advertiser_id AS id, "
            "count(*) AS n, count(c.restricted_until) AS ending, max(c.restricted_until) AS until FROM cases c "
            "WHERE c.outcome = 'banned' AND c.decided_at > coalesce((SELECT max(r.decided_at) FROM cases r WHERE "
            "r.advertiser_id = c.advertiser_id AND r.outcome = 'reinstated'), -1) GROUP BY c.advertiser_id) b "
            "ON b.id = a.id WHERE a.status <> CASE WHEN b.n > 0 THEN 'banned' ELSE 'active' END OR "
            "a.restricted_until IS NOT CASE WHEN b.n = b.ending THEN b.until END"_s))
        return m_db.errorFrom(advertisers, u"reading the advertisers"_s);
    while (advertisers.next()) {
        problem(u"advertiser %1: stored status %2 until %3 does not follow from its cases' decisions (%4 until "
                "%5); the advertiser was edited"_s.arg(advertisers.value(0).toString(), advertisers.value(1).toString(),
                                                       day(sql::time(advertisers, 2)), advertisers.value(3).toString(),
                                                       day(sql::time(advertisers, 4))));
    }
    if (advertisers.lastError().isValid())
        return m_db.errorFrom(advertisers, u"reading the advertisers"_s);
    if (problems > maxProblemsPerCheck)
        report.problems.append(
            u"… and %1 more problems with cases and their events"_s.arg(problems - maxProblemsPerCheck));
    return {};
}

} // namespace adreview
