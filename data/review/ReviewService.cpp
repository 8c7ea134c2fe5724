#include "review/ReviewService.h"

#include "domain/EventHash.h"
#include "domain/EventRules.h"
#include "domain/EvidenceKinds.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString describe(const Event &e)
{
    return u"%1 by %2 at %3"_s.arg(e.action, e.reviewer, EventHash::formatTime(e.at));
}

} // namespace

ReviewService::ReviewService(Database &db, const Clock &clock, Identity identity, std::shared_ptr<SigningKeys> keys)
    : m_db(db), m_clock(clock), m_identity(std::move(identity)), m_policies(db), m_advertisers(db), m_cases(db),
      m_evidence(db), m_events(db), m_devices(db), m_keys(std::move(keys))
{}

Result<ReviewService::Submitted> ReviewService::submit(const Command &command)
{
    return submitOn(command.caseRef, [&command](const CaseContext &) { return Result<Command>(command); });
}

Result<ReviewService::Submitted>
ReviewService::submitOn(const QString &caseRef, const std::function<Result<Command>(const CaseContext &)> &make)
{
    if (auto begun = m_db.begin(); !begun)
        return begun.error();
    beginBatch();
    const auto fail = [this](const Error &e) {
        m_db.rollback();
        return e;
    };
    auto ctx = loadContext(caseRef);
    if (!ctx)
        return fail(ctx.error());
    auto command = make(*ctx);
    if (!command)
        return fail(command.error());
    auto event = apply(*ctx, *command, stampNow(*ctx));
    if (!event)
        return fail(event.error());
    Submitted done{*event, ctx->record, ctx->events};
    if (auto committed = m_db.commit(); !committed)
        return committed.error();
    return done;
}

Result<Revocation> ReviewService::revoke(const QString &device, std::optional<qint64> lastValidSeq,
                                         const QString &reason)
{
    if (!m_keys)
        return Error::rejected(u"revocations are signed, and this writer does not sign"_s);
    if (reason.size() > maxRationaleLength || std::any_of(reason.cbegin(), reason.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control && c != u'\n';
        }))
        return Error::rejected(
            u"the reason may hold at most %1 characters and no control characters"_s.arg(maxRationaleLength));
    if (auto begun = m_db.begin(); !begun)
        return begun.error();
    beginBatch();
    const auto fail = [this](const Error &e) {
        m_db.rollback();
        return e;
    };
    auto target = m_devices.find(device);
    if (!target)
        return fail(target.error());
    if (!*target)
        return fail(Error::rejected(u"device %1 is not known here: nothing to revoke"_s.arg(device)));
    auto tip = m_events.chainTip(device);
    if (!tip)
        return fail(tip.error());
    if (lastValidSeq && *lastValidSeq < 0)
        return fail(Error::rejected(u"the last valid event must be a position from 0"_s));
    auto key = keyFor(m_identity);
    if (!key)
        return fail(key.error());
    Revocation r{device, lastValidSeq.value_or(tip->seq), m_identity.device, m_identity.reviewer, m_clock.now(), reason,
                 {}};
    r.signature = QString::fromLatin1(key->sign(r.form()).toBase64());
    if (auto added = m_devices.addRevocation(r); !added)
        return fail(added.error());
    if (auto committed = m_db.commit(); !committed)
        return committed.error();
    return r;
}

QDateTime ReviewService::stampTime(const CaseContext &ctx) const
{
    // An event is never dated before the events its author saw: a clock behind another laptop's
    // would otherwise write a decision that every other database refuses.
    QDateTime at = m_clock.now();
    for (const Event &e : ctx.events) {
        if (ctx.fold.heads.contains(e.uuid) && e.at > at)
            at = e.at;
    }
    return at;
}

Result<CaseContext> ReviewService::loadContext(const QString &caseRef)
{
    auto found = m_cases.findByRef(caseRef);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::rejected(u"no case %1 in %2"_s.arg(caseRef, m_db.path()));
    CaseContext ctx;
    ctx.record = **found;
    auto ids = m_evidence.idsByRef(ctx.record.id);
    if (!ids)
        return ids.error();
    ctx.evidenceIds = *ids;
    auto events = m_events.forCase(ctx.record.id);
    if (!events)
        return events.error();
    ctx.events = *events;
    ctx.fold = CaseFold::fold(ctx.events);
    ctx.advertiserBanned = ctx.record.advertiserStatus == u"banned";
    return ctx;
}

Status ReviewService::checkHead(const CaseContext &ctx, const Command &command) const
{
    QStringList expected = command.expectedHeads;
    expected.removeDuplicates();
    expected.sort();
    if (expected.isEmpty() || ctx.fold.heads == expected)
        return {};
    const QSet<QString> seen = CaseFold::ancestry(ctx.events, expected);
    for (const QString &id : std::as_const(expected)) {
        const bool known =
            std::any_of(ctx.events.cbegin(), ctx.events.cend(), [&](const Event &e) { return e.uuid == id; });
        if (!known)
            return Error::conflict(u"%1: event %2 is not part of this case's history"_s.arg(ctx.record.ref, id));
    }
    QStringList newer;
    for (const Event &e : CaseFold::ordered(ctx.events)) {
        if (!seen.contains(e.uuid))
            newer.append(describe(e));
    }
    return Error::conflict(u"%1 has changed since you looked at it (%2); nothing was written: reload the case "
                           "and decide again"_s.arg(ctx.record.ref, newer.join(u"; "_s)));
}

Result<Event> ReviewService::flag(CaseContext &ctx, const Stamp &stamp)
{
    Event e;
    e.uuid = stamp.uuid.isEmpty() ? EventHash::newUuid() : stamp.uuid;
    e.caseId = ctx.record.id;
    e.caseRef = ctx.record.ref;
    e.action = u"flag"_s;
    e.policyCode = ctx.record.policyCode;
    e.rationale = ctx.record.summary;
    e.reviewer = stamp.who.reviewer;
    e.device = stamp.who.device;
    e.at = stamp.at;
    auto caseFacts = facts(ctx);
    if (!caseFacts)
        return caseFacts.error();
    if (auto ok = EventRules::check(*caseFacts, ctx.events, e, EventRules::receivingClock()); !ok)
        return ok.error();
    auto policy = m_policies.findByCode(ctx.record.policyCode);
    if (!policy)
        return policy.error();
    return record(ctx, e, policy->has_value() ? (*policy)->id : 0);
}

Result<Event> ReviewService::apply(CaseContext &ctx, const Command &command, const Stamp &stamp)
{
    if (auto head = checkHead(ctx, command); !head)
        return head.error();
    if (stamp.who.reviewer.trimmed().isEmpty() || stamp.who.device.trimmed().isEmpty())
        return Error::usage(u"no reviewer or device name: set them with --reviewer and --device, "
                            "ADREVIEW_REVIEWER and ADREVIEW_DEVICE, or in Preferences"_s);
    Action action = vocab::action(command.action);
    if (action == Action::Flag || action == Action::Unknown)
        return Error::usage(u"unknown action '%1' (use assign, annotate, escalate, ban, clear, reinstate, "
                            "resolve-conflict, approve, reject, withdraw, reaffirm or reverse)"_s.arg(command.action));
    Event e;
    e.action = command.action;
    // A reversal turns the decision as the case stands: a ban is reinstated, anything else banned.
    QString outcome = command.outcome;
    if (action == Action::Reverse && outcome.isEmpty())
        outcome = vocab::word(vocab::reversed(vocab::outcome(ctx.fold.outcome)));
    const bool bans = action == Action::Ban || (action == Action::Reverse && outcome == vocab::word(Outcome::Banned));
    if (bans && stamp.live) {
        auto waits =
            banNeedsApproval(ctx.record, command.policyCode.isEmpty() ? ctx.record.policyCode : command.policyCode);
        if (!waits)
            return waits.error();
        if (*waits) {
            action = Action::ProposeBan;
            e.action = vocab::word(action);
            outcome.clear();
        }
    }
    const bool decides = vocab::setsOutcome(action);
    const bool namesPolicy = decides || action == Action::ProposeBan;
    e.uuid = stamp.uuid.isEmpty() ? EventHash::newUuid() : stamp.uuid;
    e.caseId = ctx.record.id;
    e.caseRef = ctx.record.ref;
    e.rationale = command.rationale.trimmed();
    e.evidenceRefs = command.evidenceRefs;
    e.evidenceRefs.removeDuplicates();
    e.statement = command.statement;
    if (action == Action::Assign)
        e.assignee = command.assignee.isEmpty() ? stamp.who.reviewer : command.assignee.trimmed();
    if (vocab::recordsOutcome(action))
        e.outcome = outcome;
    e.reviewer = stamp.who.reviewer;
    e.device = stamp.who.device;
    e.at = stamp.at;
    e.parents = stamp.parents.value_or(ctx.fold.heads);
    // A ban names its policy; a clear, reinstatement, resolution or reversal (and a ban proposed by
    // one) applies the case's unless told.
    const bool namedBan =
        (action == Action::Ban || action == Action::ProposeBan) && vocab::action(command.action) != Action::Reverse;
    if (namesPolicy)
        e.policyCode = namedBan || !command.policyCode.isEmpty() ? command.policyCode : ctx.record.policyCode;
    // An approval bans as proposed: the proposal's policy and statement of reasons, which the
    // approval issues (its time and id are the statement's).
    if (action == Action::Approve && ctx.fold.proposal) {
        e.policyCode = ctx.fold.proposal->policyCode;
        e.statement = ctx.fold.proposal->statement;
    }
    auto caseFacts = facts(ctx);
    if (!caseFacts)
        return caseFacts.error();
    if (auto ok = EventRules::check(*caseFacts, ctx.events, e, EventRules::receivingClock()); !ok)
        return ok.error();
    qint64 policyId = 0;
    if (namesPolicy) {
        auto policy = m_policies.findByCode(e.policyCode);
        if (!policy)
            return policy.error();
        if (!policy->has_value())
            return Error::rejected(u"%1: unknown policy %2"_s.arg(ctx.record.ref, e.policyCode));
        policyId = (*policy)->id;
    }
    return record(ctx, e, policyId);
}

Result<EvidenceRevision> ReviewService::currentEvidence(const CaseContext &ctx, const QString &ref)
{
    auto original = m_evidence.find(ctx.record.id, ref);
    if (!original)
        return original.error();
    if (!*original)
        return Error::rejected(u"%1 has no evidence %2"_s.arg(ctx.record.ref, ref));
    if (const CaseFold::State::Revision *latest = ctx.fold.latestRevision(ref)) {
        if (auto revision = EvidenceRevision::fromText(latest->text)) {
            revision->item = revision->applied(**original); // its ref, reliability and file stay the item's
            return *revision;
        }
    }
    EvidenceRevision as;
    as.item = **original;
    return as;
}

Result<EvidenceRevision> ReviewService::revisionOf(const CaseContext &ctx, const QString &ref,
                                                   const EvidenceChange &change)
{
    auto current = currentEvidence(ctx, ref);
    if (!current)
        return current.error();
    EvidenceRevision r = *current;
    if (change.status) {
        if (!evidencekinds::of(r.item.kind).has(u"status"_s))
            return Error::usage(
                u"%1 of %2 is %3 evidence, which has no status"_s.arg(ref, ctx.record.ref, r.item.kind));
        r.item.status = *change.status;
    }
    if (change.title)
        r.item.title = *change.title;
    if (change.excerpt)
        r.item.excerpt = *change.excerpt;
    if (change.url)
        r.item.url = *change.url;
    const bool superseded = r.item.status == u"superseded";
    if (!change.supersededBy.isEmpty())
        r.supersededBy = change.supersededBy;
    else if (!superseded)
        r.supersededBy.clear();
    if (superseded && r.supersededBy.isEmpty())
        return Error::usage(u"a superseded advisory names what superseded it (--superseded-by REF)"_s);
    if (!superseded && !change.supersededBy.isEmpty())
        return Error::usage(u"only a superseded advisory names what superseded it"_s);
    r.retracted = r.retracted || change.retracted;
    r.effective = change.effective;
    if (r.identity() == current->identity())
        return Error::rejected(
            u"%1: the revision of %2 changes nothing; the item reads so already"_s.arg(ctx.record.ref, ref));
    return r;
}

Result<ReviewService::Submitted> ReviewService::revise(const QString &caseRef, const QString &ref,
                                                       const EvidenceChange &change, const QStringList &expectedHeads)
{
    return submitOn(caseRef, [&](const CaseContext &ctx) -> Result<Command> {
        auto revision = revisionOf(ctx, ref, change);
        if (!revision)
            return revision.error();
        Command command{caseRef, vocab::word(Action::Revise), {}, change.rationale, {ref}, {}, {}, expectedHeads};
        command.statement = revision->toText();
        return command;
    });
}

Result<bool> ReviewService::banNeedsApproval(const CaseRecord &record, const QString &policyCode)
{
    if (record.priority == u"critical")
        return true;
    return m_policies.requiresApproval(policyCode);
}

Result<CaseFacts> ReviewService::facts(const CaseContext &ctx)
{
    CaseFacts f;
    f.ref = ctx.record.ref;
    f.policyCode = ctx.record.policyCode;
    f.source = ctx.record.source;
    f.opened = ctx.record.opened;
    for (auto it = ctx.evidenceIds.cbegin(); it != ctx.evidenceIds.cend(); ++it)
        f.evidenceRefs.insert(it.key());
    f.evidenceItem = [this, caseId = ctx.record.id](const QString &ref) {
        auto found = m_evidence.find(caseId, ref);
        return found ? *found : std::nullopt; // a failed read shows again when the event is written
    };
    // The author of a live or replayed decision saw the advertiser as it stands now.
    f.advertiserBannedAt = [banned = ctx.advertiserBanned](const QDateTime &) { return banned; };
    if (ctx.record.source == u"appeal") {
        auto contested = this->contested(ctx.record);
        if (!contested)
            return contested.error();
        f.contested = [found = *contested] { return found; };
    }
    // The keys as the registry holds them, read only when a rule asks (an answer to a proposed
    // ban), and this device's own (registered on its first write).
    f.deviceKey = [this](const QString &device) {
        auto key = m_devices.publicKeyOf(device);
        QString found = key ? *key : QString(); // a failed read shows again when the event is written
        if (found.isEmpty() && m_keys && device == m_identity.device) {
            if (auto own = m_keys->load(device); own && *own)
                found = QString::fromLatin1((*own)->publicKey().toBase64());
        }
        return found;
    };
    return f;
}

Result<DeviceKey> ReviewService::keyFor(const Identity &who)
{
    if (const auto it = m_checkedKeys.constFind(who.device);
        it != m_checkedKeys.cend() && it->reviewer() == who.reviewer)
        return *it;
    auto known = m_devices.find(who.device);
    if (!known)
        return known.error();
    const std::optional<DeviceRecord> &record = *known;
    if (record && record->revokedAfter)
        return Error::rejected(u"device %1 was revoked here (after its event #%2, by %3): it may not write again. "
                               "Set another device id (Preferences, or --device) to go on"_s.arg(who.device)
                                   .arg(*record->revokedAfter)
                                   .arg(record->revokedBy));
    const auto cached = m_loadedKeys.constFind(who.device);
    auto loaded = cached != m_loadedKeys.cend() ? Result<std::optional<DeviceKey>>(std::optional<DeviceKey>(*cached))
                                                : m_keys->load(who.device);
    if (!loaded)
        return loaded.error();
    if (!*loaded && record && record->signs())
        return Error::unusable(
            u"device %1 has signed events here with key %2, but its key file %3 is missing. A device is never "
            "given a new key: restore the file from a backup, or set another device id (Preferences, or --device) "
            "and go on as a new device, which other databases will be asked to trust"_s.arg(
                who.device, record->fingerprint(), m_keys->where(who.device)));
    auto key = *loaded ? Result<DeviceKey>(**loaded) : m_keys->create(who);
    if (!key)
        return key.error();
    if (key->reviewer() != who.reviewer)
        return Error::rejected(
            u"device %1's key belongs to reviewer %2, not %3: a key is bound to one reviewer. "
            "Use another device id to decide as %3"_s.arg(who.device, key->reviewer(), who.reviewer));
    if (record && record->signs() && record->publicKey != key->publicKey())
        return Error::rejected(
            u"device %1 signed its events here with key %2, but its key file %3 holds key %4. A device is never "
            "given a new key: set another device id (Preferences, or --device) to go on"_s.arg(
                who.device, record->fingerprint(), m_keys->where(who.device), key->fingerprint()));
    if (record && record->signs() && record->reviewer != who.reviewer)
        return Error::rejected(u"device %1 signs for reviewer %2 here, not %3: use another device id to decide as "
                               "%3"_s.arg(who.device, record->reviewer, who.reviewer));
    if (!record || !record->signs()) {
        // A device this database writes for (its own, or one an import's history names): trusted
        // by the one who writes here.
        DeviceRecord mine = record.value_or(DeviceRecord{});
        mine.device = who.device;
        mine.reviewer = who.reviewer;
        mine.publicKey = key->publicKey();
        mine.trustedBy = m_identity.reviewer;
        mine.trustedAt = m_clock.now();
        if (auto saved = m_devices.save(mine); !saved)
            return saved.error();
    }
    m_loadedKeys.insert(who.device, *key);
    m_checkedKeys.insert(who.device, *key);
    return key;
}

Result<Event> ReviewService::record(CaseContext &ctx, Event event, qint64 policyId)
{
    EventRepository::Signer sign;
    if (m_keys) {
        auto key = keyFor({event.reviewer, event.device});
        if (!key)
            return key.error();
        sign = [key = *key](const QByteArray &digest) { return QString::fromLatin1(key.sign(digest).toBase64()); };
    }
    if (auto appended = m_events.append(event, policyId, ctx.evidenceIds, sign); !appended)
        return appended.error();
    ctx.events.append(event);
    const QString outcomeBefore = ctx.fold.outcome;
    const QDateTime decidedBefore = ctx.fold.decidedAt;
    ctx.fold = CaseFold::fold(ctx.events);
    auto updated = m_cases.updateDerived(ctx.record.id, ctx.fold);
    if (!updated)
        return updated.error();
    ctx.record.rereview = *updated;
    ctx.record.state = ctx.fold.state;
    ctx.record.outcome = ctx.fold.outcome;
    ctx.record.assignee = ctx.fold.assignee;
    ctx.record.heads = ctx.fold.heads;
    ctx.record.decidedAt = ctx.fold.decidedAt;
    ctx.record.lastEventAt = ctx.fold.lastEventAt;
    ctx.record.restrictedUntil = ctx.fold.restrictedUntil;
    ctx.record.reviewBy = ctx.fold.reviewBy;
    // An advertiser's standing follows its cases' outcomes, when they were reached and when their
    // restrictions end, nothing else.
    if (ctx.fold.outcome != outcomeBefore || ctx.fold.decidedAt != decidedBefore) {
        auto standing = m_advertisers.refreshStatus(ctx.record.advertiserId);
        if (!standing)
            return standing.error();
        ctx.advertiserBanned = standing->status == u"banned";
        ctx.record.advertiserStatus = standing->status;
        ctx.record.advertiserRestrictedUntil = standing->restrictedUntil;
    }
    return event;
}

} // namespace adreview
