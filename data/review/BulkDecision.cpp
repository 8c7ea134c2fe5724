#include "review/BulkDecision.h"

#include "domain/DsaDecision.h"
#include "domain/NaturalOrder.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/Savepoint.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

bool stopsTheRun(ErrorKind kind)
{
    // A broken database, or a command no case could take (no reviewer name): every case after
    // would fail the same way.
    return kind == ErrorKind::Unusable || kind == ErrorKind::Usage;
}

} // namespace

QStringList EvidenceRule::pick(const QHash<QString, QString> &kindsByRef) const
{
    QStringList out = refs;
    for (auto it = kindsByRef.cbegin(); it != kindsByRef.cend(); ++it) {
        if ((everyItem || kinds.contains(it.value())) && !out.contains(it.key()))
            out.append(it.key());
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
    return out;
}

QString EvidenceRule::describe() const
{
    QStringList parts;
    if (everyItem)
        parts << u"no evidence at all"_s;
    else if (!kinds.isEmpty())
        parts << u"no evidence of kind %1"_s.arg(kinds.join(u" or "_s));
    if (!refs.isEmpty())
        parts << u"cited %1"_s.arg(refs.join(u", "_s));
    return parts.join(u"; "_s);
}

QStringList BulkReport::refusedRefs() const
{
    QStringList out;
    for (const Refused &r : refused)
        out << r.caseRef;
    return out;
}

QStringList BulkReport::staleRefs() const
{
    QStringList out;
    for (const Refused &r : refused) {
        if (r.kind == ErrorKind::Conflict)
            out << r.caseRef;
    }
    return out;
}

Result<QList<BulkTarget>> BulkDecision::capture(const QStringList &refs)
{
    constexpr qsizetype chunk = 500; // refs per query
    CaseRepository cases(m_db);
    QHash<QString, QStringList> heads;
    if (auto begun = m_db.beginRead(); !begun)
        return begun.error();
    for (qsizetype i = 0; i < refs.size(); i += chunk) {
        auto found = cases.findByRefs(refs.mid(i, chunk));
        if (!found) {
            m_db.endRead();
            return found.error();
        }
        for (const CaseRecord &c : std::as_const(*found))
            heads.insert(c.ref, c.heads);
    }
    m_db.endRead();
    QList<BulkTarget> out;
    out.reserve(refs.size());
    for (const QString &ref : refs)
        out.append({ref, heads.value(ref)});
    return out;
}

Result<QString> BulkDecision::statementFor(const QString &policyCode)
{
    if (const auto it = m_statements.constFind(policyCode); it != m_statements.cend())
        return *it;
    auto defaults = m_review.statementDefaults(policyCode);
    if (!defaults)
        return defaults.error();
    const QString text = *defaults ? dsa::Decision::from(**defaults).toText() : QString();
    m_statements.insert(policyCode, text);
    return text;
}

Result<Event> BulkDecision::decideOne(const BulkTarget &target, const BulkRequest &request)
{
    auto ctx = m_review.loadContext(target.caseRef);
    if (!ctx)
        return ctx.error();
    Command command = request.command;
    command.caseRef = target.caseRef;
    command.expectedHeads = target.heads;
    if (command.action == u"ban" && command.policyCode.isEmpty())
        command.policyCode = ctx->record.policyCode;
    if (!request.evidence.isEmpty()) {
        if (request.evidence.kinds.isEmpty() && !request.evidence.everyItem) {
            command.evidenceRefs = request.evidence.refs;
        } else {
            auto items = EvidenceRepository(m_db).forCase(ctx->record.id);
            if (!items)
                return items.error();
            QHash<QString, QString> kinds;
            for (const Evidence &e : std::as_const(*items))
                kinds.insert(e.ref, e.kind);
            command.evidenceRefs = request.evidence.pick(kinds);
        }
    }
    if (request.statementFromPolicy && command.action == u"ban") {
        auto statement = statementFor(command.policyCode);
        if (!statement)
            return statement.error();
        command.statement = *statement;
    }
    auto event = m_review.apply(*ctx, command, m_review.stampNow(*ctx));
    if (!event && command.evidenceRefs.isEmpty() && !request.evidence.isEmpty() &&
        event.error().kind == ErrorKind::Rejected) {
        // The rules say what a ban lacks; the rule the reviewer chose says why this case lacks it.
        Error e = event.error();
        e.message += u" (%1)"_s.arg(request.evidence.describe());
        return e;
    }
    return event;
}

Result<BulkReport> BulkDecision::run(const QList<BulkTarget> &targets, const BulkRequest &request,
                                     const ProgressFn &progress)
{
    BulkReport report;
    QList<BulkTarget> unique;
    QSet<QString> seen;
    for (const BulkTarget &t : targets) {
        if (!seen.contains(t.caseRef)) {
            seen.insert(t.caseRef);
            unique.append(t);
        }
    }
    m_statements.clear();
    if (auto bigger = m_db.useLargeCache(); !bigger)
        return bigger.error();
    Progress step{0, unique.size(), 0};
    Savepoint savepoint(m_db, u"bulk_case"_s);
    qsizetype next = 0;
    const auto stop = [&](qsizetype from) {
        for (qsizetype i = from; i < unique.size(); ++i)
            report.notReached << unique[i].caseRef;
    };
    while (next < unique.size()) {
        if (auto begun = m_db.begin(); !begun) {
            report.failure = begun.error();
            stop(next);
            return report;
        }
        m_review.beginBatch();
        const qsizetype doneBefore = report.done.size();
        const qsizetype end = std::min<qsizetype>(unique.size(), next + m_casesPerTransaction);
        // A failure of the database itself: this transaction's cases are undone with it.
        const auto fail = [&](const Error &error) {
            m_db.rollback();
            for (qsizetype i = doneBefore; i < report.done.size(); ++i)
                report.notReached << report.done[i].caseRef;
            report.done.resize(doneBefore);
            report.failure = error;
            stop(next);
            return report;
        };
        for (; next < end && !report.cancelled; ++next) {
            const BulkTarget &target = unique[next];
            if (auto marked = savepoint.mark(); !marked)
                return fail(marked.error());
            auto event = decideOne(target, request);
            if (event) {
                if (auto released = savepoint.release(); !released)
                    return fail(released.error());
                report.done.append({target.caseRef, event->uuid});
            } else {
                if (stopsTheRun(event.error().kind))
                    return fail(event.error());
                if (auto undone = savepoint.undo(); !undone)
                    return fail(undone.error());
                m_review.beginBatch(); // what it cached of the undone writes is gone
                report.refused.append({target.caseRef, event.error().kind, event.error().message});
            }
            step.done = next + 1;
            step.refused = report.refused.size();
            if (progress && !progress(step))
                report.cancelled = true;
        }
        if (auto committed = m_db.commit(); !committed) {
            for (qsizetype i = doneBefore; i < report.done.size(); ++i)
                report.notReached << report.done[i].caseRef;
            report.done.resize(doneBefore);
            report.failure = committed.error();
            stop(next);
            return report;
        }
        if (report.cancelled)
            break;
    }
    stop(next);
    return report;
}

} // namespace adreview
