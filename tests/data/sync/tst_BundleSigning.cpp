// BundleSigning: what a merge does with signatures, keys and revocations, against bundles a forger
// would make — and the signing guards of the writing side (key files, the frozen legacy chains).
#include "TestBundle.h"
#include "TestDatabase.h"
#include "demo/DemoDataset.h"
#include "domain/EventSignature.h"
#include "review/DeviceKeys.h"
#include "storage/AuditVerifier.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

struct Laptop {
    QString path;
    std::unique_ptr<Database> db;
    std::unique_ptr<ReviewService> review;
};

QString text(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestBundleSigning : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_base;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(const QString &name) { return m_dir.filePath(u"%1-%2"_s.arg(++m_files).arg(name)); }

    // A laptop starting from the same cases as every other, deciding as one reviewer on one device.
    Laptop laptop(const QString &reviewer, const QString &device)
    {
        Laptop l;
        l.path = file(u"laptop.sqlite"_s);
        if (!QFile::copy(m_base->path(), l.path))
            qFatal("cannot copy the base database");
        l.db = std::move(*Database::open(l.path, Database::OpenMode::MustExist));
        l.review = std::make_unique<ReviewService>(*l.db, m_base->clock(), Identity{reviewer, device});
        return l;
    }

    QString openCase(Laptop &l) { return text(*l.db, u"SELECT ref FROM cases WHERE state = 'open' ORDER BY ref"_s); }

    static bool annotate(Laptop &l, const QString &ref, const QString &note)
    {
        auto done = l.review->submit({ref, u"annotate"_s, {}, note, {}, {}, {}, {}});
        if (!done)
            qWarning("%s", qPrintable(done.error().message));
        return done.ok();
    }

    QString exportAll(Laptop &from)
    {
        const QString path = file(u"x.adrbundle"_s);
        if (!SyncBundle::write(*from.db, from.review->identity(), m_base->clock(), path, {}))
            qFatal("export failed");
        return path;
    }

    static Result<SyncReport> merge(Laptop &into, const QString &bundle, bool trust)
    {
        SyncMerge m(*into.db);
        if (trust)
            m.trustNewDevices(u"ben"_s);
        return m.importFile(bundle);
    }

    QString edited(const QString &bundle, const std::function<void(QJsonObject &body)> &edit)
    {
        QFile in(bundle);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read the bundle");
        const QString path = file(u"forged.adrbundle"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(test::rewrittenBundle(in.readAll(), edit)) < 0)
            qFatal("cannot write the forged bundle");
        return path;
    }

    // Changes the named event of a bundle's body.
    static void editEvent(QJsonObject &body, const QString &uuid, const std::function<void(QJsonObject &)> &edit)
    {
        QJsonArray events = body.value(u"events"_s).toArray();
        for (qsizetype i = 0; i < events.size(); ++i) {
            QJsonObject e = events.at(i).toObject();
            if (e.value(u"id"_s).toString() == uuid) {
                edit(e);
                events.replace(i, e);
            }
        }
        body.insert(u"events"_s, events);
    }

    static QString lastEvent(Laptop &l, const QString &device)
    {
        return text(*l.db, u"SELECT uuid FROM events WHERE device = '%1' ORDER BY seq DESC"_s.arg(device));
    }
    static QString digestOf(Laptop &l, const QString &uuid)
    {
        return text(*l.db, u"SELECT signed_digest FROM events WHERE uuid = '%1'"_s.arg(uuid));
    }
    static QString signWith(const DeviceKey &key, const QString &digest)
    {
        return QString::fromLatin1(key.sign(QByteArray::fromHex(digest.toLatin1())).toBase64());
    }
    static QString eventCount(Laptop &l) { return text(*l.db, u"SELECT count(*) FROM events"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = std::make_unique<test::TestDatabase>();
        m_base->loadDemo();
        m_base->close();
    }

    // Every new event is signed over its digest, and the digest chains the device's earlier ones.
    void everyEventIsSignedAndVerifies()
    {
        Laptop a = laptop(u"ana"_s, u"laptop-a"_s);
        const QString ref = openCase(a);
        QVERIFY(annotate(a, ref, u"one"_s));
        QVERIFY(annotate(a, ref, u"two"_s));
        QCOMPARE(text(*a.db, u"SELECT count(*) FROM events WHERE device = 'laptop-a' AND signature IS NULL"_s), u"0"_s);
        auto key = DeviceKeys().load(u"laptop-a"_s);
        QVERIFY(key && *key);
        QCOMPARE(text(*a.db, u"SELECT public_key FROM devices WHERE device = 'laptop-a'"_s),
                 QString::fromLatin1((*key)->publicKey().toBase64()));
        QCOMPARE(text(*a.db, u"SELECT trusted_by FROM devices WHERE device = 'laptop-a'"_s), u"ana"_s);
        auto report = AuditVerifier(*a.db).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        QVERIFY2(report->devicesSigning.join(u'\n').contains(u"laptop-a: signed by reviewer ana's key "_s +
                                                             (*key)->fingerprint()),
                 qPrintable(report->devicesSigning.join(u'\n')));

        // An edited signature, and evidence swapped under a signed decision, are both named.
        const QString last = lastEvent(a, u"laptop-a"_s);
        QSqlQuery q(a.db->connection());
        QVERIFY(q.exec(u"UPDATE events SET signature = '%1' WHERE uuid = '%2'"_s.arg(
            QString::fromLatin1(QByteArray(64, 'x').toBase64()), last)));
        report = AuditVerifier(*a.db).run();
        QVERIFY(report && !report->ok());
        QVERIFY2(report->problems.join(u'\n').contains(u"does not carry a valid signature"_s),
                 qPrintable(report->problems.join(u'\n')));
    }

    // A bundle whose event is signed by another device's key is refused; nothing is written.
    void anEventSignedByAnotherDevicesKeyIsRefused()
    {
        Laptop a = laptop(u"ana"_s, u"laptop-a2"_s);
        Laptop b = laptop(u"ben"_s, u"laptop-b2"_s);
        QVERIFY(annotate(a, openCase(a), u"mine"_s));
        QVERIFY(annotate(b, openCase(b), u"ben's"_s));
        const QString uuid = lastEvent(a, u"laptop-a2"_s);
        auto bensKey = DeviceKeys().load(u"laptop-b2"_s);
        QVERIFY(bensKey && *bensKey);
        const QString forged = edited(exportAll(a), [&](QJsonObject &body) {
            editEvent(body, uuid,
                      [&](QJsonObject &e) { e.insert(u"signature"_s, signWith(**bensKey, digestOf(a, uuid))); });
        });
        const QString before = eventCount(b);
        auto merged = merge(b, forged, true);
        QVERIFY(!merged);
        QVERIFY2(merged.error().message.contains(u"does not carry a valid signature"_s),
                 qPrintable(merged.error().message));
        QVERIFY(merged.error().message.contains(u"nothing was imported"_s));
        QCOMPARE(eventCount(b), before);
    }

    // A chain signed again with a new key under a device id this database knows is refused.
    void aChainRebuiltWithANewKeyIsRefused()
    {
        Laptop a = laptop(u"ana"_s, u"laptop-a3"_s);
        Laptop b = laptop(u"ben"_s, u"laptop-b3"_s);
        const QString ref = openCase(a);
        QVERIFY(annotate(a, ref, u"first"_s));
        QVERIFY(merge(b, exportAll(a), true));
        QVERIFY(annotate(a, ref, u"second"_s));
        const QString uuid = lastEvent(a, u"laptop-a3"_s);
        const DeviceKey other = DeviceKey::generate(u"laptop-a3"_s, u"ana"_s);
        const auto rekey = [&](QJsonObject &body) {
            editEvent(body, uuid,
                      [&](QJsonObject &e) { e.insert(u"signature"_s, signWith(other, digestOf(a, uuid))); });
            QJsonArray devices = body.value(u"devices"_s).toArray();
            for (qsizetype i = 0; i < devices.size(); ++i) {
                QJsonObject d = devices.at(i).toObject();
                if (d.value(u"device"_s).toString() == u"laptop-a3")
                    d.insert(u"public_key"_s, QString::fromLatin1(other.publicKey().toBase64()));
                devices.replace(i, d);
            }
            body.insert(u"devices"_s, devices);
        };
        const QString before = eventCount(b);
        auto merged = merge(b, edited(exportAll(a), rekey), true);
        QVERIFY(!merged);
        QVERIFY2(merged.error().message.contains(u"never given a new key"_s), qPrintable(merged.error().message));
        QVERIFY(merged.error().message.contains(other.fingerprint()));
        QCOMPARE(eventCount(b), before);
    }

    // A new device claiming to be a lead is refused until this database trusts it, by name and key.
    void aNewDeviceImpersonatingALeadWaitsForTrust()
    {
        Laptop lead = laptop(u"grace.okafor"_s, u"desk-lead-new"_s);
        Laptop b = laptop(u"ben"_s, u"laptop-b4"_s);
        QVERIFY(annotate(lead, openCase(lead), u"I am the lead"_s));
        const QString bundle = exportAll(lead);
        const QString before = eventCount(b);
        auto refused = merge(b, bundle, false);
        QVERIFY(!refused);
        auto key = DeviceKeys().load(u"desk-lead-new"_s);
        QVERIFY(key && *key);
        for (const QString &expected : {u"does not trust yet"_s, u"desk-lead-new (reviewer grace.okafor, key "_s,
                                        (*key)->fingerprint(), u"--trust-new-devices"_s})
            QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QCOMPARE(eventCount(b), before);
        QCOMPARE(text(*b.db, u"SELECT count(*) FROM devices WHERE device = 'desk-lead-new'"_s), u"0"_s);

        auto trusted = merge(b, bundle, true);
        QVERIFY2(trusted, trusted ? "" : qPrintable(trusted.error().message));
        QVERIFY(trusted->summary().contains(u"now trusted: desk-lead-new ("_s + (*key)->fingerprint()));
        QCOMPARE(text(*b.db, u"SELECT trusted_by FROM devices WHERE device = 'desk-lead-new'"_s), u"ben"_s);
        // Known now: the next bundle from it merges without asking.
        QVERIFY(annotate(lead, openCase(lead), u"again"_s));
        QVERIFY(merge(b, exportAll(lead), false));
    }

    void aMalformedSignatureIsRefused_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::newRow("too short") << QString::fromLatin1(QByteArray(63, 's').toBase64());
        QTest::newRow("too long") << QString::fromLatin1(QByteArray(65, 's').toBase64());
        QTest::newRow("not base64") << QString(88, u'!');
        QTest::newRow("base64url") << QString::fromLatin1(
            QByteArray(64, '\xfb').toBase64(QByteArray::Base64UrlEncoding));
        QTest::newRow("not text") << u"<number>"_s;
    }
    void aMalformedSignatureIsRefused()
    {
        QFETCH(QString, signature);
        Laptop a = laptop(u"ana"_s, u"laptop-a5"_s);
        Laptop b = laptop(u"ben"_s, u"laptop-b5"_s);
        QVERIFY(annotate(a, openCase(a), u"note"_s));
        const QString uuid = lastEvent(a, u"laptop-a5"_s);
        const QString forged = edited(exportAll(a), [&](QJsonObject &body) {
            editEvent(body, uuid, [&](QJsonObject &e) {
                if (signature == u"<number>")
                    e.insert(u"signature"_s, 12345);
                else
                    e.insert(u"signature"_s, signature);
            });
        });
        const QString before = eventCount(b);
        auto merged = merge(b, forged, true);
        QVERIFY(!merged);
        QVERIFY2(merged.error().message.contains(u"\"signature\""_s), qPrintable(merged.error().message));
        QCOMPARE(eventCount(b), before);
    }

    // An unsigned event after a device's signed ones is refused: once signed, always signed.
    void anUnsignedEventAfterSignedOnesIsRefused()
    {
        Laptop a = laptop(u"ana"_s, u"laptop-a6"_s);
        Laptop b = laptop(u"ben"_s, u"laptop-b6"_s);
        const QString ref = openCase(a);
        QVERIFY(annotate(a, ref, u"one"_s));
        QVERIFY(annotate(a, ref, u"two"_s));
        const QString uuid = lastEvent(a, u"laptop-a6"_s);
        const QString forged = edited(exportAll(a), [&](QJsonObject &body) {
            editEvent(body, uuid, [](QJsonObject &e) { e.insert(u"signature"_s, QString()); });
        });
        auto merged = merge(b, forged, true);
        QVERIFY(!merged);
        QVERIFY2(merged.error().message.contains(u"once a device has signed"_s), qPrintable(merged.error().message));
    }

    // A revoked device's events after the position its revocation names are refused, here and
    // wherever the revocation travels.
    void eventsAfterARevocationAreRefused()
    {
        Laptop a = laptop(u"ana"_s, u"laptop-a7"_s);
        Laptop b = laptop(u"ben"_s, u"laptop-b7"_s);
        Laptop c = laptop(u"cleo"_s, u"laptop-c7"_s);
        const QString ref = openCase(a);
        QVERIFY(annotate(a, ref, u"before"_s));
        QVERIFY(merge(b, exportAll(a), true));
        auto revoked = b.review->revoke(u"laptop-a7"_s, std::nullopt, u"laptop stolen"_s);
        QVERIFY2(revoked, revoked ? "" : qPrintable(revoked.error().message));
        QCOMPARE(revoked->lastValidSeq,
                 text(*b.db, u"SELECT max(seq) FROM events WHERE device = 'laptop-a7'"_s).toLongLong());

        QVERIFY(annotate(a, ref, u"after the theft"_s));
        const QString later = exportAll(a);
        const QString before = eventCount(b);
        auto refused = merge(b, later, true);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"was revoked"_s), qPrintable(refused.error().message));
        QCOMPARE(eventCount(b), before);

        // The revocation travels with B's bundle, signed by B's key; C refuses A's later events too.
        auto fromB = merge(c, exportAll(b), true);
        QVERIFY2(fromB, fromB ? "" : qPrintable(fromB.error().message));
        QCOMPARE(fromB->revocationsAdded, 1);
        auto atC = merge(c, later, true);
        QVERIFY(!atC);
        QVERIFY2(atC.error().message.contains(u"was revoked"_s), qPrintable(atC.error().message));

        // A revocation whose signature was changed is refused whole.
        Laptop d = laptop(u"dana"_s, u"laptop-d7"_s);
        const QString forged = edited(exportAll(b), [](QJsonObject &body) {
            QJsonArray list = body.value(u"revocations"_s).toArray();
            QJsonObject r = list.at(0).toObject();
            r.insert(u"last_valid_seq"_s, 0);
            list.replace(0, r);
            body.insert(u"revocations"_s, list);
        });
        auto bad = merge(d, forged, true);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"revocation"_s), qPrintable(bad.error().message));

        // The revoked device itself may not write again where its revocation is known.
        Laptop a2 = laptop(u"ana"_s, u"laptop-a7"_s);
        QVERIFY(merge(a2, exportAll(b), true));
        auto refusedHere = a2.review->submit({openCase(a2), u"annotate"_s, {}, u"x"_s, {}, {}, {}, {}});
        QVERIFY(!refusedHere);
        QVERIFY2(refusedHere.error().message.contains(u"was revoked"_s), qPrintable(refusedHere.error().message));
    }

    // A key file others may read is refused, as ssh refuses one; nothing is written.
    void aKeyFileOthersMayReadIsRefused()
    {
        Laptop a = laptop(u"ana"_s, u"laptop-a8"_s);
        QVERIFY(annotate(a, openCase(a), u"first"_s));
        const QString path = DeviceKeys().path(u"laptop-a8"_s);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        Laptop again = laptop(u"ana"_s, u"laptop-a8"_s);
        const QString before = eventCount(again);
        auto refused = again.review->submit({openCase(again), u"annotate"_s, {}, u"second"_s, {}, {}, {}, {}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"chmod 600"_s), qPrintable(refused.error().message));
        QCOMPARE(eventCount(again), before);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    }

    // A device that has signed here and lost its key file is told how to go on: a new device id,
    // never a new key made in silence.
    void aMissingKeyFileOfASigningDeviceIsNotReplaced()
    {
        Laptop a = laptop(u"ana"_s, u"laptop-a9"_s);
        const QString ref = openCase(a);
        QVERIFY(annotate(a, ref, u"first"_s));
        const QString path = DeviceKeys().path(u"laptop-a9"_s);
        QVERIFY(QFile::remove(path));
        ReviewService fresh(*a.db, m_base->clock(), Identity{u"ana"_s, u"laptop-a9"_s});
        const QString before = eventCount(a);
        auto refused = fresh.submit({ref, u"annotate"_s, {}, u"second"_s, {}, {}, {}, {}});
        QVERIFY(!refused);
        for (const QString &expected : {u"is missing"_s, u"never given a new key"_s, u"another device id"_s, path})
            QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(eventCount(a), before);
    }

    // The demo's history is unsigned and frozen: an unsigned event added to one of its chains is
    // refused by every other database; two demos made apart still merge.
    void theDemosChainsAreFrozen()
    {
        const QString x = file(u"x.sqlite"_s);
        const QString y = file(u"y.sqlite"_s);
        QVERIFY(DemoDataset::create(x, false));
        QVERIFY(DemoDataset::create(y, false));
        auto dbx = Database::open(x, Database::OpenMode::MustExist);
        auto dby = Database::open(y, Database::OpenMode::MustExist);
        QVERIFY(dbx && dby);
        QCOMPARE(text(**dbx, u"SELECT count(*) FROM events WHERE signature IS NOT NULL"_s), u"0"_s);
        QCOMPARE(text(**dbx, u"SELECT count(*) FROM devices WHERE public_key IS NULL"_s),
                 text(**dbx, u"SELECT count(DISTINCT device) FROM events"_s));
        const QString demoDevice = text(**dby, u"SELECT device FROM events ORDER BY seq DESC, device"_s);
        const QString demoReviewer =
            text(**dby, u"SELECT reviewer FROM events WHERE device = '%1' ORDER BY seq DESC"_s.arg(demoDevice));

        // Two demos made apart: the same history, nothing new.
        const QString bundleX = file(u"demo-x.adrbundle"_s);
        QVERIFY(SyncBundle::write(**dbx, {u"x"_s, u"x"_s}, m_base->clock(), bundleX, {}));
        auto same = SyncMerge(**dby).importFile(bundleX);
        QVERIFY2(same, same ? "" : qPrintable(same.error().message));
        QCOMPARE(same->eventsAdded, 0);

        // A forger writes an unsigned event on a demo device in their copy.
        ReviewService forger(**dby, m_base->clock(), Identity{demoReviewer, demoDevice});
        forger.writeUnsigned();
        const QString ref = text(**dby, u"SELECT ref FROM cases WHERE state = 'open' ORDER BY ref"_s);
        QVERIFY(forger.submit({ref, u"annotate"_s, {}, u"forged"_s, {}, {}, {}, {}}));
        const QString bundleY = file(u"demo-y.adrbundle"_s);
        QVERIFY(SyncBundle::write(**dby, {u"y"_s, u"y"_s}, m_base->clock(), bundleY, {}));
        SyncMerge trusting(**dbx);
        trusting.trustNewDevices(u"x"_s);
        auto refused = trusting.importFile(bundleY);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"frozen"_s), qPrintable(refused.error().message));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestBundleSigning)
#include "tst_BundleSigning.moc"
