#include "TestBundle.h"
#include "TestDatabase.h"
#include "demo/Generator.h"
#include "domain/CaseFold.h"
#include "domain/EventHash.h"
#include "domain/Vocabulary.h"
#include "storage/AuditVerifier.h"
#include "storage/EvidenceRepository.h"
#include "storage/PolicyRepository.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString eventsOf(Database &db)
{
    return test::rows(db, u"SELECT uuid, hash FROM events ORDER BY uuid"_s);
}

QString stateOf(Database &db)
{
    return test::rows(db,
                      u"SELECT c.ref, c.state, c.outcome, c.assignee, c.heads, c.evidence_count, a.status FROM cases c "
                      "JOIN advertisers a ON a.id = c.advertiser_id ORDER BY c.ref"_s);
}

// One laptop: its own copy of the database file and its own device.
struct Laptop {
    QString path;
    std::unique_ptr<Database> db;
    std::unique_ptr<ReviewService> review;
};

} // namespace

class TestSyncMerge : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_base;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(const QString &name) { return m_dir.filePath(u"%1-%2"_s.arg(++m_files).arg(name)); }

    std::vector<Laptop> laptops(int n)
    {
        std::vector<Laptop> out;
        for (int i = 0; i < n; ++i) {
            Laptop l;
            l.path = file(u"laptop.sqlite"_s);
            if (!QFile::copy(m_base->path(), l.path))
                qFatal("cannot copy the base database");
            l.db = std::move(*Database::open(l.path, Database::OpenMode::MustExist));
            l.review = std::make_unique<ReviewService>(*l.db, m_base->clock(),
                                                       Identity{u"reviewer-%1"_s.arg(i), u"merge-laptop-%1"_s.arg(i)});
            out.push_back(std::move(l));
        }
        return out;
    }

    QString exportAll(Laptop &from)
    {
        const QString path = file(u"x.bundle"_s);
        auto written = SyncBundle::write(*from.db, from.review->identity(), m_base->clock(), path, {});
        if (!written)
            qFatal("export failed: %s", qPrintable(written.error().message));
        return path;
    }

    static void mergeInto(Laptop &to, const QString &bundle)
    {
        auto merged = test::mergeTrusting(*to.db, bundle);
        if (!merged)
            qFatal("merge failed: %s", qPrintable(merged.error().message));
    }

    // A random thing a reviewer does to a random undecided case; refusals (the rules) are fine.
    static void randomDecision(Laptop &l, QRandomGenerator &rng)
    {
        QSqlQuery q(l.db->connection());
        q.exec(u"SELECT ref FROM cases WHERE state IN ('open', 'in-review', 'escalated') ORDER BY ref"_s);
        QStringList open;
        while (q.next())
            open << q.value(0).toString();
        q.finish();
        if (open.isEmpty())
            return;
        Command c;
        c.caseRef = open.at(rng.bounded(int(open.size())));
        switch (rng.bounded(5)) {
        case 0:
            c.action = u"assign"_s;
            break;
        case 1:
            c.action = u"annotate"_s;
            c.rationale = u"looked at it"_s;
            break;
        case 2:
            c.action = u"ban"_s;
            c.policyCode = u"ADS-CRYPTO"_s;
            c.rationale = u"banned offline"_s;
            c.evidenceRefs = {u"EV-1"_s};
            break;
        default:
            c.action = u"clear"_s;
            c.rationale = u"cleared offline"_s;
            break;
        }
        (void)l.review->submit(c);
    }

    // The oracle, written apart from CaseFold: a case is in conflict exactly when two of its
    // decisions were made without either seeing the other and reach different outcomes.
    static QStringList divergedCases(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT c.ref, e.uuid, e.action, e.parents FROM events e JOIN cases c ON c.id = e.case_id"_s);
        QHash<QString, QHash<QString, QStringList>> parents; // case -> event -> parents
        QHash<QString, QList<std::pair<QString, QString>>> decisions;
        while (q.next()) {
            const QString ref = q.value(0).toString();
            parents[ref].insert(q.value(1).toString(), q.value(3).toString().split(u' ', Qt::SkipEmptyParts));
            if (vocab::isDecision(q.value(2).toString()))
                decisions[ref].append({q.value(1).toString(), vocab::outcomeOf(q.value(2).toString())});
        }
        const auto sees = [&](const QString &ref, const QString &from, const QString &target) {
            QStringList stack = parents[ref].value(from);
            QSet<QString> seen;
            while (!stack.isEmpty()) {
                const QString id = stack.takeLast();
                if (id == target)
                    return true;
                if (!seen.contains(id)) {
                    seen.insert(id);
                    stack += parents[ref].value(id);
                }
            }
            return false;
        };
        QStringList out;
        for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
            bool diverged = false;
            for (qsizetype i = 0; i < it->size() && !diverged; ++i) {
                for (qsizetype j = i + 1; j < it->size() && !diverged; ++j) {
                    const auto &a = it->at(i);
                    const auto &b = it->at(j);
                    diverged =
                        a.second != b.second && !sees(it.key(), a.first, b.first) && !sees(it.key(), b.first, a.first);
                }
            }
            if (diverged)
                out << it.key();
        }
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_base = std::make_unique<test::TestDatabase>();
        QVERIFY(Generator(m_base->db(), m_base->review(), 21).run(12).ok());
        m_base->close(); // the copies start from the file as it is on disk
    }

    void threeLaptopsConvergeInEverySchedule()
    {
        const int schedules = qEnvironmentVariableIntValue("ADREVIEW_SYNC_SCHEDULES") > 0
                                  ? qEnvironmentVariableIntValue("ADREVIEW_SYNC_SCHEDULES")
                                  : 50;
        int conflictsSeen = 0;
        for (int s = 0; s < schedules; ++s) {
            QRandomGenerator rng(quint32(1000 + s));
            auto l = laptops(3);
            // Rounds of offline work, then a random few bundles passed between random laptops.
            for (int round = 0; round < 3; ++round) {
                for (Laptop &laptop : l) {
                    for (int d = 0, n = rng.bounded(1, 5); d < n; ++d)
                        randomDecision(laptop, rng);
                }
                for (int x = 0, n = rng.bounded(0, 4); x < n; ++x) {
                    const int from = rng.bounded(3);
                    const int to = (from + 1 + rng.bounded(2)) % 3;
                    mergeInto(l[size_t(to)], exportAll(l[size_t(from)]));
                }
            }
            // At the end every laptop hears from every other, in a random order, some twice.
            QList<std::pair<int, int>> pairs;
            for (int from = 0; from < 3; ++from)
                for (int to = 0; to < 3; ++to)
                    if (from != to)
                        pairs.append({from, to});
            for (qsizetype i = pairs.size() - 1; i > 0; --i)
                std::swap(pairs[i], pairs[rng.bounded(int(i + 1))]);
            QStringList bundles;
            for (int from = 0; from < 3; ++from)
                bundles << exportAll(l[size_t(from)]);
            for (const auto &[from, to] : std::as_const(pairs))
                mergeInto(l[size_t(to)], bundles.at(from));
            mergeInto(l[size_t(rng.bounded(3))], bundles.at(rng.bounded(3))); // again: changes nothing

            const QString events = eventsOf(*l[0].db);
            const QString state = stateOf(*l[0].db);
            for (int i = 1; i < 3; ++i) {
                QVERIFY2(eventsOf(*l[size_t(i)].db) == events, qPrintable(u"schedule %1, laptop %2"_s.arg(s).arg(i)));
                QVERIFY2(stateOf(*l[size_t(i)].db) == state, qPrintable(u"schedule %1, laptop %2"_s.arg(s).arg(i)));
            }
            const QStringList expected = divergedCases(*l[0].db);
            QCOMPARE(test::rows(*l[0].db, u"SELECT ref FROM cases WHERE state = 'conflict' ORDER BY ref"_s),
                     expected.join(u'\n'));
            conflictsSeen += int(expected.size());
            for (Laptop &laptop : l) {
                auto verified = AuditVerifier(*laptop.db).run();
                QVERIFY(verified.ok());
                QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
            }
        }
        QVERIFY2(conflictsSeen > 0, "the schedules never made two laptops disagree");
    }

    void aLeadResolvesAConflictAndTheResolutionTravels()
    {
        auto l = laptops(2);
        QSqlQuery q(l[0].db->connection());
        q.exec(u"SELECT ref FROM cases WHERE state IN ('open', 'in-review') ORDER BY ref LIMIT 1"_s);
        QVERIFY(q.next());
        const QString ref = q.value(0).toString();
        q.finish();
        QVERIFY(l[0].review->submit({ref, u"ban"_s, u"ADS-CRYPTO"_s, u"ban"_s, {u"EV-1"_s}, {}, {}, {}}).ok());
        auto annotated = l[1].review->submit({ref, u"annotate"_s, {}, u"reading"_s, {}, {}, {}, {}});
        QVERIFY2(annotated.ok(), qPrintable(annotated ? QString() : annotated.error().message));
        QVERIFY(l[1].review->submit({ref, u"clear"_s, {}, u"fine"_s, {}, {}, {}, {}}).ok());
        const QString a = exportAll(l[0]);
        auto merged = test::mergeTrusting(*l[1].db, a);
        QVERIFY(merged.ok());
        QCOMPARE(merged->newConflicts, QStringList{ref});
        auto resolved = l[1].review->submit(
            {ref, u"resolve-conflict"_s, {}, u"the ban stands"_s, {u"EV-1"_s}, {}, u"banned"_s, {}});
        if (!resolved)
            QFAIL(qPrintable(resolved.error().message));
        mergeInto(l[0], exportAll(l[1]));
        for (Laptop &laptop : l)
            QCOMPARE(test::rows(*laptop.db, u"SELECT state || ' ' || outcome FROM cases WHERE ref = '%1'"_s.arg(ref)),
                     u"decided banned"_s);
    }

    // Four-eyes across laptops: a ban proposed offline on one laptop is approved on another, and
    // both end with the case banned.
    void aBanProposedOnOneLaptopIsApprovedOnAnother()
    {
        auto l = laptops(2);
        QSqlQuery q(l[0].db->connection());
        q.exec(u"SELECT ref FROM cases WHERE state IN ('open', 'in-review') AND priority <> 'critical' ORDER BY ref "
               "LIMIT 1"_s);
        QVERIFY(q.next());
        const QString ref = q.value(0).toString();
        q.finish();
        QVERIFY(PolicyRepository(*l[0].db).setRequiresApproval(u"ADS-CRYPTO"_s, true).ok());
        auto proposed = l[0].review->submit({ref, u"ban"_s, u"ADS-CRYPTO"_s, u"a scam"_s, {u"EV-1"_s}, {}, {}, {}});
        QVERIFY2(proposed.ok(), qPrintable(proposed ? QString() : proposed.error().message));
        QCOMPARE(proposed->event.action, u"propose-ban"_s);
        mergeInto(l[1], exportAll(l[0]));
        const QString state = u"SELECT c.state || ' ' || c.outcome || ' ' || a.status FROM cases c JOIN advertisers a "
                              "ON a.id = c.advertiser_id WHERE c.ref = '%1'"_s.arg(ref);
        QCOMPARE(test::rows(*l[1].db, state), u"awaiting-approval none active"_s);
        // laptop 1 has no setting for the policy: the proposal itself says it waits.
        m_base->clock().advance(60'000);
        auto approved = l[1].review->submit({ref, u"approve"_s, {}, u"agreed"_s, {}, {}, {}, {}});
        QVERIFY2(approved.ok(), qPrintable(approved ? QString() : approved.error().message));
        mergeInto(l[0], exportAll(l[1]));
        for (Laptop &laptop : l) {
            QCOMPARE(test::rows(*laptop.db, state), u"decided banned banned"_s);
            auto verified = AuditVerifier(*laptop.db).run();
            QVERIFY(verified.ok());
            QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
        }
    }

    // Re-review across laptops: laptop 0 records that BOD 17-01 was superseded, in both cases that
    // hold it, while laptop 1, offline, grants the appeal that cites it. After the bundles, both
    // laptops list exactly the two decided cases citing the advisory, for the same reason; one is
    // re-affirmed on one laptop, the other reversed on the other, and both end with none.
    void aRevisionOfBod1701PutsTheCasesCitingItIntoRereviewOnTwoLaptops()
    {
        test::TestDatabase demo;
        demo.loadDemo();
        demo.close();
        std::vector<Laptop> l;
        for (int i = 0; i < 2; ++i) {
            Laptop laptop;
            laptop.path = file(u"demo-laptop.sqlite"_s);
            QVERIFY(QFile::copy(demo.path(), laptop.path));
            laptop.db = std::move(*Database::open(laptop.path, Database::OpenMode::MustExist));
            laptop.review = std::make_unique<ReviewService>(
                *laptop.db, m_base->clock(), Identity{u"reviewer-%1"_s.arg(i), u"rr-laptop-%1"_s.arg(i)});
            l.push_back(std::move(laptop));
        }
        EvidenceChange superseded;
        superseded.status = u"superseded"_s;
        superseded.supersededBy = u"Commerce Final Determination (2024)"_s;
        superseded.effective = QDate(2024, 6, 24);
        superseded.rationale = u"The Commerce Department's determination supersedes the directive"_s;
        auto revised = l[0].review->revise(u"CASE-2018-0001"_s, u"EV-1"_s, superseded);
        QVERIFY2(revised.ok(), qPrintable(revised ? QString() : revised.error().message));
        auto elsewhere = l[0].review->sameItemElsewhere(u"CASE-2018-0001"_s, [&] {
            auto ctx = l[0].review->loadContext(u"CASE-2018-0001"_s);
            return EvidenceRepository(*l[0].db).find(ctx->record.id, u"EV-1"_s)->value();
        }());
        QVERIFY(elsewhere.ok());
        QCOMPARE(elsewhere->size(), 1);
        QCOMPARE(elsewhere->first().caseRef + u' ' + elsewhere->first().ref, u"CASE-2018-0008 EV-4"_s);
        QVERIFY(l[0].review->revise(u"CASE-2018-0008"_s, u"EV-4"_s, superseded).ok());
        // Laptop 1 has not heard of the revision: it grants the appeal citing the advisory as it was.
        m_base->clock().advance(60'000);
        auto granted = l[1].review->submit(
            {u"CASE-2018-0008"_s, u"reinstate"_s, {}, u"the directive no longer applies"_s, {u"EV-4"_s}, {}, {}, {}});
        QVERIFY2(granted.ok(), qPrintable(granted ? QString() : granted.error().message));

        const QString rereview = u"SELECT ref || ': ' || rereview FROM cases WHERE rereview IS NOT NULL ORDER BY ref"_s;
        QCOMPARE(test::rows(*l[0].db, rereview),
                 u"CASE-2018-0001: EV-1 DHS Statement on the Issuance of Binding Operational Directive 17-01: in-force "
                 "→ superseded (by Commerce Final Determination (2024)) on 2024-06-24"_s);
        QCOMPARE(test::rows(*l[1].db, rereview), QString());
        const QString bundle0 = exportAll(l[0]);
        mergeInto(l[0], exportAll(l[1]));
        mergeInto(l[1], bundle0);
        for (Laptop &laptop : l) {
            QCOMPARE(test::rows(*laptop.db, u"SELECT ref FROM cases WHERE rereview IS NOT NULL ORDER BY ref"_s),
                     u"CASE-2018-0001\nCASE-2018-0008"_s);
            QCOMPARE(test::rows(*laptop.db, rereview), test::rows(*l[0].db, rereview));
        }
        QCOMPARE(test::rows(*l[0].db, u"SELECT rereview FROM cases WHERE ref = 'CASE-2018-0008'"_s),
                 u"EV-4 DHS Statement on the Issuance of Binding Operational Directive 17-01: in-force → superseded "
                 "(by Commerce Final Determination (2024)) on 2024-06-24"_s);

        // Re-affirmed on one laptop, reversed on the other: no case is left in re-review anywhere.
        m_base->clock().advance(60'000);
        auto kept = l[0].review->submit(
            {u"CASE-2018-0001"_s, u"reaffirm"_s, {}, u"the determination confirms the ban"_s, {}, {}, {}, {}});
        QVERIFY2(kept.ok(), qPrintable(kept ? QString() : kept.error().message));
        auto turned = l[1].review->submit(
            {u"CASE-2018-0008"_s, u"reverse"_s, {}, u"the determination stands"_s, {u"EV-4"_s}, {}, {}, {}});
        QVERIFY2(turned.ok(), qPrintable(turned ? QString() : turned.error().message));
        QCOMPARE(turned->event.outcome, u"banned"_s);
        const QString bundle0again = exportAll(l[0]);
        mergeInto(l[0], exportAll(l[1]));
        mergeInto(l[1], bundle0again);
        for (Laptop &laptop : l) {
            QCOMPARE(test::rows(*laptop.db, rereview), QString());
            QCOMPARE(test::rows(*laptop.db, u"SELECT ref || ' ' || state || ' ' || outcome FROM cases WHERE ref IN "
                                            "('CASE-2018-0001', 'CASE-2018-0008') ORDER BY ref"_s),
                     u"CASE-2018-0001 decided banned\nCASE-2018-0008 decided banned"_s);
            auto verified = AuditVerifier(*laptop.db).run();
            QVERIFY(verified.ok());
            QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
        }
        QCOMPARE(eventsOf(*l[0].db), eventsOf(*l[1].db));
    }

    // An appeal travels with the case it names as contested, so that the receiver judges the
    // appeal's decisions against the same ban; a bundle naming another advertiser's case is refused.
    void anAppealTravelsWithTheCaseItContests()
    {
        test::TestDatabase from;
        from.loadDemo();
        const QDateTime since = from.clock().now();
        const QString heads = from.text(u"SELECT heads FROM cases WHERE ref = 'CASE-2018-0008'"_s);
        QVERIFY(from.review().submit({u"CASE-2018-0008"_s, u"annotate"_s, {}, u"read it"_s, {}, {}, {}, {heads}}).ok());
        const Identity by{u"ana"_s, u"laptop-a"_s};
        const QString recent = file(u"recent.adrbundle"_s);
        QVERIFY(SyncBundle::write(from.db(), by, from.clock(), recent, {{}, since}).ok());
        QFile recentFile(recent);
        QVERIFY(recentFile.open(QIODevice::ReadOnly));
        auto carried = SyncBundle::parse(recentFile.readAll(), recent);
        QVERIFY2(carried.ok(), carried.ok() ? "" : qPrintable(carried.error().message));
        QStringList refs;
        for (const SyncContents::Case &c : std::as_const(carried->cases))
            refs << c.record.ref + u'>' + c.record.contests;
        refs.sort();
        QCOMPARE(refs, (QStringList{u"CASE-2018-0001>"_s, u"CASE-2018-0008>CASE-2018-0001"_s}));

        const QString all = file(u"all.adrbundle"_s);
        QVERIFY(SyncBundle::write(from.db(), by, from.clock(), all, {}).ok());
        test::TestDatabase to;
        auto merged = test::mergeTrusting(to.db(), all);
        QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().message));
        QCOMPARE(to.text(u"SELECT group_concat(ref || '>' || contests, ' ') FROM (SELECT ref, contests FROM cases "
                         "WHERE source = 'appeal' ORDER BY ref)"_s),
                 u"CASE-2018-0008>CASE-2018-0001 CASE-2018-0009>CASE-2018-0003"_s);
        auto report = AuditVerifier(to.db()).run();
        QVERIFY(report.ok() && report->ok());

        QFile allFile(all);
        QVERIFY(allFile.open(QIODevice::ReadOnly));
        const QByteArray whole = allFile.readAll();
        const std::pair<QString, QString> forgeries[] = {
            {u"CASE-2018-0003"_s,
             u"appeal CASE-2018-0008 of kaspersky-lab contests case CASE-2018-0003, which is pebblecrest-mining's"_s},
            {u"CASE-2099-0001"_s,
             u"appeal CASE-2018-0008 contests case CASE-2099-0001, which is neither in the bundle nor in this "
             "database"_s}};
        for (const auto &[named, message] : forgeries) {
            const QByteArray forged = test::rewrittenBundle(whole, [&named](QJsonObject &body) {
                QJsonArray cases = body.value(u"cases"_s).toArray();
                for (qsizetype i = 0; i < cases.size(); ++i) {
                    QJsonObject c = cases[i].toObject();
                    if (c.value(u"ref"_s) == u"CASE-2018-0008"_s) {
                        c.insert(u"contests"_s, named);
                        cases[i] = c;
                    }
                }
                body.insert(u"cases"_s, cases);
            });
            const QString forgedPath = file(u"forged.adrbundle"_s);
            QFile out(forgedPath);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(forged) == forged.size());
            out.close();
            test::TestDatabase elsewhere;
            auto refused = test::mergeTrusting(elsewhere.db(), forgedPath);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
            QCOMPARE(elsewhere.count(u"SELECT count(*) FROM cases"_s), 0);
        }
    }

    // A bundle may list a case twice (made by hand, or by another program): the second listing's
    // items join the first's, and the case counts them all.
    void aCaseListedTwiceKeepsTheItemsOfBothListings()
    {
        test::TestDatabase from;
        from.loadDemo();
        const QString all = file(u"all.adrbundle"_s);
        QVERIFY(SyncBundle::write(from.db(), {u"ana"_s, u"laptop-a"_s}, from.clock(), all, {}).ok());
        QFile in(all);
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto contents = SyncBundle::parse(in.readAll(), all);
        QVERIFY(contents);
        const auto many = std::find_if(contents->cases.begin(), contents->cases.end(),
                                       [](const SyncContents::Case &c) { return c.evidence.size() >= 3; });
        QVERIFY(many != contents->cases.end());
        const QString ref = many->record.ref;
        const qsizetype items = many->evidence.size();
        SyncContents::Case second = *many;
        second.evidence = many->evidence.mid(1);
        many->evidence = many->evidence.mid(0, 1);
        contents->cases.append(second);

        test::TestDatabase to;
        SyncMerge merge(to.db());
        merge.trustNewDevices(u"test"_s);
        auto merged = merge.merge(*contents, all);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
        QCOMPARE(
            to.count(
                u"SELECT count(*) FROM evidence WHERE case_id = (SELECT id FROM cases WHERE ref = '%1')"_s.arg(ref)),
            items);
        QCOMPARE(to.count(u"SELECT evidence_count FROM cases WHERE ref = '%1'"_s.arg(ref)), items);
        QCOMPARE(to.count(u"SELECT count(*) FROM events"_s), from.count(u"SELECT count(*) FROM events"_s));
        auto report = AuditVerifier(to.db()).run();
        QVERIFY(report.ok() && report->ok());
    }

    void badBundlesAreRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("large"); // a body large enough to be read in parts
        QTest::newRow("a byte changed") << u"flip"_s << u"do not match the bundle's hash"_s << false;
        QTest::newRow("truncated") << u"truncate"_s << u"truncated"_s << false;
        QTest::newRow("newer version") << u"version"_s << u"newer AdReview"_s << false;
        QTest::newRow("not a bundle") << u"garbage"_s << u"not an AdReview sync bundle"_s << false;
        // What no import could store, in a bundle put together by hand (found by fuzz_sync_bundle).
        QTest::newRow("a priority no import takes")
            << u"priority"_s << u"\"priority\" is \"Yritical\", not one of"_s << false;
        QTest::newRow("a javascript: link") << u"link"_s << u"\"url\" is not an http or https address"_s << false;
        QTest::newRow("a NUL in a summary") << u"nul"_s << u"\"summary\" contains a NUL character"_s << false;
        QTest::newRow("an unknown outcome") << u"outcome"_s << u"\"outcome\" is \"pardoned\""_s << false;
        for (const bool large : {false, true}) {
            const char *size = large ? ", large" : "";
            QTest::addRow("events reordered%s", size) << u"reorder"_s << u"chain order"_s << large;
            QTest::addRow("an event edited, bundle re-hashed%s", size)
                << u"edit"_s << u"does not match its hash"_s << large;
            QTest::addRow("an event re-hashed, the next not%s", size) << u"rehash"_s << u"unbroken chain"_s << large;
            QTest::addRow("an event dropped%s", size) << u"drop"_s << u"chain order"_s << large;
            QTest::addRow("evidence edited%s", size) << u"evidence"_s << u"content hash"_s << large;
            QTest::addRow("a case not an object%s", size) << u"notobject"_s << u"not an object"_s << large;
        }
    }

    void badBundlesAreRefusedWithNothingWritten()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QFETCH(bool, large);
        auto l = laptops(2);
        for (int i = 0; i < 3; ++i) {
            QRandomGenerator rng(quint32(7 + i));
            randomDecision(l[0], rng);
        }
        QVERIFY(l[0].review->submit({u"GEN-21-0000001"_s, u"annotate"_s, {}, u"one"_s, {}, {}, {}, {}}).ok());
        QVERIFY(l[0].review->submit({u"GEN-21-0000001"_s, u"annotate"_s, {}, u"two"_s, {}, {}, {}, {}}).ok());
        QFile in(exportAll(l[0]));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        // the annotations "one" and "two" are the last two events of laptop-0's chain
        const auto chainOf = [](QJsonObject &body, const QString &device) {
            QList<qsizetype> at;
            const QJsonArray events = body.value(u"events"_s).toArray();
            for (qsizetype i = 0; i < events.size(); ++i)
                if (events[i].toObject().value(u"device"_s).toString() == device)
                    at << i;
            return at;
        };
        if (kind == u"flip") {
            bytes[bytes.size() - 40] = bytes[bytes.size() - 40] == 'a' ? 'b' : 'a';
        } else if (kind == u"truncate") {
            bytes.chop(bytes.size() / 3);
        } else if (kind == u"version") {
            bytes.replace("\"version\":2", "\"version\":3");
        } else if (kind == u"garbage") {
            bytes = "PK\x03\x04 not json at all\n{}";
        } else {
            bytes = test::rewrittenBundle(bytes, [&](QJsonObject &body) {
                QJsonArray events = body.value(u"events"_s).toArray();
                const QList<qsizetype> chain = chainOf(body, u"merge-laptop-0"_s);
                const qsizetype last = chain.last();
                QJsonObject e = events[last - 1].toObject();
                if (kind == u"reorder") {
                    const QJsonValue tmp = events[last];
                    events[last] = events[last - 1];
                    events[last - 1] = tmp;
                } else if (kind == u"edit") {
                    e.insert(u"rationale"_s, u"three"_s);
                    events[last - 1] = e;
                } else if (kind == u"rehash") {
                    Event ev;
                    ev.uuid = e.value(u"id"_s).toString();
                    ev.caseRef = e.value(u"case"_s).toString();
                    ev.action = e.value(u"action"_s).toString();
                    ev.rationale = u"three"_s;
                    ev.reviewer = e.value(u"reviewer"_s).toString();
                    ev.device = e.value(u"device"_s).toString();
                    ev.seq = e.value(u"seq"_s).toInteger();
                    ev.at = QDateTime::fromString(e.value(u"at"_s).toString(), Qt::ISODateWithMs);
                    for (const QJsonValue &p : e.value(u"parents"_s).toArray())
                        ev.parents << p.toString();
                    ev.prevHash = e.value(u"prev"_s).toString();
                    e.insert(u"rationale"_s, ev.rationale);
                    e.insert(u"hash"_s, EventHash::compute(ev));
                    events[last - 1] = e;
                } else if (kind == u"drop") {
                    events.removeAt(last - 1);
                } else if (kind == u"evidence") {
                    QJsonArray cases = body.value(u"cases"_s).toArray();
                    QJsonObject c = cases[0].toObject();
                    QJsonArray evidence = c.value(u"evidence"_s).toArray();
                    QJsonObject item = evidence[0].toObject();
                    item.insert(u"title"_s, u"A different title"_s);
                    evidence[0] = item;
                    c.insert(u"evidence"_s, evidence);
                    cases[0] = c;
                    body.insert(u"cases"_s, cases);
                } else if (kind == u"priority" || kind == u"nul" || kind == u"link") {
                    QJsonArray cases = body.value(u"cases"_s).toArray();
                    QJsonObject c = cases[0].toObject();
                    if (kind == u"priority")
                        c.insert(u"priority"_s, u"Yritical"_s);
                    else if (kind == u"nul")
                        c.insert(u"summary"_s, u"before"_s + QChar(0) + u"after"_s);
                    QJsonArray evidence = c.value(u"evidence"_s).toArray();
                    QJsonObject item = evidence[0].toObject();
                    if (kind == u"link")
                        item.insert(u"url"_s, u"javascript:alert(document.cookie)"_s);
                    evidence[0] = item;
                    c.insert(u"evidence"_s, evidence);
                    cases[0] = c;
                    body.insert(u"cases"_s, cases);
                } else if (kind == u"outcome") {
                    e.insert(u"outcome"_s, u"pardoned"_s);
                    events[last - 1] = e;
                } else if (kind == u"notobject") {
                    QJsonArray cases = body.value(u"cases"_s).toArray();
                    cases.append(u"CASE-1"_s);
                    body.insert(u"cases"_s, cases);
                }
                body.insert(u"events"_s, events);
                if (large) // a key the reader does not know, as a newer exporter might add
                    body.insert(u"padding"_s, QString(5 * 1024 * 1024, u'x'));
            });
        }
        const QString path = file(u"bad.bundle"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const QString before = eventsOf(*l[1].db) + stateOf(*l[1].db);
        auto merged = test::mergeTrusting(*l[1].db, path);
        QVERIFY(!merged.ok());
        QVERIFY2(merged.error().message.contains(message), qPrintable(merged.error().message));
        QVERIFY(merged.error().message.contains(u"nothing was imported"_s));
        QCOMPARE(eventsOf(*l[1].db) + stateOf(*l[1].db), before);
    }

    void aLargeBundleReadsAsAWholeOneDoes()
    {
        auto l = laptops(1);
        for (int i = 0; i < 40; ++i) {
            QRandomGenerator rng(quint32(100 + i));
            randomDecision(l[0], rng);
        }
        QFile in(exportAll(l[0]));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray small = in.readAll();
        const QByteArray large = test::rewrittenBundle(
            small, [](QJsonObject &body) { body.insert(u"padding"_s, QString(5 * 1024 * 1024, u'x')); });
        auto whole = SyncBundle::parse(small, u"small.bundle"_s);
        auto parts = SyncBundle::parse(large, u"large.bundle"_s);
        QVERIFY(whole);
        QVERIFY2(parts, parts ? "" : qPrintable(parts.error().message));
        QVERIFY2(whole->events.size() > 20, qPrintable(QString::number(whole->events.size())));
        QCOMPARE(parts->events.size(), whole->events.size());
        for (qsizetype i = 0; i < whole->events.size(); ++i) {
            QCOMPARE(parts->events[i].uuid, whole->events[i].uuid);
            QCOMPARE(parts->events[i].hash, whole->events[i].hash);
            QCOMPARE(parts->events[i].evidenceRefs, whole->events[i].evidenceRefs);
        }
        QCOMPARE(parts->cases.size(), whole->cases.size());
        for (qsizetype i = 0; i < whole->cases.size(); ++i) {
            QCOMPARE(parts->cases[i].record.ref, whole->cases[i].record.ref);
            QCOMPARE(parts->cases[i].evidence.size(), whole->cases[i].evidence.size());
        }
    }

    void aLaterBundleWaitsForTheOneBeforeIt()
    {
        auto l = laptops(2);
        QVERIFY(l[0].review->submit({u"GEN-21-0000002"_s, u"annotate"_s, {}, u"first"_s, {}, {}, {}, {}}).ok());
        const QString first = exportAll(l[0]);
        QVERIFY(l[0].review->submit({u"GEN-21-0000002"_s, u"annotate"_s, {}, u"second"_s, {}, {}, {}, {}}).ok());
        const QString later = file(u"later.bundle"_s);
        auto written = SyncBundle::write(*l[0].db, l[0].review->identity(), m_base->clock(), later, {first, {}});
        QVERIFY(written.ok());
        QCOMPARE(written->events, 1);
        auto early = test::mergeTrusting(*l[1].db, later);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(u"import the bundle before it first"_s),
                 qPrintable(early.error().message));
        QVERIFY(test::mergeTrusting(*l[1].db, first).ok());
        auto then = test::mergeTrusting(*l[1].db, later);
        QVERIFY(then.ok());
        QCOMPARE(then->eventsAdded, 1);
        QCOMPARE(eventsOf(*l[1].db), eventsOf(*l[0].db));
    }

    void twoMachinesWithOneDeviceNameAreRefused()
    {
        auto l = laptops(2);
        l[1].review = std::make_unique<ReviewService>(*l[1].db, m_base->clock(), l[0].review->identity());
        QVERIFY(l[0].review->submit({u"GEN-21-0000003"_s, u"annotate"_s, {}, u"here"_s, {}, {}, {}, {}}).ok());
        QVERIFY(l[1].review->submit({u"GEN-21-0000003"_s, u"annotate"_s, {}, u"there"_s, {}, {}, {}, {}}).ok());
        auto merged = test::mergeTrusting(*l[1].db, exportAll(l[0]));
        QVERIFY(!merged.ok());
        QVERIFY2(merged.error().message.contains(u"started apart"_s) &&
                     merged.error().message.contains(u"device name"_s),
                 qPrintable(merged.error().message));
    }

    void foldSeesDecisionsMadeApartAsAConflict()
    {
        // A laptop that annotated before clearing did not see the other's ban either.
        Event flag;
        flag.uuid = u"f"_s;
        flag.caseRef = u"C"_s;
        flag.action = u"flag"_s;
        flag.reviewer = u"r"_s;
        flag.device = u"d"_s;
        flag.at = QDateTime(QDate(2018, 1, 1), QTime(9, 0), Qt::UTC);
        Event ban = flag;
        ban.uuid = u"b"_s;
        ban.action = u"ban"_s;
        ban.parents = {u"f"_s};
        ban.at = flag.at.addSecs(60);
        Event note = ban;
        note.uuid = u"n"_s;
        note.action = u"annotate"_s;
        Event clear = note;
        clear.uuid = u"c"_s;
        clear.action = u"clear"_s;
        clear.parents = {u"n"_s};
        clear.at = flag.at.addSecs(120);
        const CaseFold::State apart = CaseFold::fold({flag, ban, note, clear});
        QCOMPARE(apart.state, u"conflict"_s);
        const QList<QStringList> expected{QStringList{u"b"_s, u"c"_s}};
        QCOMPARE(apart.conflicts, expected);
        // The same clear after seeing the ban is a later decision, not a conflict.
        clear.parents = {u"b"_s, u"n"_s};
        QCOMPARE(CaseFold::fold({flag, ban, note, clear}).state, u"decided"_s);
        QCOMPARE(CaseFold::fold({clear, note, ban, flag}).outcome, u"cleared"_s);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestSyncMerge)
#include "tst_SyncMerge.moc"
