#pragma once

#include "domain/ManualClock.h"
#include "review/ReviewService.h"
#include "storage/Database.h"
#include "sync/SyncMerge.h"

#include <QTemporaryDir>

#include <memory>

namespace adreview::test {

// Every row a query gives, its columns joined by '|' and the rows by line breaks.
QString rows(Database &db, const QString &sql);

// Merges a bundle trusting the devices it brings, for the tests whose subject is not trust.
Result<SyncReport> mergeTrusting(Database &db, const QString &bundle);

// A fresh database file in a temporary folder, with a pinned clock and a default reviewer.
class TestDatabase {
public:
    TestDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dirPath() const { return m_dir.path(); }
    Database &db() { return *m_db; }
    ManualClock &clock() { return m_clock; }
    ReviewService &review() { return *m_review; }
    ReviewService reviewAs(const QString &reviewer, const QString &device);
    void loadDemo(); // the shipped demo cases
    // A ban of one of the demo's crypto cases (policy ADS-CRYPTO, citing EV-1) as the case stands
    // now, with an account suspension that ends on `ends` (null: never) and a review date.
    Command cryptoBan(const QString &ref, const QDate &ends, const QDate &reviewBy = {});
    // The file `adreview demo` makes (the same ids on every machine): where each laptop of a team
    // starts from.
    void makeDemo();
    void reopen(); // closes and opens the file again
    void close();
    qint64 count(const QString &sql); // the first column of the first row, as a number
    QString text(const QString &sql);
    // Every row of the tables an import writes, as a count and a hash per table, so that a
    // comparison failure names the table that changed.
    QString snapshot();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReviewService> m_review;
};

// Damages a database file the way a stray write would: its header's page size, versions and
// counts overwritten with 0xff. False when the file cannot be written.
bool overwriteHeader(const QString &path);

} // namespace adreview::test
