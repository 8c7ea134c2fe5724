#pragma once

#include "domain/CaseFold.h"
#include "domain/Domain.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QSet>

#include <functional>
#include <optional>

namespace adreview {

// The decision an appeal contests (DSA Art. 20): the latest ban decision made before the appeal
// was filed on the case the appeal names (CaseRecord::contests).
struct ContestedDecision {
    QString eventId;
    QString caseRef;
    QString reviewer;
    QDateTime at;
    // Art. 20(1) gives at least six months to complain; an appeal filed later is flagged.
    static constexpr int monthsToAppeal = 6;
    bool filedLate(const QDateTime &filed) const { return filed > at.addMonths(monthsToAppeal); }
};

// What the review rules need to know of a case besides its events, as the database that receives
// an event holds it. Each function asks the database; a merge that judges events apart from it
// (SyncMerge) stands in for every one of them and judges again where one was asked.
struct CaseFacts {
    QString ref;
    QString policyCode; // the case's own policy, which never changes
    QString source;     // an appeal may be reinstated while its advertiser stands banned
    QDateTime opened;   // when the case was opened: its flag's time
    QSet<QString> evidenceRefs;
    // Whether the case's advertiser stood banned at a time. Unset: never.
    std::function<bool(const QDateTime &)> advertiserBannedAt;
    // For an appeal, the decision it contests, if one was recorded. Unset: none.
    std::function<std::optional<ContestedDecision>()> contested;
    // The public key a device signs with, as this database's registry holds it (empty: none
    // known). An approval must come from another reviewer with another key. Unset: none known.
    std::function<QString(const QString &device)> deviceKey;
    // An evidence item of the case as first recorded (without its attachment's bytes), or none: a
    // revision keeps the item's kind and changes what its author saw of it. Unset: none known.
    std::function<std::optional<Evidence>(const QString &ref)> evidenceItem;
};

// The review rules for one event, in one place. Every route an event takes into a database asks
// here — a decision in the window or on the command line, a replayed import history, a merged
// bundle — and `verify` asks the same of every stored event, so no route can record what another
// would refuse.
//
// An event is judged as its author saw the case: by the fold of its own ancestors (its parents and
// theirs), not by what the receiving database holds now. Two decisions made apart, neither seeing
// the other, each pass in its author's view and together make a conflict for a lead; a decision
// that breaks a rule in its author's own view is refused.
class EventRules {
public:
    static constexpr int maxNameLength = 200; // reviewer, device and assignee names
    static constexpr int maxRationaleLength = 20000;
    static constexpr qint64 maxClockLeadMs = 24LL * 3600 * 1000; // how far past the receiving clock

    // The event's own fields: a UUID id, a known action, names and texts within their limits, and
    // only the fields its action carries (a ban has no outcome, a note no assignee).
    static Status checkForm(const Event &event);

    // Everything about one event of a case: its form; its parents (events of this case, none for a
    // flag); its time (not before a parent's, at most a day after `now`); and the review rules
    // against the fold of its ancestors among `caseEvents` (the case's events known here, the
    // event itself and later ones may be among them).
    static Status check(const CaseFacts &facts, const QList<Event> &caseEvents, const Event &event,
                        const QDateTime &now);

    // The review rules alone, for a caller that holds its author's view already.
    static Status checkAgainst(const CaseFacts &facts, const CaseFold::State &seen, const Event &event);

    // A name a person or machine goes by: not blank, at most maxNameLength characters, no control
    // characters. Empty when it is sound, else what is wrong ("is too long (…)").
    static QString nameProblem(const QString &name);

    // The clock an event's date is bounded by: the machine's own, not the one a caller stamps
    // events with (tests pin that one in the past), since the bound guards against dates in the
    // real future.
    static QDateTime receivingClock();

    static bool isUuid(const QString &text);

private:
    // A revision keeps its item's kind and changes it from what its author saw.
    static Status checkRevision(const CaseFacts &facts, const CaseFold::State &seen, const Event &event);
};

} // namespace adreview
