#include "TestDatabase.h"
#include "demo/Generator.h"
#include "queue/SearchProbe.h"
#include "storage/SearchIndex.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <climits>
#include <set>

using namespace Qt::StringLiterals;

namespace adreview {

// The probe must find exactly the documents the full-text index finds for the same words, or a
// walked first page would differ from the pages read after it.
template <typename T>
T valueOr(const Result<T> &r, T fallback)
{
    return r ? *r : fallback;
}

class TestSearchProbe : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    std::set<qint64> ids(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_t->db().connection());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        std::set<qint64> out;
        while (q.next())
            out.insert(q.value(0).toLongLong());
        return out;
    }

    // Both answers for what a person typed; false when the probe declines the words.
    bool compare(SearchProbe &probe, const QString &typed)
    {
        auto testable = probe.setWords(SearchIndex::searchWords(typed));
        if (!testable)
            qFatal("%s", qPrintable(testable.error().message));
        if (!*testable)
            return false;
        if (!probe.arm(INT_MAX).ok())
            qFatal("cannot arm the probe");
        const auto walked = ids(u"SELECT rowid FROM case_search WHERE queue_probe(rowid)"_s);
        const auto indexed =
            ids(u"SELECT rowid FROM case_search WHERE case_search MATCH ?"_s, {SearchIndex::matchExpression(typed)});
        if (walked != indexed)
            qWarning("%s: the probe finds %zu documents, the index %zu", qPrintable(typed), walked.size(),
                     indexed.size());
        return walked == indexed;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
        QVERIFY(Generator(m_t->db(), m_t->review(), 5).run(600).ok());
        // Documents of no case, with the text that tokenizers treat differently: accents, case,
        // Cyrillic, CJK, digits joined by punctuation, ligatures and a sharp s.
        QSqlQuery q(m_t->db().connection());
        const QStringList texts{
            u"Zürich café NAÏVE Crème brûlée"_s, u"ZURICH cafe naive"_s,    u"Роскомнадзор предупреждение Ёлка ёлка"_s,
            u"卡巴斯基实验室 Kaspersky"_s,       u"BOD 17-01 bod-17 01x"_s, u"Straße strasse ﬁnancial Œuvre"_s,
            u"İstanbul ıstanbul ǅemal"_s,        u"x\u0301y combining"_s};
        for (int i = 0; i < texts.size(); ++i) {
            q.prepare(u"INSERT INTO case_search (rowid, body) VALUES (?, ?)"_s);
            q.addBindValue(qint64(9'000'000 + i));
            q.addBindValue(texts[i]);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    void cleanupTestCase() { m_t.reset(); }

    void findsWhatTheIndexFinds()
    {
        SearchProbe probe(m_t->db());
        for (const QString &typed :
             {u"zurich"_s,   u"Zür"_s,      u"CAFÉ"_s,    u"naive"_s,  u"brul"_s,       u"роскомнадзор"_s,
              u"РОСКОМ"_s,   u"ёлка"_s,     u"елка"_s,    u"卡巴"_s,   u"kaspersky"_s,  u"bod 17"_s,
              u"17-01"_s,    u"01"_s,       u"strasse"_s, u"straße"_s, u"financial"_s,  u"œuvre"_s,
              u"istanbul"_s, u"İstanbul"_s, u"ǆemal"_s,   u"x"_s,      u"combining x"_s})
            QVERIFY2(!valueOr(probe.setWords(SearchIndex::searchWords(typed)), true) || compare(probe, typed),
                     qPrintable(typed));
    }

    void findsWhatTheIndexFindsForTheIndexsOwnTerms()
    {
        // Every term of the index, shortened at random, alone and in pairs.
        QStringList terms;
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(u"CREATE VIRTUAL TABLE temp.probe_vocab USING fts5vocab(main, case_search, row)"_s));
        QVERIFY(q.exec(u"SELECT term FROM temp.probe_vocab"_s));
        while (q.next())
            terms << q.value(0).toString();
        QVERIFY(terms.size() > 200);
        QRandomGenerator rng(42);
        SearchProbe probe(m_t->db());
        int compared = 0;
        for (int i = 0; i < 300; ++i) {
            const QString term = terms[rng.bounded(int(terms.size()))];
            QString typed = term.left(1 + rng.bounded(int(term.size())));
            if (i % 3 == 0) {
                const QString other = terms[rng.bounded(int(terms.size()))];
                typed += u" "_s + other.left(1 + rng.bounded(int(other.size())));
            }
            if (compare(probe, typed))
                ++compared;
            else
                QVERIFY2(!valueOr(probe.setWords(SearchIndex::searchWords(typed)), true), qPrintable(typed));
        }
        QVERIFY(compared > 250);
    }

    void estimatesTheShareOfCasesFound()
    {
        SearchProbe probe(m_t->db());
        const double documents = double(ids(u"SELECT rowid FROM case_search"_s).size());
        for (const QString &typed : {u"exchange"_s, u"a"_s, u"warning exch"_s, u"kaspersky"_s, u"zzzqqq"_s}) {
            QVERIFY(valueOr(probe.setWords(SearchIndex::searchWords(typed)), false));
            auto share = probe.estimatedShare();
            QVERIFY(share.ok());
            const double actual = double(ids(u"SELECT rowid FROM case_search WHERE case_search MATCH ?"_s,
                                             {SearchIndex::matchExpression(typed)})
                                             .size()) /
                                  documents;
            QVERIFY2(std::abs(*share - actual) < 0.1,
                     qPrintable(u"%1: estimated %2, found %3"_s.arg(typed).arg(*share).arg(actual)));
        }
    }

    void givesUpPastItsBudget()
    {
        SearchProbe probe(m_t->db());
        QVERIFY(valueOr(probe.setWords({u"zzzqqq"_s}), false));
        QVERIFY(probe.arm(50).ok());
        QSqlQuery q(m_t->db().connection());
        QVERIFY(!q.exec(u"SELECT count(*) FROM case_search WHERE queue_probe(rowid)"_s));
        QVERIFY(probe.overBudget());
        QVERIFY(probe.arm(1'000'000).ok());
        QVERIFY(q.exec(u"SELECT count(*) FROM case_search WHERE queue_probe(rowid)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!probe.overBudget());
    }

    void matchesTextByTheTokenizer()
    {
        SearchProbe probe(m_t->db());
        QVERIFY(valueOr(probe.setWords({u"zur"_s, u"CAFE"_s}), false));
        QVERIFY(valueOr(probe.matches(u"Café in Zürich"_s), false));
        QVERIFY(!valueOr(probe.matches(u"Café in Bern"_s), true));
        QVERIFY(!valueOr(probe.matches(QString()), true));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestSearchProbe)
#include "tst_SearchProbe.moc"
