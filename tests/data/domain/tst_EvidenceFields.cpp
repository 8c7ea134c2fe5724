#include "domain/EvidenceFields.h"
#include "domain/Vocabulary.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestEvidenceFields : public QObject {
    Q_OBJECT

private:
    // Text an imported file may hold: quotes, backslashes, slashes, accents, Cyrillic, CJK, DEL
    // and a line separator, which the direct writer spells itself...
    static QStringList plainPieces()
    {
        return {u""_s,
                u"Kaspersky Lab"_s,
                u"He said \"no\""_s,
                u"C:\\path\\to"_s,
                u"https://example.org/a/b?c=d"_s,
                u"Zürich café"_s,
                u"Роскомнадзор"_s,
                u"卡巴斯基实验室"_s,
                QString(QChar(0x7f)),
                u"line\u2028separator"_s};
    }

    // ...and emoji (surrogate pairs), a lone surrogate and control characters, which it leaves
    // to Qt.
    static QStringList otherPieces()
    {
        return {u"rocket 🚀"_s, QString(QChar(0xdc00)), u"new\nline"_s, u"tab\there"_s, u"\u0001start"_s};
    }

    static QString randomText(QRandomGenerator &rng, const QStringList &pieces)
    {
        QString s;
        for (int i = 0, n = rng.bounded(4); i < n; ++i)
            s += pieces.at(rng.bounded(int(pieces.size())));
        return s;
    }

    // ODNI's assessment, the demo's first evidence item.
    static Evidence demoAdvisory()
    {
        Evidence e;
        e.kind = u"agency-advisory"_s;
        e.source = u"Office of the Director of National Intelligence"_s;
        e.reference = u"ICA 2017-01D"_s;
        e.title = u"Assessing Russian Activities and Intentions in Recent US Elections"_s;
        e.jurisdiction = u"US"_s;
        e.date = u"2017-01-06"_s;
        e.status = u"in-force"_s;
        e.url = u"https://www.dni.gov/files/documents/ICA_2017_01.pdf"_s;
        return e;
    }

private slots:
    void writesTheBytesQtWrites()
    {
        QRandomGenerator rng(7);
        QStringList kinds = vocab::evidenceKinds();
        kinds << u"unknown-kind"_s << QString();
        const QStringList plain = plainPieces();
        const QStringList all = plainPieces() + otherPieces();
        for (const QString &kind : std::as_const(kinds)) {
            for (int i = 0; i < 3000; ++i) {
                // Most items hold only plain text, so that the direct writer's output is compared
                // often; the rest mostly take the way through Qt.
                const QStringList &pieces = rng.bounded(3) > 0 ? plain : all;
                Evidence e;
                e.kind = rng.bounded(20) > 0 ? kind : randomText(rng, pieces);
                e.title = randomText(rng, pieces);
                e.source = randomText(rng, pieces);
                e.author = randomText(rng, pieces);
                e.reference = randomText(rng, pieces);
                e.jurisdiction = randomText(rng, pieces);
                e.status = randomText(rng, pieces);
                e.url = randomText(rng, pieces);
                e.date = randomText(rng, pieces);
                e.excerpt = rng.bounded(5) > 0 ? randomText(rng, pieces) : QString(); // null, not just empty
                QCOMPARE(EvidenceFields::canonical(e), EvidenceFields::canonicalThroughQt(e));
            }
        }
    }

    // QJsonObject's key order, which the hash depends on.
    void writesEachKindsKeysInOrder()
    {
        Evidence e;
        e.kind = u"news-citation"_s;
        QCOMPARE(
            EvidenceFields::canonical(e),
            R"({"author":"","excerpt":"","kind":"news-citation","published":"","publisher":"","title":"","url":""})");
        e.kind = u"agency-advisory"_s;
        QCOMPARE(
            EvidenceFields::canonical(e),
            R"({"agency":"","excerpt":"","issued":"","jurisdiction":"","kind":"agency-advisory","reference":"","status":"","title":"","url":""})");
        e.kind = u"company-statement"_s;
        QCOMPARE(EvidenceFields::canonical(e),
                 R"({"date":"","excerpt":"","kind":"company-statement","source":"","title":"","url":""})");
    }

    // Hashes stored in databases and files must never change: pinned from the Qt writer.
    void keepsKnownHashes()
    {
        QCOMPARE(EvidenceFields::contentHash(demoAdvisory()),
                 u"2d0584c57529fd5815d0882afded36a70cbbdf62b2d324be5d43144931762f5d"_s);

        Evidence news;
        news.kind = u"news-citation"_s;
        news.title = u"Launch day 🚀"_s;
        news.source = u"Der Standard"_s;
        news.author = u"Zoë \"Z\" Müller"_s;
        news.date = u"2018-03-01"_s;
        news.url = u"https://example.org/a\\b"_s;
        news.excerpt = u"first line\nsecond line"_s;
        QCOMPARE(EvidenceFields::contentHash(news),
                 u"b901d2f04c27d0b6efc2c17ed630a9be4a261081bd57e34cccfa3f2af20fed8b"_s);

        Evidence statement;
        statement.kind = u"company-statement"_s;
        statement.title = u"卡巴斯基实验室 statement"_s;
        statement.source = u"Kaspersky Lab"_s;
        statement.date = u"2017-09-13"_s;
        statement.url = u"https://www.kaspersky.com/about/press-releases"_s;
        statement.excerpt = u"We have never helped, nor will help, any government."_s;
        QCOMPARE(EvidenceFields::contentHash(statement),
                 u"b65bd9efd6ce3bd79bdafb3e3b6f73e83dd364908730e037d1bbe212c7f25518"_s);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestEvidenceFields)
#include "tst_EvidenceFields.moc"
