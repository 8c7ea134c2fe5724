// Measures syncing with a real team server (PostgreSQL started here, as the tests start it): every
// reviewer of a generated database pushing their events, a new laptop pulling all of them, a pull
// with nothing new, an incremental sync of 100 new events against the full server, and twenty
// laptops pushing 1,000 events each at the same moment (none lost, none doubled).
// Usage: adreview-team-bench --db GENERATED_FILE [--laptops N] [--per-laptop N] [--skip-full-pull]

#include "BenchFigure.h"
#include "TestPostgres.h"
#include "demo/DemoDataset.h"
#include "domain/Clock.h"
#include "review/ReviewService.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/ServerMarks.h"
#include "team/ServerConnection.h"
#include "team/ServerSync.h"
#include "team/TeamAdmin.h"
#include "team/TeamSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

QTextStream out(stdout);

bench::Figure once(double seconds)
{
    bench::Figure f;
    f.seconds.append(seconds);
    return f;
}

QStringList reviewersOf(Database &db)
{
    RawStatement q(db, u"SELECT DISTINCT reviewer FROM devices ORDER BY 1"_s, {}, u"reviewers"_s);
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

int fail(const QString &what, const Error &e)
{
    out << "error: " << what << ": " << e.message << '\n';
    return 3;
}

// A copy of an open file, through SQLite (VACUUM INTO), opened.
Result<std::unique_ptr<Database>> copyOf(Database &db, const QString &path)
{
    RawStatement copy(db, u"VACUUM INTO ?"_s, {path}, u"copying the laptop's file"_s);
    copy.next();
    if (copy.failed())
        return copy.failure(u"copying the laptop's file"_s);
    return Database::open(path, Database::OpenMode::MustExist);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"db"_s, u"A generated database (adreview generate)"_s, u"file"_s});
    p.addOption({u"laptops"_s, u"Laptops pushing at once"_s, u"n"_s, u"20"_s});
    p.addOption({u"per-laptop"_s, u"Events each of them pushes"_s, u"n"_s, u"1000"_s});
    p.addOption({u"skip-full-pull"_s, u"Leave out the pull of everything into a new laptop (for a database of millions "
                                      "of events): the incremental pull goes to a copy of the file that pushed"_s});
    p.process(app);
    QTemporaryDir tmp;
    qputenv("ADREVIEW_KEY_DIR", tmp.filePath(u"keys"_s).toUtf8());
    // The generated file is left as it is: the incremental decisions go into a copy.
    const QString source = tmp.filePath(u"laptop.sqlite"_s);
    if (!QFile::copy(p.value(u"db"_s), source)) {
        out << "error: cannot copy " << p.value(u"db"_s) << '\n';
        return 3;
    }
    test::TestPostgres pg;
    if (!pg.ok()) {
        out << "error: " << pg.error() << '\n';
        return 3;
    }
    if (!pg.createDatabase(u"bench"_s))
        return 3;
    auto admin = ServerConnection::open(pg.address(u"bench"_s));
    if (!admin)
        return fail(u"connect"_s, admin.error());
    if (auto ok = TeamSchema::init(**admin); !ok)
        return fail(u"team init"_s, ok.error());
    auto laptop = Database::open(source, Database::OpenMode::MustExist);
    if (!laptop)
        return fail(u"open"_s, laptop.error());
    const QStringList team = reviewersOf(**laptop);
    TeamAdmin people(**admin);
    for (const QString &name : team + QStringList{u"reader"_s}) {
        if (auto ok = people.addReviewer(name, false, {}); !ok)
            return fail(u"add-reviewer"_s, ok.error());
    }

    // Every reviewer pushes their events (one file stands in for their laptops).
    qint64 pushed = 0;
    QElapsedTimer t;
    t.start();
    for (const QString &name : team) {
        auto login = ServerConnection::open(pg.address(u"bench"_s, name));
        if (!login)
            return fail(name, login.error());
        ServerSync sync(**laptop, **login);
        auto report = sync.push();
        if (!report)
            return fail(u"push as "_s + name, report.error());
        pushed += report->eventsPushed;
    }
    const double pushSeconds = t.elapsed() / 1000.0;
    bench::printFigure(out, u"push of %1 events by %2 reviewers"_s.arg(pushed).arg(team.size()), once(pushSeconds),
                       u"≤ 5 s"_s, pushSeconds <= 5);

    // A new laptop pulls everything, then pulls again with nothing new.
    auto reader = ServerConnection::open(pg.address(u"bench"_s, u"reader"_s));
    if (!reader)
        return fail(u"reader"_s, reader.error());
    std::unique_ptr<Database> fresh;
    if (!p.isSet(u"skip-full-pull"_s)) {
        auto made = Database::open(tmp.filePath(u"new.sqlite"_s), Database::OpenMode::CreateIfMissing);
        if (!made)
            return fail(u"new laptop"_s, made.error());
        fresh = std::move(*made);
        t.restart();
        auto pulled = ServerSync(*fresh, **reader).pull();
        if (!pulled)
            return fail(u"pull"_s, pulled.error());
        const double pullSeconds = t.elapsed() / 1000.0;
        bench::printFigure(out, u"pull of %1 events into a new laptop, merge included"_s.arg(pulled->eventsPulled),
                           once(pullSeconds), u"≤ 5 s"_s, pullSeconds <= 5);
    } else {
        // A copy of the file that pushed everything holds all the server has: its mark is set at
        // the server's last number, as a full pull would have left it.
        auto copy = copyOf(**laptop, tmp.filePath(u"copy.sqlite"_s));
        if (!copy)
            return fail(u"copy"_s, copy.error());
        fresh = std::move(*copy);
        auto identity = ServerSync::login(**reader);
        auto top = (*admin)->exec(u"SELECT max(srv_seq) FROM adreview.events"_s, {}, u"top"_s);
        if (!identity || !top)
            return fail(u"mark"_s, identity ? top.error() : identity.error());
        if (auto ok = ServerMarks(*fresh).setPulled(identity->teamId, (*reader)->displayAddress(), top->integer(0, 0));
            !ok)
            return fail(u"mark"_s, ok.error());
    }
    t.restart();
    if (auto again = ServerSync(*fresh, **reader).pull(); !again || again->eventsPulled != 0)
        return fail(u"pull again"_s, again ? Error::rejected(u"pulled events twice"_s) : again.error());
    bench::printFigure(out, u"pull with nothing new from a server holding %1 events"_s.arg(pushed),
                       once(t.elapsed() / 1000.0));

    // 100 new decisions by one reviewer: their push, and the pull that brings them to the new laptop.
    const QString who = team.contains(u"ana.moreau"_s) ? u"ana.moreau"_s : team.value(1);
    {
        SystemClock clock;
        // On a laptop of their own (the generator's keys stay where it wrote them).
        ReviewService review(**laptop, clock, Identity{who, who + u"-bench-laptop"_s});
        RawStatement cases(**laptop, u"SELECT ref FROM cases ORDER BY id LIMIT 100"_s, {}, u"cases"_s);
        QStringList refs;
        while (cases.next())
            refs << cases.text(0);
        for (const QString &ref : refs) {
            Command c;
            c.caseRef = ref;
            c.action = u"annotate"_s;
            c.rationale = u"A second look"_s;
            if (auto ok = review.submit(c); !ok)
                return fail(u"decide"_s, ok.error());
        }
    }
    auto login = ServerConnection::open(pg.address(u"bench"_s, who));
    if (!login)
        return fail(who, login.error());
    t.restart();
    auto small = ServerSync(**laptop, **login).push();
    if (!small || small->eventsPushed != 100)
        return fail(u"incremental push"_s, small ? Error::rejected(u"not 100 events"_s) : small.error());
    const double smallPush = t.elapsed() / 1000.0;
    t.restart();
    auto smallPull = ServerSync(*fresh, **reader).pull();
    if (!smallPull || smallPull->eventsPulled != 100)
        return fail(u"incremental pull"_s, smallPull ? Error::rejected(u"not 100 events"_s) : smallPull.error());
    const double smallPullSeconds = t.elapsed() / 1000.0;
    bench::printFigure(out, u"incremental push of 100 events to a server holding %1"_s.arg(pushed), once(smallPush),
                       u"≤ 0.3 s"_s, smallPush <= 0.3);
    bench::printFigure(out, u"incremental pull of those 100 events"_s, once(smallPullSeconds), u"≤ 0.3 s"_s,
                       smallPullSeconds <= 0.3);

    // Laptops pushing at once, each from its own file.
    const int laptops = std::max(1, p.value(u"laptops"_s).toInt());
    const int perLaptop = std::max(1, p.value(u"per-laptop"_s).toInt());
    QStringList paths;
    for (int i = 0; i < laptops; ++i) {
        const QString name = u"crowd%1"_s.arg(i, 2, 10, QChar(u'0'));
        if (auto ok = people.addReviewer(name, false, {}); !ok)
            return fail(u"add-reviewer"_s, ok.error());
        const QString path = tmp.filePath(name + u".sqlite"_s);
        if (auto ok = DemoDataset::create(path, true); !ok)
            return fail(u"demo"_s, ok.error());
        auto db = Database::open(path);
        if (!db)
            return fail(u"open"_s, db.error());
        SystemClock clock;
        ReviewService review(**db, clock, Identity{name, name + u"-laptop"_s});
        for (int n = 0; n < perLaptop; ++n) {
            Command c;
            c.caseRef = n % 2 ? u"CASE-2018-0012"_s : u"CASE-2018-0013"_s;
            c.action = u"annotate"_s;
            c.rationale = u"note %1"_s.arg(n);
            if (auto ok = review.submit(c); !ok)
                return fail(u"decide"_s, ok.error());
        }
        paths << path;
    }
    auto count = (*admin)->exec(u"SELECT count(*), count(DISTINCT uuid) FROM adreview.events"_s, {}, u"count"_s);
    const qint64 before = count ? count->integer(0, 0) : -1;
    std::vector<QString> errors(static_cast<size_t>(laptops));
    std::vector<std::thread> threads;
    t.restart();
    for (int i = 0; i < laptops; ++i) {
        threads.emplace_back([&, i] {
            auto db = Database::open(paths[i]);
            auto crowd = ServerConnection::open(pg.address(u"bench"_s, u"crowd%1"_s.arg(i, 2, 10, QChar(u'0'))));
            if (!db || !crowd) {
                errors[size_t(i)] = u"cannot open"_s;
                return;
            }
            auto report = ServerSync(**db, **crowd).push();
            if (!report)
                errors[size_t(i)] = report.error().message;
            else if (report->eventsPushed != perLaptop)
                errors[size_t(i)] = u"pushed %1"_s.arg(report->eventsPushed);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const double crowdSeconds = t.elapsed() / 1000.0;
    for (const QString &e : errors) {
        if (!e.isEmpty())
            return fail(u"a laptop's push"_s, Error::rejected(e));
    }
    count = (*admin)->exec(u"SELECT count(*), count(DISTINCT uuid) FROM adreview.events"_s, {}, u"count"_s);
    const bool exact = count && count->integer(0, 0) == before + qint64(laptops) * perLaptop &&
                       count->integer(0, 0) == count->integer(0, 1);
    bench::printFigure(
        out,
        u"%1 laptops pushing %2 events each at once (none lost, none doubled: %3)"_s.arg(laptops).arg(perLaptop).arg(
            exact ? u"yes"_s : u"NO"_s),
        once(crowdSeconds));
    return exact ? 0 : 1;
}
