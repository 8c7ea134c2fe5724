#include "CaseCommands.h"

#include "CaseOutput.h"
#include "CommandContext.h"
#include "domain/CaseFold.h"
#include "domain/Vocabulary.h"
#include "storage/CaseRepository.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

std::optional<CaseOutput::Format> formatFrom(const QString &name, bool detail)
{
    if (name == u"csv" && !detail)
        return CaseOutput::Format::Csv;
    if (name == u"json")
        return CaseOutput::Format::Json;
    if (name == u"table" && !detail)
        return CaseOutput::Format::Table;
    if (name == u"text" && detail)
        return CaseOutput::Format::Text;
    return std::nullopt;
}

} // namespace

int runCases(const QStringList &arguments)
{
    CommandContext ctx(u"cases"_s, u"List the cases of a database, most urgent first."_s);
    auto &p = ctx.parser();
    p.addOption({u"state"_s, u"Only cases in this state: %1."_s.arg(vocab::states().join(u", "_s)), u"state"_s});
    p.addOption({u"search"_s, u"Only cases whose advertiser, summary or evidence mention every word."_s, u"text"_s});
    p.addOption({u"format"_s, u"table (default), csv or json."_s, u"format"_s, u"table"_s});
    p.addOption({u"limit"_s, u"At most this many cases."_s, u"n"_s});
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    const auto format = formatFrom(p.value(u"format"_s), false);
    if (!format)
        return ctx.usage(u"--format must be table, csv or json, not '%1'"_s.arg(p.value(u"format"_s)));
    CaseFilter filter;
    filter.state = p.value(u"state"_s);
    if (!filter.state.isEmpty() && !vocab::states().contains(filter.state))
        return ctx.usage(u"--state must be one of %1, not '%2'"_s.arg(vocab::states().join(u", "_s), filter.state));
    filter.search = p.value(u"search"_s);
    if (p.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = p.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 0)
            return ctx.usage(u"--limit must be a whole number"_s);
    }
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    CaseRepository cases(**db);
    CaseOutput output(ctx.out(), *format);
    output.begin();
    auto listed = cases.list(filter, [&](const CaseRecord &c) {
        output.row(c);
        return ctx.out().status() == QTextStream::Ok;
    });
    if (!listed)
        return ctx.fail(listed.error());
    output.end();
    return ctx.done();
}

int runShow(const QStringList &arguments)
{
    CommandContext ctx(u"show"_s, u"Show a case with its evidence and history."_s);
    ctx.parser().addOption({u"format"_s, u"text (default) or json."_s, u"format"_s, u"text"_s});
    if (auto stop = ctx.parse(arguments, u"CASE_REF"_s))
        return *stop;
    if (ctx.positional().size() != 1)
        return ctx.usage(u"show needs exactly one case ref"_s);
    const auto format = formatFrom(ctx.parser().value(u"format"_s), true);
    if (!format)
        return ctx.usage(u"--format must be text or json, not '%1'"_s.arg(ctx.parser().value(u"format"_s)));
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    CaseRepository cases(**db);
    auto found = cases.findByRef(ctx.positional().first());
    if (!found)
        return ctx.fail(found.error());
    if (!found->has_value())
        return ctx.fail(Error::rejected(u"no case %1 in %2"_s.arg(ctx.positional().first(), (*db)->path())));
    EvidenceRepository evidence(**db);
    auto items = evidence.forCase((*found)->id);
    if (!items)
        return ctx.fail(items.error());
    EventRepository events(**db);
    auto history = events.forCase((*found)->id);
    if (!history)
        return ctx.fail(history.error());
    const QList<Event> ordered = CaseFold::ordered(*history);
    auto marks = DeviceRepository(**db).signatureMarks(ordered);
    if (!marks)
        return ctx.fail(marks.error());
    CaseOutput output(ctx.out(), *format);
    output.setNow((*db)->clock().now());
    auto contested = events.contestedBy(**found);
    if (!contested)
        return ctx.fail(contested.error());
    output.setContested(*contested);
    output.detail(**found, *items, ordered, *marks);
    return ctx.done();
}

} // namespace adreview::cli
