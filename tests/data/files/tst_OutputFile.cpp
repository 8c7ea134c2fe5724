// OutputFile: a regular file is replaced only once complete, through a symbolic link the file it
// points to; a character device or a FIFO is written straight into and stays what it is; a
// folder, a block device or a socket is refused; a missing folder is a usage error; a full device
// is a failed write (Unusable). Device nodes are made in the test's folder (root only), never the
// system's.

#include "files/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

mode_t typeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

Status writeWhole(const QString &path, const QByteArray &bytes)
{
    OutputFile out(path);
    if (auto opened = out.begin(); !opened)
        return opened;
    if (!out.writeAll(bytes))
        return out.failure();
    return out.commit();
}

} // namespace

class TestOutputFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QString node(const QString &name, mode_t type, dev_t device) const
    {
        const QString path = file(name);
        ::unlink(QFile::encodeName(path).constData());
        return ::mknod(QFile::encodeName(path).constData(), type | 0666, device) == 0 ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRegularFileIsReplacedOnlyOnceComplete()
    {
        const QString path = file(u"report.csv"_s);
        QVERIFY(writeFile(path, "old\n"));
        {
            OutputFile out(path);
            QVERIFY(out.begin().ok());
            QVERIFY(out.writeAll("new, half written"));
            QCOMPARE(contents(path), QByteArray("old\n")); // not yet
            out.cancel();
        }
        QCOMPARE(contents(path), QByteArray("old\n"));
        {
            OutputFile out(path);
            QVERIFY(out.begin().ok());
            QVERIFY(out.writeAll("dropped"));
        } // destroyed without commit()
        QCOMPARE(contents(path), QByteArray("old\n"));
        QVERIFY(writeWhole(path, "new\n").ok());
        QCOMPARE(contents(path), QByteArray("new\n"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(u"report.csv"_s).size(), 1); // no temporary left
    }

    void aLinkKeepsPointingAtTheReplacedFile()
    {
        QVERIFY(QDir().mkpath(file(u"real"_s)));
        const QString target = file(u"real/target.json"_s);
        const QString link = file(u"link.json"_s);
        QVERIFY(writeFile(target, "old"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(writeWhole(link, "new").ok());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(contents(target), QByteArray("new"));
        // A link to a file not made yet: the file is made where it points.
        const QString dangling = file(u"dangling.json"_s);
        const QString later = file(u"real/later.json"_s);
        QVERIFY(QFile::link(later, dangling));
        QVERIFY(writeWhole(dangling, "made").ok());
        QVERIFY(QFileInfo(dangling).isSymLink());
        QCOMPARE(contents(later), QByteArray("made"));
    }

    void aFifoIsWrittenStraightInto()
    {
        const QString path = file(u"pipe"_s);
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        // The reading end first, so that opening the writing end does not wait.
        const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QVERIFY(writeWhole(path, "through the pipe").ok());
        char buffer[64] = {};
        QCOMPARE(::read(reader, buffer, sizeof buffer), ssize_t(16));
        QCOMPARE(QByteArray(buffer, 16), QByteArray("through the pipe"));
        ::close(reader);
        QCOMPARE(typeOf(path), mode_t(S_IFIFO));
        QVERIFY(QDir(m_dir.path()).entryList({u"pipe?*"_s}).isEmpty());
    }

    void characterDevicesAreWrittenStraightInto()
    {
        const QString null = node(u"null"_s, S_IFCHR, makedev(1, 3));
        const QString full = node(u"full"_s, S_IFCHR, makedev(1, 7));
        if (null.isEmpty() || full.isEmpty())
            QSKIP("device nodes need root");
        QVERIFY(writeWhole(null, QByteArray(3 << 20, 'x')).ok());
        QCOMPARE(typeOf(null), mode_t(S_IFCHR));

        const Status failed = writeWhole(full, "anything");
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::Unusable);
        QVERIFY2(failed.error().message.startsWith(full), qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
                 qPrintable(failed.error().message));
        QCOMPARE(typeOf(full), mode_t(S_IFCHR));
        // A write that fails out of the writer's sight (QPdfWriter ignores what write() returns)
        // still fails the commit.
        OutputFile out(full);
        QVERIFY(out.begin().ok());
        out.write("ignored", 7);
        const Status committed = out.commit();
        QVERIFY(!committed);
        QCOMPARE(committed.error().kind, ErrorKind::Unusable);
    }

    void foldersBlockDevicesAndSocketsAreRefused()
    {
        QStringList paths{m_dir.path()};
        const QString block = node(u"block"_s, S_IFBLK, makedev(7, 200));
        if (!block.isEmpty())
            paths << block;
        const QString socketPath = file(u"socket"_s);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(socketPath);
        QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()) + 1);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        ::close(fd);
        paths << socketPath;
        for (const QString &path : std::as_const(paths)) {
            const mode_t before = typeOf(path);
            QVERIFY(!OutputFile::check(path));
            OutputFile out(path);
            const Status opened = out.begin();
            QVERIFY2(!opened, qPrintable(path));
            QCOMPARE(opened.error().kind, ErrorKind::Rejected);
            QVERIFY2(opened.error().message.startsWith(path), qPrintable(opened.error().message));
            QCOMPARE(typeOf(path), before);
        }
    }

    void aMissingFolderIsAUsageError()
    {
        const QString path = file(u"no/such/folder/report.pdf"_s);
        const Status checked = OutputFile::check(path);
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind, ErrorKind::Usage);
        QVERIFY2(checked.error().message.contains(file(u"no/such/folder"_s)), qPrintable(checked.error().message));
        OutputFile out(path);
        QCOMPARE(out.begin().error().kind, ErrorKind::Usage);
        QVERIFY(!QFileInfo::exists(file(u"no"_s)));
        QCOMPARE(OutputFile::check(QString()).error().kind, ErrorKind::Usage);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestOutputFile)
#include "tst_OutputFile.moc"
