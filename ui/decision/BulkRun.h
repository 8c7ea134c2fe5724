#pragma once

#include "domain/Clock.h"
#include "review/BulkDecision.h"
#include "review/Identity.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

class QTimer;
class QWidget;

namespace adreview {

class DatabaseJob;

// Runs a bulk action on a worker thread with a connection of its own, so the window stays
// responsive: the cases' heads are captured as the reviewer confirms, then the cases are decided
// in transactions, with a progress dialog whose Cancel stops between cases. What was decided
// before a cancel stays.
class BulkRun : public QObject {
    Q_OBJECT

public:
    BulkRun(const Clock &clock, QWidget *window);
    ~BulkRun() override; // waits for the worker: it may be inside a transaction

    // False, and nothing runs, while another run is going.
    bool start(const QString &databasePath, const Identity &who, const QStringList &refs, const BulkRequest &request);
    bool running() const;
    void cancel() { *m_cancel = true; }
    void setCasesPerTransaction(int n) { m_casesPerTransaction = n; }
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    // The run ended (done, cancelled or failed part way); `failure` when it could not start.
    void finished(const BulkReport &report, const QString &action);
    void failed(const Error &error);

private:
    void showProgress();

    const Clock &m_clock;
    QWidget *m_window;
    DatabaseJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_poll = nullptr;
    int m_casesPerTransaction = BulkDecision::defaultCasesPerTransaction;
    // Shared with the worker, which may outlive a cancelled dialog by a case.
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<qint64>> m_done = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<qint64>> m_total = std::make_shared<std::atomic<qint64>>(0);
};

} // namespace adreview
