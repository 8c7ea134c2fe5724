#include "files/InputFile.h"

#include <QFile>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString kindOf(mode_t mode)
{
    switch (mode & S_IFMT) {
    case S_IFDIR:
        return u"a folder"_s;
    case S_IFIFO:
        return u"a FIFO"_s;
    case S_IFCHR:
        return u"a character device"_s;
    case S_IFBLK:
        return u"a block device"_s;
    case S_IFSOCK:
        return u"a socket"_s;
    default:
        return u"not a file"_s;
    }
}

Error tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    return Error::rejected(
        u"%1: the file is too large (%2 MB; at most %3 MB)"_s.arg(path).arg(size >> 20).arg(maxBytes >> 20));
}

Error unreadable(const QString &path, int error)
{
    return Error::rejected(u"%1: cannot be read (%2)"_s.arg(path, QString::fromLocal8Bit(std::strerror(error))));
}

Status checkStat(const QString &path, const struct stat &st, qint64 maxBytes)
{
    if (!S_ISREG(st.st_mode))
        return Error::rejected(
            u"%1: not a regular file (%2); only regular files are read"_s.arg(path, kindOf(st.st_mode)));
    if (st.st_size > maxBytes)
        return tooLarge(path, st.st_size, maxBytes);
    return {};
}

} // namespace

Status checkInputFile(const QString &path, qint64 maxBytes)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return Error::rejected(u"%1: no such file"_s.arg(path));
        return unreadable(path, errno);
    }
    return checkStat(path, st, maxBytes);
}

Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes)
{
    if (auto checked = checkInputFile(path, maxBytes); !checked)
        return checked.error();
    // Without waiting, in case the path became a FIFO since it was looked at; the file as opened
    // is checked again.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return unreadable(path, errno);
    const auto closeFile = qScopeGuard([fd] { ::close(fd); });
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return unreadable(path, errno);
    if (auto checked = checkStat(path, st, maxBytes); !checked)
        return checked.error();

    QByteArray bytes(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype got = 0;
    for (;;) {
        if (got == bytes.size()) {
            // The file grew while it was read: more, but never past the limit.
            if (got > maxBytes)
                return tooLarge(path, got, maxBytes);
            bytes.resize(got + std::min<qint64>(1 << 20, maxBytes - got) + 1);
        }
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return unreadable(path, errno);
        }
        if (n == 0)
            break;
        got += n;
    }
    if (got > maxBytes)
        return tooLarge(path, got, maxBytes);
    bytes.truncate(got);
    return bytes;
}

} // namespace adreview
