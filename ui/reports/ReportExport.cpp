#include "reports/ReportExport.h"

#include "reports/ReportText.h"
#include "reports/pdf/ReportPdf.h"

#include <QElapsedTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace adreview {

ReportExport::ReportExport(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_thread(databasePath, clock, u"report export"_s)
{}

ReportExport::~ReportExport()
{
    m_cancel = true;
}

bool ReportExport::start(ReportFormat format, const ReportFilter &filter, const QString &path, bool summaryOnly)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = false;
    if (format == ReportFormat::Html) { // in the reader's language
        m_thread.post([this, filter, path](ReportEngine *engine, const QString &openError) {
            if (!engine)
                return done(Error::unusable(openError));
            done(writeHtmlReport(*engine, filter, path, progressCallback(), m_words));
        });
        return true;
    }
    if (const auto write = reportFormatInfo(format).write) {
        m_thread.post([this, write, filter, path](ReportEngine *engine, const QString &openError) {
            if (!engine)
                return done(Error::unusable(openError));
            done(write(*engine, filter, path, progressCallback()));
        });
        return true;
    }
    m_thread.post([this, filter, path, summaryOnly](ReportEngine *engine, const QString &openError) {
        if (!engine)
            return done(Error::unusable(openError));
        if (auto valid = engine->validate(filter); !valid)
            return done(valid);
        auto summary = engine->summary(filter);
        if (!summary)
            return done(summary.error());
        // The charts are drawn here, on the GUI thread; the PDF is written back on the worker.
        QMetaObject::invokeMethod(
            this, [this, s = *summary, path, summaryOnly] { writePdf(s, path, summaryOnly); }, Qt::QueuedConnection);
    });
    return true;
}

void ReportExport::writePdf(const ReportSummary &summary, const QString &path, bool summaryOnly)
{
    if (m_cancel) {
        m_running = false;
        emit finished(false, true, {});
        return;
    }
    const PdfCharts charts = drawPdfCharts(summary);
    m_thread.post([this, summary, charts, path, summaryOnly](ReportEngine *engine, const QString &openError) {
        if (!engine)
            return done(Error::unusable(openError));
        done(writePdfReport(*engine, summary, charts, path, progressCallback(), summaryOnly));
    });
}

void ReportExport::cancel()
{
    m_cancel = true;
}

ReportProgress ReportExport::progressCallback()
{
    // At most every 50 ms, so a fast export does not flood the window with events.
    auto timer = std::make_shared<QElapsedTimer>();
    return [this, timer](qint64 done, qint64 total) {
        if (m_cancel)
            return false;
        if (!timer->isValid() || timer->elapsed() >= 50 || done == total) {
            timer->start();
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        }
        return true;
    };
}

void ReportExport::done(const Status &status)
{
    const bool ok = status.ok();
    const QString message = ok ? QString() : status.error().message;
    QMetaObject::invokeMethod(
        this,
        [this, ok, message] {
            m_running = false;
            emit finished(ok, !ok && m_cancel, message);
        },
        Qt::QueuedConnection);
}

} // namespace adreview
