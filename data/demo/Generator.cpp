#include "demo/Generator.h"

#include "domain/EventHash.h"
#include "domain/EvidenceFields.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QStringList &syllables()
{
    static const QStringList list{u"ar"_s,   u"bel"_s, u"cor"_s, u"dan"_s, u"el"_s,  u"fen"_s, u"gra"_s, u"hol"_s,
                                  u"is"_s,   u"jor"_s, u"kel"_s, u"lum"_s, u"mar"_s, u"nor"_s, u"ost"_s, u"pra"_s,
                                  u"quin"_s, u"ros"_s, u"sel"_s, u"tor"_s, u"ul"_s,  u"ven"_s, u"wex"_s, u"zan"_s};
    return list;
}

const QStringList &vocabulary()
{
    static const QStringList list{
        u"advertiser"_s, u"campaign"_s,   u"token"_s,     u"exchange"_s,  u"wallet"_s,    u"returns"_s,
        u"guaranteed"_s, u"government"_s, u"advisory"_s,  u"network"_s,   u"security"_s,  u"software"_s,
        u"election"_s,   u"media"_s,      u"state"_s,     u"funding"_s,   u"investors"_s, u"promotion"_s,
        u"landing"_s,    u"page"_s,       u"claims"_s,    u"regulator"_s, u"warning"_s,   u"ownership"_s,
        u"report"_s,     u"users"_s,      u"complaint"_s, u"review"_s,    u"mining"_s,    u"yield"_s,
        u"directive"_s,  u"agency"_s,     u"statement"_s, u"platform"_s,  u"removed"_s,   u"policy"_s};
    return list;
}

const QStringList reviewers{u"ana.moreau"_s,  u"dev.patel"_s, u"grace.okafor"_s, u"lena.fischer"_s,
                            u"omar.haddad"_s, u"sara.lind"_s, u"tom.becker"_s,   u"yuki.sato"_s};
const QStringList countries{u"US"_s, u"RU"_s, u"GB"_s, u"DE"_s, u"CY"_s, u"SG"_s, u"EE"_s, u"MT"_s,
                            u"NL"_s, u"FR"_s, u"CN"_s, u"AE"_s, u"CA"_s, u"BR"_s, u"IN"_s, u"JP"_s};
const QStringList industries{u"Cybersecurity software"_s, u"Broadcast media"_s,  u"Cryptocurrency exchange"_s,
                             u"Token issuer"_s,           u"Online education"_s, u"Payments"_s,
                             u"Consumer apps"_s};
constexpr qint64 hour = 3600 * 1000;
constexpr qint64 day = 24 * hour;

} // namespace

Generator::Generator(Database &db, ReviewService &review, quint64 seed)
    : m_db(db), m_review(review), m_seed(seed), m_rng(static_cast<quint32>(seed ^ (seed >> 32)))
{}

QString Generator::uuid()
{
    // Time-ordered like real event ids, from a fixed start, so the same seed gives the same ids.
    static const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return EventHash::uuidV7(start + m_issued++, m_rng.generate64());
}

QString Generator::pick(const QStringList &list)
{
    return list.at(m_rng.bounded(int(list.size())));
}

QString Generator::words(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << pick(vocabulary());
    QString s = out.join(u' ');
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

Result<Generator::Report> Generator::run(qint64 cases, const Progress &progress)
{
    if (cases < 1)
        return Error::usage(u"--cases must be at least 1"_s);
    CaseRepository existing(m_db);
    auto clash = existing.findByRef(u"GEN-%1-%2"_s.arg(m_seed).arg(1, 7, 10, QChar(u'0')));
    if (!clash)
        return clash.error();
    if (clash->has_value())
        return Error::rejected(
            u"this database already holds cases generated with seed %1; use another --seed"_s.arg(m_seed));
    PolicyRepository policies(m_db);
    auto all = policies.all();
    if (!all)
        return all.error();
    for (const Policy &p : *all) {
        m_policyIds.insert(p.code, p.id);
        m_policyCodes.append(p.code);
    }
    m_policyCodes.sort();

    m_total = cases;
    Report report;
    if (auto bigger = m_db.useLargeCache(); !bigger)
        return bigger.error();
    if (auto begun = m_db.begin(); !begun)
        return begun.error();
    m_review.beginBatch();
    if (auto ok = writeAdvertisers(std::max<qint64>(1, cases / 4), report); !ok) {
        m_db.rollback();
        return ok.error();
    }
    for (qint64 n = 1; n <= cases; ++n) {
        if (auto ok = writeCase(n, report); !ok) {
            m_db.rollback();
            return ok.error();
        }
        if (n % m_casesPerTransaction == 0 || n == cases) {
            if (auto ok = commitBatch(); !ok)
                return ok.error();
            if (progress)
                progress(n, cases);
            if (n < cases) {
                if (auto begun = m_db.begin(); !begun)
                    return begun.error();
                m_review.beginBatch();
            }
        }
    }
    // Fresh statistics let the query planner pick the queue's indexes well at this size.
    if (auto ok = m_db.optimize(); !ok)
        return ok.error();
    return report;
}

Status Generator::commitBatch()
{
    // The batch's search documents in one statement: written case by case, FTS5 would write out
    // its pending terms before nearly every later statement, at a cost that grows with the index.
    if (auto indexed = SearchIndex(m_db).reindexCases(m_unindexed); !indexed) {
        m_db.rollback();
        return indexed;
    }
    m_unindexed.clear();
    return m_db.commit();
}

Status Generator::writeAdvertisers(qint64 count, Report &report)
{
    AdvertiserRepository advertisers(m_db);
    for (qint64 i = 1; i <= count; ++i) {
        Advertiser a;
        a.ref = u"gen-%1-%2"_s.arg(m_seed).arg(i);
        QString name;
        for (int s = 0, n = 2 + m_rng.bounded(2); s < n; ++s)
            name += pick(syllables());
        name[0] = name[0].toUpper();
        a.name = name + u' ' + pick({u"Labs"_s, u"Media"_s, u"Capital"_s, u"Token"_s, u"Group"_s, u"Exchange"_s});
        a.aliases = {name};
        a.country = pick(countries);
        a.headquarters = pick({u"Moscow"_s, u"London"_s, u"Berlin"_s, u"Limassol"_s, u"Singapore"_s, u"Tallinn"_s});
        a.industry = pick(industries);
        a.website = u"https://%1.example"_s.arg(name.toLower());
        auto id = advertisers.insert(a);
        if (!id)
            return id.error();
        m_advertiserIds.append(*id);
        ++report.advertisers;
    }
    return {};
}

Status Generator::writeCase(qint64 n, Report &report)
{
    CaseRepository cases(m_db);
    EvidenceRepository evidence(m_db);
    CaseContext ctx;
    CaseRecord &r = ctx.record;
    r.ref = u"GEN-%1-%2"_s.arg(m_seed).arg(n, 7, 10, QChar(u'0'));
    r.advertiserId = m_advertiserIds.at(m_rng.bounded(int(m_advertiserIds.size())));
    r.policyCode = m_policyCodes.at(m_rng.bounded(int(m_policyCodes.size())));
    r.summary = words(8 + m_rng.bounded(8));
    const int rank = std::min(3, int(m_rng.bounded(10)) / 3);
    r.priority = vocab::priorities().at(rank);
    r.source = vocab::sources().at(m_rng.bounded(5));
    const qint64 base = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    // Cases arrive in the order they were flagged, over two years, as the intake pipeline delivers
    // them; so a case's events, written with it, land near others of the same time, as in a
    // database that grew day by day.
    constexpr qint64 span = 730 * 24 * 60; // minutes
    const qint64 minute = (n - 1) * span / m_total + m_rng.bounded(30);
    r.opened = QDateTime::fromMSecsSinceEpoch(base + minute * 60000, Qt::UTC);
    static const int slaDays[] = {1, 3, 7, 14};
    r.due = r.opened.addMSecs(slaDays[rank] * day);
    auto id = cases.insert(r, m_policyIds.value(r.policyCode));
    if (!id)
        return id.error();
    r.id = *id;

    const int items = 1 + m_rng.bounded(4);
    for (int i = 1; i <= items; ++i) {
        Evidence e;
        e.caseId = r.id;
        e.ref = u"EV-%1"_s.arg(i);
        e.kind = vocab::evidenceKinds().at(m_rng.bounded(int(vocab::evidenceKinds().size())));
        e.title = words(5 + m_rng.bounded(5));
        e.source = e.kind == u"agency-advisory" ? u"Agency of "_s + pick(countries) : pick(syllables()) + u" Wire"_s;
        e.date = r.opened.addDays(-1 - qint64(m_rng.bounded(60))).date().toString(Qt::ISODate);
        e.url = u"https://news.example/%1/%2"_s.arg(r.ref.toLower()).arg(i);
        e.excerpt = words(12 + m_rng.bounded(20)) + u'.';
        if (e.kind == u"agency-advisory") {
            e.reference = u"ADV %1-%2"_s.arg(m_rng.bounded(10, 30)).arg(m_rng.bounded(1, 99));
            e.status = vocab::advisoryStates().at(m_rng.bounded(3));
            e.jurisdiction = pick(countries);
        }
        e.reliability = vocab::reliabilities().at(m_rng.bounded(4));
        e.retrieved = r.opened;
        e.contentHash = EvidenceFields::contentHash(e);
        auto evId = evidence.insert(e);
        if (!evId)
            return evId.error();
        ctx.evidenceIds.insert(e.ref, *evId);
    }
    report.evidence += items;
    if (auto ok = cases.setEvidenceCount(r.id, items); !ok)
        return ok;
    m_unindexed.append(r.id);
    auto flagged = m_review.flag(ctx, Stamp{{u"intake"_s, u"intake-%1"_s.arg(m_seed)}, r.opened, uuid(), {}});
    if (!flagged)
        return flagged.error();
    ++report.events;
    ++report.cases;
    return writeHistory(ctx, report);
}

Status Generator::writeHistory(CaseContext &ctx, Report &report)
{
    // Most of a real queue is decided; the rest is spread over the open states.
    const int roll = m_rng.bounded(100);
    QDateTime at = ctx.record.opened;
    const int who = m_rng.bounded(int(reviewers.size()));
    // One laptop a reviewer: a device's key signs for one reviewer.
    const Identity reviewer{reviewers.at(who), u"laptop-%1"_s.arg(who + 1)};
    const Identity lead{u"grace.okafor"_s, u"desk-lead"_s};
    const auto step = [&](const Identity &by, Command c, std::optional<QStringList> parents = {}) -> Status {
        at = at.addMSecs(hour + qint64(m_rng.bounded(48)) * hour);
        c.caseRef = ctx.record.ref;
        auto e = m_review.apply(ctx, c, Stamp{by, at, uuid(), parents});
        if (!e)
            return e.error();
        ++report.events;
        return {};
    };
    const Command assign{{}, u"assign"_s, {}, {}, {}, reviewer.reviewer, {}, {}};
    const Command ban{{}, u"ban"_s, ctx.record.policyCode, words(10), {u"EV-1"_s}, {}, {}, {}};
    const Command clear{{}, u"clear"_s, {}, words(10), {}, {}, {}, {}};
    if (roll < 25)
        return {}; // open
    if (auto ok = step(reviewer, assign); !ok)
        return ok;
    if (roll < 40)
        return {}; // in review
    if (roll < 50)
        return step(reviewer, {{}, u"escalate"_s, {}, words(8), {}, {}, {}, {}});
    if (roll < 55) {
        if (auto ok = step(reviewer, {{}, u"annotate"_s, {}, words(12), {}, {}, {}, {}}); !ok)
            return ok;
    }
    if (roll >= 97 && roll < 99) {
        // two laptops decided from the same history
        const QStringList seen = ctx.fold.heads;
        if (auto ok = step(reviewer, ban, seen); !ok)
            return ok;
        return step({reviewers.at((who + 1) % reviewers.size()), u"laptop-%1"_s.arg((who + 1) % reviewers.size() + 1)},
                    clear, seen);
    }
    if (roll < 77) {
        if (auto ok = step(reviewer, ban); !ok)
            return ok;
        if (roll < 74)
            return {}; // banned
        return step(lead, {{}, u"reinstate"_s, {}, words(10), {}, {}, {}, {}});
    }
    return step(reviewer, clear);
}

} // namespace adreview
