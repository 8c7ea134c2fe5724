#pragma once

#include "domain/DsaRules.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace adreview::dsa {

// What a ban, reinstatement or resolution records for its statement of reasons (DSA Art. 17):
// the ground with its legal or contractual basis and explanation, the category, the kinds of
// content, the restrictions with an optional end date each, where they apply, when the decision
// is to be reviewed, and the facts written for publication. It is part of the event — of its
// hash and signature — as one canonical JSON text (Event::statement), so every laptop and the
// team server hold the same bytes. Values are the Transparency Database's keys.
struct Decision {
    QString ground;
    QString groundText; // the law (illegal content) or the terms' clause (incompatible content)
    QString explanation;
    QString category;
    QStringList contentTypes;
    QString contentTypeOther;
    QStringList visibility;
    QString visibilityOther;
    QString monetary;
    QString monetaryOther;
    QString service;
    QString account;
    QStringList territories; // EEA country codes; empty: the whole EEA
    QDate endVisibility;     // each: null while the restriction has no end
    QDate endMonetary;
    QDate endService;
    QDate endAccount;
    QDate reviewBy;
    QString publicFacts; // decision_facts: for publication, never the internal rationale

    bool isEmpty() const;
    bool restricts() const
    {
        return !visibility.isEmpty() || !monetary.isEmpty() || !service.isEmpty() || !account.isEmpty();
    }
    // The day the last restriction ends, when every restriction imposed has an end date; null
    // while one has none (or none is imposed: a ban without a statement has no end). On that day
    // the restrictions are no longer in force: they end at its start, 00:00 UTC, on every laptop.
    QDate endsOn() const;
    static QDateTime startOf(const QDate &day) { return day.startOfDay(Qt::UTC); }
    // The canonical text: compact JSON, keys sorted, fields left empty left out ("" for none).
    QString toText() const;
    // The record a text holds; refuses what toText() would not write (an unknown key, a value of
    // the wrong type, a date not written YYYY-MM-DD), so one record has one text.
    static Result<Decision> fromText(const QString &text);
    // A decision that starts from a policy's defaults.
    static Decision from(const PolicyDefaults &defaults);

    // What is wrong with the values given, for a decision taken on `decidedOn`: a value not among
    // the API's, a text too long, an "other" value without its text, an end date before the
    // decision or for a restriction not imposed, a review date before the decision.
    QList<Problem> problems(const QDate &decidedOn) const;
    // What a statement needs that this record does not give (the ground, its texts, the category,
    // the kinds of content, a restriction, the public facts), as the API's field names.
    QStringList missing() const;

    // What the statement of reasons says beyond this record: its identifier, when the decision
    // was taken, when the content was first reported, and where the case came from.
    struct Occasion {
        QString puid;       // the platform's own identifier (the event's id)
        QDate decided;      // application_date
        QDate contentDate;  // content_date: the case's flag day
        QString caseSource; // the case's source word (source_type, automated_detection)
    };
    // The statement as `POST /api/v1/statements` takes it: the ground's texts under the ground's
    // own field names, the whole EEA when no country is chosen, the advertiser's account as a
    // business account, a decision taken by a person. A field this record leaves empty is left
    // out, so dsa::check names what is missing.
    QJsonObject statementFor(const Occasion &occasion) const;

    // The statement in words, as a statement of reasons gives it to the advertiser, by the
    // points of Art. 17(3): values in English, dates YYYY-MM-DD; empty where nothing was given.
    struct Printed {
        QString restrictions; // (a) what was restricted, each with its end: "Content removed until ..."
        QString scope;        // (a) where: "the whole EEA" or the countries
        QString facts;        // (b) the facts and circumstances, as published
        QString source;       // (b) a notice, another notification, or the platform's own initiative
        QString automation;   // (c) whether automated means detected or decided it
        QString ground;       // (d), (e) "Illegal content: <law>" or "Incompatible with ...: <clause>"
        QString explanation;  // (d), (e)
        QString category;
        QString content;
        QString reviewBy;
    };
    Printed printed(const QString &caseSource) const;
};

// What an advertiser may do about a decision (Art. 17(3)(f)) when no policy and no database
// setting says it otherwise: the internal complaint, out-of-court settlement and the courts.
QString defaultRedress();

} // namespace adreview::dsa
