// The HTML report as the window writes it: every fixed text it asks for is one the translations
// hold, and in German it reads German, while the command line's stays English.

#include "TestDatabase.h"
#include "main/Language.h"
#include "reports/ReportText.h"
#include "reports/ReportWriter.h"

#include <QApplication>
#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

// English words that note every fixed text asked for.
class RecordingWords : public ReportWords {
public:
    QString text(const char *english) const override
    {
        asked << QString::fromUtf8(english);
        return ReportWords::text(english);
    }
    mutable QSet<QString> asked;
};

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class tst_ReportText : public QObject {
    Q_OBJECT

private slots:
    // The demo holds decisions, statements of reasons and a case in conflict; the filters cover
    // every way the filter line is worded.
    void everyFixedTextIsListedForTranslation()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        RecordingWords words;
        QVERIFY(writeHtmlReport(engine, {}, t.dirPath() + u"/r.html"_s, {}, words).ok());
        ReportFilter empty;
        empty.from = QDate(2030, 1, 1);
        QVERIFY(writeHtmlReport(engine, empty, t.dirPath() + u"/empty.html"_s, {}, words).ok());
        const auto own = [&words](const QString &english) { return words.text(english.toUtf8().constData()); };
        const auto same = [](const QString &name) { return name; };
        ReportFilter some;
        some.from = QDate(2018, 1, 1);
        some.policies = {u"ADS-CRYPTO"_s, u"ADS-NATSEC"_s};
        some.reviewers = {u"ana.moreau"_s};
        some.outcomes = {u"banned"_s};
        some.countries = {u"US"_s, u"RU"_s};
        (void)some.describe(own, same);
        some.from = {};
        some.to = QDate(2018, 12, 31);
        some.policies = {u"ADS-CRYPTO"_s};
        some.outcomes = {u"banned"_s, u"cleared"_s};
        some.countries = {u"US"_s};
        (void)some.describe(own, same);
        some.from = QDate(2018, 1, 1);
        (void)some.describe(own, same);
        QVERIFY(words.asked.size() > 80);
        const QStringList listed = ReportText::texts();
        QStringList unlisted;
        for (const QString &text : std::as_const(words.asked)) {
            if (!listed.contains(text))
                unlisted << text;
        }
        QVERIFY2(unlisted.isEmpty(), qPrintable(unlisted.join(u'\n')));
    }

    void theWindowsHtmlReadsInItsLanguage()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        QCOMPARE(language::installTranslators(*app, u"de"_s), u"de"_s);
        const auto restore = qScopeGuard([app] {
            language::installTranslators(*app, u"en"_s);
            QLocale::setDefault(QLocale::c());
        });
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        const ReportText words;
        QVERIFY(writeHtmlReport(engine, {}, t.dirPath() + u"/de.html"_s, {}, words).ok());
        if (const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS"); !dir.isEmpty())
            QFile::copy(t.dirPath() + u"/de.html"_s, dir + u"/report-de.html"_s);
        const QString html = readAll(t.dirPath() + u"/de.html"_s);
        for (const QString &german :
             {u"<html lang=\"de\">"_s, u"<h1>Entscheidungsbericht</h1>"_s, u"Zusammenfassung"_s, u"alle Richtlinien"_s,
              u">gesperrt<"_s, u"Tg."_s, u"Offene Fälle nach Status"_s, u"Begründungen"_s, u"Behördenhinweis"_s})
            QVERIFY2(html.contains(german), qPrintable(german));
        for (const QString &english : {u"Decision report"_s, u"Summary"_s, u"all policies"_s, u">banned<"_s,
                                       u"Statements of reasons"_s, u"on time"_s, u"agency-advisory"_s})
            QVERIFY2(!html.contains(english), qPrintable(english));
        // The command line's report stays English whatever the window speaks.
        QVERIFY(writeHtmlReport(engine, {}, t.dirPath() + u"/en.html"_s).ok());
        const QString plain = readAll(t.dirPath() + u"/en.html"_s);
        QVERIFY(plain.contains(u"<html lang=\"en\">"_s));
        QVERIFY(plain.contains(u"<h1>Decision report</h1>"_s));
    }
};

QTEST_MAIN(tst_ReportText)
#include "tst_ReportText.moc"
