#pragma once

#include "files/OutputFile.h"
#include "reports/ReportWriter.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace adreview {

// One report file being written through OutputFile, so that it appears only once complete (a
// cancelled or failed export leaves no file, and an existing file as it was; a device or FIFO is
// written straight into), from a buffer written a megabyte at a time.
class ReportOutput {
public:
    // The parts of one format: what comes before the decision rows, each row, what comes after.
    struct Layout {
        std::function<Status(QByteArray &out)> head;
        // Called from several threads at once (ReportPipeline), so it keeps no state.
        std::function<void(QByteArray &out, const DecisionRow &row)> row;
        QByteArray separator; // between two rows
        // The tail may be long: it calls flush() now and then, which returns false once writing failed.
        std::function<Status(QByteArray &out, const std::function<bool()> &flush)> tail;
    };

    // Checks the filter, opens the file, writes it all and commits it; progress is called before
    // the first row, after every few thousand rows and before the commit.
    static Status write(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                        const ReportProgress &progress, const Layout &layout);

    // Fast text for hundreds of thousands of rows, appended to a UTF-8 buffer.
    enum class TimeStyle { Iso, Readable }; // 2018-01-05T16:00:00Z, 2018-01-05 16:00
    static void appendNumber(QByteArray &out, qint64 n, int width = 0);
    static void appendTime(QByteArray &out, const QDateTime &t, TimeStyle style = TimeStyle::Iso);
    static void appendHours(QByteArray &out, qint64 ms);   // two decimals
    static void appendSeconds(QByteArray &out, qint64 ms); // exact: "250194" or "250194.5"
    static QString isoTime(const QDateTime &t);
    // A duration as people read it, in every report they read (HTML, PDF, the window): hours
    // below two days, days from then on, one decimal ("20.5 h", "2.9 d"); a dash when negative.
    // CSV and JSON keep exact numbers instead. The window and the PDF pass their translated units
    // ("%1 h", "%1 d") and locale; the HTML report is English.
    static QString durationText(qint64 ms, const QString &hours = QStringLiteral("%1 h"),
                                const QString &days = QStringLiteral("%1 d"), const QLocale &locale = QLocale::c());
    // "EV-4 news-citation The Moscow Times <hash>"
    static QString evidenceLine(const CitedEvidence &e);

private:
    explicit ReportOutput(const QString &path);
    Status open();
    bool append(QByteArrayView text);
    bool flushIfFull();
    bool flush();
    Status commit();

    OutputFile m_file;
    QByteArray m_buffer;
};

} // namespace adreview
