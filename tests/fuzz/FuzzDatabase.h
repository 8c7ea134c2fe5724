#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace adreview::fuzz {

// The fuzz targets' database: the demo cases, made once per process, and a fresh copy of it for
// every input that gets as far as writing, so that each input meets the same database and a
// crash replays from its input alone.
class FuzzDatabase {
public:
    static FuzzDatabase &instance();

    std::unique_ptr<Database> fresh();
    // Fails the run (abort, so the fuzzer keeps the input) unless every table the importers and
    // the merge write holds what the fresh copy held: a refused input wrote nothing.
    void expectUnchanged(Database &db, const char *what);
    // Fails the run unless `adreview verify` finds nothing wrong: integrity, foreign keys, every
    // audit chain and every case's derived state.
    void expectVerified(Database &db, const char *what);

    // Imports a case file (JSON or CSV, by the name's suffix) into a fresh copy and checks the
    // outcome: imported, the database verifies; refused, as a file and not as a database fault,
    // and nothing was written.
    void checkCaseImport(const QByteArray &bytes, const QString &fileName);

private:
    FuzzDatabase();
    QString snapshot(Database &db);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_work;
    QString m_templateSnapshot;
};

// Starts Qt once (an application object, for the SQL driver's plugin) and quiets its warnings.
void startQt();
[[noreturn]] void fail(const char *what, const QString &detail);

} // namespace adreview::fuzz
