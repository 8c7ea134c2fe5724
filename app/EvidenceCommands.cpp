#include "EvidenceCommands.h"

#include "CommandContext.h"

#include "domain/Clock.h"
#include "domain/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

std::optional<QString> optionalValue(const QCommandLineParser &p, const QString &name)
{
    return p.isSet(name) ? std::optional<QString>(p.value(name)) : std::nullopt;
}

} // namespace

int runEvidence(const QStringList &arguments)
{
    CommandContext ctx(u"evidence"_s,
                       u"revise: record a later revision of an evidence item. The item as first recorded stays; "
                       "decisions that cite an earlier revision go to re-review."_s);
    auto &p = ctx.parser();
    p.addOption({u"status"_s, u"An advisory's new status: in-force, rescinded or superseded."_s, u"status"_s});
    p.addOption({u"superseded-by"_s, u"With --status superseded: the ref of what superseded it."_s, u"ref"_s});
    p.addOption({u"title"_s, u"The corrected title."_s, u"text"_s});
    p.addOption({u"excerpt"_s, u"The corrected excerpt."_s, u"text"_s});
    p.addOption({u"url"_s, u"The corrected address."_s, u"url"_s});
    p.addOption({u"retracted"_s, u"The story or statement was retracted."_s});
    p.addOption({u"effective"_s, u"When the change took effect (YYYY-MM-DD; default: today)."_s, u"date"_s});
    p.addOption({u"rationale"_s, u"Why the item is revised (required)."_s, u"text"_s});
    p.addOption({u"everywhere"_s, u"Revise the same item in every other case that holds it as well (an advisory "
                                  "with the same agency and reference, another item with the same address)."_s});
    if (auto stop = ctx.parse(arguments, u"revise CASE_REF EVIDENCE_REF"_s))
        return *stop;
    const QStringList args = ctx.positional();
    if (args.size() != 3 || args.first() != u"revise")
        return ctx.usage(u"use: adreview evidence revise CASE_REF EVIDENCE_REF [changes] --rationale TEXT"_s);
    if (!p.isSet(u"rationale"_s))
        return ctx.usage(u"a revision needs --rationale TEXT"_s);
    EvidenceChange change;
    change.status = optionalValue(p, u"status"_s);
    if (change.status && !vocab::advisoryStates().contains(*change.status))
        return ctx.usage(u"--status %1 is not one of %2"_s.arg(*change.status, vocab::advisoryStates().join(u", "_s)));
    change.title = optionalValue(p, u"title"_s);
    change.excerpt = optionalValue(p, u"excerpt"_s);
    change.url = optionalValue(p, u"url"_s);
    change.supersededBy = p.value(u"superseded-by"_s);
    change.retracted = p.isSet(u"retracted"_s);
    change.rationale = p.value(u"rationale"_s);
    if (p.isSet(u"effective"_s)) {
        change.effective = QDate::fromString(p.value(u"effective"_s), Qt::ISODate);
        if (p.value(u"effective"_s).size() != 10 || !change.effective.isValid())
            return ctx.usage(u"--effective %1 is not a date (YYYY-MM-DD)"_s.arg(p.value(u"effective"_s)));
    }
    if (!change.status && !change.title && !change.excerpt && !change.url && !change.retracted)
        return ctx.usage(u"say what changed: --status, --title, --excerpt, --url or --retracted"_s);
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    SystemClock clock;
    ReviewService review(**db, clock, ctx.identity());
    const QString caseRef = args.at(1);
    const QString ref = args.at(2);
    auto done = review.revise(caseRef, ref, change);
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << caseRef << ' ' << ref << ' ' << done->event.uuid << '\n';
    if (!done->record.rereview.isEmpty())
        ctx.err() << "note: " << caseRef << " is in re-review: " << done->record.rereview << '\n';
    // The same item elsewhere, as first recorded here.
    auto ctxNow = review.loadContext(caseRef);
    if (!ctxNow)
        return ctx.fail(ctxNow.error());
    auto original = EvidenceRepository(**db).find(ctxNow->record.id, ref);
    if (!original)
        return ctx.fail(original.error());
    auto elsewhere = review.sameItemElsewhere(caseRef, original->value_or(Evidence{}));
    if (!elsewhere)
        return ctx.fail(elsewhere.error());
    if (elsewhere->isEmpty())
        return ctx.done();
    if (!p.isSet(u"everywhere"_s)) {
        ctx.err() << "note: the same item is in " << elsewhere->size() << " other case(s); revise them too with "
                  << "--everywhere:\n";
        for (const EvidenceElsewhere &e : std::as_const(*elsewhere))
            ctx.err() << "  " << e.caseRef << ' ' << e.ref << ' ' << e.title << '\n';
        return ctx.done();
    }
    int refused = 0;
    for (const EvidenceElsewhere &e : std::as_const(*elsewhere)) {
        auto other = review.revise(e.caseRef, e.ref, change);
        if (!other) {
            ++refused;
            ctx.err() << "refused: " << e.caseRef << ' ' << e.ref << ": " << other.error().message << '\n';
            continue;
        }
        ctx.out() << e.caseRef << ' ' << e.ref << ' ' << other->event.uuid << '\n';
    }
    ctx.err() << (elsewhere->size() - refused) << " other case(s) revised, " << refused << " refused\n";
    ctx.out().flush();
    return refused == 0 ? 0 : 1;
}

} // namespace adreview::cli
