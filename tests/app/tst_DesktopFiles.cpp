// The desktop integration in resources/: the desktop entry, the AppStream metainfo and the MIME
// type of sync bundles pass the freedesktop.org validators, agree with each other, and describe
// what the built adreview does: its version, the bundles it writes, and the Exec line opening one.

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

constexpr int processTimeoutMs = 120'000;

const QString appId = QStringLiteral(ADREVIEW_APP_ID);

QString resource(const QString &name)
{
    return adreview::test::resourcesDir() + u'/' + name;
}

QString desktopFile()
{
    return resource(appId + u".desktop"_s);
}
QString metainfoFile()
{
    return resource(appId + u".metainfo.xml"_s);
}
QString mimeFile()
{
    return resource(appId + u"-bundle.xml"_s);
}

struct Run {
    bool ok = false; // started, finished in time, exit status 0
    QString output;  // stdout and stderr
};

// Runs a program to its end.
Run run(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(processTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.output = u"%1 did not run: %2"_s.arg(program, p.errorString());
        return r;
    }
    r.output = QString::fromUtf8(p.readAll());
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

// The full path of a validator, or "" with a failure telling which Debian package to install.
QString tool(const QString &name, const QString &package)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing: install the Debian package %s (scripts/setup.sh lists it)", qPrintable(name),
                 qPrintable(package));
    return path;
}

// The [Desktop Entry] group's keys and values.
QMap<QString, QString> desktopEntry()
{
    QMap<QString, QString> entry;
    QFile file(desktopFile());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'['))
            inGroup = line == u"[Desktop Entry]"_s;
        else if (inGroup && line.contains(u'=') && !line.startsWith(u'#'))
            entry.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    return entry;
}

// The text of every element at a path of element names below the root, e.g. "provides/binary";
// attributes as "path@name".
QMultiMap<QString, QString> xmlValues(const QString &fileName)
{
    QMultiMap<QString, QString> values;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    QXmlStreamReader xml(&file);
    QStringList path;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path << xml.name().toString();
            const QString at = path.mid(1).join(u'/');
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                values.insert(at + u'@' + attribute.name().toString(), attribute.value().toString());
        } else if (xml.isEndElement()) {
            path.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace() && path.size() > 1) {
            values.insert(path.mid(1).join(u'/'), xml.text().toString().trimmed());
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(fileName), qPrintable(xml.errorString()));
    return values;
}

qint64 eventCount(const QString &databasePath)
{
    qint64 n = -1;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(u"SELECT count(*) FROM events"_s, db);
            if (q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return n;
}

} // namespace

class TestDesktopFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("ADREVIEW_BIN");
        QVERIFY2(QFile::exists(m_bin), "ADREVIEW_BIN must name the built adreview");
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
    }

    void desktopEntryIsValid()
    {
        const QString validator = tool(u"desktop-file-validate"_s, u"desktop-file-utils"_s);
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate is missing: apt-get install desktop-file-utils");
        const Run r = run(validator, {desktopFile()});
        QVERIFY2(r.ok && r.output.trimmed().isEmpty(), qPrintable(r.output));
    }

    void metainfoIsValid()
    {
        const QString validator = tool(u"appstreamcli"_s, u"appstream"_s);
        QVERIFY2(!validator.isEmpty(), "appstreamcli is missing: apt-get install appstream");
        const Run r = run(validator, {u"validate"_s, u"--no-net"_s, metainfoFile()});
        QVERIFY2(r.ok, qPrintable(r.output));
    }

    // update-mime-database builds a MIME database from the file, as dpkg's trigger does when the
    // package is installed; the type and its glob must be in it.
    void mimeTypeIsValid()
    {
        const QString updater = tool(u"update-mime-database"_s, u"shared-mime-info"_s);
        QVERIFY2(!updater.isEmpty(), "update-mime-database is missing: apt-get install shared-mime-info");
        const QString mimeDir = m_dir.filePath(u"mime"_s);
        QVERIFY(QDir().mkpath(mimeDir + u"/packages"_s));
        QVERIFY(QFile::copy(mimeFile(), mimeDir + u"/packages/"_s + appId + u".xml"_s));
        const Run r = run(updater, {mimeDir});
        QVERIFY2(r.ok && !r.output.contains(u"error"_s, Qt::CaseInsensitive), qPrintable(r.output));
        QFile globs(mimeDir + u"/globs2"_s);
        QVERIFY(globs.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(globs.readAll());
        QVERIFY2(text.contains(u":application/x-adreview-bundle:*.adrbundle"_s), qPrintable(text));
    }

    // One application id, one binary, one MIME type, one version across the three files and the
    // program.
    void filesAgree()
    {
        const auto entry = desktopEntry();
        const auto meta = xmlValues(metainfoFile());
        const auto mime = xmlValues(mimeFile());
        QCOMPARE(entry.value(u"Icon"_s), appId);
        QCOMPARE(meta.value(u"id"_s), appId);
        QCOMPARE(meta.value(u"launchable"_s), appId + u".desktop"_s);
        QCOMPARE(meta.value(u"launchable@type"_s), u"desktop-id"_s);

        const QString binary = meta.value(u"provides/binary"_s);
        QCOMPARE(binary, u"adreview"_s);
        QCOMPARE(entry.value(u"Exec"_s), binary + u" %f"_s);

        const QString type = mime.value(u"mime-type@type"_s);
        QCOMPARE(type, u"application/x-adreview-bundle"_s);
        QCOMPARE(entry.value(u"MimeType"_s).split(u';', Qt::SkipEmptyParts), QStringList{type});
        QCOMPARE(meta.values(u"provides/mediatype"_s), QStringList{type});
        QCOMPARE(mime.value(u"mime-type/glob@pattern"_s), u"*.adrbundle"_s);

        // The newest release is the program's version.
        const Run version = run(m_bin, {u"--version"_s});
        QVERIFY2(version.ok, qPrintable(version.output));
        const QStringList releases = meta.values(u"releases/release@version"_s);
        QVERIFY(!releases.isEmpty());
        // values() lists the last inserted first: the file's first release, the newest, comes last.
        QCOMPARE(u"adreview "_s + releases.last() + u'\n', version.output);
    }

    // The MIME type's magic is how a bundle adreview writes begins.
    void magicMatchesAnExportedBundle()
    {
        const QString magic = xmlValues(mimeFile()).value(u"mime-type/magic/match@value"_s);
        QCOMPARE(magic, u"{\"body_bytes\":"_s);
        const QString db = m_dir.filePath(u"magic.sqlite"_s);
        const QString bundle = m_dir.filePath(u"magic.adrbundle"_s);
        Run r = run(m_bin, {u"demo"_s, u"--db"_s, db});
        QVERIFY2(r.ok, qPrintable(r.output));
        r = run(m_bin, {u"sync"_s, u"export"_s, u"--db"_s, db, u"-o"_s, bundle, u"--device"_s, u"laptop-m"_s});
        QVERIFY2(r.ok, qPrintable(r.output));
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(64);
        QVERIFY2(head.startsWith(magic.toUtf8()), head.constData());
    }

    // The Exec line with a bundle for %f, as the desktop runs it: the window opens on the
    // database and merges the bundle's events into it.
    void execOfABundleMergesIt()
    {
        const QString a = m_dir.filePath(u"exec-a.sqlite"_s);
        const QString b = m_dir.filePath(u"exec-b.sqlite"_s);
        const QString bundle = m_dir.filePath(u"from-b.adrbundle"_s);
        Run r = run(m_bin, {u"demo"_s, u"--db"_s, a});
        QVERIFY2(r.ok, qPrintable(r.output));
        QVERIFY(QFile::copy(a, b));
        // Laptop B is trusted on A already (its first bundle merged with --trust-new-devices): a
        // bundle from a device A does not trust would make the window ask first.
        const QString first = m_dir.filePath(u"first-from-b.adrbundle"_s);
        r = run(m_bin, {u"annotate"_s, u"--db"_s, b, u"CASE-2018-0013"_s, u"--text"_s, u"first on laptop b"_s,
                        u"--device"_s, u"laptop-b"_s});
        QVERIFY2(r.ok, qPrintable(r.output));
        r = run(m_bin, {u"sync"_s, u"export"_s, u"--db"_s, b, u"-o"_s, first, u"--device"_s, u"laptop-b"_s});
        QVERIFY2(r.ok, qPrintable(r.output));
        r = run(m_bin, {u"sync"_s, u"import"_s, u"--trust-new-devices"_s, u"--db"_s, a, first});
        QVERIFY2(r.ok, qPrintable(r.output));
        r = run(m_bin, {u"annotate"_s, u"--db"_s, b, u"CASE-2018-0013"_s, u"--text"_s, u"seen on laptop b"_s,
                        u"--device"_s, u"laptop-b"_s});
        QVERIFY2(r.ok, qPrintable(r.output));
        r = run(m_bin, {u"sync"_s, u"export"_s, u"--db"_s, b, u"-o"_s, bundle, u"--device"_s, u"laptop-b"_s});
        QVERIFY2(r.ok, qPrintable(r.output));
        const qint64 before = eventCount(a);
        QVERIFY(before > 0);
        QCOMPARE(eventCount(b), before + 1);

        QStringList exec = desktopEntry().value(u"Exec"_s).split(u' ');
        QCOMPARE(exec.size(), 2);
        exec[1] = bundle; // %f
        QProcess window;
        window.setProcessChannelMode(QProcess::ForwardedChannels);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        window.setProcessEnvironment(env);
        window.start(m_bin, {u"--db"_s, a, u"--device"_s, u"laptop-a"_s, bundle});
        QVERIFY2(window.waitForStarted(), qPrintable(window.errorString()));
        // The window stays open with the summary; the merge is one transaction, so the count
        // changes once, from before to after.
        QTRY_COMPARE_WITH_TIMEOUT(eventCount(a), before + 1, 60'000);
        QCOMPARE(window.state(), QProcess::Running);
        window.terminate();
        if (!window.waitForFinished(10'000)) {
            window.kill();
            window.waitForFinished();
        }
        // A path that is neither a command nor a bundle is a usage error, as before.
        r = run(m_bin, {u"--db"_s, a, m_dir.filePath(u"notes.txt"_s)});
        QVERIFY2(!r.ok && r.output.contains(u"unknown command"_s), qPrintable(r.output));
    }

private:
    QString m_bin;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_DesktopFiles.moc"
