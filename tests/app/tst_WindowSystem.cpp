// The window started where there is no display: one line on stderr saying so and how to run it
// instead, exit status 2, never Qt's abort; and a screenshot, which needs no display, still drawn.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QString out;
    QString err;

    QByteArray describe() const
    {
        return u"%1, exit %2\n--- stdout:\n%3\n--- stderr:\n%4"_s
            .arg(!finished ? u"did not finish"_s
                 : crashed ? u"crashed"_s
                           : u"exited"_s)
            .arg(exitCode)
            .arg(out, err)
            .toUtf8();
    }
};

} // namespace

class TestWindowSystem : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noDisplaySaysSoInOneLine();
    void unreachableDisplayIsNamed();
    void unknownPlatformIsNamed();
    void screenshotNeedsNoDisplay();

private:
    QProcessEnvironment headless() const;
    Run run(const QStringList &args, const QProcessEnvironment &env) const;
    void expectOneErrorLine(const Run &r, const QString &says) const;

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_db;
};

void TestWindowSystem::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bin = qEnvironmentVariable("ADREVIEW_BIN");
    QVERIFY2(QFile::exists(m_bin), "ADREVIEW_BIN names the built adreview");
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    QProcessEnvironment env = headless();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run made = run({u"demo"_s, u"--db"_s, m_db}, env);
    QVERIFY2(made.finished && made.exitCode == 0, made.describe().constData());
}

// The environment of a machine without a display, and nothing of the user's.
QProcessEnvironment TestWindowSystem::headless() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
    env.insert(u"ADREVIEW_REVIEWER"_s, u"window.test"_s);
    env.insert(u"ADREVIEW_DEVICE"_s, u"window-test"_s);
    return env;
}

Run TestWindowSystem::run(const QStringList &args, const QProcessEnvironment &env) const
{
    Run r;
    QProcess p;
    p.setProgram(m_bin);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start();
    r.finished = p.waitForFinished(60'000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

void TestWindowSystem::expectOneErrorLine(const Run &r, const QString &says) const
{
    QVERIFY2(r.finished && !r.crashed && r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    QVERIFY2(r.err.endsWith(u'\n') && r.err.count(u'\n') == 1, r.describe().constData());
    QVERIFY2(r.err.startsWith(u"adreview: error: "_s), r.describe().constData());
    QVERIFY2(r.err.contains(says), r.describe().constData());
    // and how to run it instead
    QVERIFY2(r.err.contains(u"xvfb-run -a"_s), r.describe().constData());
    QVERIFY2(r.err.contains(u"--screenshot"_s), r.describe().constData());
}

void TestWindowSystem::noDisplaySaysSoInOneLine()
{
    const Run r = run({u"--db"_s, m_db}, headless());
    expectOneErrorLine(r, u"no display"_s);
    QVERIFY2(r.err.contains(u"DISPLAY and WAYLAND_DISPLAY are not set"_s), r.describe().constData());
}

void TestWindowSystem::unreachableDisplayIsNamed()
{
    // A display number no X server listens on.
    int n = 87;
    while (QFile::exists(u"/tmp/.X11-unix/X%1"_s.arg(n)))
        ++n;
    QProcessEnvironment env = headless();
    env.insert(u"DISPLAY"_s, u":%1"_s.arg(n));
    const Run r = run({u"--db"_s, m_db}, env);
    expectOneErrorLine(r, u"cannot reach the display (DISPLAY=:%1)"_s.arg(n));
}

void TestWindowSystem::unknownPlatformIsNamed()
{
    QProcessEnvironment env = headless();
    env.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    const Run r = run({u"--db"_s, m_db}, env);
    expectOneErrorLine(r, u"'no-such-platform' (QT_QPA_PLATFORM)"_s);
}

void TestWindowSystem::screenshotNeedsNoDisplay()
{
    const QString png = m_dir.filePath(u"window.png"_s);
    const Run r = run({u"--db"_s, m_db, u"--screenshot"_s, png, u"--case"_s, u"CASE-2018-0001"_s}, headless());
    QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, r.describe().constData());
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QVERIFY2(image.width() >= 1000 && image.height() >= 600,
             qPrintable(u"%1x%2"_s.arg(image.width()).arg(image.height())));
}

QTEST_GUILESS_MAIN(TestWindowSystem)
#include "tst_WindowSystem.moc"
