#include "domain/Vocabulary.h"

#include "domain/EvidenceKinds.h"

using namespace Qt::StringLiterals;

namespace adreview::vocab {

const QStringList &priorities()
{
    static const QStringList list{u"critical"_s, u"high"_s, u"normal"_s, u"low"_s};
    return list;
}

const QStringList &sources()
{
    static const QStringList list{u"government-advisory"_s, u"press"_s, u"user-report"_s, u"automated"_s,
                                  u"partner-platform"_s,    u"appeal"_s};
    return list;
}

const QStringList &states()
{
    static const QStringList list{u"open"_s,    u"in-review"_s, u"escalated"_s,
                                  u"decided"_s, u"conflict"_s,  u"awaiting-approval"_s};
    return list;
}

const QStringList &outcomes()
{
    static const QStringList list{u"banned"_s, u"cleared"_s, u"reinstated"_s, u"none"_s};
    return list;
}

const QStringList &actions()
{
    static const QStringList list{u"flag"_s,   u"assign"_s,    u"annotate"_s,         u"escalate"_s,    u"ban"_s,
                                  u"clear"_s,  u"reinstate"_s, u"resolve-conflict"_s, u"propose-ban"_s, u"approve"_s,
                                  u"reject"_s, u"withdraw"_s,  u"revise"_s,           u"reaffirm"_s,    u"reverse"_s};
    return list;
}

const QStringList &evidenceKinds()
{
    return evidencekinds::words();
}

const QStringList &reliabilities()
{
    static const QStringList list{u"confirmed"_s, u"probable"_s, u"doubtful"_s, u"unknown"_s};
    return list;
}

const QStringList &advisoryStates()
{
    static const QStringList list{u"in-force"_s, u"rescinded"_s, u"superseded"_s};
    return list;
}

const QStringList &decidingActions()
{
    static const QStringList list{u"ban"_s, u"clear"_s, u"reinstate"_s};
    return list;
}

const QStringList &decisionOutcomes()
{
    static const QStringList list{u"banned"_s, u"cleared"_s, u"reinstated"_s};
    return list;
}

QString outcomeOf(const QString &action)
{
    const qsizetype i = decidingActions().indexOf(action);
    return i < 0 ? QString() : decisionOutcomes().at(i);
}

QString outcomeOf(const QString &action, const QString &recordedOutcome)
{
    if (action == u"approve")
        return word(Outcome::Banned);
    return action == u"resolve-conflict" || action == u"reverse" ? recordedOutcome : outcomeOf(action);
}

bool isDecision(const QString &action)
{
    return !outcomeOf(action).isEmpty();
}

namespace {

template <typename Enum>
Enum fromWord(const QStringList &words, const QString &word)
{
    const qsizetype i = words.indexOf(word);
    return i < 0 ? Enum::Unknown : Enum(i);
}

template <typename Enum>
QString toWord(const QStringList &words, Enum value)
{
    return words.value(qsizetype(value));
}

} // namespace

Action action(const QString &word)
{
    return fromWord<Action>(actions(), word);
}

CaseState state(const QString &word)
{
    return fromWord<CaseState>(states(), word);
}

Outcome outcome(const QString &word)
{
    return fromWord<Outcome>(outcomes(), word);
}

bool setsOutcome(Action action)
{
    switch (action) {
    case Action::Ban:
    case Action::Clear:
    case Action::Reinstate:
    case Action::ResolveConflict:
    case Action::Approve:
    case Action::Reverse:
        return true;
    case Action::Revise:
    case Action::Reaffirm:
    case Action::ProposeBan:
    case Action::Reject:
    case Action::Withdraw:
    case Action::Flag:
    case Action::Assign:
    case Action::Annotate:
    case Action::Escalate:
    case Action::Unknown:
        break;
    }
    return false;
}

bool recordsOutcome(Action action)
{
    return action == Action::ResolveConflict || action == Action::Reverse;
}

Outcome reversed(Outcome outcome)
{
    return outcome == Outcome::Banned ? Outcome::Reinstated : Outcome::Banned;
}

QString word(Action value)
{
    return toWord(actions(), value);
}

QString word(CaseState value)
{
    return toWord(states(), value);
}

QString word(Outcome value)
{
    return toWord(outcomes(), value);
}

} // namespace adreview::vocab
