#include "domain/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestSha256 : public QObject {
    Q_OBJECT

private slots:
    // The published test vectors (FIPS 180-2): the empty message, "abc", and the 448-bit one.
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << QByteArray() << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
        QTest::newRow("abc") << QByteArray("abc")
                             << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << u"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_s;
    }
    void knownVectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, hex);
        QCOMPARE(Sha256::hex(message), hex);
        QCOMPARE(Sha256::raw(message), QByteArray::fromHex(hex.toLatin1()));
    }

    // Every length around the block and padding boundaries, and a large buffer, give the digest
    // QCryptographicHash gives (the hashes stored so far were made with it), whole or in pieces.
    void agreesWithQtAtEveryBoundary()
    {
        QRandomGenerator rng(7);
        QList<qsizetype> lengths;
        for (qsizetype n = 0; n <= 200; ++n)
            lengths.append(n);
        lengths.append(1'000'003);
        for (const qsizetype n : std::as_const(lengths)) {
            QByteArray data(n, Qt::Uninitialized);
            for (char &c : data)
                c = char(rng.bounded(256));
            const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
            QCOMPARE(Sha256::raw(data), expected);
            QCOMPARE(Sha256::hex(data), QString::fromLatin1(expected.toHex()));

            Sha256 pieces;
            qsizetype at = 0;
            while (at < n) {
                const qsizetype piece = std::min<qsizetype>(n - at, rng.bounded(1, 80));
                if (piece == 1)
                    pieces.add(data.at(at));
                else
                    pieces.add(QByteArrayView(data).sliced(at, piece));
                at += piece;
            }
            const Sha256::Digest d = pieces.finish();
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(d.data()), Sha256::bytes), expected);
        }
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestSha256)
#include "tst_Sha256.moc"
