#include "domain/EventSignature.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestEventSignature : public QObject {
    Q_OBJECT

private:
    static QString hexOf(char fill) { return QString::fromLatin1(QByteArray(32, fill).toHex()); }

    static Event decision()
    {
        Event e;
        e.uuid = u"0190c3f0-0000-7000-8000-000000000001"_s;
        e.caseRef = u"CASE-1"_s;
        e.action = u"ban"_s;
        e.reviewer = u"ana"_s;
        e.device = u"laptop-a"_s;
        e.seq = 4;
        e.hash = hexOf('\x11');
        e.evidenceRefs = {u"EV-1"_s, u"EV-2"_s};
        e.evidenceHashes = {hexOf('\x22'), hexOf('\x33')};
        return e;
    }

private slots:
    // Version 1 of the signed form, byte for byte: a database signed today must verify in every
    // later version, so the form may never change under the same label.
    void formIsVersionOneByteForByte()
    {
        const Event e = decision();
        QByteArray expected("adreview-event-signature-1");
        expected += '\0';
        expected += QByteArray(32, '\x44'); // the previous digest
        expected += QByteArray(32, '\x11'); // the event's hash
        expected += "ana";
        expected += '\0';
        expected += "EV-1";
        expected += '\0';
        expected += QByteArray(32, '\x22');
        expected += '\0';
        expected += "EV-2";
        expected += '\0';
        expected += QByteArray(32, '\x33');
        expected += '\0';
        QCOMPARE(EventSignature::form(hexOf('\x44'), e), expected);
        const QString digest =
            QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex());
        QCOMPARE(EventSignature::digest(hexOf('\x44'), e), digest);
        // The cited hashes may come apart from the event, as a merge reads them from its evidence.
        Event bare = e;
        bare.evidenceHashes.clear();
        QCOMPARE(EventSignature::digest(hexOf('\x44'), bare, e.evidenceHashes), digest);
    }

    // Each part the signature covers changes the digest: the chain, the event, the reviewer, the
    // refs, and the content of every cited item.
    void everyCoveredPartChangesTheDigest()
    {
        const Event e = decision();
        const QString digest = EventSignature::digest(EventSignature::noDigest(), e);
        QVERIFY(digest != EventSignature::digest(hexOf('\x01'), e));
        QList<std::function<void(Event &)>> edits = {
            [](Event &x) { x.hash = hexOf('\x12'); },
            [](Event &x) { x.reviewer = u"ben"_s; },
            [](Event &x) { x.evidenceRefs[1] = u"EV-3"_s; },
            [](Event &x) { x.evidenceHashes[0] = hexOf('\x23'); },
            [](Event &x) { x.evidenceRefs.removeLast(); },
            // Moving a NUL-ended field's last byte to the next cannot give the same form.
            [](Event &x) {
                x.reviewer = u"an"_s;
                x.evidenceRefs[0] = u"aEV-1"_s;
            },
        };
        for (qsizetype i = 0; i < edits.size(); ++i) {
            Event changed = e;
            edits[i](changed);
            QVERIFY2(EventSignature::digest(EventSignature::noDigest(), changed) != digest,
                     qPrintable(QString::number(i)));
        }
        // What the form does not cover leaves it as it is (those are covered by the event's hash).
        Event other = e;
        other.rationale = u"another rationale"_s;
        QCOMPARE(EventSignature::digest(EventSignature::noDigest(), other), digest);
    }

    // Names outside ASCII are signed as UTF-8; a damaged hash signs as zero bytes, never shorter.
    void textIsUtf8AndDamagedHashesAreZeros()
    {
        Event e = decision();
        e.reviewer = u"Zoë 卡巴"_s;
        e.evidenceRefs = {u"EV-ü"_s};
        e.evidenceHashes = {QString(64, u'x')};
        const QByteArray form = EventSignature::form(EventSignature::noDigest(), e);
        QVERIFY(form.contains(u"Zoë 卡巴"_s.toUtf8() + '\0'));
        QVERIFY(form.contains(u"EV-ü"_s.toUtf8() + '\0'));
        QVERIFY(form.endsWith(u"EV-ü"_s.toUtf8() + '\0' + QByteArray(32, '\0') + '\0'));
    }

    // A signature's text is exactly what base64 encoding of 64 bytes gives, and nothing else.
    void signatureTextIsExactBase64_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        const QByteArray bytes = QByteArray::fromHex("ff00a5"
                                                     "5a")
                                     .repeated(16);
        const QString good = QString::fromLatin1(bytes.toBase64());
        QTest::newRow("encoded") << good << true;
        QTest::newRow("every byte value") << QString::fromLatin1(QByteArray(64, '\xfb').toBase64()) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("unpadded") << good.chopped(2) << false;
        QTest::newRow("63 bytes") << QString::fromLatin1(bytes.left(63).toBase64()) << false;
        QTest::newRow("65 bytes") << QString::fromLatin1((bytes + 'x').toBase64()) << false;
        QTest::newRow("base64url") << QString::fromLatin1(
                                          QByteArray(64, '\xfb').toBase64(QByteArray::Base64UrlEncoding))
                                   << false;
        QTest::newRow("space inside") << QString(good).replace(10, 1, u' ') << false;
        QTest::newRow("padding inside") << QString(good).replace(10, 1, u'=') << false;
        QTest::newRow("non-Latin letter") << QString(good).replace(10, 1, u'ä') << false;
        // The last character holds four bits past the 64th byte; set, they would decode to the
        // same bytes, so two texts would name one signature.
        QString loose = good;
        loose[85] = QChar(u'A' + 1);
        QVERIFY(good[85] == u'A' || good[85] == u'Q' || good[85] == u'g' || good[85] == u'w');
        QTest::newRow("bits past the end") << loose << false;
    }
    void signatureTextIsExactBase64()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(EventSignature::isSignatureText(text), accepted);
        const auto decoded = EventSignature::decodeSignature(text);
        QCOMPARE(decoded.has_value(), accepted);
        if (decoded)
            QCOMPARE(QString::fromLatin1(decoded->toBase64()), text);
    }

    void publicKeysAreExactBase64AndHaveSshFingerprints()
    {
        const QByteArray key(32, '\x07');
        QCOMPARE(EventSignature::decodePublicKey(QString::fromLatin1(key.toBase64())), key);
        QVERIFY(!EventSignature::decodePublicKey(QString::fromLatin1(key.left(31).toBase64())));
        const QByteArray sha = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
        QCOMPARE(EventSignature::fingerprint(key),
                 u"SHA256:"_s + QString::fromLatin1(sha.toBase64(QByteArray::OmitTrailingEquals)));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestEventSignature)
#include "tst_EventSignature.moc"
