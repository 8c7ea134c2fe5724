#pragma once

#include "domain/Result.h"

#include <QObject>

#include <functional>

class QThread;

namespace adreview {

class Database;

// One piece of database work on a thread of its own, so that the window keeps working while it
// runs. Qt SQL connections belong to the thread that opened them, so the work gets a connection of
// its own, opened there by path and closed there when the work returns. One job at a time.
class DatabaseJob : public QObject {
    Q_OBJECT

public:
    // The work gets the connection, or the reason the database could not be opened.
    using Work = std::function<void(const Result<Database *> &db)>;

    explicit DatabaseJob(QObject *parent = nullptr);
    ~DatabaseJob() override; // waits for running work: it may be inside a transaction

    // Runs the work on a new thread named `name`, then `done` on this object's thread. False, and
    // nothing runs, while another job is running.
    bool start(const QString &databasePath, const QString &name, Work work, std::function<void()> done = {});
    bool running() const { return m_thread != nullptr; }

private:
    QThread *m_thread = nullptr;
};

} // namespace adreview
