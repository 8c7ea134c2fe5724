#pragma once

#include "domain/CaseFold.h"
#include "domain/Domain.h"
#include "domain/EvidenceRevision.h"

#include <QCoreApplication>

#include <optional>

namespace adreview {

// Evidence revisions in the reader's language: what changed, and why a case is in re-review. The
// data layer words the same in English for the record and the command line.
class RevisionText {
    Q_DECLARE_TR_FUNCTIONS(RevisionText)

public:
    // The revision a revise event's text holds, or none when it does not read.
    static std::optional<EvidenceRevision> read(const QString &text);
    // An advisory state's name ("in force" for in-force).
    static QString stateName(const QString &state);
    // What changed from one reading of the item to the revision: "in force → superseded (by EV-7)",
    // "retracted", "title and excerpt corrected".
    static QString change(const Evidence &before, bool wasRetracted, const EvidenceRevision &after);
    // Why a decided case is in re-review for one item: "EV-1 DHS BOD 17-01: in force → superseded
    // (by EV-7) on 2024-06-24", from the item as first recorded.
    static QString rereviewLine(const CaseFold::State::Rereview &rereview, const Evidence &original);
    // The item as it reads after the revisions of it (in fold order), the original when none reads.
    static Evidence current(const Evidence &original, const QList<CaseFold::State::Revision> &revisions);
};

} // namespace adreview
