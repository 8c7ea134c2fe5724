// Measures sync bundles on a real database: exporting every event, reading a bundle (checks and
// hashes), and merging it into a new database, each the median of --runs runs.
// Usage: adreview-sync-bench --db FILE [--runs N]

#include "BenchFigure.h"
#include "domain/Clock.h"
#include "review/Identity.h"
#include "storage/Database.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

QTextStream out(stdout);

using bench::Figure;

void line(const QString &name, const Figure &f, const QString &target = {}, bool ok = true)
{
    bench::printFigure(out, name, f, target, ok);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"db"_s, u"Database"_s, u"file"_s});
    p.addOption({u"runs"_s, u"Runs per figure"_s, u"n"_s, u"5"_s});
    p.process(app);
    const int runs = std::max(1, p.value(u"runs"_s).toInt());
    QTemporaryDir tmp;
    auto db = Database::open(p.value(u"db"_s), Database::OpenMode::MustExist);
    if (!db) {
        out << "error: " << db.error().message << '\n';
        return 3;
    }
    SystemClock clock;
    const Identity me{u"bench"_s, u"bench-device"_s};
    const QString bundle = tmp.filePath(u"all.adrbundle"_s);
    qint64 events = 0;
    bool failed = false;
    const auto measure = [&](const std::function<bool()> &work) {
        Figure f;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            failed = !work() || failed;
            f.seconds.append(t.nsecsElapsed() / 1e9);
        }
        return f;
    };

    const Figure exported = measure([&] {
        auto r = SyncBundle::write(**db, me, clock, bundle, {});
        if (!r) {
            out << "export: " << r.error().message << '\n';
            return false;
        }
        events = r->events;
        return true;
    });
    out << "events in the bundle: " << events << " (" << QFile(bundle).size() / (1024 * 1024) << " MB)\n";
    line(u"export every event"_s, exported);
    const Figure read = measure([&] { return SyncBundle::read(bundle).ok(); });
    line(u"read and check the bundle"_s, read);
    int n = 0;
    const Figure merged = measure([&] {
        auto into = Database::open(tmp.filePath(u"new-%1.sqlite"_s).arg(++n));
        if (!into)
            return false;
        SyncMerge merge(**into);
        merge.trustNewDevices(u"bench"_s);
        auto r = merge.importFile(bundle);
        if (!r)
            out << "merge: " << r.error().message << '\n';
        return r.ok();
    });
    const double perHundredThousand = merged.median() * 100000.0 / std::max<qint64>(1, events);
    line(u"merge into a new database"_s, merged,
         u"≤ 5 s per 100,000 events (%1 s)"_s.arg(perHundredThousand, 0, 'f', 2), perHundredThousand <= 5);
    const Figure again = measure([&] {
        auto r = SyncMerge(**db).importFile(bundle);
        return r.ok() && r->eventsAdded == 0;
    });
    line(u"merge again (every event already there)"_s, again);
    return failed || perHundredThousand > 5 ? 1 : 0;
}
