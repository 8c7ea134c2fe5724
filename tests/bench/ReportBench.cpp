// Measures decision reports on a real database: the summary, a CSV of every decision, a PDF with
// about 5,000 decision rows, and a summary-only PDF over the whole database.
// Usage: adreview-report-bench --db FILE [--runs N] [--out DIR]

#include "BenchFigure.h"
#include "reports/Report.h"
#include "reports/ReportWriter.h"
#include "reports/pdf/ReportPdf.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

QTextStream out(stdout);

using bench::Figure;

void line(const QString &name, const Figure &f, const QString &target, bool ok)
{
    bench::printFigure(out, name, f, target, ok);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"db"_s, u"Database"_s, u"file"_s});
    p.addOption({u"runs"_s, u"Runs per figure"_s, u"n"_s, u"5"_s});
    p.addOption({u"out"_s, u"Keep the reports in this folder"_s, u"dir"_s});
    p.process(app);
    const int runs = std::max(1, p.value(u"runs"_s).toInt());
    QTemporaryDir tmp;
    const QString dir = p.isSet(u"out"_s) ? p.value(u"out"_s) : tmp.path();

    auto db = Database::open(p.value(u"db"_s), Database::OpenMode::MustExist);
    if (!db) {
        out << "error: " << db.error().message << '\n';
        return 3;
    }
    SystemClock clock;
    ReportEngine engine(**db, clock);
    const ReportFilter all;
    const auto counted = engine.countDecisions(all);
    const qint64 decisions = counted ? *counted : 0;
    out << "decisions in the database: " << decisions << '\n';

    // The period that holds the latest 5,000 decisions (whole days, so a few more).
    ReportFilter recent;
    {
        QSqlQuery q((*db)->connection());
        q.exec(u"SELECT at FROM events WHERE action IN ('ban', 'clear', 'reinstate', 'resolve-conflict') "
               "ORDER BY at DESC LIMIT 1 OFFSET 4999"_s);
        if (q.next())
            recent.from = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).date();
    }
    const auto recentCounted = engine.countDecisions(recent);
    const qint64 recentRows = recentCounted ? *recentCounted : 0;

    bool allOk = true;
    const auto measure = [&](const std::function<bool()> &work) {
        Figure f;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            if (!work())
                return Figure{{-1}};
            f.seconds << t.nsecsElapsed() / 1e9;
        }
        return f;
    };

    const Figure summary = measure([&] { return engine.summary(all).ok(); });
    line(u"summary of every decision"_s, summary, u"(part of the PDF)"_s, true);

    const Figure csv = measure([&] {
        auto ok = writeCsvReport(engine, all, dir + u"/all.csv"_s);
        if (!ok)
            out << "csv: " << ok.error().message << '\n';
        return ok.ok();
    });
    const double rowsPerSecond = decisions / csv.median();
    out << "csv of " << decisions << " decisions: " << QString::number(rowsPerSecond, 'f', 0) << " rows/s ("
        << QString::number(decisions / csv.max(), 'f', 0) << "–" << QString::number(decisions / csv.min(), 'f', 0)
        << ") target ≥ 200000 rows/s: " << (rowsPerSecond >= 200000 ? "ok" : "MISSED") << '\n';
    allOk = allOk && rowsPerSecond >= 200000;

    const Figure pdf = measure([&] {
        auto ok = exportPdfReport(engine, recent, dir + u"/recent.pdf"_s);
        if (!ok)
            out << "pdf: " << ok.error().message << '\n';
        return ok.ok();
    });
    line(u"pdf with %1 decision rows"_s.arg(recentRows), pdf, u"≤ 3 s"_s, pdf.median() <= 3);
    allOk = allOk && pdf.median() <= 3;

    const Figure summaryPdf =
        measure([&] { return exportPdfReport(engine, all, dir + u"/summary.pdf"_s, {}, true).ok(); });
    line(u"summary-only pdf over the whole database"_s, summaryPdf, u"≤ 2 s"_s, summaryPdf.median() <= 2);
    allOk = allOk && summaryPdf.median() <= 2;
    return allOk ? 0 : 1;
}
