#include "demo/DemoDataset.h"

#include "import/CaseImporter.h"
#include "review/ReviewService.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview {

QByteArray DemoDataset::json()
{
    QFile f(u":/adreview/demo/demo.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<ImportReport> DemoDataset::create(const QString &path, bool force)
{
    const QFileInfo target(path);
    if (target.exists() && !force)
        return Error::rejected(u"%1 already exists; use --force to replace it with the demo database"_s.arg(path));
    if (!target.absoluteDir().exists())
        return Error::unusable(u"%1: the folder %2 does not exist"_s.arg(path, target.absolutePath()));
    // Build next to the target and swap it in at the end, so a failure leaves the old file alone.
    const QString temp = path + u".new"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(temp + suffix);
    Result<ImportReport> report = Error::rejected(QString());
    {
        auto db = Database::open(temp);
        if (!db)
            return db.error();
        SystemClock clock;
        ReviewService review(**db, clock, Identity{u"intake"_s, u"demo-intake"_s});
        // Every laptop's demo holds the same events, unsigned, from before signing: two demo
        // databases made apart merge. Its devices are frozen, so none of them can add to it.
        review.writeUnsigned();
        CaseImporter importer(**db, review);
        importer.setStableEventIds(true);
        report = importer.importJson(json(), u"demo.json"_s);
        if (report) {
            if (auto frozen = DeviceRepository(**db).freezeUnsigned(u"the demo's history"_s, clock.now()); !frozen)
                report = frozen.error();
        }
        if (report) {
            // Fold the write-ahead log into the file so the single file is the whole database.
            if (auto ok = (*db)->checkpoint(); !ok)
                report = ok.error();
        }
    }
    if (!report) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(temp + suffix);
        return report;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
        QFile::remove(temp + suffix);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    if (!QFile::rename(temp, path))
        return Error::unusable(u"%1: could not move the new demo database into place"_s.arg(path));
    report->file = path;
    return report;
}

} // namespace adreview
