#include "domain/CaseFold.h"

#include "domain/DsaDecision.h"
#include "domain/EvidenceRevision.h"
#include "domain/Vocabulary.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

using Ancestors = QSet<QString>;

Ancestors ancestorsOf(QStringList stack, const QHash<QString, const Event *> &byId)
{
    Ancestors seen;
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (const Event *parent = byId.value(id))
            stack += parent->parents;
    }
    return seen;
}

// What the deciding event's statement says of how long the decision holds. A statement that does
// not read (none can pass the review rules) holds nothing, like an event without one.
void decidedBy(CaseFold::State &s, const Event &e)
{
    const auto statement = dsa::Decision::fromText(e.statement);
    const dsa::Decision d = statement ? *statement : dsa::Decision();
    const QDate ends = s.outcome == vocab::word(Outcome::Banned) ? d.endsOn() : QDate();
    s.restrictedUntil = ends.isValid() ? dsa::Decision::startOf(ends) : QDateTime();
    s.reviewBy = d.reviewBy;
}

// Whether an event settles a case one way or another: a decision, or an answer to a proposed ban.
bool settles(Action action)
{
    return vocab::setsOutcome(action) || action == Action::Reject || action == Action::Withdraw;
}

// How it settles it: the outcome it leads to; a rejection and a withdrawal lead to none.
QString settledAs(const Event &e)
{
    const Action action = vocab::action(e.action);
    if (action == Action::Reject || action == Action::Withdraw)
        return vocab::word(Outcome::None);
    return vocab::outcomeOf(e.action, e.outcome);
}

// Each item a decided case's standing decision (and the re-affirmations after it) rests on, whose
// latest revision is not the one the last of them saw: the revision seen is the latest among that
// event's own ancestors, so a decision made on a laptop that had not yet received a revision is
// flagged as well as one made before it.
void flagRereview(CaseFold::State &s, const QList<const Event *> &basis, const QHash<QString, const Event *> &byId)
{
    if (basis.isEmpty() || s.revisions.isEmpty())
        return;
    const Event &last = *basis.last();
    Ancestors seen = ancestorsOf(last.parents, byId);
    seen.insert(last.uuid);
    QStringList refs;
    for (const Event *e : basis) {
        for (const QString &ref : e->evidenceRefs) {
            if (!refs.contains(ref))
                refs.append(ref);
        }
    }
    for (const QString &ref : std::as_const(refs)) {
        const CaseFold::State::Revision *latest = s.latestRevision(ref);
        if (!latest)
            continue;
        std::optional<CaseFold::State::Revision> seenRevision;
        for (const CaseFold::State::Revision &r : std::as_const(s.revisions)) {
            if (r.ref == ref && seen.contains(r.eventId))
                seenRevision = r;
        }
        // Compared by what they say: the same change recorded twice is one revision; an item
        // revised and then revised back to what was first recorded is looked at again.
        if (!seenRevision || seenRevision->hash != latest->hash)
            s.rereview.append({ref, seenRevision, *latest});
    }
}

} // namespace

const CaseFold::State::Revision *CaseFold::State::latestRevision(const QString &ref) const
{
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        if (it->ref == ref)
            return &*it;
    }
    return nullptr;
}

QString CaseFold::rereviewLine(const State::Rereview &r, const Evidence &original)
{
    const auto readAs = [](const QString &text) {
        const auto revision = EvidenceRevision::fromText(text);
        return revision ? std::optional<EvidenceRevision>(*revision) : std::nullopt;
    };
    const std::optional<EvidenceRevision> seen = r.seen ? readAs(r.seen->text) : std::nullopt;
    const Evidence before = seen ? seen->applied(original) : original;
    const std::optional<EvidenceRevision> now = readAs(r.latest.text);
    if (!now)
        return u"%1: revised on %2"_s.arg(r.ref, r.latest.at.toUTC().date().toString(Qt::ISODate));
    const QDate day = now->effective.isValid() ? now->effective : r.latest.at.toUTC().date();
    return u"%1 %2: %3 on %4"_s.arg(r.ref, now->item.title, now->change(before), day.toString(Qt::ISODate));
}

QList<Event> CaseFold::ordered(const QList<Event> &events)
{
    const qsizetype n = events.size();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < n; ++i)
        index.insert(events[i].uuid, i);
    QList<int> waiting(n, 0);
    QList<QList<qsizetype>> children(n);
    for (qsizetype i = 0; i < n; ++i) {
        for (const QString &p : events[i].parents) {
            if (const auto it = index.constFind(p); it != index.cend() && *it != i) {
                ++waiting[i];
                children[*it].append(i);
            }
        }
    }
    std::set<std::tuple<qint64, QString, qsizetype>> ready;
    for (qsizetype i = 0; i < n; ++i) {
        if (waiting[i] == 0)
            ready.emplace(events[i].at.toMSecsSinceEpoch(), events[i].uuid, i);
    }
    QList<Event> out;
    out.reserve(n);
    while (!ready.empty()) {
        const auto [at, id, i] = *ready.begin();
        ready.erase(ready.begin());
        out.append(events[i]);
        for (qsizetype child : children[i]) {
            if (--waiting[child] == 0)
                ready.emplace(events[child].at.toMSecsSinceEpoch(), events[child].uuid, child);
        }
    }
    // A cycle cannot be written through the program; if a tampered file holds one, keep the rest
    // in time order rather than dropping events.
    if (out.size() < n) {
        std::set<std::tuple<qint64, QString, qsizetype>> rest;
        for (qsizetype i = 0; i < n; ++i) {
            if (waiting[i] > 0)
                rest.emplace(events[i].at.toMSecsSinceEpoch(), events[i].uuid, i);
        }
        for (const auto &[at, id, i] : rest)
            out.append(events[i]);
    }
    return out;
}

QSet<QString> CaseFold::ancestry(const QList<Event> &events, const QStringList &from)
{
    QHash<QString, const Event *> byId;
    for (const Event &e : events)
        byId.insert(e.uuid, &e);
    return ancestorsOf(from, byId);
}

CaseFold::State CaseFold::foldSeen(const QList<Event> &events, const QStringList &seen)
{
    const Ancestors visible = ancestry(events, seen);
    QList<Event> subset;
    for (const Event &e : events) {
        if (visible.contains(e.uuid))
            subset.append(e);
    }
    return fold(subset);
}

CaseFold::State CaseFold::fold(const QList<Event> &events)
{
    State s;
    QHash<QString, const Event *> byId;
    QSet<QString> referenced;
    for (const Event &e : events) {
        byId.insert(e.uuid, &e);
        for (const QString &p : e.parents)
            referenced.insert(p);
    }

    // Decisions made without seeing each other (neither is before the other: two laptops, each
    // from what it had) that reach different outcomes are in conflict; so is every decision joined
    // to those by another such pair. Decisions from the same history are the common case; two
    // leads resolving the same conflict differently on two laptops are one too.
    // The answers to a proposed ban count among them: an approval (which bans) and a rejection or
    // withdrawal (which does not) made apart are a conflict too.
    QList<const Event *> decisions;
    QList<Ancestors> before; // each decision's ancestry, itself excluded
    for (const Event &e : events) {
        if (settles(vocab::action(e.action))) {
            decisions.append(&e);
            before.append(ancestorsOf(e.parents, byId));
        }
    }
    QList<qsizetype> group(decisions.size());
    for (qsizetype i = 0; i < group.size(); ++i)
        group[i] = i;
    const auto root = [&group](qsizetype i) {
        while (group[i] != i)
            i = group[i] = group[group[i]];
        return i;
    };
    QSet<QString> contested;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        for (qsizetype j = i + 1; j < decisions.size(); ++j) {
            const Event &a = *decisions[i];
            const Event &b = *decisions[j];
            if (settledAs(a) == settledAs(b) || before[i].contains(b.uuid) || before[j].contains(a.uuid))
                continue;
            contested.insert(a.uuid);
            contested.insert(b.uuid);
            group[root(i)] = root(j);
        }
    }
    QHash<qsizetype, QStringList> groups;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        if (contested.contains(decisions[i]->uuid))
            groups[root(i)].append(decisions[i]->uuid);
    }
    QList<Ancestors> resolutions;
    for (const Event &e : events) {
        if (vocab::action(e.action) == Action::ResolveConflict)
            resolutions.append(ancestorsOf(e.parents, byId));
    }
    for (QStringList ids : std::as_const(groups)) {
        ids.sort();
        const bool resolved = std::any_of(resolutions.cbegin(), resolutions.cend(), [&](const Ancestors &a) {
            return std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return a.contains(id); });
        });
        if (!resolved)
            s.conflicts.append(ids);
    }
    std::sort(s.conflicts.begin(), s.conflicts.end());

    QList<const Event *> basis; // the standing decision and the re-affirmations after it
    const QList<Event> inOrder = ordered(events);
    for (const Event &e : inOrder) {
        if (!s.lastEventAt.isValid() || e.at > s.lastEventAt)
            s.lastEventAt = e.at;
        if (!referenced.contains(e.uuid))
            s.heads.append(e.uuid);
        switch (vocab::action(e.action)) {
        case Action::Flag: // a case starts open; nothing else to do
        case Action::Annotate:
        case Action::Unknown:
            break;
        case Action::Revise: {
            const auto revision = EvidenceRevision::fromText(e.statement);
            s.revisions.append({e.uuid, e.evidenceRefs.value(0), e.reviewer, e.device, e.at, e.rationale, e.statement,
                                revision ? revision->identity() : QString()});
            break;
        }
        case Action::Reaffirm:
            if (!basis.isEmpty())
                basis.append(&e);
            break;
        case Action::Assign:
            s.assignee = e.assignee;
            if (vocab::state(s.state) == CaseState::Open)
                s.state = vocab::word(CaseState::InReview);
            break;
        case Action::Escalate:
            if (vocab::state(s.state) != CaseState::Decided)
                s.state = vocab::word(CaseState::Escalated);
            break;
        case Action::ProposeBan:
            s.proposal =
                State::Proposal{e.uuid, e.reviewer, e.device, e.at, e.policyCode, e.evidenceRefs, e.statement, s.state};
            s.state = vocab::word(CaseState::AwaitingApproval);
            break;
        case Action::Reject:
        case Action::Withdraw:
            if (contested.contains(e.uuid))
                break; // settled by the resolution, or still in conflict
            if (s.proposal) {
                s.state = s.proposal->stateBefore;
                s.proposal.reset();
            }
            break;
        case Action::Ban:
        case Action::Clear:
        case Action::Reinstate:
        case Action::ResolveConflict:
        case Action::Approve:
        case Action::Reverse:
            if (contested.contains(e.uuid))
                break; // decided by the resolution, or still in conflict
            basis = {&e};
            s.state = vocab::word(CaseState::Decided);
            s.outcome = vocab::outcomeOf(e.action, e.outcome);
            s.decidedAt = e.at;
            s.proposal.reset();
            decidedBy(s, e);
            break;
        }
    }
    s.heads.sort();
    if (!s.conflicts.isEmpty())
        s.state = vocab::word(CaseState::Conflict);
    if (vocab::state(s.state) == CaseState::Decided)
        flagRereview(s, basis, byId);
    return s;
}

} // namespace adreview
