#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace adreview {

// Ranks a search's hits (QueueHits::rank) on a thread of its own with its own connection, so that
// ranking the hundreds of thousands of hits of common words never holds up the window. Only the
// answer to the latest request is delivered; an earlier one still running gives up.
class QueueRanker : public QObject {
    Q_OBJECT

public:
    explicit QueueRanker(const QString &databasePath, QObject *parent = nullptr);
    ~QueueRanker() override;

    using Ids = std::shared_ptr<const std::vector<qint64>>;
    // Ranks the hits of an FTS5 expression; the answer comes as ranked() with the same ticket.
    void request(quint64 ticket, const QString &match);
    // Drops the request in hand: its answer never comes.
    void cancel();

signals:
    void ranked(quint64 ticket, const QString &match, const adreview::QueueRanker::Ids &ids);
    void failed(quint64 ticket, const QString &message);

private:
    void work(quint64 ticket, const QString &match);

    QString m_path;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; owns the thread's connection
    std::atomic<quint64> m_latest{0};
    std::atomic<bool> m_stale{false}; // the work in hand is no longer wanted
};

} // namespace adreview
