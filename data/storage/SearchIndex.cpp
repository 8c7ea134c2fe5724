#include "storage/SearchIndex.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// One document per case; `where` picks the cases.
QString documents(const QString &where)
{
    return u"INSERT INTO case_search (rowid, body) "
           "SELECT c.id, a.name || ' ' || a.aliases || ' ' || c.ref || ' ' || c.summary || ' ' || "
           "coalesce((SELECT group_concat(e.title || ' ' || e.source || ' ' || e.reference || ' ' || e.excerpt, ' ') "
           "FROM evidence e WHERE e.case_id = c.id), '') "
           "FROM cases c JOIN advertisers a ON a.id = c.advertiser_id WHERE "_s +
           where;
}

} // namespace

Status SearchIndex::reindexCase(qint64 caseId)
{
    QSqlQuery &drop = m_db.prepared(u"DELETE FROM case_search WHERE rowid = ?"_s);
    sql::bindAll(drop, {caseId});
    if (!drop.exec())
        return m_db.errorFrom(drop, u"updating the search index"_s);
    QSqlQuery &add = m_db.prepared(documents(u"c.id = ?"_s));
    sql::bindAll(add, {caseId});
    if (!add.exec())
        return m_db.errorFrom(add, u"updating the search index"_s);
    return {};
}

Status SearchIndex::reindexCases(const QList<qint64> &caseIds, const QList<qint64> &advertiserIds)
{
    if (caseIds.isEmpty() && advertiserIds.isEmpty())
        return {};
    const QString what = u"updating the search index"_s;
    if (auto made = m_db.exec(u"CREATE TEMP TABLE IF NOT EXISTS search_pending (id INTEGER PRIMARY KEY)"_s, what);
        !made)
        return made;
    RawStatement &pend = m_db.statement(u"INSERT OR IGNORE INTO search_pending (id) VALUES (?)"_s);
    for (const qint64 id : caseIds) {
        if (!pend.bind({id}) || !pend.exec())
            return pend.failure(what);
    }
    RawStatement &byAdvertiser =
        m_db.statement(u"INSERT OR IGNORE INTO search_pending (id) SELECT id FROM cases WHERE advertiser_id = ?"_s);
    for (const qint64 id : advertiserIds) {
        if (!byAdvertiser.bind({id}) || !byAdvertiser.exec())
            return byAdvertiser.failure(what);
    }
    for (const QString &sql :
         {u"DELETE FROM case_search WHERE rowid IN (SELECT id FROM search_pending)"_s,
          documents(u"c.id IN (SELECT id FROM search_pending)"_s), u"DELETE FROM search_pending"_s}) {
        if (auto done = m_db.exec(sql, what); !done)
            return done;
    }
    return {};
}

QStringList SearchIndex::searchWords(const QString &typed)
{
    // Split on anything that is not a letter or digit, the way the unicode61 tokenizer does, so
    // "Kaspersky's" or "BOD 17-01" find what they look like they should.
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    return typed.split(separators, Qt::SkipEmptyParts);
}

QString SearchIndex::matchExpression(const QString &typed)
{
    QStringList terms;
    for (const QString &word : searchWords(typed))
        terms << u'"' + word + u"\"*"_s;
    return terms.join(u' ');
}

} // namespace adreview
