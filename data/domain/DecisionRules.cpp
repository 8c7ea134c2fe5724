#include "domain/DecisionRules.h"

namespace adreview {

bool DecisionRules::isUndecided(const QString &state)
{
    return state == u"open" || state == u"in-review" || state == u"escalated";
}

DecisionRules::Refusal DecisionRules::refusal(const QString &action, const CaseStanding &c)
{
    if (action == u"resolve-conflict")
        return c.state == u"conflict" ? Refusal::None : Refusal::NotInConflict;
    if (c.state == u"conflict" && action != u"annotate")
        return Refusal::InConflict;
    if (action == u"ban" || action == u"clear")
        return isUndecided(c.state) ? Refusal::None : Refusal::AlreadyDecided;
    if (action == u"assign" || action == u"escalate") {
        if (!isUndecided(c.state))
            return Refusal::Closed;
        return action == u"escalate" && c.state == u"escalated" ? Refusal::AlreadyEscalated : Refusal::None;
    }
    if (action == u"reinstate") {
        const bool reverses = c.state == u"decided" && c.outcome == u"banned";
        const bool grantsAppeal = isUndecided(c.state) && c.source == u"appeal" && c.advertiserBanned;
        return reverses || grantsAppeal ? Refusal::None : Refusal::NotReinstatable;
    }
    return Refusal::None; // a note may be added to any case
}

DecisionRules::Needs DecisionRules::needs(const QString &action, const QString &outcome)
{
    Needs n;
    n.rationale = action != u"assign" && action != u"escalate" && action != u"flag";
    const bool bans = action == u"ban" || (action == u"resolve-conflict" && outcome == u"banned");
    n.policy = bans;
    n.evidence = bans;
    return n;
}

} // namespace adreview
