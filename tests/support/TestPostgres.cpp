#include "TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace adreview::test {

namespace {

// The newest PostgreSQL's programs Debian installed (/usr/lib/postgresql/N/bin).
QString serverBin()
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s))
            return bin;
    }
    return {};
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t length = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

} // namespace

TestPostgres::TestPostgres()
{
    m_bin = serverBin();
    if (m_bin.isEmpty()) {
        m_error = u"PostgreSQL's server programs are not installed (/usr/lib/postgresql/N/bin/initdb): run "
                  "scripts/setup.sh"_s;
        return;
    }
    // A short path: a Unix socket's path may not be longer than 107 bytes.
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/adreview-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot make a temporary folder"_s;
        return;
    }
    m_data = m_dir->filePath(u"data"_s);
    m_socket = m_dir->path();
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            pw = ::getpwnam("nobody");
        if (!pw) {
            m_error = u"running as root, and neither a 'postgres' nor a 'nobody' user exists to run the server"_s;
            return;
        }
        m_runAs = QString::fromLocal8Bit(pw->pw_name);
        if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = u"cannot hand the temporary folder to %1"_s.arg(m_runAs);
            return;
        }
    }
    QString output;
    if (!run(m_bin + u"/initdb"_s,
             {u"-D"_s, m_data, u"-U"_s, superuser(), u"-A"_s, u"trust"_s, u"--auth-host=scram-sha-256"_s, u"-E"_s,
              u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s, u"--no-instructions"_s},
             &output)) {
        m_error = u"initdb failed: "_s + output;
        return;
    }
    m_ok = start();
}

TestPostgres::~TestPostgres()
{
    if (m_running)
        stop();
}

QStringList TestPostgres::asServerUser(const QString &program, const QStringList &arguments) const
{
    if (m_runAs.isEmpty())
        return QStringList{program} + arguments;
    return QStringList{u"runuser"_s, u"-u"_s, m_runAs, u"--"_s, program} + arguments;
}

bool TestPostgres::run(const QString &program, const QStringList &arguments, QString *output)
{
    const QStringList command = asServerUser(program, arguments);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    p.start(command.first(), command.mid(1));
    const bool finished = p.waitForFinished(120'000);
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = text;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = command.join(u' ') + u": "_s + text.trimmed();
        return false;
    }
    return true;
}

bool TestPostgres::start()
{
    if (!m_port)
        m_port = freePort();
    const QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
                            "-c max_connections=60 -c shared_buffers=64MB"_s.arg(m_port)
                                .arg(m_socket);
    QString output;
    if (!run(m_bin + u"/pg_ctl"_s,
             {u"-D"_s, m_data, u"-l"_s, m_dir->filePath(u"server.log"_s), u"-o"_s, options, u"-w"_s, u"-t"_s, u"60"_s,
              u"start"_s},
             &output)) {
        QFile log(m_dir->filePath(u"server.log"_s));
        if (log.open(QIODevice::ReadOnly))
            m_error += u"\n"_s + QString::fromLocal8Bit(log.readAll().right(2000));
        return false;
    }
    m_running = true;
    return true;
}

bool TestPostgres::stop()
{
    m_running = false;
    return run(m_bin + u"/pg_ctl"_s, {u"-D"_s, m_data, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
}

bool TestPostgres::killPostmaster()
{
    QFile pidFile(m_data + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const pid_t pid = pid_t(QString::fromLatin1(pidFile.readLine()).trimmed().toInt());
    if (pid <= 0)
        return false;
    // Its children (the sessions, the writers) end when they notice it is gone; a new postmaster
    // may start only after the last of them, which still holds the shared memory.
    QList<pid_t> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
        if (fields.value(1).toInt() == pid)
            children.append(pid_t(entry.toInt()));
    }
    if (::kill(pid, SIGKILL) != 0)
        return false;
    m_running = false;
    for (int i = 0; i < 200; ++i) {
        const bool anyLeft = ::kill(pid, 0) == 0 ||
                             std::any_of(children.cbegin(), children.cend(), [](pid_t c) { return ::kill(c, 0) == 0; });
        if (!anyLeft)
            return true;
        ::usleep(50'000);
    }
    return false;
}

namespace {

// A value of a key=value address, quoted as libpq reads it.
QString quoted(QString value)
{
    return u'\'' + value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s) + u'\'';
}

} // namespace

QString TestPostgres::address(const QString &database, const QString &user) const
{
    return u"host=%1 port=%2 dbname=%3 user=%4"_s.arg(m_socket).arg(m_port).arg(quoted(database), quoted(user));
}

QString TestPostgres::tcpAddress(const QString &database, const QString &user) const
{
    return u"host=127.0.0.1 port=%1 dbname=%2 user=%3"_s.arg(m_port).arg(quoted(database), quoted(user));
}

bool TestPostgres::psql(const QString &database, const QString &sql, const QString &user)
{
    QString output;
    return run(m_bin + u"/psql"_s,
               {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, m_socket, u"-p"_s, QString::number(m_port),
                u"-U"_s, user, u"-d"_s, database, u"-c"_s, sql},
               &output);
}

bool TestPostgres::createDatabase(const QString &name, const QString &owner)
{
    return psql(u"postgres"_s, u"CREATE DATABASE \"%1\" OWNER \"%2\""_s.arg(name, owner));
}

} // namespace adreview::test
