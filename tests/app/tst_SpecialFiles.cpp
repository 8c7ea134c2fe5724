// Paths that are not regular files, given where the command line reads or writes one: a FIFO, a
// character device (one that takes anything, one that is always full), a block device, a socket,
// a folder, a symbolic link. Outputs go straight into a FIFO or a character device and never
// replace one; inputs and databases that are not regular files are refused before anything reads
// them, so nothing hangs on a FIFO or fills the memory from /dev/zero.
//
// Device nodes are made in the test's own folder (mknod, as root), so that a program that wrongly
// replaces one replaces the test's copy and never the system's /dev/full or /dev/null; without
// root the tests that need one use the system's node only where /dev cannot be written.

#include "import/JsonImportParser.h"
#include "sync/SyncBundle.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    QStringList args;
    bool finished = false;
    bool crashed = false;
    int code = -1;
    QString out;
    QString err;

    bool is(int expected) const { return finished && !crashed && code == expected; }
    QByteArray describe() const
    {
        const QString status = !finished ? u"did not finish in time (killed)"_s
                               : crashed ? u"crashed"_s
                                         : u"exited with %1"_s.arg(code);
        return u"adreview %1: %2\n--- stdout:\n%3\n--- stderr:\n%4"_s
            .arg(args.join(u' '), status, out.left(2000), err.left(2000))
            .toUtf8();
    }
};

// What a path is, as stat() sees it through symbolic links, and as lstat() sees the path itself.
struct Node {
    bool exists = false;
    mode_t type = 0;
    dev_t rdev = 0;
    bool link = false;

    static Node of(const QString &path)
    {
        Node n;
        struct stat st = {};
        const QByteArray name = QFile::encodeName(path);
        if (::lstat(name.constData(), &st) == 0)
            n.link = S_ISLNK(st.st_mode);
        if (::stat(name.constData(), &st) == 0) {
            n.exists = true;
            n.type = st.st_mode & S_IFMT;
            n.rdev = st.st_rdev;
        }
        return n;
    }
    bool operator==(const Node &o) const
    {
        return exists == o.exists && type == o.type && rdev == o.rdev && link == o.link;
    }
};

// Reads a FIFO from a file descriptor of the test's own (opened read-write, so that neither the
// test nor the program blocks in open), until told to stop and nothing more is waiting.
class FifoReader {
public:
    explicit FifoReader(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (m_fd >= 0)
            m_thread = std::thread([this] { loop(); });
    }
    ~FifoReader() { finish(); }
    bool ok() const { return m_fd >= 0; }
    QByteArray finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return m_bytes;
    }

private:
    void loop()
    {
        char buffer[65536];
        for (;;) {
            pollfd p{m_fd, POLLIN, 0};
            const int ready = ::poll(&p, 1, 100);
            if (ready > 0) {
                const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
                if (n > 0) {
                    m_bytes.append(buffer, n);
                    continue;
                }
            }
            if (m_stop)
                return;
        }
    }

    int m_fd = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    QByteArray m_bytes;
};

} // namespace

class TestSpecialFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    bool m_root = false;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    Run adreview(const QStringList &args, int timeoutMs = 60000) const
    {
        Run r;
        r.args = args;
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"ADREVIEW_DEVICE"_s, u"special-files"_s);
        // A program that reads /dev/zero without end must not take the machine's memory with it.
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer reserves terabytes of address space for its shadow memory, so it caps
        // each allocation instead of the address space.
        const QString asan = env.value(u"ASAN_OPTIONS"_s);
        env.insert(u"ASAN_OPTIONS"_s, (asan.isEmpty() ? QString() : asan + u':') + u"max_allocation_size_mb=3072"_s);
#else
        p.setChildProcessModifier([] {
            const rlimit limit{3LL << 30, 3LL << 30};
            ::setrlimit(RLIMIT_AS, &limit);
        });
#endif
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("ADREVIEW_BIN"), args);
        if (!p.waitForStarted(10000))
            return r;
        r.finished = p.waitForFinished(timeoutMs);
        if (!r.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.crashed = p.exitStatus() == QProcess::CrashExit;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // A character device node like the system's /dev/NAME, in the test's folder when it can be
    // made there; empty when the test must be skipped.
    QString characterDevice(const QString &name, unsigned minor) const
    {
        const QString path = file(u"dev-"_s + name);
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            return path;
        if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0)
            return path;
        const QString system = u"/dev/"_s + name;
        // The system's node only when this user cannot replace it, whatever the program does.
        if (!QFileInfo(u"/dev"_s).isWritable() && Node::of(system).type == S_IFCHR)
            return system;
        return {};
    }

    QString fifo(const QString &name) const
    {
        const QString path = file(name);
        ::unlink(QFile::encodeName(path).constData());
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }

    QString socketFile(const QString &name) const
    {
        const QString path = file(name);
        const QByteArray encoded = QFile::encodeName(path);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (size_t(encoded.size()) >= sizeof address.sun_path)
            return {};
        std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()) + 1);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd < 0)
            return {};
        const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
        ::close(fd); // the socket file stays
        return bound ? path : QString();
    }

    static QStringList reportCommand(const QString &db, const QString &format, const QString &out)
    {
        return {u"report"_s, u"--db"_s, db, u"--format"_s, format, u"-o"_s, out};
    }
    static QStringList exportCommand(const QString &db, const QString &out)
    {
        return {u"sync"_s, u"export"_s, u"--db"_s, db, u"-o"_s, out};
    }
    // Every command that writes an -o file, each with what its output starts with.
    QList<std::pair<QStringList, QByteArray>> outputCommands(const QString &out) const
    {
        return {{reportCommand(m_db, u"csv"_s, out), "\xEF\xBB\xBF"},
                {reportCommand(m_db, u"json"_s, out), "{"},
                {reportCommand(m_db, u"html"_s, out), "<!DOCTYPE html>"},
                {reportCommand(m_db, u"pdf"_s, out), "%PDF-"},
                {exportCommand(m_db, out), "{\""}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("ADREVIEW_BIN"), "ADREVIEW_BIN names the adreview program");
        m_root = ::geteuid() == 0;
        m_db = file(u"d.sqlite"_s);
        const Run demo = adreview({u"demo"_s, u"--db"_s, m_db});
        QVERIFY2(demo.is(0), demo.describe().constData());
    }

    // -o into a FIFO: the reader at its other end gets the whole output, and the FIFO stays.
    void outputIntoAFifoIsWrittenThrough()
    {
        const QString path = fifo(u"out.fifo"_s);
        QVERIFY(!path.isEmpty());
        const Node before = Node::of(path);
        for (const auto &[args, start] : outputCommands(path)) {
            FifoReader reader(path);
            QVERIFY(reader.ok());
            const Run r = adreview(args, 30000);
            const QByteArray got = reader.finish();
            QVERIFY2(r.is(0), r.describe().constData());
            QVERIFY2(got.startsWith(start), qPrintable(args.join(u' ') + u": read "_s + QString::number(got.size())));
            QVERIFY2(Node::of(path) == before, qPrintable(args.join(u' ') + u": the FIFO was replaced"_s));
        }
    }

    // -o into a character device that takes anything (like /dev/null): done, and the node stays.
    void outputIntoACharacterDeviceIsWrittenThrough()
    {
        const QString path = characterDevice(u"null"_s, 3);
        if (path.isEmpty())
            QSKIP("cannot make a character device here, and /dev can be written");
        const Node before = Node::of(path);
        QCOMPARE(before.type, mode_t(S_IFCHR));
        for (const auto &[args, start] : outputCommands(path)) {
            const Run r = adreview(args);
            QVERIFY2(r.is(0), r.describe().constData());
            QVERIFY2(Node::of(path) == before, qPrintable(args.join(u' ') + u": the device was replaced"_s));
        }
        // Through a symbolic link, as /dev/stdout is one.
        const QString link = file(u"null-link"_s);
        QVERIFY(QFile::link(path, link));
        const Run r = adreview(reportCommand(m_db, u"csv"_s, link));
        QVERIFY2(r.is(0), r.describe().constData());
        QVERIFY(Node::of(link).link);
        QVERIFY(Node::of(path) == before);
    }

    // A device that is always full (like /dev/full): a write error, exit 3, and the node stays.
    void aFullDeviceIsAWriteError()
    {
        const QString path = characterDevice(u"full"_s, 7);
        if (path.isEmpty())
            QSKIP("cannot make a character device here, and /dev can be written");
        const Node before = Node::of(path);
        QCOMPARE(before.type, mode_t(S_IFCHR));
        for (const auto &[args, start] : outputCommands(path)) {
            const Run r = adreview(args);
            QVERIFY2(r.is(3), r.describe().constData());
            QVERIFY2(r.err.startsWith(u"adreview: error: "_s) && r.err.contains(path), r.describe().constData());
            QVERIFY2(r.err.contains(u"space"_s) || r.err.contains(u"full"_s), r.describe().constData());
            QVERIFY2(r.out.isEmpty(), r.describe().constData());
            QVERIFY2(Node::of(path) == before, qPrintable(args.join(u' ') + u": the device was replaced"_s));
        }
    }

    // A folder, a block device or a socket is refused with a message, and left as it is.
    void foldersBlockDevicesAndSocketsAreRefused()
    {
        QList<QString> targets;
        const QString folder = file(u"a-folder"_s);
        QVERIFY(QDir().mkpath(folder));
        targets << folder;
        const QString socket = socketFile(u"a-socket"_s);
        QVERIFY(!socket.isEmpty());
        targets << socket;
        const QString block = file(u"a-block-device"_s);
        // Loop device 200, which nothing here has set up: opening it would fail even if tried.
        if (::mknod(QFile::encodeName(block).constData(), S_IFBLK | 0600, makedev(7, 200)) == 0)
            targets << block;
        else
            qWarning("not root: no block device node to try");
        for (const QString &path : std::as_const(targets)) {
            const Node before = Node::of(path);
            for (const auto &[args, start] : outputCommands(path)) {
                const Run r = adreview(args);
                QVERIFY2(r.is(1), r.describe().constData());
                QVERIFY2(r.err.startsWith(u"adreview: error: "_s) && r.err.contains(path), r.describe().constData());
                QVERIFY2(Node::of(path) == before, qPrintable(args.join(u' ') + u": replaced"_s));
            }
        }
        QVERIFY(QDir(folder).isEmpty());
    }

    // A symbolic link to a regular file: the file it points to is replaced, the link stays.
    void aLinkToARegularFileKeepsTheLink()
    {
        QVERIFY(QDir().mkpath(file(u"real"_s)));
        const QString target = file(u"real/report.out"_s);
        const QString link = file(u"report-link.out"_s);
        for (const auto &[args, start] : outputCommands(link)) {
            QFile::remove(link);
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
            old.write("old content\n");
            old.close();
            QVERIFY(QFile::link(target, link));
            const Run r = adreview(args);
            QVERIFY2(r.is(0), r.describe().constData());
            QVERIFY2(QFileInfo(link).isSymLink(), qPrintable(args.join(u' ') + u": the link was replaced"_s));
            QCOMPARE(QFileInfo(link).symLinkTarget(), target);
            QFile now(target);
            QVERIFY(now.open(QIODevice::ReadOnly));
            QVERIFY2(now.readAll().startsWith(start), qPrintable(args.join(u' ')));
        }
    }

    // An -o path in a folder that does not exist is a usage error for every command alike.
    void anOutputInAMissingFolderIsAUsageError()
    {
        const QString missing = file(u"no/such/folder/out.file"_s);
        for (const auto &[args, start] : outputCommands(missing)) {
            const Run r = adreview(args);
            QVERIFY2(r.is(2), r.describe().constData());
            QVERIFY2(r.err.contains(u"no/such/folder"_s), r.describe().constData());
        }
        QVERIFY(!QFileInfo::exists(file(u"no"_s)));
    }

    // Inputs that are not regular files are refused at once, with exit 1, before anything reads
    // them: no endless read of /dev/zero, no wait on a FIFO.
    void inputsThatAreNotRegularFilesAreRefused()
    {
        const QString zeroJson = file(u"zero.json"_s);
        const QString randomCsv = file(u"random.csv"_s);
        const QString zeroBundle = file(u"zero.adrbundle"_s);
        const QString randomBundle = file(u"random.adrbundle"_s);
        const QString zeroBackup = file(u"zero-backup.sqlite"_s);
        QVERIFY(QFile::link(u"/dev/zero"_s, zeroJson));
        QVERIFY(QFile::link(u"/dev/urandom"_s, randomCsv));
        QVERIFY(QFile::link(u"/dev/zero"_s, zeroBundle));
        QVERIFY(QFile::link(u"/dev/urandom"_s, randomBundle));
        QVERIFY(QFile::link(u"/dev/zero"_s, zeroBackup));
        const QString fifoJson = fifo(u"in.json"_s);
        const QString fifoBundle = fifo(u"in.adrbundle"_s);
        const QString fifoBackup = fifo(u"in-backup.sqlite"_s);
        QVERIFY(!fifoJson.isEmpty() && !fifoBundle.isEmpty() && !fifoBackup.isEmpty());
        const QString folderJson = file(u"folder.json"_s);
        QVERIFY(QDir().mkpath(folderJson));
        const QByteArray before = [this] {
            QFile f(m_db);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        const QList<std::pair<QStringList, QString>> commands{
            {{u"import"_s, u"--db"_s, m_db, zeroJson}, zeroJson},
            {{u"import"_s, u"--db"_s, m_db, randomCsv}, randomCsv},
            {{u"import"_s, u"--db"_s, m_db, fifoJson}, fifoJson},
            {{u"import"_s, u"--db"_s, m_db, folderJson}, folderJson},
            {{u"sync"_s, u"import"_s, u"--db"_s, m_db, zeroBundle}, zeroBundle},
            {{u"sync"_s, u"import"_s, u"--db"_s, m_db, randomBundle}, randomBundle},
            {{u"sync"_s, u"import"_s, u"--db"_s, m_db, fifoBundle}, fifoBundle},
            {{u"sync"_s, u"export"_s, u"--db"_s, m_db, u"-o"_s, file(u"since.adrbundle"_s), u"--since"_s, fifoBundle},
             fifoBundle},
            {{u"restore"_s, u"--db"_s, m_db, u"--from"_s, zeroBackup}, zeroBackup},
            {{u"restore"_s, u"--db"_s, m_db, u"--from"_s, fifoBackup}, fifoBackup},
        };
        for (const auto &[args, culprit] : commands) {
            const Run r = adreview(args, 20000);
            QVERIFY2(r.is(1), r.describe().constData());
            QVERIFY2(r.err.startsWith(u"adreview: error: "_s) && r.err.contains(culprit), r.describe().constData());
            QVERIFY2(r.err.contains(u"not a regular file"_s), r.describe().constData());
        }
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == before);
        QVERIFY(!QFileInfo::exists(file(u"since.adrbundle"_s)));
    }

    // A bundle or a case file over its limit is refused by its size, before it is read.
    void inputsOverTheirLimitAreRefusedBeforeReading()
    {
        const QList<std::pair<QString, qint64>> files{
            {file(u"huge.adrbundle"_s), adreview::SyncBundle::maxFileSize + 1},
            {file(u"huge.json"_s), adreview::JsonImportParser::maxFileSize + 1},
        };
        for (const auto &[path, size] : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format":"adreview-sync","version":1,"body_bytes":1})"
                    "\n");
            QVERIFY(f.resize(size)); // sparse: no disk space, and no memory unless read
        }
        for (const QStringList &args : {QStringList{u"sync"_s, u"import"_s, u"--db"_s, m_db, files[0].first},
                                        QStringList{u"import"_s, u"--db"_s, m_db, files[1].first}}) {
            QElapsedTimer timer;
            timer.start();
            const Run r = adreview(args);
            QVERIFY2(r.is(1), r.describe().constData());
            QVERIFY2(r.err.contains(u"too large"_s), r.describe().constData());
            QVERIFY2(timer.elapsed() < 10000, "refused by its size, without being read");
        }
        for (const auto &[path, size] : files)
            QFile::remove(path);
    }

    // A --db that exists but is not a regular file makes the database unusable: exit 3, and the
    // node is left as it is (restore and demo --force included).
    void aDatabaseThatIsNotARegularFileIsUnusable()
    {
        QList<QString> paths;
        const QString folder = file(u"db-folder.sqlite"_s);
        QVERIFY(QDir().mkpath(folder));
        paths << folder << fifo(u"db-fifo.sqlite"_s);
        const QString device = characterDevice(u"db-null"_s, 3);
        if (!device.isEmpty())
            paths << device;
        // Each has a backup beside it to restore, as a real database would.
        const Run backup = adreview({u"backup"_s, u"--db"_s, m_db});
        QVERIFY2(backup.is(0), backup.describe().constData());
        const QString copy = backup.out.trimmed();
        const QString bundle = file(u"for-db.adrbundle"_s);
        QVERIFY(adreview(exportCommand(m_db, bundle)).is(0));
        for (const QString &path : std::as_const(paths)) {
            QVERIFY(!path.isEmpty());
            const Node before = Node::of(path);
            const QList<QStringList> commands{
                {u"cases"_s, u"--db"_s, path},
                {u"annotate"_s, u"--db"_s, path, u"CASE-2018-0013"_s, u"--text"_s, u"a note"_s},
                {u"import"_s, u"--db"_s, path, file(u"nothing.json"_s)},
                {u"sync"_s, u"import"_s, u"--db"_s, path, bundle},
                {u"verify"_s, u"--db"_s, path},
                {u"backup"_s, u"--db"_s, path},
                {u"restore"_s, u"--db"_s, path, u"--from"_s, copy},
                {u"demo"_s, u"--db"_s, path, u"--force"_s},
                {u"generate"_s, u"--db"_s, path, u"--cases"_s, u"1"_s},
            };
            for (const QStringList &args : commands) {
                const Run r = adreview(args, 20000);
                QVERIFY2(r.is(3), r.describe().constData());
                QVERIFY2(r.err.contains(path), r.describe().constData());
                QVERIFY2(Node::of(path) == before, qPrintable(args.join(u' ') + u": replaced"_s));
            }
            QVERIFY2(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u".replaced-*"_s}).isEmpty(),
                     qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpecialFiles)
#include "tst_SpecialFiles.moc"
