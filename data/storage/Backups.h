#pragma once

#include "domain/Result.h"
#include "domain/WorkProgress.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace adreview {

class Database;

// Consistent copies of a database file, kept in a folder beside it ("reviews.sqlite.backups"):
// made with VACUUM INTO under a temporary name, synced to disk, then renamed, so a backup is
// either whole or absent. The newest `keep` are kept. Made before every schema upgrade, once a
// day by the window, and by `adreview backup`; `adreview restore` puts one back, keeping the file
// it replaces.
class Backups {
public:
    struct Copy {
        QString path;
        QDateTime made; // UTC, from the name
        QString reason; // manual, daily, before-vN
    };

    explicit Backups(const QString &databasePath, int keep = defaultKeep);

    QString folder() const;
    // Newest first.
    QList<Copy> list() const;
    std::optional<Copy> latest() const;
    // True when no backup is younger than a day.
    bool dailyDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Copies the database behind `db` (not inside a transaction) and drops the oldest copies
    // beyond `keep`. Returns the new backup's path. `progress` is told the bytes written of about
    // the database's size; returning false stops the copy and leaves no backup.
    Result<QString> make(Database &db, const QString &reason, const WorkProgress &progress = {}) const;

    // Checks `backup` (an AdReview database this program can read, passing SQLite's check), then
    // copies it into the database file (through a symbolic link, the file it points to) under an
    // exclusive lock, after copying the file as it was beside it as "….replaced-TIME" with its
    // log. Refused while another program has the database open. A file too damaged to lock is
    // moved aside under that name instead. Returns the name the replaced file was kept under
    // (empty when there was none).
    static Result<QString> restore(const QString &databasePath, const QString &backup);

    static constexpr int defaultKeep = 7;

private:
    void prune() const;

    QString m_database;
    int m_keep;
};

} // namespace adreview
