#include "sync/SyncBundle.h"

#include "sync/SyncRecords.h"

#include "domain/Clock.h"
#include "domain/EventHash.h"
#include "domain/EvidenceFields.h"
#include "domain/Vocabulary.h"
#include "files/InputFile.h"
#include "files/OutputFile.h"
#include "import/JsonFields.h"
#include "import/JsonSplit.h"
#include "import/JsonTextCheck.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/SqlValues.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString formatName = u"adreview-sync"_s;
constexpr qsizetype partsFromSize = 4 * 1024 * 1024; // bodies from this size on are read on every core

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? EventHash::formatTime(t) : QString();
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(EventHash::formatTime(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject evidenceJson(const Evidence &e)
{
    QJsonObject o{{u"ref"_s, e.ref},
                  {u"kind"_s, e.kind},
                  {u"title"_s, e.title},
                  {u"source"_s, e.source},
                  {u"author"_s, e.author},
                  {u"reference"_s, e.reference},
                  {u"jurisdiction"_s, e.jurisdiction},
                  {u"status"_s, e.status},
                  {u"url"_s, e.url},
                  {u"date"_s, e.date},
                  {u"excerpt"_s, e.excerpt},
                  {u"reliability"_s, e.reliability},
                  {u"retrieved"_s, timeOrNull(e.retrieved)},
                  {u"content_hash"_s, e.contentHash}};
    if (!e.attachmentHash.isEmpty()) {
        o.insert(u"attachment_name"_s, e.attachmentName);
        o.insert(u"attachment_type"_s, e.attachmentType);
        o.insert(u"attachment_hash"_s, e.attachmentHash);
        o.insert(u"attachment"_s, QString::fromLatin1(e.attachment.toBase64()));
    }
    return o;
}

using syncrecord::readCase;
using syncrecord::Reader;
using syncrecord::readEvidence;
using syncrecord::readListedEvent;
using syncrecord::sha256;

// The records of one of the body's lists, checked on every core when the list was found apart
// from the rest of the body; the first fault in the file's order is the one reported.
template <typename T>
void readList(QByteArrayView body, const JsonSplit::Spans &spans, const QJsonObject &rest, const QString &key,
              Reader &r, QList<T> &out, T (*readOne)(Reader &, const QJsonObject &))
{
    const auto span = spans.constFind(key.toLatin1());
    if (span == spans.cend()) {
        for (const QJsonObject &o : r.objects(rest, key)) {
            out.append(readOne(r, o));
            if (r.error()) {
                out.removeLast(); // the records before the fault stay, for the order check
                return;
            }
        }
        return;
    }
    constexpr qsizetype perPart = 1024;
    struct Part {
        QList<T> records;
        std::optional<Error> error;
    };
    std::vector<Part> parts(static_cast<size_t>(JsonSplit::partCount(*span, perPart)));
    const bool valid =
        JsonSplit::readInParts(body, *span, perPart, [&](qsizetype p, qsizetype first, const QJsonArray &array) {
            Reader partReader(r.file());
            Part &part = parts[size_t(p)];
            part.records.reserve(array.size());
            for (qsizetype i = 0; i < array.size() && !partReader.error(); ++i) {
                const QString where = u"%1[%2]"_s.arg(key).arg(first + i);
                if (!array.at(i).isObject()) {
                    partReader.fault(where, u"not an object"_s);
                } else {
                    const auto [from, to] = span->elements[first + i];
                    partReader.text(body.sliced(from, to - from), where, u"the body"_s);
                }
                part.records.append(readOne(partReader, array.at(i).toObject()));
            }
            part.error = partReader.error();
        });
    if (!valid) {
        r.fault(key, u"the list is not valid JSON"_s);
        return;
    }
    out.reserve(span->elements.size());
    for (Part &part : parts) {
        r.adopt(part.error);
        // A part with a fault keeps the records before it, as the whole-list reading does.
        const qsizetype sound = part.error ? part.records.size() - 1 : part.records.size();
        for (qsizetype i = 0; i < sound; ++i)
            out.append(std::move(part.records[i]));
        if (r.error())
            return;
    }
}

Result<SyncContents> readBody(QByteArrayView body, const QJsonObject &header, const QString &fileName);

} // namespace

QString SyncBundle::ExportReport::summary() const
{
    return u"%1: %2 events, %3 cases, %4 evidence items"_s.arg(file).arg(events).arg(cases).arg(evidence);
}

Result<QSet<QString>> SyncBundle::eventIds(const QString &path)
{
    auto contents = read(path);
    if (!contents)
        return contents.error();
    QSet<QString> ids;
    for (const Event &e : std::as_const(contents->events))
        ids.insert(e.uuid);
    return ids;
}

QJsonObject SyncBundle::eventJson(const Event &e)
{
    QJsonObject o{{u"id"_s, e.uuid},
                  {u"case"_s, e.caseRef},
                  {u"action"_s, e.action},
                  {u"policy"_s, e.policyCode},
                  {u"rationale"_s, e.rationale},
                  {u"evidence"_s, QJsonArray::fromStringList(e.evidenceRefs)},
                  {u"assignee"_s, e.assignee},
                  {u"outcome"_s, e.outcome},
                  {u"reviewer"_s, e.reviewer},
                  {u"device"_s, e.device},
                  {u"seq"_s, e.seq},
                  {u"at"_s, EventHash::formatTime(e.at)},
                  {u"parents"_s, QJsonArray::fromStringList(e.parents)},
                  {u"prev"_s, e.prevHash},
                  {u"hash"_s, e.hash},
                  {u"signature"_s, e.signature}};
    if (!e.statement.isEmpty()) // an event from before statements is written as it was
        o.insert(u"statement"_s, e.statement);
    return o;
}

Result<SyncBundle::ExportReport> SyncBundle::write(Database &db, const Identity &by, const Clock &clock,
                                                   const QString &path, const Selection &selection,
                                                   const WorkProgress &progress)
{
    // A path that cannot take the bundle is refused before the work.
    if (auto writable = OutputFile::check(path); !writable)
        return writable.error();
    QSet<QString> known;
    QString since;
    if (!selection.sinceBundle.isEmpty()) {
        auto ids = eventIds(selection.sinceBundle);
        if (!ids)
            return ids.error();
        known = *ids;
        since = QFileInfo(selection.sinceBundle).fileName();
    } else if (selection.sinceTime.isValid()) {
        since = EventHash::formatTime(selection.sinceTime);
    }

    // One read transaction: the events, cases and evidence are of one moment.
    if (auto begun = db.beginRead(); !begun)
        return begun.error();
    const auto finish = qScopeGuard([&db] { db.endRead(); });

    QJsonArray events;
    QSet<QString> caseRefs;
    QSet<QString> signers;
    EventRepository repository(db);
    qint64 total = 0;
    if (progress) {
        auto counted = repository.count();
        if (!counted)
            return counted.error();
        total = *counted;
    }
    constexpr qint64 progressEvery = 1000; // events between progress reports
    qint64 seen = 0;
    bool stopped = progress && !progress(0, total);
    auto read = repository.forEachInChainOrder([&](const Event &e) {
        if (stopped || (++seen % progressEvery == 0 && progress && !progress(seen, total))) {
            stopped = true;
            return false;
        }
        if (known.contains(e.uuid) || (selection.sinceTime.isValid() && e.at < selection.sinceTime))
            return true;
        events.append(SyncBundle::eventJson(e));
        caseRefs.insert(e.caseRef);
        if (!e.signature.isEmpty())
            signers.insert(e.device);
        return true;
    });
    if (!read)
        return read.error();
    if (stopped)
        return Error::rejected(u"%1: export stopped; nothing was written"_s.arg(path));
    // An appeal travels with the case it contests, which the receiver needs to judge its decisions.
    auto appeals = CaseRepository(db).contestedCases();
    if (!appeals)
        return appeals.error();
    QStringList pending(caseRefs.cbegin(), caseRefs.cend());
    while (!pending.isEmpty()) { // an appeal of an appeal takes the case that one contests too
        const auto named = appeals->constFind(pending.takeLast());
        if (named != appeals->cend() && !caseRefs.contains(*named)) {
            caseRefs.insert(*named);
            pending.append(*named);
        }
    }

    // The key of every device that signed an event here, and every revocation this database holds.
    DeviceRepository registry(db);
    auto revoked = registry.revocations();
    if (!revoked)
        return revoked.error();
    for (const Revocation &r : std::as_const(*revoked))
        signers.insert(r.byDevice);
    auto devices = registry.all();
    if (!devices)
        return devices.error();
    QJsonArray keys;
    for (const DeviceRecord &d : std::as_const(*devices)) {
        if (d.signs() && signers.contains(d.device))
            keys.append(QJsonObject{{u"device"_s, d.device},
                                    {u"reviewer"_s, d.reviewer},
                                    {u"public_key"_s, QString::fromLatin1(d.publicKey.toBase64())}});
    }
    QJsonArray revocations;
    for (const Revocation &r : std::as_const(*revoked))
        revocations.append(QJsonObject{{u"device"_s, r.device},
                                       {u"last_valid_seq"_s, r.lastValidSeq},
                                       {u"by_device"_s, r.byDevice},
                                       {u"by_reviewer"_s, r.byReviewer},
                                       {u"at"_s, EventHash::formatTime(r.at)},
                                       {u"reason"_s, r.reason},
                                       {u"signature"_s, r.signature}});

    ExportReport report;
    report.file = path;
    report.events = events.size();
    QJsonArray policies;
    auto all = PolicyRepository(db).all();
    if (!all)
        return all.error();
    for (const Policy &p : std::as_const(*all))
        policies.append(QJsonObject{{u"code"_s, p.code}, {u"title"_s, p.title}, {u"description"_s, p.description}});

    QHash<qint64, qsizetype> caseIndex; // case id -> its place in `cases`
    QList<QJsonObject> cases;
    QJsonArray advertisers;
    QSet<QString> advertiserRefs;
    auto listed = CaseRepository(db).forEachWithAdvertiser([&](const CaseRecord &c, const Advertiser &a) {
        if (!caseRefs.contains(c.ref))
            return true;
        caseIndex.insert(c.id, cases.size());
        QJsonObject o{{u"ref"_s, c.ref},
                      {u"advertiser"_s, a.ref},
                      {u"policy"_s, c.policyCode},
                      {u"summary"_s, c.summary},
                      {u"priority"_s, c.priority},
                      {u"source"_s, c.source},
                      {u"opened"_s, isoTime(c.opened)},
                      {u"due"_s, isoTime(c.due)}};
        if (!c.contests.isEmpty())
            o.insert(u"contests"_s, c.contests);
        cases.append(o);
        if (!advertiserRefs.contains(a.ref)) {
            advertiserRefs.insert(a.ref);
            advertisers.append(QJsonObject{{u"ref"_s, a.ref},
                                           {u"name"_s, a.name},
                                           {u"aliases"_s, QJsonArray::fromStringList(a.aliases)},
                                           {u"country"_s, a.country},
                                           {u"headquarters"_s, a.headquarters},
                                           {u"industry"_s, a.industry},
                                           {u"website"_s, a.website}});
        }
        return true;
    });
    if (!listed)
        return listed.error();
    report.cases = cases.size();

    QHash<qsizetype, QJsonArray> evidence;
    auto items = EvidenceRepository(db).forEach([&](const Evidence &e) {
        const auto place = caseIndex.constFind(e.caseId);
        if (place == caseIndex.cend())
            return;
        evidence[*place].append(evidenceJson(e));
        ++report.evidence;
    });
    if (!items)
        return items.error();
    QJsonArray caseArray;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QJsonObject c = cases.at(i);
        c.insert(u"evidence"_s, evidence.value(i));
        caseArray.append(c);
    }

    const QByteArray body = QJsonDocument(QJsonObject{{u"policies"_s, policies},
                                                      {u"advertisers"_s, advertisers},
                                                      {u"cases"_s, caseArray},
                                                      {u"events"_s, events},
                                                      {u"devices"_s, keys},
                                                      {u"revocations"_s, revocations}})
                                .toJson(QJsonDocument::Compact);
    const QJsonObject header{{u"format"_s, formatName},
                             {u"version"_s, formatVersion},
                             {u"device"_s, by.device},
                             {u"reviewer"_s, by.reviewer},
                             {u"created_at"_s, EventHash::formatTime(clock.now())},
                             {u"since"_s, since},
                             {u"events"_s, report.events},
                             {u"cases"_s, report.cases},
                             {u"body_bytes"_s, body.size()},
                             {u"body_sha256"_s, sha256(body)}};
    const QByteArray head = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    // What no laptop would read is not written.
    if (head.size() + body.size() > maxFileSize)
        return Error::rejected(u"%1: the bundle would be %2 MB, more than the %3 MB a bundle may hold; nothing was "
                               "written: export the events in parts with --since"_s.arg(path)
                                   .arg((head.size() + body.size()) >> 20)
                                   .arg(maxFileSize >> 20));
    OutputFile file(path);
    if (auto opened = file.begin(); !opened)
        return opened.error();
    if (!file.writeAll(head) || !file.writeAll(body))
        return file.failure();
    if (auto committed = file.commit(); !committed)
        return committed.error();
    if (progress)
        progress(total, total);
    return report;
}

Result<SyncContents> SyncBundle::read(const QString &path)
{
    auto bytes = readInputFile(path, maxFileSize);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

Result<SyncContents> SyncBundle::parse(const QByteArray &bytes, const QString &fileName)
{
    const auto refused = [&fileName](const QString &why) {
        return Error::rejected(u"%1: %2; nothing was imported"_s.arg(fileName, why));
    };
    const qsizetype newline = bytes.indexOf('\n');
    QJsonParseError error;
    const QByteArray headerText = newline < 0 ? bytes.left(4096) : bytes.left(newline);
    const QJsonObject header = QJsonDocument::fromJson(headerText, &error).object();
    if (newline < 0 || error.error != QJsonParseError::NoError || header.value(u"format"_s).toString() != formatName)
        return refused(u"not an AdReview sync bundle"_s);
    Reader r(fileName);
    r.text(headerText, {}, u"the header"_s);
    if (r.error())
        return *r.error();
    // Each field of the header says what is wrong with it, rather than passing as a changed body.
    const auto whole = [](const QJsonValue &v) { return v.isDouble() && v.toDouble() == std::floor(v.toDouble()); };
    const QJsonValue version = header.value(u"version"_s);
    if (!whole(version))
        return refused(u"\"version\" must be a whole number"_s);
    if (version.toDouble() > formatVersion)
        return refused(u"made by a newer AdReview (bundle format %1; this one reads %2): update AdReview to import "
                       "it"_s.arg(version.toVariant().toString())
                           .arg(formatVersion));
    if (version.toDouble() != formatVersion && version.toDouble() != 1)
        return refused(u"unknown bundle format version %1"_s.arg(version.toVariant().toString()));
    const QJsonValue length = header.value(u"body_bytes"_s);
    if (!whole(length) || length.toDouble() < 0)
        return refused(u"\"body_bytes\" must be a whole number of bytes"_s);
    if (length.toDouble() > double(maxFileSize))
        return refused(u"\"body_bytes\" is larger than a bundle can be"_s);
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    const QString expectedDigest = header.value(u"body_sha256"_s).toString().toLower();
    if (!hex.match(expectedDigest).hasMatch())
        return refused(u"\"body_sha256\" must be 64 hexadecimal digits"_s);
    if (!JsonFields::parseTime(header.value(u"created_at"_s).toString()).isValid())
        return refused(u"\"created_at\" is not a time"_s);
    const QByteArrayView body = QByteArrayView(bytes).sliced(newline + 1);
    const qint64 expected = qint64(length.toDouble());
    if (body.size() < expected)
        return refused(u"the file is truncated (%1 of %2 bytes)"_s.arg(body.size()).arg(expected));
    if (body.size() != expected)
        return refused(u"the body is longer than the header says (%1 bytes, not %2): the file was changed or "
                       "damaged"_s.arg(body.size())
                           .arg(expected));
    // The body's hash is worked out on a thread of its own while the body is read; a body that
    // does not match it is refused before anything read from it is used.
    QString digest;
    std::thread hasher([&digest, body] { digest = sha256(body); });
    auto contents = readBody(body, header, fileName);
    hasher.join();
    if (digest != expectedDigest)
        return refused(u"the contents do not match the bundle's hash: the file was changed or damaged"_s);
    return contents;
}

namespace {

Result<SyncContents> readBody(QByteArrayView body, const QJsonObject &header, const QString &fileName)
{
    const auto refused = [&fileName](const QString &why) {
        return Error::rejected(u"%1: %2; nothing was imported"_s.arg(fileName, why));
    };
    QJsonParseError error{};
    // A large body is read as its two long lists and the rest: the rest here, the lists' records
    // in parts on every core.
    JsonSplit::Spans spans;
    if (body.size() >= partsFromSize) {
        if (auto found = JsonSplit::topLevelArrays(body, {"cases", "events"}))
            spans = *found;
    }
    QJsonObject root;
    QByteArray rest;
    if (!spans.isEmpty()) {
        rest = JsonSplit::withoutArrays(body, spans);
        root = QJsonDocument::fromJson(rest, &error).object();
        if (error.error != QJsonParseError::NoError)
            spans.clear();
    }
    if (spans.isEmpty())
        root = QJsonDocument::fromJson(body.toByteArray(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return refused(u"the body is not valid JSON (%1)"_s.arg(error.errorString()));
    // The lists read in parts are looked at in their parts.
    Reader r(fileName);
    r.text(spans.isEmpty() ? body : QByteArrayView(rest), {}, u"the body"_s);
    if (r.error())
        return *r.error();
    SyncContents out;
    out.device = header.value(u"device"_s).toString();
    out.reviewer = header.value(u"reviewer"_s).toString();
    out.createdAt = QDateTime::fromString(header.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    out.since = header.value(u"since"_s).toString();

    for (const QJsonObject &o : r.objects(root, u"policies"_s)) {
        const QString where = u"policy %1"_s.arg(o.value(u"code"_s).toString());
        out.policies.append(
            {0, r.text(o, where, u"code"_s), r.text(o, where, u"title"_s), r.text(o, where, u"description"_s, false)});
    }
    for (const QJsonObject &o : r.objects(root, u"advertisers"_s)) {
        const QString where = u"advertiser %1"_s.arg(o.value(u"ref"_s).toString());
        Advertiser a;
        a.ref = r.ref(o, where, u"ref"_s);
        a.name = r.text(o, where, u"name"_s);
        a.aliases = r.list(o, where, u"aliases"_s);
        a.country = r.text(o, where, u"country"_s, false);
        a.headquarters = r.text(o, where, u"headquarters"_s, false);
        a.industry = r.text(o, where, u"industry"_s, false);
        a.website = r.address(o, where, u"website"_s);
        out.advertisers.append(a);
    }
    readList(body, spans, root, u"cases"_s, r, out.cases, &readCase);
    if (!r.error())
        readList(body, spans, root, u"events"_s, r, out.events, &readListedEvent);
    if (header.value(u"version"_s).toInt() >= 2 && !r.error()) {
        for (const QJsonObject &o : r.objects(root, u"devices"_s))
            out.keys.append(syncrecord::readKey(r, o));
        for (const QJsonObject &o : r.objects(root, u"revocations"_s))
            out.revocations.append(syncrecord::readRevocation(r, o));
    } else {
        // Before version 2 nothing was signed: a signature in such a file was put there by hand.
        for (const Event &e : std::as_const(out.events)) {
            if (!e.signature.isEmpty()) {
                r.fault(u"event %1"_s.arg(e.uuid.left(60)), u"is signed, in a bundle of the format from before "
                                                            "signing"_s);
                break;
            }
        }
    }
    // Events come device by device, each device's in chain order, as the export writes them; a
    // bundle in any other order was put together by something else. The events read before a
    // fault in a record are checked too, so that the first fault in the file is the one named.
    Reader order(fileName);
    QSet<QString> devicesDone;
    for (qsizetype i = 0; i < out.events.size() && !order.error(); ++i) {
        const Event &e = out.events.at(i);
        const QString where = u"event %1"_s.arg(e.uuid);
        const Event *previous = i == 0 ? nullptr : &out.events.at(i - 1);
        if (previous && previous->device == e.device) {
            if (e.seq != previous->seq + 1)
                order.fault(where,
                            u"out of its device's chain order (seq %1 after %2)"_s.arg(e.seq).arg(previous->seq));
        } else {
            if (devicesDone.contains(e.device))
                order.fault(where, u"the events of device %1 are not together"_s.arg(e.device));
            devicesDone.insert(e.device);
        }
    }
    if (order.error())
        return *order.error();
    if (r.error())
        return *r.error();
    return out;
}

} // namespace

} // namespace adreview
