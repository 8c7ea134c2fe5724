#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

#include <memory>

struct sqlite3_context;
struct sqlite3_value;
struct Fts5Tokenizer;
struct fts5_tokenizer;

namespace adreview {

class Database;

// Tests one case's search document against the words of a search, with the full-text index's
// own tokenizer, so that the answer is the one the index gives for the same query, without the
// index's list of every matching case.
//
// A word found in most cases has a list of hundreds of thousands of cases, and reading it takes
// longer than the whole first page of the queue should. For such words the queue walks its own
// order and tests each case with queue_probe(id) until a page is full, which takes a few hundred
// tests; a sample of the documents tells beforehand whether the words are that common.
class SearchProbe {
public:
    explicit SearchProbe(Database &db);
    ~SearchProbe();
    SearchProbe(const SearchProbe &) = delete;
    SearchProbe &operator=(const SearchProbe &) = delete;

    // Takes the words of a search (SearchIndex::searchWords). False when they cannot be tested
    // one by one exactly as the index would (a word the tokenizer splits or drops), or the
    // tokenizer is not there; the search then goes through the index.
    Result<bool> setWords(const QStringList &words);
    // The share of cases the words are estimated to match, from a sample of the documents
    // (taken again when the number of cases has changed by a tenth).
    Result<double> estimatedShare();
    // The largest case id when estimatedShare() last looked: about the number of cases.
    qint64 largestId() const { return m_largest; }

    // Registers queue_probe(id) on the connection: 1 when the case's document has every word as
    // a word prefix. After `budget` tests it fails the statement instead, and overBudget() says so.
    Status arm(int budget);
    bool overBudget() const { return m_tests > m_budget; }
    static QString condition() { return QStringLiteral("queue_probe(c.id)"); }

    // For tests: whether a text holds every word, by the tokenizer.
    Result<bool> matches(const QString &text);

private:
    static void sqlProbe(sqlite3_context *context, int argc, sqlite3_value **argv);
    Status loadTokenizer();
    Result<std::vector<std::string>> tokens(const char *text, int size, int flags) const;
    Result<bool> documentMatches(const char *text, int size) const;
    Status takeSample();

    Database &m_db;
    std::unique_ptr<fts5_tokenizer> m_api;
    Fts5Tokenizer *m_tokenizer = nullptr;
    bool m_registered = false;
    std::vector<std::string> m_words; // the search's words as tokens
    int m_budget = 0;
    int m_tests = 0;
    std::vector<std::vector<std::string>> m_sample; // each sampled document's tokens, sorted
    qint64 m_sampledLargest = -1;                   // the largest document id when sampled
    qint64 m_largest = 0;
};

} // namespace adreview
