#include "main/PreferencesDialog.h"
#include "review/DeviceKeys.h"
#include "review/Identity.h"
#include "review/Settings.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace adreview;

// Preferences show the device's signing key as `adreview device show` prints it, following the
// device label as it is typed.
class tst_PreferencesDialog : public QObject {
    Q_OBJECT

private slots:
    void showsTheDevicesKey()
    {
        QTemporaryDir dir;
        const QString keyDir = dir.filePath(u"keys"_s);
        qputenv("ADREVIEW_KEY_DIR", QFile::encodeName(keyDir));
        auto key = DeviceKeys(keyDir).loadOrCreate({u"tester"_s, u"test-device"_s});
        QVERIFY(key.ok());
        Settings settings(dir.filePath(u"settings.ini"_s));
        settings.setValue(Settings::Key::Reviewer, u"tester"_s);
        settings.setValue(Settings::Key::Device, u"test-device"_s);
        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *label = dialog.findChild<QLabel *>(u"signingKey"_s);
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), u"%1 (Ed25519, reviewer tester)"_s.arg(key->fingerprint()));
        QCOMPARE(label->toolTip(), DeviceKeys(keyDir).path(u"test-device"_s));
        if (const QString shots = qEnvironmentVariable("ADREVIEW_SCREENSHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + u"/preferences.png"_s);

        // Typing another device label: that device has no key yet.
        QLineEdit *device = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->text() == u"test-device")
                device = edit;
        }
        QVERIFY(device);
        device->setFocus();
        device->selectAll();
        QTest::keyClicks(device, u"desk-2"_s);
        QCOMPARE(device->text(), u"desk-2"_s);
        QVERIFY2(label->text().startsWith(u"None yet"_s), qPrintable(label->text()));
        QVERIFY(!QFile::exists(DeviceKeys(keyDir).path(u"desk-2"_s))); // showing never makes a key

        // A key others may read: the label says so and how to fix it.
        QCOMPARE(::chmod(QFile::encodeName(DeviceKeys(keyDir).path(u"test-device"_s)).constData(), 0644), 0);
        device->selectAll();
        QTest::keyClicks(device, u"test-device"_s);
        QVERIFY2(label->text().contains(u"chmod 600"_s), qPrintable(label->text()));
        qunsetenv("ADREVIEW_KEY_DIR");
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_PreferencesDialog.moc"
