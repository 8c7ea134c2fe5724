#include "main/DatabaseOpener.h"

#include "storage/Backups.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The context lupdate and the translator share for this file's texts.
class DatabaseOpener {
    Q_DECLARE_TR_FUNCTIONS(adreview::DatabaseOpener)
};

} // namespace

Result<std::unique_ptr<Database>> openOfferingBackup(const QString &path, QWidget *parent)
{
    auto db = Database::open(path);
    if (db || !db.error().damaged)
        return db;
    const auto latest = Backups(path).latest();
    if (!latest)
        return db;

    QMessageBox box(QMessageBox::Warning, DatabaseOpener::tr("Damaged Database"), db.error().message,
                    QMessageBox::NoButton, parent);
    box.setObjectName(u"offerBackup"_s);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        DatabaseOpener::tr("A backup made %1 UTC is kept (%2). Restore it? Decisions made after it are not in "
                           "it. The damaged file is kept beside the database, renamed.")
            .arg(latest->made.toString(u"yyyy-MM-dd HH:mm"_s), latest->path));
    QPushButton *restore = box.addButton(DatabaseOpener::tr("Restore Backup"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return db;
    auto kept = Backups::restore(path, latest->path);
    if (!kept)
        return kept.error();
    return Database::open(path);
}

} // namespace adreview
