#include "domain/CaseFold.h"
#include "domain/EventHash.h"
#include "domain/EvidenceFields.h"
#include "domain/EvidenceRevision.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

Evidence advisory()
{
    Evidence e;
    e.ref = u"EV-1"_s;
    e.kind = u"agency-advisory"_s;
    e.title = u"DHS Statement on the Issuance of Binding Operational Directive 17-01"_s;
    e.source = u"U.S. Department of Homeland Security"_s;
    e.reference = u"BOD 17-01"_s;
    e.jurisdiction = u"US"_s;
    e.status = u"in-force"_s;
    e.date = u"2017-09-13"_s;
    e.url = u"https://www.dhs.gov/news/2017/09/13/dhs-statement"_s;
    e.reliability = u"confirmed"_s;
    e.contentHash = EvidenceFields::contentHash(e);
    return e;
}

EvidenceRevision superseded()
{
    EvidenceRevision r;
    r.item = advisory();
    r.item.status = u"superseded"_s;
    r.supersededBy = u"EV-7"_s;
    r.effective = QDate(2024, 6, 24);
    return r;
}

Event makeEvent(const QString &action, const QStringList &parents, qint64 minute, const QStringList &evidence = {})
{
    Event e;
    e.uuid = EventHash::newUuid();
    e.caseRef = u"CASE-1"_s;
    e.action = action;
    e.reviewer = u"ana"_s;
    e.device = u"laptop"_s;
    e.at = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(minute * 60);
    e.parents = parents;
    e.evidenceRefs = evidence;
    return e;
}

} // namespace

class TestEvidenceRevision : public QObject {
    Q_OBJECT

private slots:
    // One revision has one text, which hashes the revised item as an item is hashed.
    void aRevisionHasOneTextAndHashesLikeAnItem()
    {
        const EvidenceRevision r = superseded();
        const QString text = r.toText();
        auto read = EvidenceRevision::fromText(text);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->toText(), text);
        QCOMPARE(read->contentHash(), EvidenceFields::contentHash(r.item));
        QVERIFY(read->contentHash() != advisory().contentHash);
        QCOMPARE(read->supersededBy, u"EV-7"_s);
        QCOMPARE(read->effective, QDate(2024, 6, 24));
        const Evidence applied = read->applied(advisory());
        QCOMPARE(applied.reliability, u"confirmed"_s);
        QCOMPARE(applied.status, u"superseded"_s);
        QCOMPARE(read->change(advisory()), u"in-force → superseded (by EV-7)"_s);
    }

    void badTextsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        const QString good = superseded().toText();
        QTest::newRow("not json") << u"{oops"_s << u"not a JSON object"_s;
        QTest::newRow("unknown field") << QString(good).replace(u"\"effective\""_s, u"\"when\""_s)
                                       << u"unknown field 'when'"_s;
        QTest::newRow("not canonical") << QString(good).replace(u"{\"content\":"_s, u"{ \"content\":"_s)
                                       << u"canonical"_s;
        QTest::newRow("bad status") << QString(good).replace(u"\"superseded\""_s, u"\"gone\""_s) << u"status 'gone'"_s;
        QTest::newRow("superseded by nothing")
            << QString(good).replace(u",\"superseded_by\":\"EV-7\""_s, QString()) << u"superseded_by"_s;
        QTest::newRow("bad date") << QString(good).replace(u"2024-06-24"_s, u"2024-13-01"_s) << u"effective date"_s;
        QTest::newRow("no title") << QString(good).replace(u"DHS Statement on the Issuance of Binding Operational "
                                                           "Directive 17-01"_s,
                                                           QString())
                                  << u"title is missing"_s;
        QTest::newRow("unknown kind") << QString(good).replace(u"agency-advisory"_s, u"rumour"_s) << u"no known kind"_s;
    }

    void badTextsAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        auto read = EvidenceRevision::fromText(text);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
    }

    // The fold: a decision made before a revision, or apart from it, is in re-review until
    // re-affirmed; one made after it (its author saw the revision) is not; the same change
    // recorded twice is one revision.
    void decisionsThatDidNotSeeARevisionAreFlagged()
    {
        Event flag = makeEvent(u"flag"_s, {}, 0);
        Event ban = makeEvent(u"ban"_s, {flag.uuid}, 1, {u"EV-1"_s});
        Event revise = makeEvent(u"revise"_s, {ban.uuid}, 2, {u"EV-1"_s});
        revise.statement = superseded().toText();
        CaseFold::State s = CaseFold::fold({flag, ban, revise});
        QCOMPARE(s.revisions.size(), 1);
        QCOMPARE(s.rereview.size(), 1);
        QCOMPARE(s.rereview.first().ref, u"EV-1"_s);
        QVERIFY(!s.rereview.first().seen);
        QCOMPARE(CaseFold::rereviewLine(s.rereview.first(), advisory()),
                 u"EV-1 DHS Statement on the Issuance of Binding Operational Directive 17-01: in-force → superseded "
                 "(by EV-7) on 2024-06-24"_s);

        // The same change recorded on another laptop, apart: still one reason, still the same.
        Event twin = makeEvent(u"revise"_s, {ban.uuid}, 3, {u"EV-1"_s});
        twin.device = u"other-laptop"_s;
        twin.statement = revise.statement;
        s = CaseFold::fold({flag, ban, revise, twin});
        QCOMPARE(s.rereview.size(), 1);

        Event reaffirm = makeEvent(u"reaffirm"_s, {revise.uuid, twin.uuid}, 4);
        QVERIFY(CaseFold::fold({flag, ban, revise, twin, reaffirm}).rereview.isEmpty());

        // A ban made after the revision, by one who saw it, rests on it as it reads now.
        Event revisedFirst = makeEvent(u"revise"_s, {flag.uuid}, 1, {u"EV-1"_s});
        revisedFirst.statement = revise.statement;
        Event banAfter = makeEvent(u"ban"_s, {revisedFirst.uuid}, 2, {u"EV-1"_s});
        QVERIFY(CaseFold::fold({flag, revisedFirst, banAfter}).rereview.isEmpty());
        // One made apart from it (another laptop, earlier by the clock) did not see it.
        Event banApart = makeEvent(u"ban"_s, {flag.uuid}, 5, {u"EV-1"_s});
        QCOMPARE(CaseFold::fold({flag, revisedFirst, banApart}).rereview.size(), 1);
        // A case not decided, or a decision not citing the item, is not in re-review.
        Event other = makeEvent(u"ban"_s, {flag.uuid}, 1, {u"EV-2"_s});
        QVERIFY(CaseFold::fold({flag, other, revise}).rereview.isEmpty());
        QVERIFY(CaseFold::fold({flag, revisedFirst}).rereview.isEmpty());
    }

    // A retraction, or a new successor, changes no field of the item and is a revision still.
    void aRetractionAloneIsARevision()
    {
        EvidenceRevision retracted;
        retracted.item = advisory();
        retracted.retracted = true;
        EvidenceRevision unrevised;
        unrevised.item = advisory();
        QCOMPARE(retracted.contentHash(), unrevised.contentHash());
        QVERIFY(retracted.identity() != unrevised.identity());
        EvidenceRevision later = retracted;
        later.effective = QDate(2025, 2, 1);
        QCOMPARE(later.identity(), retracted.identity()); // when it took effect is not what it says
        Event flag = makeEvent(u"flag"_s, {}, 0);
        Event ban = makeEvent(u"ban"_s, {flag.uuid}, 1, {u"EV-1"_s});
        Event revise = makeEvent(u"revise"_s, {ban.uuid}, 2, {u"EV-1"_s});
        revise.statement = retracted.toText();
        const CaseFold::State s = CaseFold::fold({flag, ban, revise});
        QCOMPARE(s.rereview.size(), 1);
        QCOMPARE(
            CaseFold::rereviewLine(s.rereview.first(), advisory()),
            u"EV-1 DHS Statement on the Issuance of Binding Operational Directive 17-01: retracted on 2025-01-01"_s);
    }

    // A reversal turns the outcome and is the new decision: nothing it did not cite is flagged.
    void aReversalIsTheNewDecision()
    {
        Event flag = makeEvent(u"flag"_s, {}, 0);
        Event clear = makeEvent(u"clear"_s, {flag.uuid}, 1, {u"EV-1"_s});
        Event revise = makeEvent(u"revise"_s, {clear.uuid}, 2, {u"EV-1"_s});
        revise.statement = superseded().toText();
        Event reverse = makeEvent(u"reverse"_s, {revise.uuid}, 3, {u"EV-1"_s});
        reverse.outcome = u"banned"_s;
        const CaseFold::State s = CaseFold::fold({flag, clear, revise, reverse});
        QCOMPARE(s.outcome, u"banned"_s);
        QCOMPARE(s.state, u"decided"_s);
        QVERIFY(s.rereview.isEmpty());
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestEvidenceRevision)
#include "tst_EvidenceRevision.moc"
