#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <memory>

class QFile;
class QFileDevice;
class QSaveFile;

namespace adreview {

// A file written for the user: a report, a sync bundle, a saved attachment. What happens depends
// on what the path is (symbolic links followed):
// - a regular file, or nothing yet: written under a temporary name and renamed into place once
//   complete, so that a failed or cancelled write leaves no file and an existing one as it was;
//   through a symbolic link, the file it points to is replaced and the link kept;
// - a character device or a FIFO (/dev/null, a pipe to another program): written straight into,
//   since renaming over it would put a regular file in the device's place;
// - a folder, a block device or a socket: refused.
// A path in a folder that does not exist is a usage error. A failed write (a full disk or device,
// an input/output error) is Unusable: the environment, not the request, is at fault.
//
// It is itself the device to write to, so that writers which take a QIODevice (QPdfWriter) go
// through it and a failed write is remembered even when they do not look.
class OutputFile : public QIODevice {
public:
    explicit OutputFile(QString path);
    ~OutputFile() override; // discards what was not committed

    // Whether the path can be written as above, without touching it: for refusing a bad path
    // before long work.
    static Status check(const QString &path);

    // Opens the path for writing (a FIFO waits here for its reader).
    Status begin();
    // Completes the file: renamed into place, or the stream flushed and closed.
    Status commit();
    // Gives up: a regular file is left as it was; a stream keeps what it was given.
    void cancel();
    // The error of the write that failed (false from write()), with the file given up.
    Error failure();

    bool writeAll(QByteArrayView bytes) { return write(bytes.data(), bytes.size()) == bytes.size(); }
    const QString &path() const { return m_path; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFileDevice *target() const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_stream;
    QString m_failure;       // why a write failed; empty while none did
    bool m_streamed = false; // written straight into a device or FIFO
    bool m_done = false;
};

} // namespace adreview
