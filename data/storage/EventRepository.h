#pragma once

#include "domain/Domain.h"
#include "domain/EventRules.h"
#include "domain/Result.h"

#include <QHash>

#include <functional>
#include <map>
#include <memory>

namespace adreview {

class BulkInsert;
class Database;

class EventRepository {
public:
    explicit EventRepository(Database &db) : m_db(db) {}

    Result<QList<Event>> forCase(qint64 caseId);
    // Every event, device by device in chain order; stop by returning false.
    Status forEachInChainOrder(const std::function<bool(const Event &)> &onEvent);
    // One device's events after a position in its chain, in chain order.
    Status forEachOfDeviceAfter(const QString &device, qint64 afterSeq,
                                const std::function<bool(const Event &)> &onEvent);
    // The refs of the cases those events are about, each once.
    Result<QStringList> caseRefsOfDeviceAfter(const QString &device, qint64 afterSeq);

    // Signs a signed digest (32 bytes) with the writing device's key: the signature in base64.
    using Signer = std::function<QString(const QByteArray &digest)>;
    // Appends to the device's hash chain: sets seq, prevHash and hash, and with a signer the
    // signed digest and signature (EventSignature), then inserts the event and its cited evidence.
    // Call inside a write transaction.
    Status append(Event &event, qint64 policyId, const QHash<QString, qint64> &evidenceIds, const Signer &sign);
    // Inserts an event as its device wrote it (sync): chain fields as they are. Sets e.id.
    Status insert(Event &event, qint64 policyId, const QHash<QString, qint64> &evidenceIds);
    // The same for many events (a merge), a group of rows per statement (BulkInsert), with ids
    // given here after the highest the table holds. An event and the evidence it cites are in the
    // table once its group is full or after finish(); read events only after finish().
    class Batch {
    public:
        explicit Batch(EventRepository &events);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        // Sets e.id.
        Status add(Event &event, qint64 policyId, const QHash<QString, qint64> &evidenceIds);
        Status finish();

    private:
        Status writeLinks();

        EventRepository &m_events;
        std::unique_ptr<BulkInsert> m_rows;
        std::unique_ptr<BulkInsert> m_links;
        QList<std::pair<qint64, qint64>> m_cites; // (event, evidence) of events not written yet
    };
    Result<bool> exists(const QString &uuid);
    // Whether the case has any event yet.
    Result<bool> anyForCase(qint64 caseId);
    Result<qint64> count();
    // What makes an event a decision to ban, as an SQL condition on events as `alias`: a ban, or
    // a conflict resolved to banned.
    static QString banDecisionSql(const QString &alias = QStringLiteral("e"));
    // The decision an appeal contests: the latest ban decision made until the appeal was filed on
    // the case it names, or none (no ban there by then, or none that reached this database). An
    // appeal that names none (filed on a team server before appeals named theirs) contests the
    // case latestBannedCase() finds. None for a case that is not an appeal.
    Result<std::optional<ContestedDecision>> contestedBy(const CaseRecord &appeal);
    // The same from the case's fields, for callers that hold them without a whole record.
    Result<std::optional<ContestedDecision>> contestedBy(qint64 caseId, qint64 advertiserId, const QString &source,
                                                         const QDateTime &opened, const QString &contests);
    // The case an appeal filed now contests when its filer did not name one: of the advertiser's
    // other cases, the one with the latest ban decision made until `filed`; empty when none.
    Result<QString> latestBannedCase(qint64 advertiserId, qint64 appealId, const QDateTime &filed);
    // Whether an advertiser stood banned at a time by the decisions on its cases dated until then:
    // a ban after the latest reinstatement whose restrictions had not yet ended, leaving out one
    // event: the one being judged.
    Result<bool> advertiserBannedAt(qint64 advertiserId, const QDateTime &at, const QString &exceptUuid);
    // Chain tips are cached during a transaction; forget them when a new one begins, since
    // another process may have written in between.
    void forgetChainTips() { m_tips.clear(); }

    // The last link of a device's chain (seq 0 and the genesis hash when it has none).
    struct Tip {
        qint64 seq = 0;
        QString hash;
        QString digest; // its signed digest; empty when it is unsigned
    };
    Result<Tip> chainTip(const QString &device);
    // One stored link of a device's chain.
    struct Link {
        QString uuid;
        QString hash;
        QString digest; // empty when unsigned
    };
    // The links of `device`'s chain from seq `from` to `to`, by seq.
    Result<std::map<qint64, Link>> chainLinks(const QString &device, qint64 from, qint64 to);

private:
    Database &m_db;
    QHash<QString, Tip> m_tips;
};

} // namespace adreview
