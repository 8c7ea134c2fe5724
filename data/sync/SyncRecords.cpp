#include "sync/SyncRecords.h"

#include "domain/EventHash.h"
#include "domain/EventSignature.h"
#include "domain/EvidenceFields.h"
#include "domain/Sha256.h"
#include "domain/Vocabulary.h"

namespace adreview::syncrecord {

QString sha256(QByteArrayView bytes)
{
    return Sha256::hex(bytes);
}

QString evidenceHashFault(const Evidence &e)
{
    if (!e.attachmentHash.isEmpty() && sha256(e.attachment) != e.attachmentHash)
        return u"the attachment does not match its hash"_s;
    if (EvidenceFields::contentHash(e) != e.contentHash)
        return u"does not match its content hash: it was changed"_s;
    return {};
}

Event readEvent(Reader &r, const QJsonObject &o, const QString &where)
{
    Event e;
    e.uuid = r.text(o, where, u"id"_s);
    e.caseRef = r.text(o, where, u"case"_s);
    e.action = r.text(o, where, u"action"_s);
    e.policyCode = r.text(o, where, u"policy"_s, false);
    e.rationale = r.text(o, where, u"rationale"_s, false);
    e.evidenceRefs = r.list(o, where, u"evidence"_s);
    e.evidenceRefs.sort();
    e.assignee = r.text(o, where, u"assignee"_s, false);
    e.outcome = r.word(o, where, u"outcome"_s, vocab::outcomes(), false);
    e.reviewer = r.text(o, where, u"reviewer"_s);
    e.device = r.text(o, where, u"device"_s);
    e.seq = o.value(u"seq"_s).toInteger(0);
    e.at = r.time(o, where, u"at"_s);
    e.parents = r.list(o, where, u"parents"_s);
    e.prevHash = r.text(o, where, u"prev"_s);
    e.hash = r.text(o, where, u"hash"_s);
    e.signature = r.text(o, where, u"signature"_s, false);
    e.statement = r.text(o, where, u"statement"_s, false);
    if (r.error())
        return e;
    if (!e.signature.isEmpty() && !EventSignature::isSignatureText(e.signature)) {
        r.fault(where, u"\"signature\" is not %1 bytes of base64"_s.arg(EventSignature::signatureBytes));
        return e;
    }
    if (e.seq < 1)
        r.fault(where, u"\"seq\" must be a whole number from 1"_s);
    else if (e.action != u"flag" && !vocab::actions().contains(e.action))
        r.fault(where, u"unknown action \"%1\""_s.arg(e.action));
    else if (EventHash::compute(e) != e.hash)
        r.fault(where, u"does not match its hash: it was changed after it was written"_s);
    return e;
}

Evidence readEvidence(Reader &r, const QJsonObject &o, const QString &where)
{
    Evidence e;
    e.ref = r.ref(o, where, u"ref"_s);
    e.kind = r.word(o, where, u"kind"_s, vocab::evidenceKinds());
    e.title = r.text(o, where, u"title"_s, false);
    e.source = r.text(o, where, u"source"_s, false);
    e.author = r.text(o, where, u"author"_s, false);
    e.reference = r.text(o, where, u"reference"_s, false);
    e.jurisdiction = r.text(o, where, u"jurisdiction"_s, false);
    e.status = r.word(o, where, u"status"_s, vocab::advisoryStates(), false);
    e.url = r.address(o, where, u"url"_s);
    e.date = r.text(o, where, u"date"_s, false);
    e.excerpt = r.text(o, where, u"excerpt"_s, false);
    e.reliability = r.word(o, where, u"reliability"_s, vocab::reliabilities());
    e.retrieved = r.time(o, where, u"retrieved"_s, false);
    e.contentHash = r.text(o, where, u"content_hash"_s);
    e.attachmentHash = r.text(o, where, u"attachment_hash"_s, false);
    if (!e.attachmentHash.isEmpty()) {
        e.attachmentName = r.text(o, where, u"attachment_name"_s, false);
        e.attachmentType = r.text(o, where, u"attachment_type"_s, false);
        e.attachment = QByteArray::fromBase64(r.text(o, where, u"attachment"_s).toLatin1());
    }
    if (!r.error()) {
        if (const QString fault = evidenceHashFault(e); !fault.isEmpty())
            r.fault(where, fault);
    }
    return e;
}

SyncContents::Case readCase(Reader &r, const QJsonObject &o)
{
    const QString where = u"case %1"_s.arg(o.value(u"ref"_s).toString());
    SyncContents::Case c;
    CaseRecord &rec = c.record;
    rec.ref = r.ref(o, where, u"ref"_s);
    rec.advertiserRef = r.ref(o, where, u"advertiser"_s);
    rec.policyCode = r.ref(o, where, u"policy"_s);
    rec.summary = r.text(o, where, u"summary"_s, false);
    rec.priority = r.word(o, where, u"priority"_s, vocab::priorities());
    rec.source = r.word(o, where, u"source"_s, vocab::sources());
    rec.opened = r.time(o, where, u"opened"_s);
    rec.due = r.time(o, where, u"due"_s);
    if (o.contains(u"contests"_s)) {
        rec.contests = r.ref(o, where, u"contests"_s);
        if (rec.source != u"appeal")
            r.fault(where, u"\"contests\" names %1, but only an appeal contests another case"_s.arg(rec.contests));
        else if (rec.contests == rec.ref)
            r.fault(where, u"\"contests\" names the appeal itself"_s);
    }
    for (const QJsonObject &ev : r.objects(o, u"evidence"_s))
        c.evidence.append(readEvidence(r, ev, u"%1, evidence %2"_s.arg(where, ev.value(u"ref"_s).toString())));
    return c;
}

Event readListedEvent(Reader &r, const QJsonObject &o)
{
    // Named by its id and its case, as far as they are text.
    const QString caseRef = o.value(u"case"_s).toString().left(60);
    return readEvent(r, o,
                     caseRef.isEmpty() ? u"event %1"_s.arg(o.value(u"id"_s).toString().left(60))
                                       : u"event %1 of %2"_s.arg(o.value(u"id"_s).toString().left(60), caseRef));
}

OfferedKey readKey(Reader &r, const QJsonObject &o)
{
    const QString where = u"device %1"_s.arg(o.value(u"device"_s).toString().left(60));
    OfferedKey k;
    k.device = r.text(o, where, u"device"_s);
    k.reviewer = r.text(o, where, u"reviewer"_s);
    const QString key = r.text(o, where, u"public_key"_s);
    if (r.error())
        return k;
    if (const auto decoded = EventSignature::decodePublicKey(key))
        k.publicKey = *decoded;
    else
        r.fault(where, u"\"public_key\" is not %1 bytes of base64"_s.arg(EventSignature::publicKeyBytes));
    return k;
}

Revocation readRevocation(Reader &r, const QJsonObject &o)
{
    const QString where = u"revocation of device %1"_s.arg(o.value(u"device"_s).toString().left(60));
    Revocation v;
    v.device = r.text(o, where, u"device"_s);
    v.lastValidSeq = o.value(u"last_valid_seq"_s).toInteger(-1);
    v.byDevice = r.text(o, where, u"by_device"_s);
    v.byReviewer = r.text(o, where, u"by_reviewer"_s);
    v.at = r.time(o, where, u"at"_s);
    v.reason = r.text(o, where, u"reason"_s, false);
    v.signature = r.text(o, where, u"signature"_s);
    if (r.error())
        return v;
    if (v.lastValidSeq < 0)
        r.fault(where, u"\"last_valid_seq\" must be a whole number from 0"_s);
    else if (!EventSignature::decodeSignature(v.signature))
        r.fault(where, u"\"signature\" is not %1 bytes of base64"_s.arg(EventSignature::signatureBytes));
    return v;
}

} // namespace adreview::syncrecord
