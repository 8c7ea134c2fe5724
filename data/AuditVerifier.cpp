#include "AuditVerifier.h"

#include "CaseFold.h"
#include "Database.h"
#include "EventHash.h"
#include "EventRepository.h"
#include "SqlValues.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int maxProblemsPerCheck = 200;

QString name(const Event &e)
{
    return u"event %1 (%2 on %3, %4 #%5)"_s.arg(e.uuid, e.action, e.caseRef, e.device).arg(e.seq);
}

} // namespace

Result<AuditVerifier::Report> AuditVerifier::run()
{
    Report report;
    if (auto ok = checkIntegrity(report); !ok)
        return ok.error();
    if (auto ok = checkChains(report); !ok)
        return ok.error();
    if (auto ok = checkDerivedState(report); !ok)
        return ok.error();
    return report;
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
    QString device;
    qint64 expectedSeq = 1;
    QString expectedPrev;
    int problems = 0;
    const auto problem = [&](const QString &line) {
        if (problems++ < maxProblemsPerCheck)
            report.problems.append(line);
    };
    auto done = events.forEachInChainOrder([&](const Event &e) {
        ++report.events;
        if (e.device != device) {
            device = e.device;
            ++report.devices;
            expectedSeq = 1;
            expectedPrev = EventHash::genesis();
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
    return {};
}

Status AuditVerifier::checkDerivedState(Report &report)
{
    // Walk the cases and their events side by side, both in case order, in one pass each.
    QSqlQuery cases(m_db.connection());
    cases.setForwardOnly(true);
    if (!cases.exec(u"SELECT c.id, c.ref, c.state, c.outcome, c.heads FROM cases c ORDER BY c.id"_s))
        return m_db.errorFrom(cases, u"reading the cases"_s);
    QSqlQuery ev(m_db.connection());
    ev.setForwardOnly(true);
    if (!ev.exec(u"SELECT case_id, uuid, action, outcome, at, parents FROM events ORDER BY case_id"_s))
        return m_db.errorFrom(ev, u"reading the events"_s);
    bool haveEvent = ev.next();
    int problems = 0;
    while (cases.next()) {
        ++report.cases;
        const qint64 caseId = cases.value(0).toLongLong();
        const QString ref = cases.value(1).toString();
        QList<Event> list;
        while (haveEvent && ev.value(0).toLongLong() <= caseId) {
            if (ev.value(0).toLongLong() == caseId) {
                Event e;
                e.uuid = ev.value(1).toString();
                e.action = ev.value(2).toString();
                e.outcome = ev.value(3).toString();
                e.at = sql::toTime(ev.value(4));
                e.parents = ev.value(5).toString().split(u' ', Qt::SkipEmptyParts);
                list.append(e);
            }
            haveEvent = ev.next();
        }
        QSet<QString> ids;
        for (const Event &e : list)
            ids.insert(e.uuid);
        for (const Event &e : list) {
            for (const QString &p : e.parents) {
                if (!ids.contains(p) && problems++ < maxProblemsPerCheck)
                    report.problems.append(
                        u"case %1: event %2 follows event %3, which is missing (deleted?)"_s.arg(ref, e.uuid, p));
            }
        }
        const CaseFold::State s = CaseFold::fold(list);
        const QString stored =
            u"%1/%2/%3"_s.arg(cases.value(2).toString(), cases.value(3).toString(), cases.value(4).toString());
        const QString derived = u"%1/%2/%3"_s.arg(s.state, s.outcome, s.heads.join(u' '));
        if (stored != derived && problems++ < maxProblemsPerCheck)
            report.problems.append(u"case %1: stored state %2/%3 does not follow from its events (%4/%5); an event "
                                   "was removed or the state was edited"_s.arg(
                                       ref, cases.value(2).toString(), cases.value(3).toString(), s.state, s.outcome));
        if (list.isEmpty() && problems++ < maxProblemsPerCheck)
            report.problems.append(u"case %1 has no events (its flag event is missing)"_s.arg(ref));
    }
    return {};
}

} // namespace adreview
