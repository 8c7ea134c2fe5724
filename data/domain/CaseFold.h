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
        // The revisions of the case's evidence items (revise events), in fold order; `hash` is the
        // revision's identity (EvidenceRevision::identity; empty for a text that does not read).
        struct Revision {
            QString eventId;
            QString ref;
            QString reviewer;
            QString device;
            QDateTime at;
            QString rationale;
            QString text; // EvidenceRevision::toText()
            QString hash;
        };
        QList<Revision> revisions;
        // For a decided case: each item its standing decision rests on (the decision and any
        // re-affirmations after it) whose latest revision is not the one the last of them saw, with
        // the revision seen (none: the item as first recorded) and the latest. The same change
        // recorded twice (two laptops, the same content) is one revision.
        struct Rereview {
            QString ref;
            std::optional<Revision> seen;
            Revision latest;
        };
        QList<Rereview> rereview;
        // The latest revision of an item, or none.
        const Revision *latestRevision(const QString &ref) const;
    };

    static State fold(const QList<Event> &events);
    // Why a case is in re-review for one item, in English: "EV-1 DHS BOD 17-01: in-force →
    // superseded (by EV-7) on 2024-06-24", from the item as first recorded.
    static QString rereviewLine(const State::Rereview &rereview, const Evidence &original);
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
