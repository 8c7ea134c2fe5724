#pragma once

#include "domain/Result.h"
#include "review/ReviewService.h"

#include <QRandomGenerator>

#include <functional>

namespace adreview {

class Database;

// Makes synthetic cases, evidence and histories for load testing. The same seed and count give
// the same records and event ids. Writes go through the review rules, in bulk transactions.
class Generator {
public:
    struct Report {
        qint64 advertisers = 0;
        qint64 cases = 0;
        qint64 evidence = 0;
        qint64 events = 0;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    Generator(Database &db, ReviewService &review, quint64 seed);
    Result<Report> run(qint64 cases, const Progress &progress = {});

    // Cases per transaction: many, since every commit writes again each page of the indexes it
    // touched; 10,000 cases take about 40 MB of the write-ahead log.
    static constexpr int casesPerTransaction = 10000;
    void setCasesPerTransaction(int cases) { m_casesPerTransaction = std::max(1, cases); }

private:
    Status commitBatch();
    Status writeAdvertisers(qint64 count, Report &report);
    Status writeCase(qint64 n, Report &report);
    Status writeHistory(CaseContext &ctx, Report &report);
    QString uuid();
    QString words(int count);
    QString pick(const QStringList &list);

    Database &m_db;
    ReviewService &m_review;
    quint64 m_seed;
    QRandomGenerator m_rng;
    qint64 m_issued = 0;
    qint64 m_total = 1; // cases this run writes
    int m_casesPerTransaction = casesPerTransaction;
    QList<qint64> m_advertiserIds;
    QList<qint64> m_unindexed; // cases of this batch, indexed for search before its commit
    QHash<QString, qint64> m_policyIds;
    QStringList m_policyCodes; // sorted, so picks do not depend on hash order
};

} // namespace adreview
