#include "decision/BulkRun.h"

#include "main/DatabaseJob.h"
#include "review/ReviewService.h"
#include "storage/Database.h"

#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace adreview {

BulkRun::BulkRun(const Clock &clock, QWidget *window) : QObject(window), m_clock(clock), m_window(window)
{
    m_job = new DatabaseJob(this);
    m_poll = new QTimer(this);
    m_poll->setInterval(100); // the bar moves ten times a second, however fast cases go
    connect(m_poll, &QTimer::timeout, this, &BulkRun::showProgress);
}

BulkRun::~BulkRun()
{
    *m_cancel = true;
    delete m_job; // waits for the worker, which stops at its next case
}

bool BulkRun::running() const
{
    return m_job->running();
}

bool BulkRun::start(const QString &databasePath, const Identity &who, const QStringList &refs,
                    const BulkRequest &request)
{
    if (m_job->running())
        return false;
    *m_cancel = false;
    *m_done = 0;
    *m_total = refs.size();
    auto outcome = std::make_shared<std::optional<Result<BulkReport>>>();
    const auto work = [clock = &m_clock, who, refs, request, cancel = m_cancel, done = m_done, total = m_total,
                       perTransaction = m_casesPerTransaction, outcome](const Result<Database *> &db) {
        if (!db) {
            *outcome = Result<BulkReport>(db.error());
            return;
        }
        ReviewService review(**db, *clock, who);
        BulkDecision bulk(**db, review);
        bulk.setCasesPerTransaction(perTransaction);
        // The heads as the reviewer confirmed: a case another connection changes from here on is
        // refused as stale when its turn comes.
        auto targets = bulk.capture(refs);
        if (!targets) {
            *outcome = Result<BulkReport>(targets.error());
            return;
        }
        *outcome = bulk.run(*targets, request, [cancel, done, total](const BulkDecision::Progress &p) {
            *done = p.done;
            *total = p.total;
            return !*cancel;
        });
    };
    const QString action = request.command.action;
    const auto finish = [this, outcome, action] {
        m_poll->stop();
        if (m_progress) {
            m_progress->hide(); // now, so that the window is enabled and repaints on the next turn
            m_progress->deleteLater();
        }
        if (!*outcome)
            emit failed(Error::unusable(tr("The bulk action stopped before it reported")));
        else if (!**outcome)
            emit failed((**outcome).error());
        else
            emit finished(***outcome, action);
    };
    if (!m_job->start(databasePath, u"bulk decisions"_s, work, finish))
        return false;
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"bulkProgress"_s);
    m_progress->setWindowTitle(tr("Deciding Cases"));
    m_progress->setLabelText(tr("Deciding %Ln cases…", nullptr, int(refs.size())));
    m_progress->setCancelButtonText(tr("Stop After This Case"));
    m_progress->setRange(0, int(refs.size()));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Stopping after the case being decided…"));
    });
    m_progress->setValue(0);
    m_progress->show();
    m_poll->start();
    return true;
}

void BulkRun::showProgress()
{
    if (!m_progress || *m_cancel)
        return;
    const qint64 done = *m_done;
    m_progress->setMaximum(int(m_total->load()));
    m_progress->setValue(int(done));
    m_progress->setLabelText(tr("Deciding case %L1 of %L2…").arg(done).arg(m_total->load()));
}

} // namespace adreview
