#pragma once

#include <optional>

#include "domain/Domain.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace adreview {

// Derives a case's state from its events. The events may come in any order (as after a merge of
// several laptops' work); the result is the same for the same set of events.
class CaseFold {
public:
    struct State {
        QString state = QStringLiteral("open");
        QString outcome = QStringLiteral("none");
        QString assignee;
        QStringList heads; // events no other event names as a parent, sorted
        QDateTime lastEventAt;
        QDateTime decidedAt;
        // From the deciding event's statement of reasons: when a ban's restrictions end (invalid:
        // not a ban, or a ban without an end) and the day the decision is to be reviewed.
        QDateTime restrictedUntil;
        QDate reviewBy;
        // Decisions made from the same history with different outcomes and not yet resolved.
        QList<QStringList> conflicts;
        // A ban proposed and awaiting a second reviewer's approval (state awaiting-approval).
        struct Proposal {
            QString eventId;
            QString reviewer;
            QString device;
            QDateTime at;
            QString policyCode;
            QStringList evidenceRefs;
            QString statement;
            QString stateBefore; // where the case goes back to when it is rejected or withdrawn
        };
        std::optional<Proposal> proposal;
    };

    static State fold(const QList<Event> &events);
    // The given events and everything before them.
    static QSet<QString> ancestry(const QList<Event> &events, const QStringList &from);
    // The fold of what an author had seen: the given events and everything before them.
    static State foldSeen(const QList<Event> &events, const QStringList &seen);
    // Parents-before-children order, ties broken by time then id; deterministic.
    static QList<Event> ordered(const QList<Event> &events);
    // Whether a decision's review is due at `now`: its review date (a UTC day) has begun and
    // nothing was recorded on the case from then on (anything recorded then is the review).
    // The Review due tab asks the same in SQL (QueueFilter).
    static bool reviewDue(const QDate &reviewBy, const QDateTime &lastEventAt, const QDateTime &now)
    {
        const QDateTime due = reviewBy.startOfDay(Qt::UTC);
        return reviewBy.isValid() && now >= due && !(lastEventAt.isValid() && lastEventAt >= due);
    }
};

} // namespace adreview
