#include "TestDatabase.h"

#include "demo/DemoDataset.h"
#include "domain/DsaDecision.h"
#include "import/CaseImporter.h"
#include "storage/CaseRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview::test {

namespace {

// Each test process signs with device keys of its own, in a folder that goes when it ends (the
// command-line runs it starts inherit the folder).
const struct KeyFolder {
    QTemporaryDir dir;
    KeyFolder() { qputenv("ADREVIEW_KEY_DIR", QFile::encodeName(dir.path())); }
} keyFolder;

} // namespace

QString rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << q.value(i).toString();
        out << columns.join(u'|');
    }
    return out.join(u'\n');
}

Result<SyncReport> mergeTrusting(Database &db, const QString &bundle)
{
    SyncMerge merge(db);
    merge.trustNewDevices(QStringLiteral("tester"));
    return merge.importFile(bundle);
}

TestDatabase::TestDatabase() : m_clock(QDateTime(QDate(2018, 6, 1), QTime(12, 0), Qt::UTC))
{
    reopen();
}

void TestDatabase::close()
{
    m_review.reset();
    m_db.reset();
}

void TestDatabase::reopen()
{
    close();
    auto db = Database::open(path());
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error().message));
    m_db = std::move(*db);
    m_db->setClock(m_clock); // what is in force is read by the same clock the decisions are dated by
    m_review = std::make_unique<ReviewService>(*m_db, m_clock, Identity{u"tester"_s, u"test-device"_s});
}

ReviewService TestDatabase::reviewAs(const QString &reviewer, const QString &device)
{
    return ReviewService(*m_db, m_clock, Identity{reviewer, device});
}

void TestDatabase::loadDemo()
{
    CaseImporter importer(*m_db, *m_review);
    auto report = importer.importJson(DemoDataset::json(), u"demo.json"_s);
    if (!report)
        qFatal("the demo dataset does not import: %s\n%s", qPrintable(report.error().message),
               qPrintable(report.error().details.join(u'\n')));
}

Command TestDatabase::cryptoBan(const QString &ref, const QDate &ends, const QDate &reviewBy)
{
    auto found = CaseRepository(*m_db).findByRef(ref);
    if (!found || !found->has_value())
        qFatal("no case %s", qPrintable(ref));
    dsa::Decision d;
    d.account = u"DECISION_ACCOUNT_SUSPENDED"_s;
    d.endAccount = ends;
    d.reviewBy = reviewBy;
    Command c;
    c.caseRef = ref;
    c.action = u"ban"_s;
    c.rationale = u"The signals channel, for a time"_s;
    c.evidenceRefs = {u"EV-1"_s};
    c.policyCode = u"ADS-CRYPTO"_s;
    c.expectedHeads = (*found)->heads;
    c.statement = d.toText();
    return c;
}

void TestDatabase::makeDemo()
{
    close();
    if (auto made = DemoDataset::create(path(), true); !made)
        qFatal("the demo database cannot be made: %s", qPrintable(made.error().message));
    reopen();
}

qint64 TestDatabase::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QString TestDatabase::text(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toString();
}

QString TestDatabase::snapshot()
{
    static const QStringList tables{u"meta"_s,     u"policies"_s, u"advertisers"_s,   u"cases"_s,
                                    u"evidence"_s, u"events"_s,   u"event_evidence"_s};
    QStringList out;
    for (const QString &table : tables) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table)))
            qFatal("cannot read table %s", qPrintable(table));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArrayView("<null>") : QByteArrayView(v.toByteArray()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
        out << u"%1: %2 rows, %3"_s.arg(table).arg(rows).arg(QString::fromLatin1(hash.result().toHex().left(16)));
    }
    return out.join(u"; "_s);
}

bool overwriteHeader(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(16) && f.write(QByteArray(84, '\xff')) == 84;
}

} // namespace adreview::test
