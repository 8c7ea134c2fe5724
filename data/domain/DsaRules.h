#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace adreview {

// The EU Digital Services Act's statements of reasons (Art. 17) as the Commission's Transparency
// Database takes them (`POST /api/v1/statements`, up to 100 a call): the allowed values of each
// field, and a check of a statement against every rule of that API — required fields, allowed
// values, lengths, dates, and the fields one value makes required or leaves out. Values are the
// API's keys (DECISION_GROUND_ILLEGAL_CONTENT), never its labels.
namespace dsa {

struct Problem {
    QString field; // as the API names it; "statements[3].puid" inside a submission
    QString message;
    QString text() const { return field + QStringLiteral(": ") + message; }
};

// Problems as one line each, joined by "; ".
QString describe(const QList<Problem> &problems);

const QStringList &decisionGrounds();
const QStringList &contentTypes();
const QStringList &categories();
const QStringList &keywords(); // category_specification
const QStringList &sourceTypes();
const QStringList &automatedDecisions();
const QStringList &visibilityRestrictions();
const QStringList &monetaryRestrictions();
const QStringList &serviceRestrictions(); // decision_provision
const QStringList &accountRestrictions();
const QStringList &accountTypes();
// The countries a restriction may be limited to: the European Economic Area (the EU's 27, then
// Iceland, Liechtenstein and Norway), as ISO 3166 codes (Greece is GR).
const QStringList &eeaCountries();
const QStringList &euCountries();
const QStringList &languages(); // content_language: upper-case ISO 639-1

// What a policy's bans state by default (the decision dialog and `decide` start from it; each
// decision records its own values).
struct PolicyDefaults {
    QString ground;      // one of decisionGrounds()
    QString groundText;  // the law (illegal content) or the terms' clause (incompatible content)
    QString explanation; // why the content falls under it
    QString category;    // one of categories()
    QStringList contentTypes;
    QStringList visibility;
    QString monetary;
    QString service;
    QString account;
    QString publicFacts; // decision_facts: written for publication, no personal data
};

// The source_type of a decision on a case from `caseSource` (the case's source word): a user's
// report is a notice under Art. 16, an authority's advisory or another platform's signal is
// another kind of notification, and what the platform found itself is its own initiative.
QString sourceTypeOf(const QString &caseSource);
// Whether a case from `caseSource` was found by automated means (automated_detection).
bool detectedAutomatically(const QString &caseSource);

// The API's key `given` names, written whole or without the prefix its list shares, in any case
// ("scams_and_fraud" for STATEMENT_CATEGORY_SCAMS_AND_FRAUD); empty if it names none.
QString expandKey(const QStringList &allowed, const QString &given);
// A key in words: without the prefix its list shares, in sentence case ("Scams and fraud" for
// STATEMENT_CATEGORY_SCAMS_AND_FRAUD).
QString readable(const QStringList &allowed, const QString &key);

// The length of a text as the API counts it: code points, not UTF-16 units.
qsizetype characters(const QString &text);

// The most statements one submission may carry.
constexpr int maxPerSubmission = 100;

// Every rule one statement breaks (none: the API takes it). Stricter than the API in two ways
// its documentation asks for: a field the chosen values leave out must not be sent, and an end
// date may not come before the application date.
QList<Problem> check(const QJsonObject &statement);
// A whole submission body, {"statements": [...]}: 1 to 100 statements, each checked, no puid
// twice.
QList<Problem> checkSubmission(const QJsonObject &body);

} // namespace dsa

} // namespace adreview
