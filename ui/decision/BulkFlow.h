#pragma once

#include "decision/BulkDialog.h"
#include "decision/BulkSummaryDialog.h"
#include "domain/Clock.h"
#include "domain/Domain.h"
#include "review/BulkDecision.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace adreview {

class BulkRun;
class QueueView;
class ReviewService;

// Carries a bulk action from the cases selected in the queue to the database and back: the form
// for the action, the run on a worker with its progress, then the summary of what was done and
// refused. The window reads the queue again when a run ends.
class BulkFlow : public QObject {
    Q_OBJECT

public:
    BulkFlow(ReviewService &review, QList<Policy> policies, QueueView *queue, QString databasePath, const Clock &clock,
             QWidget *window);

    // Opens the form for the cases selected with `action` chosen (one of BulkDialog::actions()),
    // once their refs are read from the queue.
    void start(const QString &action);
    bool running() const;
    // While the form is open or a run goes on, the window must not swap the database under it.
    bool busy() const;

    BulkDialog *dialog() const { return m_dialog; }
    BulkRun *run() const { return m_run; }
    BulkSummaryDialog *summary() const { return m_summary; }

signals:
    void finished(const BulkReport &report);
    void caseChosen(const QString &ref); // from the summary

private:
    void collectSome();
    void confirmed();
    void showSummary(const BulkReport &report, const QString &action);
    void showError(const Error &error);

    ReviewService &m_review;
    QList<Policy> m_policies;
    QueueView *m_queue;
    QString m_databasePath;
    QWidget *m_window;
    BulkRun *m_run = nullptr;
    QPointer<BulkDialog> m_dialog;
    QPointer<BulkSummaryDialog> m_summary;
    // A selection being read, a slice of rows per turn of the event loop: thousands of rows read
    // at once would hold the window for a noticeable moment.
    QList<std::pair<int, int>> m_pendingRows;
    QList<BulkDialog::Case> m_collected;
    QString m_pendingAction;
    bool m_collecting = false;
};

} // namespace adreview
