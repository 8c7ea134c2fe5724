#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace adreview {

class Database;

// The full-text index behind the queue's search box: one document per case holding its
// advertiser's names, its summary and its evidence text. Writers call reindex() in the same
// transaction as the change.
class SearchIndex {
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    Status reindexCase(qint64 caseId);
    // The same for many cases, and every case of the advertisers given (renamed ones), in two
    // statements: bulk writers index once, at the end, since FTS5 writes out its pending terms
    // before every later statement of the transaction, at a cost that grows with the index.
    Status reindexCases(const QList<qint64> &caseIds, const QList<qint64> &advertiserIds = {});

    // Turns what a person typed into an FTS5 query: every word must appear, as a word prefix.
    // Quotes and operators are taken literally; an empty result means "no search".
    static QString matchExpression(const QString &typed);
    // The words of what a person typed, as matchExpression() finds them.
    static QStringList searchWords(const QString &typed);

private:
    Database &m_db;
};

} // namespace adreview
