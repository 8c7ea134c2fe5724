#pragma once

#include "domain/DsaDecision.h"

#include <QCoreApplication>

namespace adreview {

// A statement of reasons in the reader's words: the Transparency Database's values, what a
// statement still lacks and what is wrong with it. The record keeps the API's keys; only the
// window shows these.
class DsaText {
    Q_DECLARE_TR_FUNCTIONS(adreview::DsaText)

public:
    // "Scams and fraud" for STATEMENT_CATEGORY_SCAMS_AND_FRAUD; the key itself if it has no words.
    static QString value(const QString &key);
    // One of Decision::missing()'s fields as what a statement lacks: "the category".
    static QString missing(const QString &field);
    // One of Decision::problems(), found in `decision` taken on `decidedOn`, as a sentence.
    static QString problem(const dsa::Problem &problem, const dsa::Decision &decision, const QDate &decidedOn);
};

} // namespace adreview
