#include "Identity.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestIdentity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        qunsetenv("ADREVIEW_REVIEWER");
        qunsetenv("ADREVIEW_DEVICE");
    }

    void optionsWinOverTheEnvironmentWhichWinsOverSettings()
    {
        Settings settings(m_dir.filePath(u"a.ini"_s));
        settings.setValue(Settings::Key::Reviewer, u"from-settings"_s);
        settings.setValue(Settings::Key::Device, u"settings-laptop"_s);
        Identity id = Identity::resolve({}, {}, settings);
        QCOMPARE(id.reviewer, u"from-settings"_s);
        QCOMPARE(id.device, u"settings-laptop"_s);

        qputenv("ADREVIEW_REVIEWER", "from-env");
        qputenv("ADREVIEW_DEVICE", "env-laptop");
        id = Identity::resolve({}, {}, settings);
        QCOMPARE(id.reviewer, u"from-env"_s);
        QCOMPARE(id.device, u"env-laptop"_s);

        id = Identity::resolve(u" from-option "_s, u"option-laptop"_s, settings);
        QCOMPARE(id.reviewer, u"from-option"_s);
        QCOMPARE(id.device, u"option-laptop"_s);

        // an empty option does not hide the environment
        id = Identity::resolve(u""_s, u"  "_s, settings);
        QCOMPARE(id.reviewer, u"from-env"_s);
        QCOMPARE(id.device, u"env-laptop"_s);
    }

    void defaultsAreTheLoginAndHostNames()
    {
        Settings settings(m_dir.filePath(u"empty.ini"_s));
        const Identity id = Identity::resolve({}, {}, settings);
        QVERIFY(!id.reviewer.isEmpty());
        QVERIFY(!id.device.isEmpty());
        QCOMPARE(id.reviewer, Settings::defaultValue(Settings::Key::Reviewer).toString());
    }

    void settingsPersistInTheirFile()
    {
        const QString file = m_dir.filePath(u"persist.ini"_s);
        {
            Settings settings(file);
            settings.setValue(Settings::Key::Reviewer, u"grace.okafor"_s);
        }
        Settings again(file);
        QCOMPARE(again.value(Settings::Key::Reviewer).toString(), u"grace.okafor"_s);
        QCOMPARE(again.fileName(), file);
        QCOMPARE(Settings::keyName(Settings::Key::Device), u"identity/device"_s);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestIdentity)
#include "tst_Identity.moc"
