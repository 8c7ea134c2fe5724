#include "case/ConflictSides.h"

#include "domain/CaseFold.h"
#include "domain/Vocabulary.h"
#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QHash>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace adreview {

QList<QList<Event>> ConflictSides::groups(const QList<Event> &events)
{
    const CaseFold::State state = CaseFold::fold(events);
    if (state.conflicts.isEmpty())
        return {};
    QHash<QString, const Event *> byId;
    for (const Event &e : events)
        byId.insert(e.uuid, &e);
    QList<QList<Event>> out;
    for (const QStringList &ids : state.conflicts) {
        QList<Event> group;
        for (const QString &id : ids) {
            if (const Event *e = byId.value(id))
                group.append(*e);
        }
        std::sort(group.begin(), group.end(),
                  [](const Event &a, const Event &b) { return std::tie(a.at, a.uuid) < std::tie(b.at, b.uuid); });
        out.append(group);
    }
    return out;
}

QList<Event> ConflictSides::decisions(const QList<Event> &events)
{
    QList<Event> out;
    for (const QList<Event> &group : groups(events))
        out += group;
    return out;
}

QString ConflictSides::decided(const Event &event)
{
    const QString outcome = vocab::outcomeOf(event.action, event.outcome);
    const QString action = VocabularyText::action(event.action);
    return outcome.isEmpty() ? action : tr("%1 (%2)").arg(action, VocabularyText::outcome(outcome));
}

QString ConflictSides::describe(const Event &event)
{
    return tr("%1 by %2 on %3, %4 UTC")
        .arg(decided(event), DisplayText::isolate(DisplayText::oneLine(event.reviewer)),
             DisplayText::isolate(DisplayText::oneLine(event.device)), DisplayText::utc(event.at));
}

} // namespace adreview
