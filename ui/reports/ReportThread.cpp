#include "reports/ReportThread.h"

#include "storage/Database.h"

#include <memory>

namespace adreview {

namespace {

// The worker's connection and engine, created and destroyed on the worker thread.
class EngineHolder : public QObject {
public:
    std::unique_ptr<Database> db;
    std::unique_ptr<ReportEngine> engine;
    QString openError;
};

} // namespace

ReportThread::ReportThread(const QString &databasePath, const Clock &clock, const QString &name, QObject *parent)
    : QObject(parent), m_path(databasePath), m_clock(clock), m_worker(new EngineHolder)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(name);
    m_thread.start(QThread::LowPriority);
}

ReportThread::~ReportThread()
{
    m_closing = true; // jobs still queued return at once
    m_thread.quit();
    m_thread.wait();
}

void ReportThread::post(Job job)
{
    auto *holder = static_cast<EngineHolder *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker,
        [this, holder, job = std::move(job)] {
            if (m_closing)
                return;
            if (!holder->engine && holder->openError.isEmpty()) {
                auto db = Database::open(m_path, Database::OpenMode::MustExist);
                if (db) {
                    holder->db = std::move(*db);
                    holder->engine = std::make_unique<ReportEngine>(*holder->db, m_clock);
                } else {
                    holder->openError = db.error().message;
                }
            }
            job(holder->engine.get(), holder->openError);
        },
        Qt::QueuedConnection);
}

} // namespace adreview
