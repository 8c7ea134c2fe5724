#include "main/DatabaseJob.h"

#include "storage/Database.h"

#include <QThread>

namespace adreview {

DatabaseJob::DatabaseJob(QObject *parent) : QObject(parent) {}

DatabaseJob::~DatabaseJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool DatabaseJob::start(const QString &databasePath, const QString &name, Work work, std::function<void()> done)
{
    if (m_thread)
        return false;
    m_thread = QThread::create([databasePath, work = std::move(work)] {
        auto db = Database::open(databasePath, Database::OpenMode::MustExist);
        if (!db)
            work(db.error());
        else
            work(db->get());
    });
    m_thread->setObjectName(name);
    connect(m_thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        if (done)
            done();
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace adreview
