#pragma once

#include "domain/Domain.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace adreview {

// What an evidence item can be: a news citation, an agency advisory, ...
enum class EvidenceKind { NewsCitation, AgencyAdvisory, CompanyStatement, PlatformAction, InternalSignal, Unknown };

// One row of the evidence-kind table: everything the import, the hashing, the window and the
// reports know about a kind. A new kind is a new row here, a migration that lets the evidence
// table's CHECK accept its word, and its label in the window's translations (DisplayText).
struct EvidenceKindInfo {
    EvidenceKind kind = EvidenceKind::Unknown;
    QString word;      // as stored and written in files: news-citation
    QString sourceKey; // the import format's key for Evidence::source: publisher | agency | source
    QString dateKey;   // ... and for Evidence::date: published | issued | date
    // Fields only this kind has, in the order its content lists them (Evidence members by key):
    // author; reference, jurisdiction, status.
    struct Field {
        QString key;
        QString Evidence::*member;
        enum class Value { Name, ShortText, AdvisoryState } value; // how the import reads it
        bool required = false;
    };
    QList<Field> own;
    // Where the case pane shows it: news and advisories have panels of their own.
    enum class Panel { News, Advisories, Other } panel = Panel::Other;

    bool has(const QString &key) const;
};

namespace evidencekinds {

const QList<EvidenceKindInfo> &all();
// The row for a stored word; an unknown word gets a row of its own with the generic keys.
const EvidenceKindInfo &of(const QString &word);
const EvidenceKindInfo &of(EvidenceKind kind);
const QStringList &words(); // news-citation, agency-advisory, ... in table order

} // namespace evidencekinds
} // namespace adreview
