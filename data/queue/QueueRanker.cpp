#include "queue/QueueRanker.h"

#include "queue/QueueHits.h"
#include "storage/Database.h"

namespace adreview {

namespace {

// The worker's connection, created and destroyed on the worker thread as Qt SQL requires.
class RankerConnection : public QObject {
public:
    std::unique_ptr<Database> db;
};

} // namespace

QueueRanker::QueueRanker(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath), m_worker(new RankerConnection)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("queue ranking"));
    m_thread.start(QThread::LowPriority);
}

QueueRanker::~QueueRanker()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void QueueRanker::request(quint64 ticket, const QString &match)
{
    m_latest = ticket;
    m_stale = true; // the work in hand, if any, stops at its next thousand hits
    QMetaObject::invokeMethod(
        m_worker, [this, ticket, match] { work(ticket, match); }, Qt::QueuedConnection);
}

void QueueRanker::cancel()
{
    m_latest = ~quint64(0);
    m_stale = true;
}

void QueueRanker::work(quint64 ticket, const QString &match)
{
    if (ticket != m_latest)
        return; // a newer request is waiting behind this one
    m_stale = false;
    if (ticket != m_latest) // asked again meanwhile
        return;
    const auto fail = [this, ticket](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, ticket, message] { emit failed(ticket, message); }, Qt::QueuedConnection);
    };
    auto *holder = static_cast<RankerConnection *>(m_worker);
    if (!holder->db) {
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        if (!db)
            return fail(db.error().message);
        holder->db = std::move(*db);
    }
    auto ids = QueueHits::rank(*holder->db, match, &m_stale);
    if (ticket != m_latest)
        return;
    if (!ids)
        return fail(ids.error().message);
    auto shared = std::make_shared<const std::vector<qint64>>(std::move(*ids));
    QMetaObject::invokeMethod(
        this,
        [this, ticket, match, shared] {
            if (ticket == m_latest)
                emit ranked(ticket, match, shared);
        },
        Qt::QueuedConnection);
}

} // namespace adreview
