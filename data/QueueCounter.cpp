#include "QueueCounter.h"

#include "CaseRepository.h"
#include "Database.h"

#include <memory>

namespace adreview {

namespace {

// The worker's connection, created and destroyed on the worker thread as Qt SQL requires.
class ConnectionHolder : public QObject {
public:
    std::unique_ptr<Database> db;
};

} // namespace

QueueCounter::QueueCounter(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath), m_worker(new ConnectionHolder)
{
    qRegisterMetaType<adreview::TabCounts>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("queue counts"));
    m_thread.start(QThread::LowPriority);
}

QueueCounter::~QueueCounter()
{
    m_latest = ~quint64(0); // any queued work is now stale
    m_thread.quit();
    m_thread.wait();
}

void QueueCounter::request(const QueueFilter &filter)
{
    const quint64 generation = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [this, generation, filter] { work(generation, filter); }, Qt::QueuedConnection);
}

void QueueCounter::work(quint64 generation, const QueueFilter &filter)
{
    if (generation != m_latest)
        return; // a newer request is waiting behind this one
    auto *holder = static_cast<ConnectionHolder *>(m_worker);
    if (!holder->db) {
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        if (!db) {
            const QString message = db.error().message;
            QMetaObject::invokeMethod(
                this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
            return;
        }
        holder->db = std::move(*db);
    }
    auto counts = TabCounts::query(*holder->db, filter);
    auto names = CaseRepository(*holder->db).assignees();
    if (!counts || !names) {
        const QString message = !counts ? counts.error().message : names.error().message;
        QMetaObject::invokeMethod(
            this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, generation, c = *counts, n = *names] {
            if (generation == m_latest)
                emit counted(c, n);
        },
        Qt::QueuedConnection);
}

} // namespace adreview
