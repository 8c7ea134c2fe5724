#pragma once

#include "queue/CaseQueueModel.h"
#include "queue/QueueFilter.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace adreview {

class Database;

// Counts the queue's tabs and lists the assignees on a thread of its own with its own
// connection, so that a count over a million cases never holds up the window. Only the answer
// to the latest request is delivered.
class QueueCounter : public QObject {
    Q_OBJECT

public:
    explicit QueueCounter(const QString &databasePath, QObject *parent = nullptr);
    ~QueueCounter() override;

    // Assignees change only with decisions and imports, so they are listed only when asked for.
    void request(const QueueFilter &filter, bool listAssignees);
    void requestAnchors(const CaseQueueModel::AnchorRequest &request);
    // How many cases each saved view lists (each filter whole, its tab and search included).
    void requestViews(const QList<QueueFilter> &filters);

signals:
    void counted(const adreview::TabCounts &counts);
    void assigneesListed(const QStringList &assignees);
    void failed(const QString &message);
    void viewsCounted(const QList<qint64> &counts); // in the order of the filters asked for
    void anchorsReady(quint64 generation, const adreview::CaseQueueModel::Anchors &anchors);

private:
    void work(quint64 generation, const QueueFilter &filter);
    void workViews(quint64 generation, const QList<QueueFilter> &filters);
    void workAnchors(quint64 ticket, const CaseQueueModel::AnchorRequest &request);
    Database *connection(); // the worker thread's own, opened on first use

    QString m_path;
    QThread m_thread;
    QObject *m_worker; // lives in m_thread; owns the thread's connection
    std::atomic<quint64> m_latest{0};
    std::atomic<quint64> m_latestAnchors{0};
    std::atomic<quint64> m_latestViews{0};
    std::atomic<bool> m_assigneesWanted{true}; // kept until a request that runs lists them
};

} // namespace adreview

Q_DECLARE_METATYPE(adreview::TabCounts)
