// readInputFile and checkInputFile: a regular file (also through a symbolic link) is read whole;
// a FIFO, a device, a folder or a link to one is refused by what it is, before anything reads it
// (nothing waits on a FIFO, nothing reads /dev/zero without end); a file over the limit is
// refused by its size.

#include "files/InputFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace adreview {

class TestInputFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRegularFileIsReadWhole()
    {
        const QString path = file(u"cases.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray bytes = QByteArray(3 << 20, 'a') + "end";
        f.write(bytes);
        f.close();
        auto read = readInputFile(path, 4 << 20);
        QVERIFY(read.ok());
        QCOMPARE(*read, bytes);
        const QString link = file(u"link.json"_s);
        QVERIFY(QFile::link(path, link));
        QVERIFY(checkInputFile(link, 4 << 20).ok());
        QCOMPARE(*readInputFile(link, 4 << 20), bytes);

        const QString empty = file(u"empty.json"_s);
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        QCOMPARE(*readInputFile(empty, 10), QByteArray());
    }

    void whatIsNotARegularFileIsRefused()
    {
        const QString fifo = file(u"fifo.adrbundle"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString zero = file(u"zero.json"_s);
        QVERIFY(QFile::link(u"/dev/zero"_s, zero));
        const QString random = file(u"random.adrbundle"_s);
        QVERIFY(QFile::link(u"/dev/urandom"_s, random));
        const QString folder = file(u"folder.json"_s);
        QVERIFY(QDir().mkpath(folder));
        for (const QString &path : {fifo, zero, random, folder, u"/dev/null"_s}) {
            QElapsedTimer timer;
            timer.start();
            const auto read = readInputFile(path, 1LL << 40);
            QVERIFY2(!read, qPrintable(path));
            QCOMPARE(read.error().kind, ErrorKind::Rejected);
            QVERIFY2(read.error().message.startsWith(path + u": not a regular file"_s),
                     qPrintable(read.error().message));
            QVERIFY(!checkInputFile(path, 1LL << 40));
            QVERIFY(timer.elapsed() < 2000);
        }
        const auto missing = readInputFile(file(u"none.json"_s), 10);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"no such file"_s), qPrintable(missing.error().message));
    }

    void aFileOverTheLimitIsRefusedByItsSize()
    {
        const QString path = file(u"big.adrbundle"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize((1LL << 32) + 1)); // sparse
        f.close();
        QElapsedTimer timer;
        timer.start();
        const auto read = readInputFile(path, 1LL << 30);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::Rejected);
        QVERIFY2(read.error().message.contains(u"too large"_s), qPrintable(read.error().message));
        QVERIFY(timer.elapsed() < 2000); // not read
        QVERIFY(!checkInputFile(path, 1LL << 30));
        QVERIFY(QFile::remove(path));

        const QString exact = file(u"exact.json"_s);
        QFile g(exact);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("12345");
        g.close();
        QVERIFY(readInputFile(exact, 5).ok());
        QVERIFY(!readInputFile(exact, 4));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestInputFile)
#include "tst_InputFile.moc"
