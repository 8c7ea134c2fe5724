#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace adreview::bench {

// Records the SQL a piece of work runs on a connection (with its values written in), so that the
// same statements can be timed through the sqlite3 shell: the limit AdReview is measured against.
class StatementRecorder {
public:
    explicit StatementRecorder(sqlite3 *handle);
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder &) = delete;
    StatementRecorder &operator=(const StatementRecorder &) = delete;

    // Only the statements that read: a figure compares reading, and writes would change the file.
    QStringList reads() const { return m_reads; }

private:
    static int trace(unsigned type, void *self, void *statement, void *);

    sqlite3 *m_handle;
    QStringList m_reads;
};

// Times statements through the `sqlite3` shell on a file, read-only, with AdReview's page cache:
// the script runs them `repeat` times, and the time of a script that runs none is taken off, so
// the shell's start and the file's opening do not count. Seconds per repetition; negative when
// the shell cannot be run.
double shellSeconds(const QString &database, const QStringList &statements, int repeat);
bool shellAvailable();

} // namespace adreview::bench
