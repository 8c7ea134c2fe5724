// Saved views as settings keep them: what goes in comes back in order, with every filter, the
// search and the sort, through a settings file read again as a new session reads it; names are
// trimmed, never empty and unique; what a database lacks is left out and named; and each view's
// count is what its filter lists.

#include "TestDatabase.h"
#include "queue/CaseQueueModel.h"
#include "queue/QueueFilter.h"
#include "queue/SavedViews.h"
#include "review/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

SavedView view(const QString &name, QueueFilter::Tab tab, const QString &policy = {}, const QString &search = {})
{
    SavedView v;
    v.name = name;
    v.filter.tab = tab;
    v.filter.policyCode = policy;
    v.filter.search = search;
    return v;
}

} // namespace

class TestSavedViews : public QObject {
    Q_OBJECT

private slots:
    void surviveARestartInOrder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        SavedViews views;
        SavedView crypto = view(u"Critical crypto"_s, QueueFilter::Tab::Open, u"ADS-CRYPTO"_s, u"token sale"_s);
        crypto.filter.priority = u"critical"_s;
        crypto.filter.source = u"press"_s;
        crypto.filter.assignee = u"Ana María"_s;
        crypto.filter.bestMatch = true;
        crypto.sortColumn = CaseQueueModel::Sla;
        crypto.sortOrder = Qt::DescendingOrder;
        SavedView nobody = view(u"Nobody's & = appeals"_s, QueueFilter::Tab::Appeals);
        nobody.filter.assignee = QueueFilter::unassigned();
        nobody.sortColumn = CaseQueueModel::Advertiser;
        const SavedView due = view(u"Review due"_s, QueueFilter::Tab::ReviewDue);
        QCOMPARE(views.put(crypto), 0);
        QCOMPARE(views.put(nobody), 1);
        QCOMPARE(views.put(due), 2);
        {
            Settings settings(file);
            settings.setValue(Settings::Key::SavedViews, views.toVariant());
        } // written as the window's settings are when it closes

        Settings again(file);
        const SavedViews read = SavedViews::fromVariant(again.value(Settings::Key::SavedViews));
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0), crypto);
        QCOMPARE(read.at(1), nobody);
        QCOMPARE(read.at(1).filter.assignee, QueueFilter::unassigned());
        QCOMPARE(read.at(2), due);
        QVERIFY(read == views);
        // Kept under the key the window reads.
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY(raw.contains(Settings::keyName(Settings::Key::SavedViews)));
    }

    void noSettingsNoViews()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        QVERIFY(SavedViews::fromVariant(settings.value(Settings::Key::SavedViews)).isEmpty());
        QVERIFY(SavedViews::fromVariant(u"not a list"_s).isEmpty());
    }

    // A hand-edited or older file: entries without a name and repeated names are left out, values
    // the program does not know read as "any" or the default sort.
    void readsWhatItCanOfADamagedList()
    {
        const QVariantList list{
            QVariantMap{{u"name"_s, u"  "_s}, {u"tab"_s, u"decided"_s}},
            QVariantMap{{u"name"_s, u"  Mine  "_s},
                        {u"tab"_s, u"escalated"_s},
                        {u"priority"_s, u"urgent"_s},
                        {u"source"_s, u"rumour"_s},
                        {u"sort"_s, u"country"_s},
                        {u"order"_s, u"descending"_s},
                        {u"bestMatch"_s, true}},
            QVariantMap{{u"name"_s, u"MINE"_s}, {u"tab"_s, u"all"_s}},
            QVariantMap{{u"name"_s, u"Odd tab"_s},
                        {u"tab"_s, u"elsewhere"_s},
                        {u"sort"_s, u"evidence"_s},
                        {u"order"_s, u"descending"_s}},
            u"junk"_s,
        };
        const SavedViews views = SavedViews::fromVariant(list);
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0).name, u"Mine"_s);
        QCOMPARE(views.at(0).filter.tab, QueueFilter::Tab::Escalated);
        QCOMPARE(views.at(0).filter.priority, QString());
        QCOMPARE(views.at(0).filter.source, QString());
        QVERIFY(!views.at(0).filter.bestMatch); // nothing searched, nothing to rank
        QCOMPARE(views.at(0).sortColumn, int(CaseQueueModel::Priority));
        QCOMPARE(views.at(0).sortOrder, Qt::AscendingOrder);
        QCOMPARE(views.at(1).filter.tab, QueueFilter::Tab::Open);
        QCOMPARE(views.at(1).sortColumn, int(CaseQueueModel::Evidence));
        QCOMPARE(views.at(1).sortOrder, Qt::DescendingOrder);
    }

    void namesAreTrimmedNonEmptyAndUnique()
    {
        SavedViews views;
        QCOMPARE(views.check(u"   "_s), SavedViews::NameProblem::Empty);
        QCOMPARE(views.put(view(u" \t"_s, QueueFilter::Tab::All)), -1);
        QCOMPARE(views.put(view(u"  Crypto  "_s, QueueFilter::Tab::Open)), 0);
        QCOMPARE(views.at(0).name, u"Crypto"_s);
        QCOMPARE(views.put(view(u"Appeals"_s, QueueFilter::Tab::Appeals)), 1);
        QCOMPARE(views.check(u"crypto "_s), SavedViews::NameProblem::Taken);
        QCOMPARE(views.check(u"crypto "_s, 0), SavedViews::NameProblem::None); // its own name
        // Saving under a name in use replaces that view, in its place.
        QCOMPARE(views.put(view(u"CRYPTO"_s, QueueFilter::Tab::Decided)), 0);
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0).filter.tab, QueueFilter::Tab::Decided);
        QVERIFY(!views.rename(1, u"crypto"_s));
        QVERIFY(!views.rename(1, u"  "_s));
        QVERIFY(!views.rename(5, u"Other"_s));
        QVERIFY(views.rename(1, u"  Appeals to read "_s));
        QCOMPARE(views.at(1).name, u"Appeals to read"_s);
        QVERIFY(views.rename(1, u"appeals TO read"_s)); // a change of case is a rename
    }

    void moveAndRemove()
    {
        SavedViews views;
        for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
            views.put(view(name, QueueFilter::Tab::Open));
        QVERIFY(views.move(2, 0));
        QVERIFY(!views.move(0, 3));
        QVERIFY(views.remove(1));
        QVERIFY(!views.remove(2));
        QStringList names;
        for (const SavedView &v : views.list())
            names << v.name;
        QCOMPARE(names, (QStringList{u"C"_s, u"B"_s}));
    }

    // A view from another database: its policy and reviewer are left out, and named.
    void fitsWhatTheDatabaseHas()
    {
        SavedView v = view(u"Theirs"_s, QueueFilter::Tab::Open, u"ADS-GONE"_s, u"kaspersky"_s);
        v.filter.assignee = u"zoe"_s;
        const QStringList policies{u"ADS-CRYPTO"_s, u"ADS-NATSEC"_s};
        SavedView::Fit fit = v.fitTo(policies, QStringList{u"ana"_s});
        QCOMPARE(fit.missingPolicy, u"ADS-GONE"_s);
        QCOMPARE(fit.missingAssignee, u"zoe"_s);
        QCOMPARE(fit.filter.policyCode, QString());
        QCOMPARE(fit.filter.assignee, QString());
        QCOMPARE(fit.filter.search, u"kaspersky"_s);
        // Reviewers not listed yet: the assignee is kept. Nobody's cases always fit.
        fit = v.fitTo(policies, std::nullopt);
        QCOMPARE(fit.filter.assignee, u"zoe"_s);
        QVERIFY(fit.missingAssignee.isEmpty());
        v.filter.assignee = QueueFilter::unassigned();
        v.filter.policyCode = u"ADS-NATSEC"_s;
        fit = v.fitTo(policies, QStringList());
        QCOMPARE(fit.filter, v.filter);
        QVERIFY(fit.missingPolicy.isEmpty() && fit.missingAssignee.isEmpty());
    }

    // Each view's count is the number of rows the queue lists under it.
    void countsWhatEachFilterLists()
    {
        test::TestDatabase t;
        t.loadDemo();
        QList<QueueFilter> filters;
        filters << view(u"a"_s, QueueFilter::Tab::Open, u"ADS-CRYPTO"_s).filter
                << view(u"b"_s, QueueFilter::Tab::All, {}, u"kaspersky"_s).filter
                << view(u"c"_s, QueueFilter::Tab::Decided).filter;
        QueueFilter critical;
        critical.tab = QueueFilter::Tab::All;
        critical.priority = u"critical"_s;
        critical.assignee = QueueFilter::unassigned();
        filters << critical;
        QueueFilter gone;
        gone.policyCode = u"ADS-GONE"_s;
        filters << gone;
        const auto counts = QueueFilter::countEach(t.db(), filters);
        QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message));
        QCOMPARE(counts->size(), filters.size());
        for (int i = 0; i < filters.size(); ++i) {
            CaseQueueModel model(t.db(), t.clock(), filters[i]);
            QCOMPARE(counts->at(i), qint64(model.rowCount()));
        }
        QVERIFY(counts->at(0) > 0);
        QVERIFY(counts->at(1) > 0);
        QCOMPARE(counts->at(4), 0);
        QVERIFY(QueueFilter::countEach(t.db(), {})->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_SavedViews.moc"
