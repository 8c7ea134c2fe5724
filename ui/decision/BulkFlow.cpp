#include "decision/BulkFlow.h"

#include "decision/BulkDialog.h"
#include "decision/BulkRun.h"
#include "decision/BulkSummaryDialog.h"
#include "queue/QueueView.h"
#include "review/ReviewService.h"

#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace adreview {

BulkFlow::BulkFlow(ReviewService &review, QList<Policy> policies, QueueView *queue, QString databasePath,
                   const Clock &clock, QWidget *window)
    : QObject(window), m_review(review), m_policies(std::move(policies)), m_queue(queue),
      m_databasePath(std::move(databasePath)), m_window(window)
{
    m_run = new BulkRun(clock, window);
    m_run->setParent(this);
    connect(m_run, &BulkRun::finished, this, [this](const BulkReport &report, const QString &action) {
        emit finished(report);
        // On a turn of its own: the window has just read the queue again.
        QTimer::singleShot(0, this, [this, report, action] { showSummary(report, action); });
    });
    connect(m_run, &BulkRun::failed, this, [this](const Error &error) {
        emit finished({});
        showError(error);
    });
    // The rows read so far no longer name what was selected.
    if (QAbstractItemModel *model = m_queue->model())
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_collecting = false; });
}

bool BulkFlow::running() const
{
    return m_run->running();
}

bool BulkFlow::busy() const
{
    return m_collecting || running() || (m_dialog && m_dialog->isVisible());
}

void BulkFlow::start(const QString &action)
{
    if (busy())
        return;
    m_pendingRows = m_queue->selectedRanges();
    m_pendingAction = action;
    m_collected.clear();
    m_collecting = !m_pendingRows.isEmpty();
    if (m_collecting)
        collectSome();
}

void BulkFlow::collectSome()
{
    constexpr int rowsPerTurn = 512; // four of the queue's pages: a few milliseconds
    if (!m_collecting)
        return; // the queue was read again meanwhile
    for (int budget = rowsPerTurn; budget > 0 && !m_pendingRows.isEmpty(); --budget) {
        auto &[top, bottom] = m_pendingRows.first();
        if (const QueueView::Selected s = m_queue->caseAt(top); !s.ref.isEmpty())
            m_collected.append({s.ref, s.policyCode});
        if (++top > bottom)
            m_pendingRows.removeFirst();
    }
    if (!m_pendingRows.isEmpty()) {
        QTimer::singleShot(0, this, &BulkFlow::collectSome);
        return;
    }
    m_collecting = false;
    if (m_collected.isEmpty())
        return;
    if (!m_dialog) {
        m_dialog = new BulkDialog(m_review, m_policies, m_window);
        m_dialog->setObjectName(u"bulkDialog"_s);
        connect(m_dialog, &QDialog::accepted, this, &BulkFlow::confirmed);
    }
    m_dialog->start(m_collected, m_pendingAction);
    m_collected.clear();
    m_dialog->open();
}

void BulkFlow::confirmed()
{
    QStringList refs;
    for (const BulkDialog::Case &c : m_dialog->cases())
        refs << c.ref;
    if (!m_run->start(m_databasePath, m_review.identity(), refs, m_dialog->request()))
        showError(Error::rejected(tr("Another bulk action is still running; try again when it ends.")));
}

void BulkFlow::showSummary(const BulkReport &report, const QString &action)
{
    delete m_summary;
    m_summary = new BulkSummaryDialog(report, action, m_window);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_summary, &BulkSummaryDialog::caseChosen, this, &BulkFlow::caseChosen);
    m_summary->show();
}

void BulkFlow::showError(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Bulk action not done"), error.message, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace adreview
