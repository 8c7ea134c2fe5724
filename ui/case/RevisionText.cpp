#include "case/RevisionText.h"

#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace adreview {

std::optional<EvidenceRevision> RevisionText::read(const QString &text)
{
    auto revision = EvidenceRevision::fromText(text);
    return revision ? std::optional<EvidenceRevision>(*revision) : std::nullopt;
}

QString RevisionText::stateName(const QString &state)
{
    return state.isEmpty() ? tr("no status") : VocabularyText::advisoryState(state);
}

QString RevisionText::change(const Evidence &before, bool wasRetracted, const EvidenceRevision &after)
{
    const Evidence &item = after.item;
    QStringList parts;
    if (before.status != item.status) {
        parts << (after.supersededBy.isEmpty() ? tr("%1 → %2").arg(stateName(before.status), stateName(item.status))
                                               : tr("%1 → %2 (by %3)")
                                                     .arg(stateName(before.status), stateName(item.status),
                                                          DisplayText::oneLine(after.supersededBy)));
    }
    if (after.retracted && !wasRetracted)
        parts << tr("retracted");
    QStringList corrected;
    const std::pair<bool, QString> fields[] = {{before.title != item.title, tr("title")},
                                               {before.source != item.source, tr("source")},
                                               {before.date != item.date, tr("date")},
                                               {before.url != item.url, tr("address")},
                                               {before.excerpt != item.excerpt, tr("excerpt")},
                                               {before.author != item.author, tr("author")},
                                               {before.reference != item.reference, tr("reference")},
                                               {before.jurisdiction != item.jurisdiction, tr("jurisdiction")}};
    for (const auto &[changed, name] : fields) {
        if (changed)
            corrected << name;
    }
    if (!corrected.isEmpty())
        parts << tr("%1 corrected").arg(QLocale().createSeparatedList(corrected));
    return parts.isEmpty() ? tr("revised") : parts.join(u"; "_s);
}

QString RevisionText::rereviewLine(const CaseFold::State::Rereview &r, const Evidence &original)
{
    const std::optional<EvidenceRevision> seen = r.seen ? read(r.seen->text) : std::nullopt;
    const Evidence before = seen ? seen->applied(original) : original;
    const std::optional<EvidenceRevision> now = read(r.latest.text);
    const QDate recorded = r.latest.at.toUTC().date();
    if (!now)
        return tr("%1: revised on %2").arg(r.ref, recorded.toString(Qt::ISODate));
    const QDate day = now->effective.isValid() ? now->effective : recorded;
    return tr("%1 %2: %3 on %4")
        .arg(r.ref, DisplayText::oneLine(now->item.title), change(before, seen && seen->retracted, *now),
             day.toString(Qt::ISODate));
}

Evidence RevisionText::current(const Evidence &original, const QList<CaseFold::State::Revision> &revisions)
{
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        if (it->ref != original.ref)
            continue;
        if (const auto revision = read(it->text))
            return revision->applied(original);
    }
    return original;
}

} // namespace adreview
