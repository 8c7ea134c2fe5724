#include "TestDatabase.h"
#include "main/DatabaseOpener.h"
#include "storage/Backups.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace adreview {

// Opening a damaged database in the window: the latest backup is offered, and restored only when
// the reviewer says so.
class TestDatabaseOpener : public QObject {
    Q_OBJECT

private:
    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    // Answers the offer when it shows: with the Restore button, or with Escape.
    static void answer(bool restore, QString *seen)
    {
        QTimer::singleShot(50, [restore, seen] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"offerBackup"_s) {
                answer(restore, seen); // not shown yet
                return;
            }
            *seen = box->text() + u"\n"_s + box->informativeText();
            if (restore) {
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == u"Restore Backup"_s)
                        QTest::mouseClick(b, Qt::LeftButton);
                }
            } else {
                QTest::keyClick(box, Qt::Key_Escape);
            }
        });
    }

private slots:
    void theLatestBackupIsOfferedAndRestored()
    {
        test::TestDatabase t;
        t.loadDemo();
        auto made = Backups(t.path()).make(t.db(), u"daily"_s);
        QVERIFY(made.ok());
        t.close();
        QVERIFY(test::overwriteHeader(t.path()));

        QString seen;
        answer(true, &seen);
        auto db = openOfferingBackup(t.path());
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        QVERIFY2(seen.contains(u"damaged"_s) && seen.contains(*made), qPrintable(seen));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM cases"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 15);
        QCOMPARE(QDir(t.dirPath()).entryList({u"test.sqlite.replaced-*"_s}, QDir::Files).size(), 1);
    }

    void declinedLeavesTheFileAsItIs()
    {
        test::TestDatabase t;
        t.loadDemo();
        QVERIFY(Backups(t.path()).make(t.db(), u"daily"_s).ok());
        t.close();
        QVERIFY(test::overwriteHeader(t.path()));
        const QByteArray before = hashOf(t.path());

        QString seen;
        answer(false, &seen);
        auto db = openOfferingBackup(t.path());
        QVERIFY(!db);
        QVERIFY(db.error().damaged);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(hashOf(t.path()), before);
        QVERIFY(QDir(t.dirPath()).entryList({u"test.sqlite.replaced-*"_s}, QDir::Files).isEmpty());
    }

    void withoutABackupNothingIsAsked()
    {
        test::TestDatabase t;
        t.loadDemo();
        t.close();
        QVERIFY(test::overwriteHeader(t.path()));
        auto db = openOfferingBackup(t.path()); // a dialog would block here
        QVERIFY(!db);
        QVERIFY(db.error().damaged);
    }
};

} // namespace adreview

QTEST_MAIN(adreview::TestDatabaseOpener)
#include "tst_DatabaseOpener.moc"
