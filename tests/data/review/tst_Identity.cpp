#include "review/Identity.h"
#include "review/Settings.h"

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

    // A name that could not be imported cannot sign an event either; the message says where the
    // name came from.
    void namesHaveTheLimitsOfImportedNames()
    {
        Settings settings(m_dir.filePath(u"limits.ini"_s));
        settings.setValue(Settings::Key::Reviewer, u"from-settings"_s);
        settings.setValue(Settings::Key::Device, u"settings-laptop"_s);
        QVERIFY(Identity::problem({}, {}, settings).isEmpty());
        QVERIFY(Identity::problem(QString(200, u'r'), u"laptop"_s, settings).isEmpty());

        QString p = Identity::problem(QString(5000, u'r'), {}, settings);
        QVERIFY2(p.contains(u"reviewer"_s) && p.contains(u"--reviewer"_s) && p.contains(u"too long (5000"_s),
                 qPrintable(p));
        p = Identity::problem({}, u"lap\ntop"_s, settings);
        QVERIFY2(p.contains(u"device"_s) && p.contains(u"--device"_s) && p.contains(u"control character"_s),
                 qPrintable(p));
        qputenv("ADREVIEW_REVIEWER", "tab\there");
        p = Identity::problem({}, {}, settings);
        QVERIFY2(p.contains(u"ADREVIEW_REVIEWER"_s), qPrintable(p));
        qunsetenv("ADREVIEW_REVIEWER");
        settings.setValue(Settings::Key::Device, u"nul"_s + QChar(0) + u"laptop"_s);
        p = Identity::problem({}, {}, settings);
        QVERIFY2(p.contains(u"Preferences"_s) && p.contains(u"control character"_s), qPrintable(p));
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
