#pragma once

#include "reports/ReportText.h"
#include "reports/ReportThread.h"
#include "reports/ReportWriter.h"

#include <QObject>

#include <atomic>

namespace adreview {

// Writes one report at a time on a thread of its own with its own connection, with progress
// and cancel, so the window stays responsive. For a PDF the charts are drawn on the GUI thread
// between the summary and the PDF, as Qt Charts requires.
class ReportExport : public QObject {
    Q_OBJECT

public:
    ReportExport(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~ReportExport() override; // cancels a running export, which leaves no file

    // False if an export is already running.
    bool start(ReportFormat format, const ReportFilter &filter, const QString &path, bool summaryOnly = false);
    void cancel();
    bool running() const { return m_running; }

signals:
    void progress(qint64 done, qint64 total);
    // ok, or cancelled, or failed with the error's message.
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void writeText(ReportFormat format, const ReportFilter &filter, const QString &path);
    void writePdf(const ReportSummary &summary, const QString &path, bool summaryOnly);
    ReportProgress progressCallback();
    void done(const Status &status); // on the worker: hands the result to the GUI thread

    ReportThread m_thread;
    ReportText m_words; // the HTML report's, read on the worker
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace adreview
