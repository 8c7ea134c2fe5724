// The dialog that records a later revision of an evidence item: what it asks for, what it writes,
// and that a change refused in one of the other cases listed writes nothing anywhere.
#include "TestDatabase.h"
#include "case/RevisionDialog.h"
#include "storage/CaseRepository.h"
#include "storage/EvidenceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "widgets/PlainLabel.h"

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

struct Fixture {
    test::TestDatabase t;

    Fixture() { t.loadDemo(); }
    CaseRecord record(const QString &ref)
    {
        auto found = CaseRepository(t.db()).findByRef(ref);
        if (!found || !found->has_value())
            qFatal("no case %s", qPrintable(ref));
        return **found;
    }
    Evidence item(const CaseRecord &c, const QString &ref)
    {
        auto found = EvidenceRepository(t.db()).find(c.id, ref);
        if (!found || !found->has_value())
            qFatal("no evidence %s", qPrintable(ref));
        return **found;
    }
    qint64 revisions(const QString &ref)
    {
        return t.count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' AND "
                       "e.action = 'revise'"_s.arg(ref));
    }
};

template <typename T>
T *part(const QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no %s", qPrintable(name));
    return widget;
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

} // namespace

class tst_RevisionDialog : public QObject {
    Q_OBJECT

private slots:
    // A news story has no status: the form offers none, asks for a change and a rationale, and
    // records a correction and a retraction as a revision. (A retraction alone is refused by the
    // review rules for now: its content hash is the item's, read as "changes nothing".)
    void aRetractedStoryIsRecordedWithItsRationale()
    {
        Fixture f;
        const CaseRecord c = f.record(u"CASE-2018-0001"_s);
        const Evidence story = f.item(c, u"EV-4"_s);
        QCOMPARE(story.kind, u"news-citation"_s);
        RevisionDialog dialog(f.t.review(), c, story, c.heads);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!part<QComboBox>(&dialog, u"revisionStatus"_s)->isVisible());
        auto *record = part<QPushButton>(&dialog, u"recordRevision"_s);
        QVERIFY(!record->isEnabled());
        QTest::mouseClick(part<QCheckBox>(&dialog, u"revisionRetracted"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(!record->isEnabled()); // a rationale still
        typeInto(part<QLineEdit>(&dialog, u"revisionTitle"_s), u"Story withdrawn by the publisher"_s);
        typeInto(part<QPlainTextEdit>(&dialog, u"revisionRationale"_s), u"The paper withdrew the story."_s);
        QVERIFY(record->isEnabled());
        QSignalSpy revised(&dialog, &RevisionDialog::revised);
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY2(revised.size() == 1, qPrintable(part<PlainLabel>(&dialog, u"revisionError"_s)->text()));
        QCOMPARE(revised.first().first().toStringList(), QStringList{c.ref});
        QCOMPARE(f.revisions(c.ref), 1);
        QVERIFY(f.t.text(u"SELECT e.statement FROM events e WHERE e.action = 'revise'"_s).contains(u"retracted"_s));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // The same advisory elsewhere already reads so: revising "these too" is refused before anything
    // is written, this case included, and the dialog says why.
    void aChangeRefusedElsewhereWritesNothing()
    {
        Fixture f;
        const CaseRecord c = f.record(u"CASE-2018-0001"_s);
        const Evidence advisory = f.item(c, u"EV-1"_s);
        EvidenceChange change;
        change.status = u"rescinded"_s;
        change.rationale = u"Rescinded."_s;
        QVERIFY(f.t.review().revise(u"CASE-2018-0008"_s, u"EV-4"_s, change).ok());

        RevisionDialog dialog(f.t.review(), c, advisory, c.heads);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.elsewhere().size(), 1);
        auto *status = part<QComboBox>(&dialog, u"revisionStatus"_s);
        status->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(status, Qt::Key_Down); // in force → rescinded
        QCOMPARE(status->currentData().toString(), u"rescinded"_s);
        typeInto(part<QPlainTextEdit>(&dialog, u"revisionRationale"_s), u"Rescinded."_s);
        QTest::mouseClick(part<QCheckBox>(&dialog, u"reviseElsewhere"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::mouseClick(part<QPushButton>(&dialog, u"recordRevision"_s), Qt::LeftButton);
        QCOMPARE(f.revisions(c.ref), 0);
        QCOMPARE(f.revisions(u"CASE-2018-0008"_s), 1);
        auto *error = part<PlainLabel>(&dialog, u"revisionError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"CASE-2018-0008"_s), qPrintable(error->text()));
        QVERIFY(dialog.isVisible()); // what was typed stays
    }
};

QTEST_MAIN(tst_RevisionDialog)
#include "tst_RevisionDialog.moc"
