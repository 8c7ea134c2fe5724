#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace adreview {

// A later revision of an evidence item, recorded as an event (action revise) that names the item
// and carries this as its text (Event::statement): the item's content as it reads now — the same
// fields as the import format's, so it hashes like an item — and, for an advisory superseded, the
// ref of what superseded it; a retracted story says so; `effective` is when the change took
// effect. The item as first recorded stays as it was; decisions cite the revision they saw (the
// latest among their own ancestors), and a revision's identity is its item and content hash, so
// the same change recorded on two laptops is one revision.
struct EvidenceRevision {
    Evidence item; // kind, title, source, date, url, excerpt and the kind's own fields
    QString supersededBy;
    bool retracted = false;
    QDate effective;

    // The content hash of the item as revised, like EvidenceFields::contentHash of an item.
    QString contentHash() const;
    // What makes two revisions the same: the item as revised, whether it was retracted and what
    // superseded it, hashed (when it took effect aside). The item as first recorded is the
    // revision of itself with neither.
    QString identity() const;
    // The canonical text: compact JSON, keys sorted.
    QString toText() const;
    // The revision a text holds; refuses what toText() would not write and values the import would
    // refuse (an unknown kind or key, a missing title or source, a bad date or address, a status
    // not among the advisory states, texts too long), so one revision has one text.
    static Result<EvidenceRevision> fromText(const QString &text);
    // An item's fields as revised onto the item as first recorded (ref, reliability, retrieval time
    // and attachment are the item's own).
    Evidence applied(const Evidence &original) const;
    // What changed from one reading of the item to this, in English: "in-force → superseded (by
    // EV-7)", "title, excerpt corrected", "retracted".
    QString change(const Evidence &before) const;
};

} // namespace adreview
