#include "DecisionCommands.h"

#include "CaseOutput.h"
#include "CommandContext.h"

#include "domain/DsaDecision.h"
#include "domain/Vocabulary.h"
#include "files/InputFile.h"
#include "review/BulkDecision.h"
#include "storage/CaseRepository.h"
#include "storage/PolicyRepository.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

// A ban's or reinstatement's statement of reasons, from the policy's defaults (a ban) and the
// options given; how it fits the review rules is theirs to say.
using StatementOptions = std::function<Result<dsa::Decision>(Database &db, const QString &policy)>;

int submit(CommandContext &ctx, Command command, const StatementOptions &statement = {})
{
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    std::optional<dsa::Decision> recorded;
    if (statement) {
        auto made = statement(**db, command.policyCode);
        if (!made)
            return ctx.fail(made.error());
        command.statement = made->toText();
        recorded = *made;
    }
    SystemClock clock;
    ReviewService review(**db, clock, ctx.identity());
    auto done = review.submit(command);
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << done->event.uuid << '\n';
    if (done->event.action == u"propose-ban" && command.action == u"ban")
        ctx.err() << "note: a ban of " << command.caseRef
                  << " needs a second reviewer: it is recorded as proposed, and the advertiser is banned once "
                     "another reviewer approves it (adreview decide "
                  << command.caseRef << " approve --rationale TEXT)\n";
    if (recorded && !recorded->missing().isEmpty())
        ctx.err() << "note: the statement of reasons lacks " << recorded->missing().join(u", "_s)
                  << "; a DSA export lists this decision as incomplete\n";
    return ctx.done();
}

QStringList listValues(const QCommandLineParser &p, const QString &option)
{
    QStringList out;
    for (const QString &value : p.values(option))
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
            out << item.trimmed();
    return out;
}

// Case refs one a line; blank lines and # comments are skipped. "-" reads standard input.
Result<QStringList> refsFromFile(const QString &path)
{
    constexpr qint64 maxBytes = 64LL * 1024 * 1024;
    QByteArray bytes;
    if (path == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error::rejected(u"cannot read the case refs from standard input"_s);
        bytes = in.readAll();
    } else {
        auto read = readInputFile(path, maxBytes);
        if (!read)
            return read.error();
        bytes = *read;
    }
    QStringList refs;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (const QString &line : lines) {
        const QString ref = line.trimmed();
        if (!ref.isEmpty() && !ref.startsWith(u'#'))
            refs << ref;
    }
    return refs;
}

// Several cases, one event each, through the same rules as one: what was decided goes to stdout
// (the case and its new event's id), what was refused to stderr with the reason, then a summary.
// Exit status 1 when any case was refused, 3 when the database failed part way.
int decideMany(CommandContext &ctx, const QStringList &refs, const BulkRequest &request)
{
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    SystemClock clock;
    ReviewService review(**db, clock, ctx.identity());
    BulkDecision bulk(**db, review);
    // Each case as it stands when the command starts: one changed while the run goes on is
    // refused as stale rather than decided on what the caller never saw.
    auto targets = bulk.capture(refs);
    if (!targets)
        return ctx.fail(targets.error());
    auto report = bulk.run(*targets, request);
    if (!report)
        return ctx.fail(report.error());
    for (const BulkReport::Done &d : std::as_const(report->done))
        ctx.out() << d.caseRef << ' ' << d.eventId << '\n';
    ctx.out().flush();
    for (const BulkReport::Refused &r : std::as_const(report->refused))
        ctx.err() << "adreview: refused " << r.caseRef << (r.kind == ErrorKind::Conflict ? " (stale)" : "") << ": "
                  << CaseOutput::plain(r.reason) << '\n';
    const qsizetype stale = report->staleRefs().size();
    ctx.err() << "adreview: " << request.command.action << ": " << report->done.size() << " of " << report->total()
              << " cases decided, " << report->refused.size() << " refused";
    if (stale > 0)
        ctx.err() << " (" << stale << " stale)";
    if (!report->notReached.isEmpty())
        ctx.err() << ", " << report->notReached.size() << " not reached";
    ctx.err() << '\n';
    ctx.err().flush();
    if (report->failure)
        return ctx.fail(*report->failure);
    return report->refused.isEmpty() ? ctx.done() : exitCodeFor(ErrorKind::Rejected);
}

void addBulkOptions(QCommandLineParser &p)
{
    p.addOption({u"from-file"_s,
                 u"Decide the cases listed in a file as well, one ref a line (blank lines and # comments are "
                 "skipped); - reads standard input."_s,
                 u"path"_s});
    p.addOption({u"evidence-kind"_s,
                 u"Cite every evidence item of this kind in each case (%1, or all for every item); repeat for "
                 "more."_s.arg(vocab::evidenceKinds().join(u", "_s)),
                 u"kind"_s});
}

// The cases a command names: its positional refs and those of --from-file, each once, in order.
// Several, a file or an evidence kind make it a bulk command.
struct Targets {
    QStringList refs;
    bool bulk = false;
};

Result<Targets> targetsOf(const QCommandLineParser &p, const QStringList &positional)
{
    Targets t;
    t.refs = positional;
    if (p.isSet(u"from-file"_s)) {
        auto listed = refsFromFile(p.value(u"from-file"_s));
        if (!listed)
            return listed.error();
        t.refs += *listed;
    }
    t.refs.removeDuplicates();
    t.bulk = t.refs.size() != 1 || p.isSet(u"from-file"_s) || p.optionNames().contains(u"evidence-kind"_s);
    if (t.refs.isEmpty())
        return Error::usage(u"no case refs: name them, or list them with --from-file"_s);
    if (t.bulk && p.isSet(u"expect"_s))
        return Error::usage(u"--expect names one case's latest event; a bulk command checks each case as it "
                            "stands when the command starts"_s);
    return t;
}

Result<EvidenceRule> evidenceRuleOf(const QCommandLineParser &p)
{
    EvidenceRule rule;
    rule.refs = p.values(u"evidence"_s);
    for (const QString &kind : listValues(p, u"evidence-kind"_s)) {
        if (kind == u"all")
            rule.everyItem = true;
        else if (vocab::evidenceKinds().contains(kind))
            rule.kinds << kind;
        else
            return Error::usage(
                u"--evidence-kind %1 is not one of %2, all"_s.arg(kind, vocab::evidenceKinds().join(u", "_s)));
    }
    return rule;
}

void addStatementOptions(QCommandLineParser &p)
{
    p.addOption({u"ground"_s, u"Statement of reasons: illegal or incompatible (with the terms and conditions)."_s,
                 u"ground"_s});
    p.addOption({u"legal-ground"_s, u"Statement: the law (illegal) or the terms' clause (incompatible) it rests on."_s,
                 u"text"_s});
    p.addOption({u"explanation"_s, u"Statement: why the content falls under that ground."_s, u"text"_s});
    p.addOption({u"category"_s, u"Statement: the DSA category, e.g. scams_and_fraud."_s, u"name"_s});
    p.addOption(
        {u"content-type"_s, u"Statement: a kind of content (text, image, video, ...); repeat for more."_s, u"name"_s});
    p.addOption({u"restrict"_s,
                 u"Statement: a restriction KIND:VALUE[:END], KIND visibility, monetary, service or account, END the "
                 "day it ends (YYYY-MM-DD); repeat for more. Replaces the policy's."_s,
                 u"restriction"_s});
    p.addOption(
        {u"territory"_s, u"Statement: an EEA country the restrictions apply in; repeat (default: all)."_s, u"code"_s});
    p.addOption({u"review-by"_s, u"Statement: the day the decision is to be reviewed (YYYY-MM-DD)."_s, u"date"_s});
    p.addOption(
        {u"public-facts"_s, u"Statement: the facts as published (no names, no internal rationale)."_s, u"text"_s});
    p.addOption({u"no-statement"_s, u"Record no statement of reasons (not even the policy's defaults)."_s});
}

Result<QDate> dateOption(const QString &option, const QString &text)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid() || text.trimmed().size() != 10)
        return Error::rejected(u"--%1 %2 is not a date written YYYY-MM-DD"_s.arg(option, text));
    return d;
}

Result<dsa::Decision> statementFrom(const QCommandLineParser &p, Database &db, const QString &action,
                                    const QString &policy)
{
    dsa::Decision d;
    if (action == u"ban") {
        auto defaults = PolicyRepository(db).dsaDefaults(policy);
        if (!defaults)
            return defaults.error();
        if (*defaults)
            d = dsa::Decision::from(**defaults);
    }
    const auto key = [](const QString &option, const QStringList &allowed, const QString &given) -> Result<QString> {
        const QString full = dsa::expandKey(allowed, given);
        if (full.isEmpty())
            return Error::rejected(u"--%1 %2 is not one of %3"_s.arg(option, given, allowed.join(u", "_s)));
        return full;
    };
    if (p.isSet(u"ground"_s)) {
        const QString given = p.value(u"ground"_s);
        auto ground = key(u"ground"_s, dsa::decisionGrounds(),
                          given.endsWith(u"_content"_s, Qt::CaseInsensitive) ? given : given + u"_content"_s);
        if (!ground)
            return ground.error();
        if (*ground != d.ground) {
            // The policy's texts name the basis of its own ground, not of another.
            d.groundText.clear();
            d.explanation.clear();
        }
        d.ground = *ground;
    }
    if (p.isSet(u"legal-ground"_s))
        d.groundText = p.value(u"legal-ground"_s);
    if (p.isSet(u"explanation"_s))
        d.explanation = p.value(u"explanation"_s);
    if (p.isSet(u"category"_s)) {
        auto category = key(u"category"_s, dsa::categories(), p.value(u"category"_s));
        if (!category)
            return category.error();
        d.category = *category;
    }
    if (p.isSet(u"content-type"_s)) {
        d.contentTypes.clear();
        for (const QString &given : listValues(p, u"content-type"_s)) {
            auto type = key(u"content-type"_s, dsa::contentTypes(), given);
            if (!type)
                return type.error();
            d.contentTypes << *type;
        }
    }
    if (p.isSet(u"restrict"_s)) {
        d.visibility.clear();
        d.monetary.clear();
        d.service.clear();
        d.account.clear();
        for (const QString &given : p.values(u"restrict"_s)) {
            const QStringList parts = given.split(u':');
            if (parts.size() < 2 || parts.size() > 3)
                return Error::rejected(u"--restrict %1 is not KIND:VALUE[:END]"_s.arg(given));
            QDate ends;
            if (parts.size() == 3) {
                auto day = dateOption(u"restrict"_s, parts[2]);
                if (!day)
                    return day.error();
                ends = *day;
            }
            const QString kind = parts[0].trimmed().toLower();
            if (kind == u"visibility") {
                auto v = key(u"restrict"_s, dsa::visibilityRestrictions(), parts[1]);
                if (!v)
                    return v.error();
                d.visibility << *v;
                d.endVisibility = ends.isValid() ? ends : d.endVisibility;
            } else if (kind == u"monetary" || kind == u"service" || kind == u"account") {
                const QStringList &allowed = kind == u"monetary"  ? dsa::monetaryRestrictions()
                                             : kind == u"service" ? dsa::serviceRestrictions()
                                                                  : dsa::accountRestrictions();
                auto v = key(u"restrict"_s, allowed, parts[1]);
                if (!v)
                    return v.error();
                (kind == u"monetary" ? d.monetary : kind == u"service" ? d.service : d.account) = *v;
                (kind == u"monetary" ? d.endMonetary : kind == u"service" ? d.endService : d.endAccount) = ends;
            } else {
                return Error::rejected(
                    u"--restrict %1: the kind is visibility, monetary, service or account"_s.arg(given));
            }
        }
    }
    for (const QString &country : listValues(p, u"territory"_s))
        d.territories << country.toUpper();
    if (p.isSet(u"review-by"_s)) {
        auto day = dateOption(u"review-by"_s, p.value(u"review-by"_s));
        if (!day)
            return day.error();
        d.reviewBy = *day;
    }
    if (p.isSet(u"public-facts"_s))
        d.publicFacts = p.value(u"public-facts"_s);
    return d;
}

// --expect may be repeated, or list ids with commas, for a case whose history has diverged.
QStringList expected(const QCommandLineParser &p)
{
    QStringList ids;
    for (const QString &value : p.values(u"expect"_s))
        ids += value.split(u',', Qt::SkipEmptyParts);
    for (QString &id : ids)
        id = id.trimmed();
    return ids;
}

void addExpect(QCommandLineParser &p)
{
    p.addOption({u"expect"_s,
                 u"The case's latest event as you saw it (from show); refused as a conflict if the case has moved "
                 "on."_s,
                 u"event-id"_s});
}

} // namespace

int runDecide(const QStringList &arguments)
{
    CommandContext ctx(u"decide"_s,
                       u"Ban, clear, reinstate or escalate a case, or several: one event each; approve, reject or "
                       "withdraw a proposed ban."_s);
    auto &p = ctx.parser();
    p.addOption({u"policy"_s, u"The policy the decision applies (required for ban)."_s, u"code"_s});
    p.addOption({u"rationale"_s, u"Why (required for all but escalate)."_s, u"text"_s});
    p.addOption({u"evidence"_s,
                 u"A cited evidence ref of the case (of each case, with several); repeat for more (a ban needs "
                 "one)."_s,
                 u"ref"_s});
    addBulkOptions(p);
    addExpect(p);
    addStatementOptions(p);
    if (auto stop = ctx.parse(arguments,
                              u"CASE_REF... ban|clear|reinstate|escalate|approve|reject|withdraw|reaffirm|reverse"_s))
        return *stop;
    QStringList args = ctx.positional();
    const QStringList decisions{u"ban"_s,    u"clear"_s,    u"reinstate"_s, u"escalate"_s, u"approve"_s,
                                u"reject"_s, u"withdraw"_s, u"reaffirm"_s,  u"reverse"_s};
    if (args.isEmpty() || (args.size() == 1 && !p.isSet(u"from-file"_s)))
        return ctx.usage(u"decide needs case refs and an action: %1"_s.arg(decisions.join(u", "_s)));
    const QString action = args.takeLast();
    if (!decisions.contains(action))
        return ctx.usage(u"unknown decision '%1': use %2"_s.arg(action, decisions.join(u", "_s)));
    if (action == u"ban" && !p.isSet(u"policy"_s))
        return ctx.usage(u"a ban needs --policy CODE"_s);
    if (action != u"escalate" && !p.isSet(u"rationale"_s))
        return ctx.usage(u"a %1 needs --rationale TEXT"_s.arg(action));
    auto targets = targetsOf(p, args);
    if (!targets)
        return targets.error().kind == ErrorKind::Usage ? ctx.usage(targets.error().message)
                                                        : ctx.fail(targets.error());
    auto rule = evidenceRuleOf(p);
    if (!rule)
        return ctx.usage(rule.error().message);
    Command command;
    command.caseRef = targets->refs.first();
    command.action = action;
    command.policyCode = p.value(u"policy"_s);
    command.rationale = p.value(u"rationale"_s);
    command.evidenceRefs = p.values(u"evidence"_s);
    command.expectedHeads = expected(p);
    const bool statementGiven = std::any_of(p.optionNames().cbegin(), p.optionNames().cend(), [](const QString &name) {
        return QStringList{u"ground"_s,   u"legal-ground"_s, u"explanation"_s, u"category"_s,    u"content-type"_s,
                           u"restrict"_s, u"territory"_s,    u"review-by"_s,   u"public-facts"_s}
            .contains(name);
    });
    if (p.isSet(u"no-statement"_s) && statementGiven)
        return ctx.usage(u"--no-statement and the statement's options exclude each other"_s);
    if (statementGiven && action != u"ban" && action != u"reinstate" && action != u"reverse")
        return ctx.usage(u"only a ban, a reinstatement or a reversal records a statement of reasons"_s);
    // A reversal bans a cleared or reinstated case, and states its reasons as a ban does; it
    // reinstates a banned one, as a reinstatement does.
    QString stating = action;
    if (action == u"reverse") {
        auto db = ctx.openDatabase(Database::OpenMode::MustExist);
        if (!db)
            return ctx.fail(db.error());
        auto found = CaseRepository(**db).findByRef(command.caseRef);
        if (!found)
            return ctx.fail(found.error());
        stating = *found && (**found).outcome == u"banned" ? u"reinstate"_s : u"ban"_s;
        if (command.policyCode.isEmpty() && *found)
            command.policyCode = (**found).policyCode;
    }
    const bool states = !p.isSet(u"no-statement"_s) && (stating == u"ban" || statementGiven);
    const auto statement = [&p, stating](Database &db, const QString &policy) {
        return statementFrom(p, db, stating, policy);
    };
    if (!targets->bulk)
        return states ? submit(ctx, command, statement) : submit(ctx, command);
    BulkRequest request{command, *rule, false};
    if (states) {
        // One statement for every case, as for one: the policy's defaults and the options given.
        auto db = ctx.openDatabase(Database::OpenMode::MustExist);
        if (!db)
            return ctx.fail(db.error());
        auto made = statement(**db, command.policyCode);
        if (!made)
            return ctx.fail(made.error());
        request.command.statement = made->toText();
        if (!made->missing().isEmpty())
            ctx.err() << "note: the statement of reasons lacks " << made->missing().join(u", "_s)
                      << "; a DSA export lists these decisions as incomplete\n";
    }
    return decideMany(ctx, targets->refs, request);
}

int runPolicy(const QStringList &arguments)
{
    CommandContext ctx(u"policy"_s,
                       u"Show or set a policy's defaults for the statements of reasons of its bans, and the redress "
                       "a statement offers (DSA Art. 17(3)(f)): the policy's, or with no CODE the database's."_s);
    auto &p = ctx.parser();
    addStatementOptions(p);
    p.addOption({u"redress"_s,
                 u"What the advertiser may do about a decision: the policy's text, or with no CODE the "
                 "database's; an empty text removes it."_s,
                 u"text"_s});
    p.addOption({u"approval"_s,
                 u"Whether the policy's bans wait for a second reviewer's approval: required or none (this "
                 "database's setting; a ban of a critical case always waits)."_s,
                 u"required|none"_s});
    if (auto stop = ctx.parse(arguments, u"[CODE]"_s))
        return *stop;
    if (ctx.positional().size() > 1)
        return ctx.usage(u"policy takes at most one policy code"_s);
    const QString code = ctx.positional().value(0);
    for (const QString &option : {u"territory"_s, u"review-by"_s, u"no-statement"_s}) {
        if (p.isSet(option))
            return ctx.usage(u"--%1 belongs to a decision, not to a policy's defaults"_s.arg(option));
    }
    const QStringList defaultOptions{u"ground"_s,       u"legal-ground"_s, u"explanation"_s, u"category"_s,
                                     u"content-type"_s, u"restrict"_s,     u"public-facts"_s};
    const bool settingDefaults = std::any_of(defaultOptions.cbegin(), defaultOptions.cend(),
                                             [&p](const QString &option) { return p.isSet(option); });
    if (settingDefaults && code.isEmpty())
        return ctx.usage(u"name the policy whose defaults to set"_s);
    const QString approval = p.value(u"approval"_s);
    if (p.isSet(u"approval"_s) && (code.isEmpty() || (approval != u"required" && approval != u"none")))
        return ctx.usage(u"--approval takes required or none, for a policy named by its code"_s);
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    PolicyRepository policies(**db);
    auto all = policies.all();
    if (!all)
        return ctx.fail(all.error());
    if (!code.isEmpty() &&
        std::none_of(all->cbegin(), all->cend(), [&code](const Policy &x) { return x.code == code; }))
        return ctx.fail(Error::rejected(u"there is no policy %1 in %2"_s.arg(code, (*db)->path())));
    if (settingDefaults || p.isSet(u"redress"_s) || p.isSet(u"approval"_s)) {
        if (auto begun = (*db)->begin(); !begun)
            return ctx.fail(begun.error());
        const auto write = [&]() -> Status {
            if (settingDefaults) {
                // The options change the policy's defaults as they change a ban's statement.
                auto d = statementFrom(p, **db, u"ban"_s, code);
                if (!d)
                    return d.error();
                if (d->endVisibility.isValid() || d->endMonetary.isValid() || d->endService.isValid() ||
                    d->endAccount.isValid())
                    return Error::rejected(u"a policy's restrictions have no end date; each ban gives its own"_s);
                if (const auto problems = d->problems({}); !problems.isEmpty())
                    return Error::rejected(problems.first().text());
                const dsa::PolicyDefaults defaults{d->ground,       d->groundText, d->explanation, d->category,
                                                   d->contentTypes, d->visibility, d->monetary,    d->service,
                                                   d->account,      d->publicFacts};
                if (auto set = policies.setDsaDefaults(code, defaults); !set)
                    return set;
            }
            if (p.isSet(u"approval"_s)) {
                if (auto set = policies.setRequiresApproval(code, approval == u"required"); !set)
                    return set;
            }
            if (p.isSet(u"redress"_s))
                return policies.setRedress(code, p.value(u"redress"_s).trimmed());
            return {};
        };
        if (auto written = write(); !written) {
            (*db)->rollback();
            return ctx.fail(written.error());
        }
        if (auto committed = (*db)->commit(); !committed)
            return ctx.fail(committed.error());
    }
    // What the policies (or the one named) now give a ban's statement.
    for (const Policy &policy : std::as_const(*all)) {
        if (!code.isEmpty() && policy.code != code)
            continue;
        auto defaults = policies.dsaDefaults(policy.code);
        auto redress = policies.redress(policy.code);
        if (!defaults)
            return ctx.fail(defaults.error());
        if (!redress)
            return ctx.fail(redress.error());
        ctx.out() << policy.code << "  " << CaseOutput::plain(policy.title) << '\n';
        if (!*defaults) {
            ctx.out() << "  no defaults: its bans start with an empty statement\n";
        } else {
            const dsa::Decision d = dsa::Decision::from(**defaults);
            const dsa::Decision::Printed words = d.printed(u"press"_s);
            const auto line = [&ctx](const char *label, const QString &value) {
                ctx.out() << "  " << label << (value.isEmpty() ? u"—"_s : CaseOutput::plain(value)) << '\n';
            };
            line("Ground:       ", words.ground);
            line("Explanation:  ", words.explanation);
            line("Category:     ", words.category);
            line("Content:      ", words.content);
            line("Restrictions: ", words.restrictions);
            line("Public facts: ", words.facts);
        }
        ctx.out() << "  Redress:      " << CaseOutput::plain(*redress) << '\n';
        auto waits = policies.requiresApproval(policy.code);
        if (!waits)
            return ctx.fail(waits.error());
        ctx.out() << "  Approval:     "
                  << (*waits ? "required: a ban is proposed, then approved by a second reviewer"
                             : "none (a ban of a critical case still needs one)")
                  << '\n';
    }
    return ctx.done();
}

int runAnnotate(const QStringList &arguments)
{
    CommandContext ctx(u"annotate"_s, u"Add a note to a case's history, or to several cases'."_s);
    auto &p = ctx.parser();
    p.addOption({u"text"_s, u"The note."_s, u"text"_s});
    p.addOption({u"evidence"_s, u"An evidence ref the note is about; repeat for more."_s, u"ref"_s});
    addBulkOptions(p);
    addExpect(p);
    if (auto stop = ctx.parse(arguments, u"CASE_REF..."_s))
        return *stop;
    if (ctx.positional().isEmpty() && !p.isSet(u"from-file"_s))
        return ctx.usage(u"annotate needs a case ref, or several"_s);
    if (!p.isSet(u"text"_s))
        return ctx.usage(u"annotate needs --text TEXT"_s);
    auto targets = targetsOf(p, ctx.positional());
    if (!targets)
        return targets.error().kind == ErrorKind::Usage ? ctx.usage(targets.error().message)
                                                        : ctx.fail(targets.error());
    auto rule = evidenceRuleOf(p);
    if (!rule)
        return ctx.usage(rule.error().message);
    Command command;
    command.caseRef = targets->refs.first();
    command.action = u"annotate"_s;
    command.rationale = p.value(u"text"_s);
    command.evidenceRefs = p.values(u"evidence"_s);
    command.expectedHeads = expected(p);
    if (!targets->bulk)
        return submit(ctx, command);
    return decideMany(ctx, targets->refs, {command, *rule, false});
}

int runAssign(const QStringList &arguments)
{
    CommandContext ctx(u"assign"_s, u"Assign a case, or several, to a reviewer (yourself by default)."_s);
    auto &p = ctx.parser();
    p.addOption({u"to"_s, u"The reviewer to assign."_s, u"name"_s});
    p.addOption({u"from-file"_s,
                 u"Assign the cases listed in a file as well, one ref a line (blank lines and # comments are "
                 "skipped); - reads standard input."_s,
                 u"path"_s});
    addExpect(p);
    if (auto stop = ctx.parse(arguments, u"CASE_REF..."_s))
        return *stop;
    auto targets = targetsOf(p, ctx.positional());
    if (!targets)
        return targets.error().kind == ErrorKind::Usage ? ctx.usage(targets.error().message)
                                                        : ctx.fail(targets.error());
    Command command;
    command.caseRef = targets->refs.first();
    command.action = u"assign"_s;
    command.assignee = p.value(u"to"_s);
    command.expectedHeads = expected(p);
    if (!targets->bulk)
        return submit(ctx, command);
    return decideMany(ctx, targets->refs, {command, {}, false});
}

} // namespace adreview::cli
