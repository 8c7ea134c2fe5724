#include "queue/QueueCounter.h"

#include "storage/CaseRepository.h"
#include "storage/Database.h"

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
    m_latestAnchors = ~quint64(0);
    m_latestViews = ~quint64(0);
    m_thread.quit();
    m_thread.wait();
}

void QueueCounter::request(const QueueFilter &filter, bool listAssignees)
{
    if (listAssignees)
        m_assigneesWanted = true;
    const quint64 generation = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [this, generation, filter] { work(generation, filter); }, Qt::QueuedConnection);
}

Database *QueueCounter::connection()
{
    auto *holder = static_cast<ConnectionHolder *>(m_worker);
    if (!holder->db) {
        auto db = Database::open(m_path, Database::OpenMode::MustExist);
        if (!db) {
            const QString message = db.error().message;
            QMetaObject::invokeMethod(
                this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
            return nullptr;
        }
        holder->db = std::move(*db);
    }
    return holder->db.get();
}

void QueueCounter::requestAnchors(const CaseQueueModel::AnchorRequest &request)
{
    const quint64 ticket = ++m_latestAnchors;
    QMetaObject::invokeMethod(
        m_worker, [this, ticket, request] { workAnchors(ticket, request); }, Qt::QueuedConnection);
}

void QueueCounter::requestViews(const QList<QueueFilter> &filters)
{
    const quint64 generation = ++m_latestViews;
    QMetaObject::invokeMethod(
        m_worker, [this, generation, filters] { workViews(generation, filters); }, Qt::QueuedConnection);
}

void QueueCounter::workViews(quint64 generation, const QList<QueueFilter> &filters)
{
    if (generation != m_latestViews)
        return;
    Database *db = connection();
    if (!db)
        return;
    auto counts = QueueFilter::countEach(*db, filters);
    if (!counts) {
        QMetaObject::invokeMethod(
            this, [this, message = counts.error().message] { emit failed(message); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, generation, c = *counts] {
            if (generation == m_latestViews)
                emit viewsCounted(c);
        },
        Qt::QueuedConnection);
}

void QueueCounter::workAnchors(quint64 ticket, const CaseQueueModel::AnchorRequest &request)
{
    if (ticket != m_latestAnchors)
        return;
    Database *db = connection();
    if (!db)
        return;
    auto anchors = CaseQueueModel::readAnchors(*db, request);
    if (!anchors)
        return; // the window pages without them, only slower on far jumps
    QMetaObject::invokeMethod(
        this,
        [this, ticket, generation = request.generation, a = *anchors] {
            if (ticket == m_latestAnchors)
                emit anchorsReady(generation, a);
        },
        Qt::QueuedConnection);
}

void QueueCounter::work(quint64 generation, const QueueFilter &filter)
{
    if (generation != m_latest)
        return; // a newer request is waiting behind this one
    Database *db = connection();
    if (!db)
        return;
    const auto fail = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
    };
    if (m_assigneesWanted.exchange(false)) {
        auto names = CaseRepository(*db).assignees();
        if (!names)
            return fail(names.error().message);
        QMetaObject::invokeMethod(
            this, [this, n = *names] { emit assigneesListed(n); }, Qt::QueuedConnection);
    }
    auto counts = TabCounts::query(*db, filter);
    if (!counts)
        return fail(counts.error().message);
    QMetaObject::invokeMethod(
        this,
        [this, generation, c = *counts] {
            if (generation == m_latest)
                emit counted(c);
        },
        Qt::QueuedConnection);
}

} // namespace adreview
