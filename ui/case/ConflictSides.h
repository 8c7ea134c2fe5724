#pragma once

#include "domain/Domain.h"

#include <QCoreApplication>
#include <QList>

namespace adreview {

// The decisions that keep a case in conflict, read from its events, for everything that shows
// them (the case pane's banner, the resolve form). CaseFold decides which they are; this only
// looks the events up and words them.
class ConflictSides {
    Q_DECLARE_TR_FUNCTIONS(adreview::ConflictSides)

public:
    // Each unresolved conflict group's decisions, oldest first; empty when the case is not in conflict.
    static QList<QList<Event>> groups(const QList<Event> &events);
    // The same decisions in one list, oldest first.
    static QList<Event> decisions(const QList<Event> &events);

    // "ban (banned)" or "resolve-conflict (cleared)".
    static QString decided(const Event &event);
    // "ban (banned) by ana.moreau on laptop-2, 2018-06-01 12:00 UTC", one line, names isolated.
    static QString describe(const Event &event);
};

} // namespace adreview
