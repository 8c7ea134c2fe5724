#include "DecisionCommands.h"

#include "CommandContext.h"

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

int submit(CommandContext &ctx, const Command &command)
{
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    SystemClock clock;
    ReviewService review(**db, clock, ctx.identity());
    auto done = review.submit(command);
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << done->event.uuid << '\n';
    return ctx.done();
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
    CommandContext ctx(u"decide"_s, u"Ban, clear, reinstate or escalate a case."_s);
    auto &p = ctx.parser();
    p.addOption({u"policy"_s, u"The policy the decision applies (required for ban)."_s, u"code"_s});
    p.addOption({u"rationale"_s, u"Why (required for ban, clear and reinstate)."_s, u"text"_s});
    p.addOption({u"evidence"_s, u"A cited evidence ref of the case; repeat for more (a ban needs one)."_s, u"ref"_s});
    addExpect(p);
    if (auto stop = ctx.parse(arguments, u"CASE_REF ban|clear|reinstate|escalate"_s))
        return *stop;
    const QStringList args = ctx.positional();
    if (args.size() != 2)
        return ctx.usage(u"decide needs a case ref and an action: ban, clear, reinstate or escalate"_s);
    const QString action = args[1];
    if (!QStringList{u"ban"_s, u"clear"_s, u"reinstate"_s, u"escalate"_s}.contains(action))
        return ctx.usage(u"unknown decision '%1': use ban, clear, reinstate or escalate"_s.arg(action));
    if (action == u"ban" && !p.isSet(u"policy"_s))
        return ctx.usage(u"a ban needs --policy CODE"_s);
    if (action != u"escalate" && !p.isSet(u"rationale"_s))
        return ctx.usage(u"a %1 needs --rationale TEXT"_s.arg(action));
    Command command;
    command.caseRef = args[0];
    command.action = action;
    command.policyCode = p.value(u"policy"_s);
    command.rationale = p.value(u"rationale"_s);
    command.evidenceRefs = p.values(u"evidence"_s);
    command.expectedHeads = expected(p);
    return submit(ctx, command);
}

int runAnnotate(const QStringList &arguments)
{
    CommandContext ctx(u"annotate"_s, u"Add a note to a case's history."_s);
    ctx.parser().addOption({u"text"_s, u"The note."_s, u"text"_s});
    ctx.parser().addOption({u"evidence"_s, u"An evidence ref the note is about; repeat for more."_s, u"ref"_s});
    addExpect(ctx.parser());
    if (auto stop = ctx.parse(arguments, u"CASE_REF"_s))
        return *stop;
    if (ctx.positional().size() != 1)
        return ctx.usage(u"annotate needs exactly one case ref"_s);
    if (!ctx.parser().isSet(u"text"_s))
        return ctx.usage(u"annotate needs --text TEXT"_s);
    Command command;
    command.caseRef = ctx.positional().first();
    command.action = u"annotate"_s;
    command.rationale = ctx.parser().value(u"text"_s);
    command.evidenceRefs = ctx.parser().values(u"evidence"_s);
    command.expectedHeads = expected(ctx.parser());
    return submit(ctx, command);
}

int runAssign(const QStringList &arguments)
{
    CommandContext ctx(u"assign"_s, u"Assign a case to a reviewer (yourself by default)."_s);
    ctx.parser().addOption({u"to"_s, u"The reviewer to assign."_s, u"name"_s});
    addExpect(ctx.parser());
    if (auto stop = ctx.parse(arguments, u"CASE_REF"_s))
        return *stop;
    if (ctx.positional().size() != 1)
        return ctx.usage(u"assign needs exactly one case ref"_s);
    Command command;
    command.caseRef = ctx.positional().first();
    command.action = u"assign"_s;
    command.assignee = ctx.parser().value(u"to"_s);
    command.expectedHeads = expected(ctx.parser());
    return submit(ctx, command);
}

} // namespace adreview::cli
