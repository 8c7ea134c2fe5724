// The benchmark of record: how fast AdReview is at a given size, and how close each query comes
// to the same statements run by the sqlite3 shell.
// Usage: adreview-bench [--cases N | --reuse FILE] [--dir DIR] [--runs N] [--json FILE] [--smoke]
// Exit status: 0 every target met, 1 a target missed (0 with --smoke), 3 the database failed.

#include "BenchFigure.h"
#include "LargeCaseFile.h"
#include "ShellCompare.h"
#include "demo/Generator.h"
#include "import/CaseImporter.h"
#include "queue/CaseQueueModel.h"
#include "reports/Report.h"
#include "reports/ReportWriter.h"
#include "reports/pdf/ReportPdf.h"
#include "review/ReviewService.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/SearchIndex.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

QTextStream out(stdout);

// One figure: its samples in `unit`, its target, and the sqlite3 shell's time for the same
// statements when the figure is SQL.
struct Measured {
    QString name;
    QString unit; // ms, s, rows/s
    QList<double> samples;
    double target = 0; // 0: none
    bool atLeast = false;
    double shell = -1; // the shell's median, in `unit`; negative: no comparison
    static constexpr double maxRatio = 1.5;

    double median() const { return bench::Figure{samples}.median(); }
    bool meetsTarget() const { return target <= 0 || (atLeast ? median() >= target : median() <= target); }
    double ratio() const { return shell > 0 ? median() / shell : -1; }
    bool meetsRatio() const { return shell <= 0 || ratio() <= maxRatio; }
    bool ok() const { return meetsTarget() && meetsRatio(); }

    QString line() const
    {
        const bench::Figure f{samples};
        const auto n = [this](double v) {
            return QString::number(v, 'f', unit == u"rows/s" ? 0 : unit == u"s" ? 2 : 1);
        };
        QString s = u"%1: %2 %3 (%4–%5)"_s.arg(name, n(f.median()), unit, n(f.min()), n(f.max()));
        if (target > 0)
            s += u" target %1 %2 %3: %4"_s.arg(atLeast ? u"≥"_s : u"≤"_s, n(target), unit,
                                               meetsTarget() ? u"ok"_s : u"MISSED"_s);
        if (shell > 0)
            s += u"; sqlite3 shell %1 %2, ratio %3 target ≤ %4: %5"_s.arg(n(shell), unit)
                     .arg(ratio(), 0, 'f', 2)
                     .arg(maxRatio)
                     .arg(meetsRatio() ? u"ok"_s : u"MISSED"_s);
        return s;
    }
    QJsonObject json() const
    {
        const bench::Figure f{samples};
        QJsonObject o{{u"name"_s, name},   {u"unit"_s, unit},   {u"median"_s, f.median()},
                      {u"min"_s, f.min()}, {u"max"_s, f.max()}, {u"runs"_s, samples.size()},
                      {u"ok"_s, ok()}};
        if (target > 0)
            o.insert(u"target"_s, QJsonObject{{u"value"_s, target}, {u"at_least"_s, atLeast}});
        if (shell > 0)
            o.insert(u"sqlite3"_s,
                     QJsonObject{{u"median"_s, shell}, {u"ratio"_s, ratio()}, {u"max_ratio"_s, maxRatio}});
        return o;
    }
};

// Figures are printed as they are measured: a run at a million cases takes a while.
struct Figures {
    QList<Measured> all;
    Figures &operator<<(const Measured &m)
    {
        if (m.samples.isEmpty()) // not wanted this time
            return *this;
        out << m.line() << '\n';
        out.flush();
        all << m;
        return *this;
    }
};

// --only: the figures whose names match, for profiling one of them.
QRegularExpression only;
bool wanted(const QString &name)
{
    return only.pattern().isEmpty() || only.match(name).hasMatch();
}

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

class Bench {
public:
    Bench(QString path, int runs) : m_path(std::move(path)), m_runs(runs) {}

    bool open()
    {
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        if (!db) {
            out << "error: " << db.error().message << '\n';
            return false;
        }
        m_db = std::move(*db);
        return true;
    }
    Database &db() { return *m_db; }
    const QString &path() const { return m_path; }
    int runs() const { return m_runs; }

    // Times `work` m_runs times (after one run to warm the cache), then as many times more while
    // recording its SQL, which the shell then runs m_runs times.
    // `plain`, when given, is the plain SQL that gives the same rows for a recording run, for
    // work that SQL alone cannot repeat (a search's hits gathered into a temporary table).
    Measured sql(const QString &name, double targetMs, const std::function<void(int run)> &work,
                 const std::function<QStringList(int run)> &plain = {})
    {
        Measured m{name, u"ms"_s, {}, targetMs};
        work(-1);
        if (!wanted(name))
            return m; // run once, for the state the next figures start from
        for (int run = 0; run < m_runs; ++run) {
            QElapsedTimer t;
            t.start();
            work(run);
            m.samples << msSince(t);
        }
        // The statements of as many runs again, each changing something as the timed ones did
        // (another case, term or order), so that the shell reads what AdReview read. Plain SQL
        // for a search can take the shell seconds, so it stands for one run.
        QStringList statements;
        const int recorded = plain ? 1 : m_runs;
        {
            bench::StatementRecorder recorder(m_db->handle());
            for (int run = m_runs; run < m_runs + recorded; ++run) {
                work(run);
                if (plain)
                    statements += plain(run);
            }
            if (!plain)
                statements = recorder.reads();
        }
        const bool portable = std::none_of(statements.cbegin(), statements.cend(),
                                           [](const QString &s) { return s.contains(u"temp."_s); });
        if (bench::shellAvailable() && portable && !statements.isEmpty()) {
            // Enough repetitions for the shell's run to outlast its own start by far, but no
            // more than about five seconds of them.
            int repeat = int(std::clamp(250.0 / std::max(m.median() * recorded, 0.01), 5.0, 2000.0));
            if (const double once = bench::shellSeconds(m_path, statements, 1) * 1000; once * repeat > 5000)
                repeat = std::max(1, int(5000 / std::max(once, 1.0)));
            QList<double> shell;
            for (int run = 0; run < m_runs; ++run)
                shell << bench::shellSeconds(m_path, statements, repeat) * 1000 / recorded;
            if (std::all_of(shell.cbegin(), shell.cend(), [](double v) { return v >= 0; }))
                m.shell = bench::Figure{shell}.median();
        }
        return m;
    }

private:
    QString m_path;
    int m_runs;
    std::unique_ptr<Database> m_db;
};

// Words of the search index found in few cases, and words found in most: a new one for each
// run, so that every run searches afresh.
std::pair<QStringList, QStringList> searchTerms(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, case_search, row)"_s);
    QStringList rare, common;
    if (q.exec(u"SELECT term FROM temp.bench_vocab WHERE doc BETWEEN 3 AND 40 AND length(term) >= 5 "
               "AND term GLOB '[a-z]*' LIMIT 64"_s)) {
        while (q.next())
            rare << q.value(0).toString();
    }
    if (q.exec(u"SELECT term FROM temp.bench_vocab WHERE length(term) >= 5 AND term GLOB '[a-z]*' "
               "ORDER BY doc DESC LIMIT 16"_s)) {
        while (q.next())
            common << q.value(0).toString();
    }
    q.exec(u"DROP TABLE temp.bench_vocab"_s);
    if (rare.isEmpty())
        rare << u"nothing"_s;
    if (common.isEmpty())
        common << u"case"_s;
    return {rare, common};
}

Result<QString> prepareDatabase(const QCommandLineParser &p)
{
    if (p.isSet(u"reuse"_s))
        return p.value(u"reuse"_s);
    const qint64 cases = p.value(u"cases"_s).toLongLong();
    const QString path = QDir(p.value(u"dir"_s)).filePath(u"adreview-bench-%1.sqlite"_s.arg(cases));
    if (QFile::exists(path))
        return path;
    out << "generating " << cases << " cases in " << path << " (once) ...\n";
    out.flush();
    auto db = Database::open(path + u".part"_s);
    if (!db)
        return db.error();
    SystemClock clock;
    ReviewService review(**db, clock, Identity{u"generator"_s, u"generator"_s});
    if (auto made = Generator(**db, review, 1).run(cases); !made)
        return made.error();
    db->reset();
    QFile::remove(path + u".part-wal"_s);
    QFile::remove(path + u".part-shm"_s);
    if (!QFile::rename(path + u".part"_s, path))
        return Error::unusable(u"cannot rename %1.part"_s.arg(path));
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"cases"_s, u"Generate a database of N cases (once)"_s, u"n"_s, u"1000000"_s});
    p.addOption({u"reuse"_s, u"Measure this database instead"_s, u"file"_s});
    p.addOption({u"dir"_s, u"Where the generated database is kept"_s, u"dir"_s, QDir::currentPath()});
    p.addOption({u"runs"_s, u"Runs per figure (at least 7 for figures of record)"_s, u"n"_s, u"7"_s});
    p.addOption({u"json"_s, u"Also write the figures as JSON"_s, u"file"_s});
    p.addOption({u"only"_s, u"Measure only the figures whose names match this pattern"_s, u"regex"_s});
    p.addOption({u"smoke"_s, u"A quick check that every figure runs; targets do not set the exit status"_s});
    p.process(app);
    const int runs = std::max(1, p.value(u"runs"_s).toInt());
    only = QRegularExpression(p.value(u"only"_s));

    auto path = prepareDatabase(p);
    if (!path) {
        out << "error: " << path.error().message << '\n';
        return 3;
    }
    Bench bench(*path, runs);
    Figures figures;

    Measured open{u"database open"_s, u"ms"_s, {}};
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        if (!bench.open())
            return 3;
        open.samples << msSince(t);
    }
    if (wanted(open.name))
        figures << open;
    Database &db = bench.db();
    SystemClock clock;

    // The queue: a first page read is what a view asks for, the first 128 rows.
    const auto firstPage = [](CaseQueueModel &model) {
        for (int row = 0; row < std::min(model.rowCount(), CaseQueueModel::pageSize); ++row)
            (void)model.data(model.index(row, CaseQueueModel::Case));
    };
    std::unique_ptr<CaseQueueModel> model;
    figures << bench.sql(u"first queue page"_s, 100, [&](int) {
        model = std::make_unique<CaseQueueModel>(db, clock);
        firstPage(*model);
    });
    figures << bench.sql(u"sort change"_s, 150, [&](int run) {
        model->sort(run % 2 ? CaseQueueModel::Sla : CaseQueueModel::Case, Qt::AscendingOrder);
        firstPage(*model);
    });
    figures << bench.sql(u"filter change"_s, 150, [&](int run) {
        QueueFilter f;
        f.tab = run % 2 ? QueueFilter::Tab::Decided : QueueFilter::Tab::Open;
        f.priority = run % 3 ? u"high"_s : QString();
        (void)model->setFilter(f);
        firstPage(*model);
    });
    model->sort(CaseQueueModel::Priority, Qt::AscendingOrder); // the queue's own order, as the plain SQL below
    const auto [rare, common] = searchTerms(db);
    const auto search = [&](const QString &name, double target, const std::function<QString(int)> &text,
                            bool ranked = false) {
        const auto filterFor = [text, ranked](int run) {
            QueueFilter f;
            f.tab = QueueFilter::Tab::All;
            f.search = text(run + 1);
            f.bestMatch = ranked;
            return f;
        };
        // The same rows in plain SQL: the count, and the first page in the queue's order with the
        // full-text index queried in the WHERE clause (or, ranked, joined and ordered by its rank).
        const auto plain = [filterFor, ranked](int run) {
            QueueFilter f = filterFor(run);
            const QString match = SearchIndex::matchExpression(f.search);
            if (ranked)
                f.search.clear();
            QVariantList values;
            QString where = f.toSql(values);
            for (const QVariant &v : std::as_const(values)) {
                const QString literal = v.typeId() == QMetaType::QString
                                            ? u"'"_s + v.toString().replace(u"'"_s, u"''"_s) + u"'"_s
                                            : v.toString();
                where.replace(where.indexOf(u'?'), 1, literal);
            }
            if (ranked)
                where = (where.isEmpty() ? QString() : where + u" AND "_s) + u"case_search MATCH '"_s +
                        QString(match).replace(u"'"_s, u"''"_s) + u"'"_s;
            const QString from =
                (ranked ? u" FROM case_search s JOIN cases c ON c.id = s.rowid"_s : u" FROM cases c"_s) +
                u" JOIN advertisers a ON a.id = c.advertiser_id JOIN policies p ON "
                "p.id = c.policy_id WHERE "_s +
                (where.isEmpty() ? u"1"_s : where);
            return QStringList{u"SELECT count(*)"_s + from,
                               u"SELECT c.id, c.ref, c.priority, c.priority_rank, c.advertiser_name, a.country, "
                               "p.code, c.opened_at, c.due_at, c.decided_at, c.state, c.outcome, c.assignee, "
                               "c.evidence_count"_s +
                                   from +
                                   (ranked ? u" ORDER BY s.rank, c.id LIMIT 128"_s
                                           : u" ORDER BY c.priority_rank, c.due_at, c.id LIMIT 128"_s)};
        };
        return bench.sql(
            name, target,
            [&, filterFor](int run) {
                (void)model->setFilter(filterFor(run));
                firstPage(*model);
            },
            plain);
    };
    figures << search(u"search, rare term"_s, 20, [&](int i) { return rare[i % rare.size()]; });
    figures << search(u"search, common term"_s, 20, [&](int i) { return common[i % common.size()]; });
    figures << search(u"search, two terms"_s, 20,
                      [&](int i) { return common[i % common.size()] + u" "_s + common[(i + 1) % common.size()]; });
    // Best match first: every hit is ranked by the index (BM25), so the common pair is the worst case.
    figures << search(
        u"search, ranked, rare and common term"_s, 300,
        [&](int i) { return rare[i % rare.size()] + u" "_s + common[i % common.size()]; }, true);
    figures << search(
        u"search, ranked, two common terms"_s, 300,
        [&](int i) { return common[i % common.size()] + u" "_s + common[(i + 1) % common.size()]; }, true);
    (void)model->setFilter(QueueFilter());

    // The case pane reads the case, its evidence and its history.
    CaseRepository cases(db);
    EvidenceRepository evidence(db);
    EventRepository events(db);
    QStringList refs;
    for (int row = 0; row < std::min(model->rowCount(), 64); ++row)
        refs << model->refAt(row);
    const auto loadCase = [&](int run) {
        const QString ref = refs.value(std::max(run, 0) % std::max<qsizetype>(refs.size(), 1));
        auto c = cases.findByRef(ref);
        if (c && c->has_value()) {
            (void)evidence.forCase((*c)->id);
            (void)events.forCase((*c)->id);
        }
    };
    // Every case once before the runs, as the shell's repetitions read theirs warm: the figure is
    // AdReview's own work, not the disk's (the first read of a case's pages adds up to a few ms).
    for (int run = 0; run < 2 * runs; ++run)
        loadCase(run);
    figures << bench.sql(u"case pane"_s, 30, loadCase);
    model.reset();

    // Decisions are committed with the database's own durability (WAL, synchronous=FULL); an
    // annotation is the lightest decision and leaves the queue as it was.
    {
        ReviewService review(db, clock, Identity{u"adreview-bench"_s, u"adreview-bench"_s});
        Measured commit{u"decision commit"_s, u"ms"_s, {}, 5};
        QList<double> all;
        for (int i = 0; wanted(commit.name) && i < std::max(runs, 100); ++i) {
            QElapsedTimer t;
            t.start();
            auto done = review.submit({refs.value(i % std::max<qsizetype>(refs.size(), 1)),
                                       u"annotate"_s,
                                       {},
                                       u"benchmark note %1"_s.arg(i),
                                       {},
                                       {},
                                       {},
                                       {}});
            if (!done) {
                out << "error: " << done.error().message << '\n';
                return 3;
            }
            all << msSince(t);
        }
        commit.samples = all;
        std::sort(all.begin(), all.end());
        figures << commit;
        if (!all.isEmpty())
            figures << Measured{u"decision commit, 99th percentile"_s, u"ms"_s, {all[qsizetype(all.size() * 0.99)]}};
    }

    // Reports.
    ReportEngine engine(db, clock);
    const auto counted = engine.countDecisions({});
    const qint64 decisions = counted ? *counted : 0;
    QTemporaryDir tmp;
    Measured csv{u"CSV report of every decision"_s, u"rows/s"_s, {}, 200000, true};
    Measured pdf{u"summary PDF"_s, u"s"_s, {}, 2};
    for (int run = 0; run < runs && wanted(csv.name); ++run) {
        QElapsedTimer t;
        t.start();
        if (auto ok = writeCsvReport(engine, {}, tmp.filePath(u"all.csv"_s)); !ok) {
            out << "error: " << ok.error().message << '\n';
            return 3;
        }
        csv.samples << decisions / std::max(1e-9, t.nsecsElapsed() / 1e9);
    }
    for (int run = 0; run < runs && wanted(pdf.name); ++run) {
        QElapsedTimer t;
        t.start();
        if (auto ok = exportPdfReport(engine, {}, tmp.filePath(u"summary.pdf"_s), {}, true); !ok) {
            out << "error: " << ok.error().message << '\n';
            return 3;
        }
        pdf.samples << t.nsecsElapsed() / 1e9;
    }
    figures << csv << pdf;

    // A JSON import of 100,000 cases (fewer for a small database) into a new database.
    if (wanted(u"JSON import"_s)) {
        QSqlQuery q(db.connection());
        const qint64 inDatabase = q.exec(u"SELECT count(*) FROM cases"_s) && q.next() ? q.value(0).toLongLong() : 0;
        const int importCases = int(std::clamp<qint64>(inDatabase, 1000, 100000));
        const QString file = tmp.filePath(u"cases.json"_s);
        QFile json(file);
        if (!json.open(QIODevice::WriteOnly) ||
            json.write(test::caseFile(test::manyCases(importCases), importCases)) < 0) {
            out << "error: cannot write " << file << '\n';
            return 3;
        }
        json.close();
        Measured import{u"JSON import of %1 cases"_s.arg(importCases), u"s"_s, {}, importCases == 100000 ? 5.0 : 0.0};
        for (int run = 0; run < runs; ++run) {
            const QString target = tmp.filePath(u"import-%1.sqlite"_s.arg(run));
            QElapsedTimer t;
            t.start();
            auto fresh = Database::open(target);
            if (!fresh) {
                out << "error: " << fresh.error().message << '\n';
                return 3;
            }
            ReviewService importer(**fresh, clock, Identity{u"adreview-bench"_s, u"adreview-bench"_s});
            if (auto done = CaseImporter(**fresh, importer).importFile(file); !done) {
                out << "error: " << done.error().message << '\n';
                return 3;
            }
            fresh->reset();
            import.samples << t.nsecsElapsed() / 1e9;
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(target + suffix);
        }
        figures << import;
    }

    // The window's memory after scrolling the whole queue, measured by the window benchmark in a
    // process of its own.
    if (wanted(u"window memory"_s)) {
        QProcess window;
        window.start(QCoreApplication::applicationDirPath() + u"/adreview-window-bench"_s,
                     {u"--db"_s, *path, u"--runs"_s, u"1"_s});
        window.waitForFinished(1'800'000);
        const QString text = QString::fromUtf8(window.readAllStandardOutput());
        static const QRegularExpression peak(u"peak resident memory: (\\d+) MB"_s);
        const auto found = peak.match(text);
        if (window.exitCode() != 0 || !found.hasMatch()) {
            out << "error: the window benchmark failed: " << window.readAllStandardError() << '\n';
            return 3;
        }
        figures << Measured{
            u"window memory after scrolling the whole queue"_s, u"MB"_s, {found.captured(1).toDouble()}, 200};
    }

    bool allOk = true;
    QJsonArray json;
    for (const Measured &m : std::as_const(figures.all)) {
        allOk = allOk && m.ok();
        json.append(m.json());
    }
    if (p.isSet(u"json"_s)) {
        QSaveFile file(p.value(u"json"_s));
        QSqlQuery q(db.connection());
        const qint64 caseCount = q.exec(u"SELECT count(*) FROM cases"_s) && q.next() ? q.value(0).toLongLong() : 0;
        const QJsonObject doc{
            {u"database"_s, *path},
            {u"cases"_s, caseCount},
            {u"decisions"_s, decisions},
            {u"runs"_s, runs},
            {u"machine"_s, QSysInfo::prettyProductName() + u", "_s + QSysInfo::currentCpuArchitecture()},
            {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {u"figures"_s, json},
            {u"ok"_s, allOk}};
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(doc).toJson()) < 0 || !file.commit()) {
            out << "error: cannot write " << p.value(u"json"_s) << '\n';
            return 3;
        }
    }
    return allOk || p.isSet(u"smoke"_s) ? 0 : 1;
}
