#include "domain/EvidenceFields.h"
#include "domain/EvidenceKinds.h"
#include "domain/Vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

// The evidence-kind table is the one list of kinds: the vocabulary, the import keys, the hashed
// content and the report schema all follow it.
class TestEvidenceKinds : public QObject {
    Q_OBJECT

private slots:
    void everyRowIsWhole()
    {
        QSet<QString> words;
        QSet<EvidenceKind> kinds;
        for (const EvidenceKindInfo &info : evidencekinds::all()) {
            QVERIFY2(!info.word.isEmpty() && info.kind != EvidenceKind::Unknown, qPrintable(info.word));
            QVERIFY2(!words.contains(info.word), qPrintable(info.word));
            QVERIFY2(!kinds.contains(info.kind), qPrintable(info.word));
            words.insert(info.word);
            kinds.insert(info.kind);
            QVERIFY(!info.sourceKey.isEmpty() && !info.dateKey.isEmpty());
            QCOMPARE(&evidencekinds::of(info.word), &info);
            QCOMPARE(&evidencekinds::of(info.kind), &info);
            // A kind's own keys are its own: never a key every item has.
            for (const EvidenceKindInfo::Field &own : info.own) {
                for (const QString &common :
                     {u"ref"_s, u"kind"_s, u"title"_s, u"url"_s, u"excerpt"_s, u"reliability"_s, u"retrieved"_s,
                      u"sha256"_s, u"attachment"_s, info.sourceKey, info.dateKey})
                    QVERIFY2(own.key != common, qPrintable(info.word + u": "_s + own.key));
            }
        }
        QCOMPARE(vocab::evidenceKinds(), evidencekinds::words());
        QCOMPARE(evidencekinds::of(u"rumour"_s).kind, EvidenceKind::Unknown);
        QCOMPARE(evidencekinds::of(u"rumour"_s).sourceKey, u"source"_s);
    }

    // What an item's hash covers is the row's keys: its source and date under the kind's names,
    // and its own fields.
    void contentFollowsTheRow()
    {
        for (const EvidenceKindInfo &info : evidencekinds::all()) {
            Evidence e;
            e.kind = info.word;
            e.title = u"T"_s;
            e.source = u"S"_s;
            e.date = u"2018-01-01"_s;
            for (const EvidenceKindInfo::Field &own : info.own)
                e.*own.member = own.key + u" value"_s;
            const QJsonObject content = EvidenceFields::content(e);
            QCOMPARE(content.value(info.sourceKey).toString(), u"S"_s);
            QCOMPARE(content.value(info.dateKey).toString(), u"2018-01-01"_s);
            QCOMPARE(content.size(), 6 + info.own.size());
            for (const EvidenceKindInfo::Field &own : info.own)
                QCOMPARE(content.value(own.key).toString(), own.key + u" value"_s);
            QCOMPARE(EvidenceFields::canonical(e), EvidenceFields::canonicalThroughQt(e));
        }
    }

    // The report schema lists the same kinds (the evidence table's CHECK is held to the table by
    // tst_Database).
    void schemaListsTheKinds()
    {
        QFile file(u":/adreview/report.schema.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const qsizetype at = text.indexOf("\"kind\": {\"enum\": [");
        QVERIFY2(at >= 0, "the schema names no evidence kinds");
        const qsizetype start = text.indexOf('[', at);
        const QJsonArray listed =
            QJsonDocument::fromJson(text.mid(start, text.indexOf(']', start) - start + 1)).array();
        QStringList schemaKinds;
        for (const QJsonValue &v : listed)
            schemaKinds << v.toString();
        QCOMPARE(schemaKinds, evidencekinds::words());
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestEvidenceKinds)
#include "tst_EvidenceKinds.moc"
