#include "storage/EvidenceRepository.h"

#include "domain/NaturalOrder.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString evidenceColumns =
    u"id, case_id, ref, kind, title, source, author, reference, jurisdiction, status, url, date, excerpt, "
    "reliability, retrieved_at, content_hash, attachment_name, attachment_type, attachment_hash"_s;

// One row of evidenceColumns.
template <typename Row>
Evidence readEvidence(const Row &q)
{
    Evidence e;
    e.id = sql::integer(q, 0);
    e.caseId = sql::integer(q, 1);
    e.ref = sql::text(q, 2);
    e.kind = sql::text(q, 3);
    e.title = sql::text(q, 4);
    e.source = sql::text(q, 5);
    e.author = sql::text(q, 6);
    e.reference = sql::text(q, 7);
    e.jurisdiction = sql::text(q, 8);
    e.status = sql::text(q, 9);
    e.url = sql::text(q, 10);
    e.date = sql::text(q, 11);
    e.excerpt = sql::text(q, 12);
    e.reliability = sql::text(q, 13);
    e.retrieved = sql::time(q, 14);
    e.contentHash = sql::text(q, 15);
    e.attachmentName = sql::text(q, 16);
    e.attachmentType = sql::text(q, 17);
    e.attachmentHash = sql::text(q, 18);
    return e;
}

// Natural order, so EV-2 comes before EV-10.
void sortNaturally(QList<Evidence> &items)
{
    std::sort(items.begin(), items.end(),
              [](const Evidence &a, const Evidence &b) { return naturalLess(a.ref, b.ref); });
}

} // namespace

Result<std::optional<Evidence>> EvidenceRepository::find(qint64 caseId, const QString &ref)
{
    RawStatement &q = m_db.statement(u"SELECT %1 FROM evidence WHERE case_id = ? AND ref = ?"_s.arg(evidenceColumns));
    q.bind({caseId, ref});
    std::optional<Evidence> found;
    if (q.next())
        found = readEvidence(q);
    if (q.failed())
        return q.failure(u"reading evidence %1"_s.arg(ref));
    q.finish();
    return found;
}

Result<QList<EvidenceElsewhere>> EvidenceRepository::sameItemElsewhere(const QString &caseRef, const Evidence &item)
{
    const bool advisory = item.kind == u"agency-advisory" && !item.reference.isEmpty();
    if (!advisory && item.url.isEmpty())
        return QList<EvidenceElsewhere>();
    RawStatement &q = m_db.statement(
        advisory ? u"SELECT c.ref, e.ref, e.title FROM evidence e JOIN cases c ON c.id = e.case_id "
                   "WHERE e.kind = 'agency-advisory' AND e.source = ? AND e.reference = ? AND c.ref <> ? "
                   "ORDER BY c.ref, e.ref"_s
                 : u"SELECT c.ref, e.ref, e.title FROM evidence e JOIN cases c ON c.id = e.case_id "
                   "WHERE e.url = ? AND e.kind = ? AND c.ref <> ? ORDER BY c.ref, e.ref"_s);
    q.bind(advisory ? QVariantList{item.source, item.reference, caseRef} : QVariantList{item.url, item.kind, caseRef});
    QList<EvidenceElsewhere> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2)});
    if (q.failed())
        return q.failure(u"finding the same evidence in other cases"_s);
    return out;
}

Result<QList<Evidence>> EvidenceRepository::forCase(qint64 caseId)
{
    RawStatement &q = m_db.statement(u"SELECT %1 FROM evidence WHERE case_id = ?"_s.arg(evidenceColumns));
    q.bind({caseId});
    QList<Evidence> out;
    while (q.next())
        out.append(readEvidence(q));
    if (q.failed())
        return q.failure(u"reading a case's evidence"_s);
    sortNaturally(out);
    return out;
}

Result<QHash<qint64, QList<Evidence>>> EvidenceRepository::forCases(const QList<qint64> &caseIds)
{
    QJsonArray ids;
    for (const qint64 id : caseIds)
        ids.append(id);
    RawStatement &q = m_db.statement(
        u"SELECT %1 FROM evidence WHERE case_id IN (SELECT value FROM json_each(?))"_s.arg(evidenceColumns));
    q.bind({QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    QHash<qint64, QList<Evidence>> out;
    while (q.next()) {
        Evidence e = readEvidence(q);
        out[e.caseId].append(std::move(e));
    }
    if (q.failed())
        return q.failure(u"reading the evidence of %1 cases"_s.arg(caseIds.size()));
    for (QList<Evidence> &items : out)
        sortNaturally(items);
    return out;
}

Status EvidenceRepository::forEach(const std::function<void(const Evidence &)> &onItem)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1, attachment FROM evidence ORDER BY case_id, id"_s.arg(evidenceColumns)))
        return m_db.errorFrom(q, u"reading the evidence"_s);
    while (q.next()) {
        Evidence e = readEvidence(q);
        e.attachment = q.value(19).toByteArray();
        onItem(e);
    }
    if (q.lastError().isValid())
        return m_db.errorFrom(q, u"reading the evidence"_s);
    return {};
}

Result<QByteArray> EvidenceRepository::attachment(qint64 evidenceId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT attachment FROM evidence WHERE id = ?"_s);
    sql::bindAll(q, {evidenceId});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading an attachment"_s);
    QByteArray bytes;
    if (q.next())
        bytes = q.value(0).toByteArray();
    q.finish();
    return bytes;
}

Result<QString> EvidenceRepository::contentHash(qint64 evidenceId)
{
    RawStatement &q = m_db.statement(u"SELECT content_hash FROM evidence WHERE id = ?"_s);
    q.bind({evidenceId});
    if (!q.next())
        return q.failure(u"reading evidence %1"_s.arg(evidenceId));
    QString hash = q.text(0);
    q.finish();
    return hash;
}

Result<QHash<QString, qint64>> EvidenceRepository::idsByRef(qint64 caseId)
{
    RawStatement &q = m_db.statement(u"SELECT ref, id FROM evidence WHERE case_id = ?"_s);
    q.bind({caseId});
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.text(0), q.integer(1));
    if (q.failed())
        return q.failure(u"reading a case's evidence"_s);
    return out;
}

namespace {

const QStringList writtenColumns{u"case_id"_s,         u"ref"_s,          u"kind"_s,           u"title"_s,
                                 u"source"_s,          u"author"_s,       u"reference"_s,      u"jurisdiction"_s,
                                 u"status"_s,          u"url"_s,          u"date"_s,           u"excerpt"_s,
                                 u"reliability"_s,     u"retrieved_at"_s, u"content_hash"_s,   u"attachment_name"_s,
                                 u"attachment_type"_s, u"attachment"_s,   u"attachment_hash"_s};

QVariantList evidenceRow(const Evidence &e)
{
    const bool hasAttachment = !e.attachmentName.isEmpty();
    const QVariant null;
    return {e.caseId,
            e.ref,
            e.kind,
            e.title,
            e.source,
            e.author,
            e.reference,
            e.jurisdiction,
            e.status,
            e.url,
            e.date,
            e.excerpt,
            e.reliability,
            sql::fromTime(e.retrieved),
            e.contentHash,
            hasAttachment ? QVariant(e.attachmentName) : null,
            hasAttachment ? QVariant(e.attachmentType) : null,
            hasAttachment ? QVariant(e.attachment) : null,
            hasAttachment ? QVariant(e.attachmentHash) : null};
}

} // namespace

Result<qint64> EvidenceRepository::insert(const Evidence &e)
{
    static const QString sql = u"INSERT INTO evidence (%1) VALUES %2"_s.arg(
        writtenColumns.join(u", "_s), BulkInsert::placeholders(writtenColumns.size()));
    RawStatement &q = m_db.statement(sql);
    if (!q.bind(evidenceRow(e)) || !q.exec())
        return q.failure(u"adding evidence %1"_s.arg(e.ref));
    return q.lastInsertId();
}

std::unique_ptr<BulkInsert> EvidenceRepository::bulk()
{
    return std::make_unique<BulkInsert>(m_db, u"evidence"_s, writtenColumns, u"adding evidence"_s);
}

Result<qint64> EvidenceRepository::insert(const Evidence &e, BulkInsert &into)
{
    return into.add(evidenceRow(e), u"evidence %1 of case %2"_s.arg(e.ref).arg(e.caseId));
}

} // namespace adreview
