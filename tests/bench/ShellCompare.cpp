#include "ShellCompare.h"

#include "storage/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace adreview::bench {

StatementRecorder::StatementRecorder(sqlite3 *handle) : m_handle(handle)
{
    sqlite3_trace_v2(m_handle, SQLITE_TRACE_PROFILE, &StatementRecorder::trace, this);
}

StatementRecorder::~StatementRecorder()
{
    sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

int StatementRecorder::trace(unsigned, void *self, void *statement, void *)
{
    auto *recorder = static_cast<StatementRecorder *>(self);
    auto *stmt = static_cast<sqlite3_stmt *>(statement);
    if (!sqlite3_stmt_readonly(stmt))
        return 0;
    char *text = sqlite3_expanded_sql(stmt);
    if (text) {
        const QString sql = QString::fromUtf8(text).trimmed();
        // Transaction control and pragmas are not the query.
        if (!sql.startsWith(u"BEGIN"_s, Qt::CaseInsensitive) && !sql.startsWith(u"COMMIT"_s, Qt::CaseInsensitive) &&
            !sql.startsWith(u"PRAGMA"_s, Qt::CaseInsensitive))
            recorder->m_reads << sql;
    }
    sqlite3_free(text);
    return 0;
}

bool shellAvailable()
{
    return !QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty();
}

namespace {

double runScript(const QString &database, const QByteArray &script)
{
    QProcess shell;
    QElapsedTimer t;
    t.start();
    shell.start(u"sqlite3"_s, {u"-readonly"_s, database});
    if (!shell.waitForStarted())
        return -1;
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600'000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e9;
}

} // namespace

double shellSeconds(const QString &database, const QStringList &statements, int repeat)
{
    const QByteArray head = ".output /dev/null\nPRAGMA cache_size = -" + QByteArray::number(Database::defaultCacheKiB) +
                            ";\nSELECT count(*) FROM sqlite_schema;\n";
    QByteArray script = head;
    for (int i = 0; i < repeat; ++i) {
        for (const QString &sql : statements)
            script += sql.toUtf8() + ";\n";
    }
    const double empty = runScript(database, head);
    const double full = runScript(database, script);
    if (empty < 0 || full < 0)
        return -1;
    return std::max(0.0, full - empty) / repeat;
}

} // namespace adreview::bench
