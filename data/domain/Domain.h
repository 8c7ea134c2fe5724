#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace adreview {

// Plain records of the domain. Derived fields (status, state, outcome) are filled from the
// read tables, which the data layer keeps in step with the events in the same transaction.

struct Policy {
    qint64 id = 0;
    QString code;
    QString title;
    QString description;
};

struct Advertiser {
    qint64 id = 0;
    QString ref;
    QString name;
    QStringList aliases;
    QString country;
    QString headquarters;
    QString industry;
    QString website;
    QString status = QStringLiteral("active"); // derived: active | banned
};

// One evidence item. Kind-specific fields share columns: `source` is the publisher of a news
// citation, the agency of an advisory and the source of the other kinds; `date` is the published,
// issued or plain date.
struct Evidence {
    qint64 id = 0;
    qint64 caseId = 0;
    QString ref;
    QString kind;
    QString title;
    QString source;
    QString author;
    QString reference;
    QString jurisdiction;
    QString status;
    QString url;
    QString date;
    QString excerpt;
    QString reliability;
    QDateTime retrieved;
    QString contentHash;
    QString attachmentName;
    QString attachmentType;
    QByteArray attachment;
    QString attachmentHash;
};

struct CaseRecord {
    qint64 id = 0;
    QString ref;
    qint64 advertiserId = 0;
    QString advertiserRef;
    QString advertiserName;
    QString advertiserStatus; // "banned" while a ban is in force by the reading database's clock, else "active"
    QString country;
    QString industry;
    QString policyCode;
    QString summary;
    QString priority;
    QString source;
    QDateTime opened;
    QDateTime due;
    // derived from events
    QString state = QStringLiteral("open");
    QString outcome = QStringLiteral("none");
    QString assignee;
    QStringList heads;
    QDateTime lastEventAt;
    QDateTime decidedAt;
    int evidenceCount = 0;
    // From the deciding event's statement of reasons (see CaseFold::State): when a banned case's
    // restrictions end (invalid: never) and when the decision is to be reviewed.
    QDateTime restrictedUntil = {};
    QDate reviewBy = {};
    // While the advertiser stands banned by the decisions: when the last standing ban ends
    // (invalid: one has no end). Once that has passed the advertiser's status is active again.
    QDateTime advertiserRestrictedUntil = {};
    // An appeal's: the ref of the case whose decision it contests, named when it was filed; empty
    // for other cases and for an appeal filed when no ban of its advertiser was known.
    QString contests = {};
    // Why a decided case is in re-review, one line per revised item (CaseFold::rereviewLine); empty
    // when it is not.
    QString rereview = {};
};

struct Event {
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    QString caseRef;
    QString action;
    QString policyCode;
    QString rationale;
    QStringList evidenceRefs;
    QString assignee; // assign
    QString outcome;  // resolve-conflict
    QString reviewer;
    QString device;
    qint64 seq = 0;
    QDateTime at;
    QStringList parents;
    QString prevHash;
    QString hash;
    // Signing (EventSignature): base64 of the device's Ed25519 signature and the hex digest it
    // signs; both empty for an event from before signing.
    QString signature;
    QString signedDigest;
    // The content hash of each cited evidence item, in evidenceRefs' order, where it was read.
    QStringList evidenceHashes;
    // A ban's, reinstatement's or resolution's statement of reasons under the DSA, as the
    // canonical text of a dsa::Decision; empty for other events and for decisions recorded
    // before statements were. Hashed (and so signed) only when present.
    QString statement;
};

} // namespace adreview
