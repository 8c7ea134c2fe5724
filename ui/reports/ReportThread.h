#pragma once

#include "reports/Report.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace adreview {

// A thread of its own with its own database connection and report engine, for report work that
// must not hold up the window. Qt SQL connections belong to the thread that opened them, so the
// connection is opened on first use there and closed there when the thread ends.
class ReportThread : public QObject {
    Q_OBJECT

public:
    // A job gets the engine, or null and the reason the database could not be opened.
    using Job = std::function<void(ReportEngine *engine, const QString &openError)>;

    ReportThread(const QString &databasePath, const Clock &clock, const QString &name, QObject *parent = nullptr);
    ~ReportThread() override; // waits for the running job; queued ones are dropped

    // Runs the job on the thread, after those posted before it.
    void post(Job job);
    QString databasePath() const { return m_path; }

private:
    QString m_path;
    const Clock &m_clock;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; owns the connection
    std::atomic<bool> m_closing{false};
};

} // namespace adreview
