#include "files/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

enum class Kind { File, Stream };

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool isStream(mode_t mode)
{
    return S_ISCHR(mode) || S_ISFIFO(mode);
}

Result<Kind> classify(const QString &path)
{
    if (path.isEmpty())
        return Error::usage(u"no output file given"_s);
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0) {
        const int error = errno;
        if (error != ENOENT && error != ENOTDIR)
            return Error::rejected(u"%1: cannot be written (%2)"_s.arg(path, systemError(error)));
        // A new file, or a link to one not made yet: the file goes where the link points.
        const QFileInfo info(path);
        const QFileInfo where = info.isSymLink() ? QFileInfo(info.symLinkTarget()) : info;
        if (!where.absoluteDir().exists())
            return Error::usage(
                u"%1: the folder %2 does not exist; nothing was written"_s.arg(path, where.absolutePath()));
        return Kind::File;
    }
    if (S_ISREG(st.st_mode))
        return Kind::File;
    if (isStream(st.st_mode))
        return Kind::Stream;
    if (S_ISDIR(st.st_mode))
        return Error::rejected(u"%1 is a folder; give a file name"_s.arg(path));
    const QString what = S_ISBLK(st.st_mode)    ? u"a block device"_s
                         : S_ISSOCK(st.st_mode) ? u"a socket"_s
                                                : u"not a file"_s;
    return Error::rejected(
        u"%1 is %2; AdReview writes only to files, character devices and FIFOs; nothing was written"_s.arg(path, what));
}

} // namespace

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

OutputFile::~OutputFile()
{
    if (!m_done)
        cancel();
}

Status OutputFile::check(const QString &path)
{
    auto kind = classify(path);
    if (!kind)
        return kind.error();
    return {};
}

QFileDevice *OutputFile::target() const
{
    return m_save ? static_cast<QFileDevice *>(m_save.get()) : m_stream.get();
}

Status OutputFile::begin()
{
    auto kind = classify(m_path);
    if (!kind)
        return kind.error();
    if (*kind == Kind::File) {
        m_save = std::make_unique<QSaveFile>(m_path);
        if (!m_save->open(QIODevice::WriteOnly)) {
            const QString reason = m_save->errorString();
            m_save.reset();
            return Error::rejected(u"%1: cannot be written (%2)"_s.arg(m_path, reason));
        }
    } else {
        // No O_CREAT: should the device have gone since it was looked at, nothing is made in its place.
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            return Error::rejected(u"%1: cannot be written (%2)"_s.arg(m_path, systemError(errno)));
        struct stat st = {};
        if (::fstat(fd, &st) != 0 || !isStream(st.st_mode)) {
            ::close(fd);
            return Error::rejected(u"%1: changed while it was opened; nothing was written"_s.arg(m_path));
        }
        m_stream = std::make_unique<QFile>();
        m_streamed = true;
        // Unbuffered, so that a failed write (a full device) is seen by the write that made it.
        if (!m_stream->open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return Error::rejected(u"%1: cannot be written (%2)"_s.arg(m_path, m_stream->errorString()));
        }
    }
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    QFileDevice *file = target();
    if (!m_failure.isEmpty() || !file)
        return -1;
    qint64 written = 0;
    while (written < size) {
        const qint64 n = file->write(data + written, size - written);
        if (n <= 0) {
            m_failure = file->errorString();
            if (m_failure.isEmpty())
                m_failure = u"the write failed"_s;
            return -1;
        }
        written += n;
    }
    return written;
}

Status OutputFile::commit()
{
    if (!m_failure.isEmpty())
        return failure();
    QIODevice::close();
    m_done = true;
    if (m_save) {
        if (!m_save->commit()) {
            m_failure = m_save->errorString();
            m_save.reset();
            return failure();
        }
        m_save.reset();
    } else if (m_stream) {
        if (!m_stream->flush())
            m_failure = m_stream->errorString();
        m_stream->close();
        m_stream.reset();
        if (!m_failure.isEmpty())
            return failure();
    }
    return {};
}

void OutputFile::cancel()
{
    QIODevice::close();
    m_done = true;
    if (m_save)
        m_save->cancelWriting();
    m_save.reset(); // an uncommitted QSaveFile removes its temporary file
    m_stream.reset();
}

Error OutputFile::failure()
{
    const QString reason = m_failure.isEmpty() ? u"the write failed"_s : m_failure;
    cancel();
    return Error::unusable(m_streamed
                               ? u"%1: could not be written (%2); the output there is incomplete"_s.arg(m_path, reason)
                               : u"%1: could not be written (%2); nothing was written"_s.arg(m_path, reason));
}

} // namespace adreview
