#include "review/DeviceKeys.h"
#include "review/Identity.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace adreview {

class TestDeviceKeys : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString dir(const QString &name) const { return m_tmp.filePath(name); }

    static mode_t modeOf(const QString &path)
    {
        struct stat st {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
    }

    static Identity ana() { return {u"ana.moreau"_s, u"laptop-ana"_s}; }

private slots:
    void madeOnceReadableByItsOwnerAlone()
    {
        const DeviceKeys keys(dir(u"made/keys"_s));
        auto none = keys.load(u"laptop-ana"_s);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        auto made = keys.loadOrCreate(ana());
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QCOMPARE(modeOf(keys.path(u"laptop-ana"_s)), mode_t(0600));
        QCOMPARE(modeOf(dir(u"made/keys"_s)), mode_t(0700));
        QCOMPARE(made->device(), u"laptop-ana"_s);
        QCOMPARE(made->reviewer(), u"ana.moreau"_s);
        QCOMPARE(made->publicKey().size(), DeviceKey::publicKeyBytes);
        QVERIFY(made->fingerprint().startsWith(u"SHA256:"_s));
        QCOMPARE(made->fingerprint().size(), 7 + 43);
        // The same key, whether loaded or asked for again; the file is never rewritten.
        const QByteArray file = [&] {
            QFile f(keys.path(u"laptop-ana"_s));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto again = keys.loadOrCreate(ana());
        QVERIFY(again.ok());
        QCOMPARE(again->publicKey(), made->publicKey());
        auto loaded = keys.load(u"laptop-ana"_s);
        QVERIFY(loaded.ok() && loaded->has_value());
        QCOMPARE((*loaded)->fingerprint(), made->fingerprint());
        QFile f(keys.path(u"laptop-ana"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), file);
        // Another device gets another key.
        auto other = keys.loadOrCreate({u"ana.moreau"_s, u"desk-ana"_s});
        QVERIFY(other.ok());
        QVERIFY(other->publicKey() != made->publicKey());
    }

    void signsAndVerifies()
    {
        const DeviceKeys keys(dir(u"sign"_s));
        auto key = keys.loadOrCreate(ana());
        QVERIFY(key.ok());
        const QByteArray message = "ban CASE-2018-0013 ADS-CRYPTO";
        const QByteArray signature = key->sign(message);
        QCOMPARE(signature.size(), DeviceKey::signatureBytes);
        QVERIFY(DeviceKey::verify(key->publicKey(), message, signature));
        QVERIFY(!DeviceKey::verify(key->publicKey(), message + " ", signature));
        QByteArray flipped = signature;
        flipped[10] = char(flipped[10] ^ 1);
        QVERIFY(!DeviceKey::verify(key->publicKey(), message, flipped));
        QVERIFY(!DeviceKey::verify(key->publicKey(), message, signature.left(63)));
        QVERIFY(!DeviceKey::verify(key->publicKey().left(31), message, signature));
        auto other = keys.loadOrCreate({u"ana.moreau"_s, u"desk-ana"_s});
        QVERIFY(other.ok());
        QVERIFY(!DeviceKey::verify(other->publicKey(), message, signature));
    }

    // As ssh does: a private key others may read is not used.
    void aKeyOthersCanReadIsRefused()
    {
        const DeviceKeys keys(dir(u"open"_s));
        QVERIFY(keys.loadOrCreate(ana()).ok());
        const QString path = keys.path(u"laptop-ana"_s);
        for (const mode_t mode : {mode_t(0644), mode_t(0640), mode_t(0604), mode_t(0660)}) {
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
            for (const auto &r :
                 {keys.load(u"laptop-ana"_s).ok() ? Status() : Status(keys.load(u"laptop-ana"_s).error()),
                  keys.loadOrCreate(ana()).ok() ? Status() : Status(keys.loadOrCreate(ana()).error())}) {
                QVERIFY(!r.ok());
                QVERIFY2(r.error().message.contains(u"permissions 0%1"_s.arg(QString::number(mode, 8))),
                         qPrintable(r.error().message));
                QVERIFY2(r.error().message.contains(u"chmod 600"_s), qPrintable(r.error().message));
            }
        }
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        QVERIFY(keys.load(u"laptop-ana"_s).ok());
    }

    void aKeyIsBoundToOneReviewer()
    {
        const DeviceKeys keys(dir(u"bound"_s));
        QVERIFY(keys.loadOrCreate(ana()).ok());
        auto other = keys.loadOrCreate({u"dev.patel"_s, u"laptop-ana"_s});
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, ErrorKind::Rejected);
        QVERIFY2(other.error().message.contains(u"belongs to reviewer ana.moreau, not dev.patel"_s),
                 qPrintable(other.error().message));
    }

    // A damaged or foreign key file is refused with the way out, never silently replaced.
    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << u"not an AdReview key file"_s;
        QTest::newRow("other text") << QByteArray("ssh-ed25519 AAAA\n") << u"not an AdReview key file"_s;
        QTest::newRow("truncated") << QByteArray("CUT") << u"not an AdReview key file"_s;
        QTest::newRow("other device") << QByteArray("DEVICE") << u"belongs to device desk-ana"_s;
        QTest::newRow("bad base64") << QByteArray("BASE64") << u"holds no whole key"_s;
        QTest::newRow("other public key") << QByteArray("PUBLIC") << u"not its private key's"_s;
    }

    void damagedFilesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, words);
        const DeviceKeys keys(dir(u"damaged-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(keys.loadOrCreate(ana()).ok());
        const QString path = keys.path(u"laptop-ana"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        f.close();
        const QList<QByteArray> lines = good.split('\n');
        if (text == "CUT")
            text = good.left(good.size() / 2);
        else if (text == "DEVICE")
            text = QByteArray(good).replace("device: laptop-ana", "device: desk-ana");
        else if (text == "BASE64")
            text = QByteArray(good).replace(lines[4], "seed: !!!!");
        else if (text == "PUBLIC") {
            const DeviceKeys other(dir(u"damaged-other"_s));
            auto key = other.loadOrCreate(ana());
            QVERIFY(key.ok());
            text = QByteArray(good).replace(lines[3], "public: " + key->publicKey().toBase64());
        }
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        for (const Status &r : {keys.load(u"laptop-ana"_s).ok() ? Status() : Status(keys.load(u"laptop-ana"_s).error()),
                                keys.loadOrCreate(ana()).ok() ? Status() : Status(keys.loadOrCreate(ana()).error())}) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(words), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(u"new device id"_s), qPrintable(r.error().message));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text); // left as it was
    }

    void linksAndFoldersAreNotKeys()
    {
        const DeviceKeys keys(dir(u"links"_s));
        QVERIFY(keys.loadOrCreate({u"ana.moreau"_s, u"real"_s}).ok());
        QVERIFY(QFile::link(keys.path(u"real"_s), keys.path(u"laptop-ana"_s)));
        auto linked = keys.load(u"laptop-ana"_s);
        QVERIFY(!linked.ok());
        QVERIFY(QDir().mkpath(keys.path(u"folder"_s)));
        auto folder = keys.load(u"folder"_s);
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error().message.contains(u"not a regular file"_s), qPrintable(folder.error().message));
    }

    // A device id is free text: it names a file inside the folder and nothing else.
    void deviceNamesStayInTheFolder()
    {
        const QString folder = dir(u"names"_s);
        const DeviceKeys keys(folder);
        // The longest names a device may have, even where every character takes several bytes
        // encoded, still make a file name within the 255 bytes a file system takes.
        const QString longest(200, QChar(0x4e2d));
        const QString longestToo = QString(199, QChar(0x4e2d)) + u'x';
        for (const QString &device : {u"../escape"_s, u"a/b"_s, u".."_s, u"laptop ana ü"_s, longest, longestToo}) {
            auto key = keys.loadOrCreate({u"ana.moreau"_s, device});
            QVERIFY2(key.ok(), qPrintable(device));
            QCOMPARE(QFileInfo(keys.path(device)).absolutePath(), QFileInfo(folder).absoluteFilePath());
            QCOMPARE(key->device(), device);
            QVERIFY(QFileInfo(keys.path(device)).fileName().toUtf8().size() <= 255);
            auto again = keys.load(device);
            QVERIFY(again && *again && (*again)->fingerprint() == key->fingerprint());
        }
        QVERIFY(keys.path(longest) != keys.path(longestToo));
        QVERIFY(!QFile::exists(m_tmp.filePath(u"escape.key"_s)));
    }

    // Two processes making the key at once end with one key.
    void madeAtOnceIsOneKey()
    {
        for (int round = 0; round < 10; ++round) {
            const DeviceKeys keys(dir(u"race-%1"_s.arg(round)));
            QByteArray a, b;
            std::thread first([&] {
                if (auto k = keys.loadOrCreate(ana()); k.ok())
                    a = k->publicKey();
            });
            std::thread second([&] {
                if (auto k = keys.loadOrCreate(ana()); k.ok())
                    b = k->publicKey();
            });
            first.join();
            second.join();
            QVERIFY(!a.isEmpty());
            QCOMPARE(a, b);
            QCOMPARE(QDir(dir(u"race-%1"_s.arg(round))).entryList(QDir::Files | QDir::Hidden).size(), 1);
        }
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDeviceKeys)
#include "tst_DeviceKeys.moc"
