#include "queue/SearchProbe.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"

#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The document of one case, as the index holds it.
const QString bodySql = u"SELECT body FROM case_search WHERE rowid = ?"_s;
// The index's tokenizer and its arguments (migration 0002).
constexpr const char *tokenizerName = "unicode61";
constexpr const char *tokenizerArgs[] = {"remove_diacritics", "2"};
constexpr int sampleSize = 512;

struct Found {
    const std::vector<std::string> *words;
    quint64 found = 0;
    quint64 all = 0;
};

int onToken(void *context, int, const char *token, int size, int, int)
{
    auto *f = static_cast<Found *>(context);
    for (size_t i = 0; i < f->words->size(); ++i) {
        const std::string &w = (*f->words)[i];
        if (!((f->found >> i) & 1u) && size_t(size) >= w.size() && std::memcmp(token, w.data(), w.size()) == 0)
            f->found |= quint64(1) << i;
    }
    return f->found == f->all ? SQLITE_DONE : SQLITE_OK; // done: no need to read on
}

int collect(void *context, int, const char *token, int size, int, int)
{
    static_cast<std::vector<std::string> *>(context)->emplace_back(token, size_t(size));
    return SQLITE_OK;
}

bool hasPrefix(const std::vector<std::string> &sorted, const std::string &word)
{
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), word);
    return it != sorted.end() && it->compare(0, word.size(), word) == 0;
}

} // namespace

SearchProbe::SearchProbe(Database &db) : m_db(db) {}

SearchProbe::~SearchProbe()
{
    if (m_tokenizer)
        m_api->xDelete(m_tokenizer);
    if (m_registered) {
        if (sqlite3 *h = m_db.handle())
            sqlite3_create_function_v2(h, "queue_probe", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    }
}

Status SearchProbe::loadTokenizer()
{
    if (m_tokenizer)
        return {};
    sqlite3 *h = m_db.handle();
    const auto fail = [this](const QString &why) {
        return Error::unusable(u"%1: cannot prepare the search (%2)"_s.arg(m_db.path(), why));
    };
    if (!h)
        return fail(u"no connection"_s);
    // The documented way to reach FTS5's own interface from a connection.
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(h, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return fail(u"no full-text search in this SQLite"_s);
    void *user = nullptr;
    auto tokenizer = std::make_unique<fts5_tokenizer>();
    if (api->xFindTokenizer(api, tokenizerName, &user, tokenizer.get()) != SQLITE_OK)
        return fail(u"no %1 tokenizer"_s.arg(QLatin1StringView(tokenizerName)));
    if (tokenizer->xCreate(user, const_cast<const char **>(tokenizerArgs), 2, &m_tokenizer) != SQLITE_OK) {
        m_tokenizer = nullptr;
        return fail(u"the tokenizer refused its arguments"_s);
    }
    m_api = std::move(tokenizer);
    return {};
}

Result<std::vector<std::string>> SearchProbe::tokens(const char *text, int size, int flags) const
{
    std::vector<std::string> out;
    if (const int rc = m_api->xTokenize(m_tokenizer, &out, flags, text, size, collect); rc != SQLITE_OK)
        return Error::unusable(
            u"%1: the search tokenizer failed (%2)"_s.arg(m_db.path(), QString::fromUtf8(sqlite3_errstr(rc))));
    return out;
}

Result<bool> SearchProbe::setWords(const QStringList &words)
{
    m_words.clear();
    if (auto ok = loadTokenizer(); !ok)
        return ok.error();
    if (words.isEmpty() || words.size() > 64)
        return false;
    for (const QString &word : words) {
        const QByteArray utf8 = word.toUtf8();
        auto t = tokens(utf8.constData(), int(utf8.size()), FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX);
        if (!t)
            return t.error();
        if (t->size() != 1) { // the index would read it as a phrase, or as nothing
            m_words.clear();
            return false;
        }
        m_words.push_back(std::move(t->front()));
    }
    return true;
}

Result<bool> SearchProbe::documentMatches(const char *text, int size) const
{
    Found f{&m_words, 0, m_words.size() == 64 ? ~quint64(0) : (quint64(1) << m_words.size()) - 1};
    const int rc = m_api->xTokenize(m_tokenizer, &f, FTS5_TOKENIZE_DOCUMENT, text, size, onToken);
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        return Error::unusable(
            u"%1: the search tokenizer failed (%2)"_s.arg(m_db.path(), QString::fromUtf8(sqlite3_errstr(rc))));
    return f.found == f.all;
}

Result<bool> SearchProbe::matches(const QString &text)
{
    if (auto ok = loadTokenizer(); !ok)
        return ok.error();
    const QByteArray utf8 = text.toUtf8();
    return documentMatches(utf8.constData(), int(utf8.size()));
}

Status SearchProbe::takeSample()
{
    RawStatement &largest = m_db.statement(u"SELECT coalesce(max(id), 0) FROM cases"_s);
    largest.bind({});
    if (!largest.next())
        return largest.failure(u"sampling the search index"_s);
    const qint64 top = largest.integer(0);
    largest.finish();
    m_largest = top;
    if (!m_sample.empty() && m_sampledLargest >= 0 && std::abs(top - m_sampledLargest) * 10 <= m_sampledLargest)
        return {};
    m_sample.clear();
    m_sampledLargest = top;
    if (top <= 0)
        return {};
    RawStatement &body = m_db.statement(bodySql);
    // A fixed seed: the same database gives the same estimates, so a search behaves the same
    // every time it is typed.
    QRandomGenerator rng(20261130);
    for (int attempt = 0; attempt < sampleSize * 4 && int(m_sample.size()) < sampleSize; ++attempt) {
        body.bind({qint64(rng.bounded(quint64(top))) + 1});
        if (!body.next()) {
            if (body.failed())
                return body.failure(u"sampling the search index"_s);
            continue; // a gap in the ids
        }
        const QByteArrayView text = body.utf8(0);
        auto t = tokens(text.data(), int(text.size()), FTS5_TOKENIZE_DOCUMENT);
        body.finish();
        if (!t)
            return t.error();
        std::sort(t->begin(), t->end());
        t->erase(std::unique(t->begin(), t->end()), t->end());
        m_sample.push_back(std::move(*t));
    }
    return {};
}

Result<double> SearchProbe::estimatedShare()
{
    if (m_words.empty())
        return 0.0;
    if (auto ok = takeSample(); !ok)
        return ok.error();
    if (m_sample.empty())
        return 0.0;
    const auto hits = std::count_if(m_sample.begin(), m_sample.end(), [this](const std::vector<std::string> &doc) {
        return std::all_of(m_words.begin(), m_words.end(), [&](const std::string &w) { return hasPrefix(doc, w); });
    });
    return double(hits) / double(m_sample.size());
}

void SearchProbe::sqlProbe(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *self = static_cast<SearchProbe *>(sqlite3_user_data(context));
    if (++self->m_tests > self->m_budget) {
        sqlite3_result_error(context, "the search walked further than its budget", -1);
        return;
    }
    RawStatement &body = self->m_db.statement(bodySql);
    body.bind({qint64(sqlite3_value_int64(argv[0]))});
    if (!body.next()) {
        if (body.failed()) {
            const QByteArray why = body.failure(u"searching"_s).message.toUtf8();
            sqlite3_result_error(context, why.constData(), int(why.size()));
        } else {
            sqlite3_result_int(context, 0); // no document: nothing to find
        }
        return;
    }
    const QByteArrayView text = body.utf8(0);
    const auto found = self->documentMatches(text.data(), int(text.size()));
    body.finish();
    if (!found) {
        const QByteArray why = found.error().message.toUtf8();
        sqlite3_result_error(context, why.constData(), int(why.size()));
        return;
    }
    sqlite3_result_int(context, *found ? 1 : 0);
}

Status SearchProbe::arm(int budget)
{
    m_budget = budget;
    m_tests = 0;
    if (m_registered)
        return {};
    if (auto ok = loadTokenizer(); !ok)
        return ok;
    sqlite3 *h = m_db.handle();
    // Direct only: the function cannot be reached from a view or trigger stored in the file.
    if (sqlite3_create_function_v2(h, "queue_probe", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, this, sqlProbe, nullptr,
                                   nullptr, nullptr) != SQLITE_OK)
        return Error::unusable(
            u"%1: cannot prepare the search (%2)"_s.arg(m_db.path(), QString::fromUtf8(sqlite3_errmsg(h))));
    m_registered = true;
    return {};
}

} // namespace adreview
