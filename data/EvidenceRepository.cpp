#include "EvidenceRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCollator>
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
Evidence readEvidence(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.ref = q.value(2).toString();
    e.kind = q.value(3).toString();
    e.title = q.value(4).toString();
    e.source = q.value(5).toString();
    e.author = q.value(6).toString();
    e.reference = q.value(7).toString();
    e.jurisdiction = q.value(8).toString();
    e.status = q.value(9).toString();
    e.url = q.value(10).toString();
    e.date = q.value(11).toString();
    e.excerpt = q.value(12).toString();
    e.reliability = q.value(13).toString();
    e.retrieved = sql::toTime(q.value(14));
    e.contentHash = q.value(15).toString();
    e.attachmentName = q.value(16).toString();
    e.attachmentType = q.value(17).toString();
    e.attachmentHash = q.value(18).toString();
    return e;
}

} // namespace

Result<QList<Evidence>> EvidenceRepository::forCase(qint64 caseId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT %1 FROM evidence WHERE case_id = ?"_s.arg(evidenceColumns));
    sql::bindAll(q, {caseId});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading a case's evidence"_s);
    QList<Evidence> out;
    while (q.next())
        out.append(readEvidence(q));
    q.finish();
    // Natural order, so EV-2 comes before EV-10.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(out.begin(), out.end(), [&](const Evidence &a, const Evidence &b) { return collator(a.ref, b.ref); });
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

Result<QHash<QString, qint64>> EvidenceRepository::idsByRef(qint64 caseId)
{
    QSqlQuery &q = m_db.prepared(u"SELECT ref, id FROM evidence WHERE case_id = ?"_s);
    sql::bindAll(q, {caseId});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading a case's evidence"_s);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

Result<qint64> EvidenceRepository::insert(const Evidence &e)
{
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO evidence (case_id, ref, kind, title, source, author, reference, jurisdiction, status, url, "
        "date, excerpt, reliability, retrieved_at, content_hash, attachment_name, attachment_type, attachment, "
        "attachment_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const bool hasAttachment = !e.attachmentName.isEmpty();
    const QVariant null;
    const QVariantList values{e.caseId,
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
    sql::bindAll(q, values);
    if (!q.exec())
        return m_db.errorFrom(q, u"adding evidence %1"_s.arg(e.ref));
    return q.lastInsertId().toLongLong();
}

} // namespace adreview
