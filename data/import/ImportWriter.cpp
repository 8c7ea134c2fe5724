#include "import/ImportWriter.h"

#include "domain/EventHash.h"
#include "domain/Sha256.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/SearchIndex.h"

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

bool sameDescription(const Advertiser &a, const Advertiser &b)
{
    return a.name == b.name && a.aliases == b.aliases && a.country == b.country && a.headquarters == b.headquarters &&
           a.industry == b.industry && a.website == b.website;
}

bool sameDescription(const CaseRecord &a, const CaseRecord &b)
{
    return a.summary == b.summary && a.priority == b.priority && a.source == b.source && a.opened == b.opened &&
           a.due == b.due;
}

} // namespace

QString ImportReport::summary() const
{
    if (!changedAnything())
        return u"%1: nothing new (%2 records already present)"_s.arg(file).arg(unchanged);
    QStringList parts;
    const auto add = [&](int n, const char *what) {
        if (n > 0)
            parts << u"%1 %2"_s.arg(n).arg(QLatin1StringView(what));
    };
    add(policiesAdded, "policies added");
    add(advertisersAdded, "advertisers added");
    add(advertisersChanged, "advertisers changed");
    add(casesAdded, "cases added");
    add(casesChanged, "cases changed");
    add(evidenceAdded, "evidence items added");
    add(eventsAdded, "events recorded");
    add(evidenceRevised, "evidence revisions recorded");
    add(unchanged, "records unchanged");
    return u"%1: %2"_s.arg(file, parts.join(u", "_s));
}

ImportWriter::ImportWriter(Database &db, ReviewService &review)
    : m_db(db), m_review(review), m_policies(db), m_advertisers(db), m_cases(db), m_evidence(db), m_events(db)
{}

ImportWriter::~ImportWriter()
{
    abandon();
}

bool ImportWriter::fatal(const Error &error)
{
    m_fatal = true;
    m_fatalError = error;
    return false;
}

void ImportWriter::fail(const QString &path, const Error &error)
{
    if (error.kind == ErrorKind::Unusable) {
        m_fatal = true;
        m_fatalError = error;
        return;
    }
    m_faults.append(path + u": "_s + error.message);
}

Error importFaults(const QString &fileName, const QStringList &faults)
{
    const qsizetype n = faults.size();
    return Error::rejected(
        u"%1: %2 fault%3; nothing was imported"_s.arg(fileName).arg(n).arg(n == 1 ? QString() : u"s"_s), faults);
}

Error importCancelled(const QString &fileName)
{
    return Error::rejected(u"%1: import cancelled; nothing was written"_s.arg(fileName));
}

bool ImportWriter::reportProgress(qint64 done, qint64 total)
{
    return !m_progress || m_progress(done, total);
}

Result<ImportReport> ImportWriter::write(const ImportPlan &plan, const QString &fileName, Mode mode)
{
    Expected expected;
    for (const PlannedCase &c : plan.cases) {
        ++expected.cases;
        expected.newCases += c.evidenceOnly ? 0 : 1;
        expected.newEvents += c.evidenceOnly ? 0 : 1 + c.history.size();
    }
    setTarget(fileName, mode);
    if (start(plan, expected))
        add(plan.cases, {});
    return finish();
}

bool ImportWriter::begin(const ImportPlan &head, qsizetype cases)
{
    // Only the file's cases follow, each new one with its flag at least.
    return start(head, Expected{cases, cases, cases});
}

bool ImportWriter::start(const ImportPlan &head, const Expected &expected)
{
    m_faults = head.faults;
    m_fatal = false;
    m_cancelled = false;
    m_names = head.fieldNames;
    m_fileAdvertisers.clear();
    for (const Advertiser &a : head.advertisers)
        m_fileAdvertisers.insert(a.ref);
    m_filePolicies.clear();
    for (const Policy &p : head.policies)
        m_filePolicies.insert(p.code);
    m_report = ImportReport();
    m_report.file = m_file;
    m_done = head.policies.size() + head.advertisers.size();
    m_total = m_done + expected.cases;
    m_reindex.clear();
    m_reindexAdvertisers.clear();
    m_advertiserIds.clear();
    if (!reportProgress(0, m_total)) {
        m_cancelled = true;
        return false;
    }
    if (auto bigger = m_db.useLargeCache(); !bigger)
        return fatal(bigger.error());
    if (auto begun = m_db.begin(); !begun)
        return fatal(begun.error());
    m_inTransaction = true;
    m_review.beginBatch();
    m_indexes = std::make_unique<DeferredIndexes>(m_db);
    if (auto deferred = deferIndexes(expected); !deferred)
        return fatal(deferred.error());
    writePolicies(head, m_report);
    writeAdvertisers(head, m_report);
    return !m_fatal;
}

bool ImportWriter::add(const QList<PlannedCase> &cases, const QStringList &faults)
{
    constexpr qsizetype progressEvery = 256; // cases between progress reports
    m_faults += faults;
    for (qsizetype i = 0; i < cases.size() && !m_fatal && !m_cancelled; ++i) {
        if (cases[i].valid)
            writeCase(cases[i], m_report);
        if (++m_done % progressEvery == 0)
            m_cancelled = !reportProgress(m_done, m_total);
    }
    return !m_fatal && !m_cancelled;
}

void ImportWriter::abandon()
{
    if (m_inTransaction)
        m_db.rollback();
    m_inTransaction = false;
    m_indexes.reset();
}

Result<ImportReport> ImportWriter::finish()
{
    // A preview leaves the search index alone: it changes no count and no fault.
    if (!m_fatal && !m_cancelled && m_faults.isEmpty() && m_mode == Mode::Commit) {
        if (auto indexed = SearchIndex(m_db).reindexCases(m_reindex, m_reindexAdvertisers); !indexed)
            fail(m_file, indexed.error());
        else if (auto rebuilt = m_indexes->rebuild(); !rebuilt)
            fail(m_file, rebuilt.error());
    }
    if (!m_fatal && !m_cancelled)
        m_cancelled = !reportProgress(m_total, m_total);
    if (m_fatal || m_cancelled || !m_faults.isEmpty() || m_mode == Mode::DryRun)
        abandon();
    if (m_fatal)
        return m_fatalError;
    if (m_cancelled)
        return importCancelled(m_file);
    if (!m_faults.isEmpty())
        return importFaults(m_file, m_faults);
    if (m_mode == Mode::DryRun)
        return m_report;
    m_inTransaction = false;
    m_indexes.reset();
    if (auto committed = m_db.commit(); !committed)
        return committed.error();
    return m_report;
}

void ImportWriter::writePolicies(const ImportPlan &plan, ImportReport &report)
{
    for (qsizetype i = 0; i < plan.policies.size() && !m_fatal; ++i) {
        const Policy &p = plan.policies[i];
        if (!plan.policyValid.value(i))
            continue;
        auto found = m_policies.findByCode(p.code);
        if (!found) {
            fail(plan.policyPaths[i], found.error());
        } else if (found->has_value()) {
            ++report.unchanged;
        } else if (auto added = m_policies.insert(p); !added) {
            fail(plan.policyPaths[i], added.error());
        } else {
            ++report.policiesAdded;
        }
    }
}

void ImportWriter::writeAdvertisers(const ImportPlan &plan, ImportReport &report)
{
    for (qsizetype i = 0; i < plan.advertisers.size() && !m_fatal; ++i) {
        if (!plan.advertiserValid.value(i))
            continue;
        Advertiser a = plan.advertisers[i];
        auto found = m_advertisers.findByRef(a.ref);
        if (!found) {
            fail(plan.advertiserPaths[i], found.error());
            continue;
        }
        if (!found->has_value()) {
            if (auto added = m_advertisers.insert(a); !added) {
                fail(plan.advertiserPaths[i], added.error());
            } else {
                m_advertiserIds.insert(a.ref, *added);
                ++report.advertisersAdded;
            }
            continue;
        }
        m_advertiserIds.insert(a.ref, (*found)->id);
        if (sameDescription(a, **found)) {
            ++report.unchanged;
            continue;
        }
        a.id = (*found)->id;
        if (auto updated = m_advertisers.update(a); !updated) {
            fail(plan.advertiserPaths[i], updated.error());
        } else {
            m_reindexAdvertisers.append(a.id);
            ++report.advertisersChanged;
        }
    }
}

// A file of many new cases writes them without the queue's indexes, which are built once at the
// end; the indexes the import itself reads stay.
Status ImportWriter::deferIndexes(const Expected &expected)
{
    if (auto deferred = m_indexes->deferFor(u"cases"_s, expected.newCases, {u"cases_advertiser"_s}); !deferred)
        return deferred;
    return m_indexes->deferFor(u"events"_s, expected.newEvents, {u"events_case"_s});
}

Result<std::optional<qint64>> ImportWriter::advertiserId(const QString &ref)
{
    if (const auto it = m_advertiserIds.constFind(ref); it != m_advertiserIds.cend())
        return std::optional<qint64>(*it);
    auto found = m_advertisers.findByRef(ref);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<qint64>();
    m_advertiserIds.insert(ref, (*found)->id);
    return std::optional<qint64>((*found)->id);
}

void ImportWriter::writeCase(const PlannedCase &c, ImportReport &report)
{
    auto existing = m_cases.findByRef(c.record.ref);
    if (!existing) {
        fail(c.path, existing.error());
        return;
    }
    if (existing->has_value()) {
        mergeCase(c, **existing, report);
        return;
    }
    if (c.evidenceOnly) {
        m_faults.append(u"%1: no case %2 in the database; import the case before its evidence"_s.arg(
            field(c.path, u"case"_s), c.record.ref));
        return;
    }
    auto advertiser = advertiserId(c.record.advertiserRef);
    auto policy = m_policies.findByCode(c.record.policyCode);
    if (!advertiser || !policy) {
        fail(c.path, !advertiser ? advertiser.error() : policy.error());
        return;
    }
    // A record the file itself got wrong has been reported already; don't report it again as unknown.
    if (!advertiser->has_value() && !m_fileAdvertisers.contains(c.record.advertiserRef))
        m_faults.append(u"%1: unknown advertiser %2 (not in this file nor in the database)"_s.arg(
            field(c.path, u"advertiser"_s), c.record.advertiserRef));
    if (!policy->has_value() && !m_filePolicies.contains(c.record.policyCode))
        m_faults.append(u"%1: unknown policy %2"_s.arg(field(c.path, u"policy"_s), c.record.policyCode));
    if (advertiser->has_value() && policy->has_value())
        addCase(c, **advertiser, (*policy)->id, report);
}

void ImportWriter::addCase(const PlannedCase &c, qint64 advertiserId, qint64 policyId, ImportReport &report)
{
    CaseContext ctx;
    ctx.record = c.record;
    ctx.record.advertiserId = advertiserId;
    ctx.record.evidenceCount = int(c.evidence.size()); // the file's refs are unique in the case
    if (c.record.source == u"appeal") {
        const std::optional<QString> contests = contestedCase(c, advertiserId);
        if (!contests)
            return;
        ctx.record.contests = *contests;
    }
    auto id = m_cases.insert(ctx.record, policyId);
    if (!id) {
        fail(c.path, id.error());
        return;
    }
    ctx.record.id = *id;
    for (qsizetype i = 0; i < c.evidence.size(); ++i) {
        Evidence e = c.evidence[i];
        e.caseId = ctx.record.id;
        auto evId = m_evidence.insert(e);
        if (!evId) {
            fail(c.evidencePaths[i], evId.error());
            return;
        }
        ctx.evidenceIds.insert(e.ref, *evId);
    }
    report.evidenceAdded += int(c.evidence.size());
    m_reindex.append(ctx.record.id);
    if (!c.history.isEmpty()) { // the flag does not depend on it; the rules for a history may
        auto advertiser = m_advertisers.findById(advertiserId);
        if (!advertiser) {
            fail(c.path, advertiser.error());
            return;
        }
        ctx.advertiserBanned = advertiser->has_value() && (*advertiser)->status == u"banned";
    }
    auto flagged = m_review.flag(ctx, Stamp{m_review.identity(), c.record.opened, eventId(c, 0, c.record.opened), {}});
    if (!flagged) {
        fail(c.path, flagged.error());
        return;
    }
    ++report.casesAdded;
    ++report.eventsAdded;
    replayHistory(c, ctx, report);
}

// The case a new appeal contests, fixed as it is filed: the one the file names, which must be
// another case of the advertiser's that the database holds by now (imported before, or earlier in
// this file, so that the appeal's history is judged with the contested ban in view); else the one
// with the advertiser's latest ban until the appeal was filed, if any. Nothing on a fault.
std::optional<QString> ImportWriter::contestedCase(const PlannedCase &c, qint64 advertiserId)
{
    if (c.record.contests.isEmpty()) {
        auto latest = m_events.latestBannedCase(advertiserId, 0, c.record.opened);
        if (!latest) {
            fail(c.path, latest.error());
            return std::nullopt;
        }
        return *latest;
    }
    auto named = m_cases.findByRef(c.record.contests);
    if (!named) {
        fail(c.path, named.error());
        return std::nullopt;
    }
    if (!named->has_value()) {
        m_faults.append(u"%1: no case %2 in the database or earlier in this file; the case an appeal contests "
                        "comes before it"_s.arg(field(c.path, u"contests"_s), c.record.contests));
        return std::nullopt;
    }
    if ((*named)->opened > c.record.opened) {
        m_faults.append(u"%1: case %2 was opened %3, after this appeal was filed (%4); an appeal contests an "
                        "earlier decision"_s.arg(field(c.path, u"contests"_s), c.record.contests,
                                                 EventHash::formatTime((*named)->opened),
                                                 EventHash::formatTime(c.record.opened)));
        return std::nullopt;
    }
    if ((*named)->advertiserId != advertiserId) {
        m_faults.append(u"%1: case %2 is advertiser %3's, not %4's; an appeal contests a decision on its own "
                        "advertiser"_s.arg(field(c.path, u"contests"_s), c.record.contests, (*named)->advertiserRef,
                                           c.record.advertiserRef));
        return std::nullopt;
    }
    return c.record.contests;
}

QString ImportWriter::eventId(const PlannedCase &c, qsizetype index, const QDateTime &at) const
{
    if (!m_stableIds)
        return {}; // a new random one
    const QByteArray seed = Sha256::raw((c.record.ref + u'/' + QString::number(index)).toUtf8());
    quint64 random = 0;
    for (int i = 0; i < 8; ++i)
        random = (random << 8) | quint8(seed[i]);
    return EventHash::uuidV7(at.toMSecsSinceEpoch(), random);
}

void ImportWriter::replayHistory(const PlannedCase &c, CaseContext &ctx, ImportReport &report)
{
    QStringList ids{ctx.events.first().uuid};
    QDateTime previous = c.record.opened;
    for (const PlannedEvent &h : c.history) {
        if (h.at < previous) {
            m_faults.append(field(h.path, u"at"_s) + u": earlier than the entry before it"_s);
            return;
        }
        previous = h.at;
        std::optional<QStringList> parents;
        if (h.saw >= -1)
            parents = QStringList{ids.at(h.saw + 1)};
        Command command{c.record.ref, h.action, h.policyCode, h.rationale, h.evidenceRefs, h.assignee, h.outcome, {}};
        command.statement = h.statement;
        auto event =
            m_review.apply(ctx, command, Stamp{{h.reviewer, h.device}, h.at, eventId(c, ids.size(), h.at), parents});
        if (!event) {
            fail(h.path, event.error());
            return;
        }
        ids.append(event->uuid);
        ++report.eventsAdded;
    }
}

void ImportWriter::recordRevisions(const PlannedCase &c, const QList<PlannedRevision> &revisions, ImportReport &report)
{
    auto ctx = m_review.loadContext(c.record.ref);
    if (!ctx) {
        fail(c.path, ctx.error());
        return;
    }
    for (const PlannedRevision &planned : revisions) {
        const Evidence &given = c.evidence[planned.item];
        const QString &path = c.evidencePaths[planned.item];
        auto current = m_review.currentEvidence(*ctx, given.ref);
        if (!current) {
            fail(path, current.error());
            return;
        }
        // A revision changes what the item says, never how reliable it was judged or its file.
        const Evidence &held = current->item;
        if (held.reliability != given.reliability || held.attachmentHash != given.attachmentHash ||
            held.retrieved != given.retrieved) {
            m_faults.append(u"%1: evidence %2 of %3: a revision changes the item's content, not its reliability, "
                            "retrieval time or attachment"_s.arg(path, given.ref, c.record.ref));
            continue;
        }
        EvidenceRevision r;
        r.item = given;
        r.supersededBy = planned.supersededBy;
        r.retracted = planned.retracted;
        r.effective = planned.effective;
        // The same revision imported again, here or after it came from another laptop, is there.
        if (r.identity() == current->identity()) {
            ++report.unchanged;
            continue;
        }
        Command command{c.record.ref, u"revise"_s, {}, planned.note, {given.ref}, {}, {}, {}};
        if (command.rationale.isEmpty())
            command.rationale = u"Revised by an import of %1"_s.arg(report.file);
        command.statement = r.toText();
        auto event = m_review.apply(*ctx, command, m_review.stampNow(*ctx));
        if (!event) {
            fail(path, event.error());
            return;
        }
        ++report.evidenceRevised;
        ++report.eventsAdded;
    }
}

void ImportWriter::mergeCase(const PlannedCase &c, const CaseRecord &existing, ImportReport &report)
{
    if (!c.evidenceOnly && existing.advertiserRef != c.record.advertiserRef)
        m_faults.append(u"%1: case %2 already exists for advertiser %3, not %4"_s.arg(
            field(c.path, u"advertiser"_s), c.record.ref, existing.advertiserRef, c.record.advertiserRef));
    if (!c.evidenceOnly && existing.policyCode != c.record.policyCode)
        m_faults.append(u"%1: case %2 already exists under policy %3, not %4"_s.arg(
            field(c.path, u"policy"_s), c.record.ref, existing.policyCode, c.record.policyCode));
    // When a case was opened is its flag's time in every history that holds it.
    if (!c.evidenceOnly && existing.opened != c.record.opened)
        m_faults.append(u"%1: case %2 already exists, opened %3, not %4; when a case was opened does not change"_s.arg(
            field(c.path, u"opened"_s), c.record.ref, EventHash::formatTime(existing.opened),
            EventHash::formatTime(c.record.opened)));
    // Which decision an appeal contests decides who may decide it: it never changes once filed.
    if (!c.evidenceOnly && !c.record.contests.isEmpty() && existing.contests != c.record.contests)
        m_faults.append(u"%1: case %2 already exists contesting %3, not %4; the case an appeal contests does not "
                        "change"_s.arg(field(c.path, u"contests"_s), c.record.ref,
                                       existing.contests.isEmpty() ? u"no case"_s : existing.contests,
                                       c.record.contests));
    // Whether a case is an appeal decides who may decide it, and an appeal's contested case is
    // named when it is filed: neither changes once events were judged by it.
    if (!c.evidenceOnly && (existing.source == u"appeal") != (c.record.source == u"appeal"))
        m_faults.append(u"%1: case %2 already exists as %3, not %4; a case does not become an appeal or stop "
                        "being one"_s.arg(field(c.path, u"source"_s), c.record.ref, existing.source, c.record.source));
    auto current = m_evidence.forCase(existing.id);
    if (!current) {
        fail(c.path, current.error());
        return;
    }
    // Evidence is cited by what it says and how reliable it was judged; neither changes later.
    const auto fingerprint = [](const Evidence &e) {
        return QStringList{e.contentHash, e.reliability,
                           e.retrieved.isValid() ? QString::number(e.retrieved.toMSecsSinceEpoch()) : QString(),
                           e.attachmentHash}
            .join(u'|');
    };
    QHash<QString, QString> hashes;
    for (const Evidence &e : *current)
        hashes.insert(e.ref, fingerprint(e));
    int added = 0;
    QList<PlannedRevision> revisions;
    for (qsizetype i = 0; i < c.evidence.size(); ++i) {
        Evidence e = c.evidence[i];
        if (const auto it = hashes.constFind(e.ref); it != hashes.cend()) {
            const auto revision = std::find_if(c.revisions.cbegin(), c.revisions.cend(),
                                               [i](const PlannedRevision &r) { return r.item == i; });
            if (revision != c.revisions.cend()) {
                revisions.append(*revision); // what it revises is checked below, against the history
                continue;
            }
            if (*it != fingerprint(e))
                m_faults.append(u"%1: evidence %2 of %3 already exists with different content, reliability or "
                                "attachment; evidence cannot be changed, add it under a new ref"_s.arg(
                                    c.evidencePaths[i], e.ref, c.record.ref));
            else
                ++report.unchanged;
            continue;
        }
        e.caseId = existing.id;
        if (auto id = m_evidence.insert(e); !id) {
            fail(c.evidencePaths[i], id.error());
            return;
        }
        ++added;
    }
    report.evidenceAdded += added;
    if (!revisions.isEmpty())
        recordRevisions(c, revisions, report);
    if (added > 0) {
        if (auto counted = m_cases.setEvidenceCount(existing.id, int(current->size()) + added); !counted)
            fail(c.path, counted.error());
        else
            m_reindex.append(existing.id);
    }
    if (c.evidenceOnly)
        return; // the file describes its items, not the case
    if (sameDescription(existing, c.record)) {
        if (added == 0)
            ++report.unchanged;
        return;
    }
    CaseRecord updated = c.record;
    updated.id = existing.id;
    if (auto done = m_cases.updateDescription(updated); !done) {
        fail(c.path, done.error());
    } else {
        m_reindex.append(existing.id);
        ++report.casesChanged;
    }
}

} // namespace adreview
