#include "case/RevisionDialog.h"

#include "case/RevisionText.h"
#include "domain/EvidenceKinds.h"
#include "domain/Vocabulary.h"
#include "widgets/DisplayText.h"
#include "widgets/PlainLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

RevisionDialog::RevisionDialog(ReviewService &review, const CaseRecord &record, const Evidence &original,
                               const QStringList &expectedHeads, QWidget *parent)
    : QDialog(parent), m_review(review), m_record(record), m_original(original), m_expectedHeads(expectedHeads)
{
    setWindowTitle(tr("Record a change to %1 of %2").arg(original.ref, record.ref));
    setAccessibleName(tr("Record a change to this evidence"));
    m_now = new PlainLabel(tr("The item as it reads now"), this);
    m_now->setObjectName(u"revisionNow"_s);
    m_now->setWordWrap(true);
    m_now->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"revisionStatus"_s);
    m_status->setAccessibleName(tr("Status"));
    for (const QString &state : vocab::advisoryStates())
        m_status->addItem(RevisionText::stateName(state), state);
    m_supersededBy = new QLineEdit(this);
    m_supersededBy->setObjectName(u"revisionSupersededBy"_s);
    m_supersededBy->setAccessibleName(tr("Superseded by"));
    m_supersededBy->setPlaceholderText(tr("The item or directive that superseded it, e.g. EV-7"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"revisionTitle"_s);
    m_title->setAccessibleName(tr("Title"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"revisionUrl"_s);
    m_url->setAccessibleName(tr("Address"));
    m_excerpt = new QPlainTextEdit(this);
    m_excerpt->setObjectName(u"revisionExcerpt"_s);
    m_excerpt->setAccessibleName(tr("Excerpt"));
    m_excerpt->setTabChangesFocus(true);
    m_excerpt->setMaximumHeight(m_excerpt->fontMetrics().lineSpacing() * 5);
    m_retracted = new QCheckBox(tr("Re&tracted by its source"), this);
    m_retracted->setObjectName(u"revisionRetracted"_s);
    m_effective = new QDateEdit(m_review.today(), this);
    m_effective->setObjectName(u"revisionEffective"_s);
    m_effective->setAccessibleName(tr("Effective"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(u"revisionRationale"_s);
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("Why: where the change is published, and how you checked it"));
    m_rationale->setMaximumHeight(m_rationale->fontMetrics().lineSpacing() * 5);

    auto *form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Superseded &by:"), m_supersededBy);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("E&xcerpt:"), m_excerpt);
    form->addRow(QString(), m_retracted);
    form->addRow(tr("&Effective:"), m_effective);
    form->addRow(tr("&Rationale:"), m_rationale);

    auto *elsewhere = new QGroupBox(tr("The same item in other cases"), this);
    m_elsewhereBox = elsewhere;
    m_elsewhereList = new PlainLabel(tr("The same item in other cases"), elsewhere);
    m_elsewhereList->setObjectName(u"revisionElsewhere"_s);
    m_elsewhereList->setWordWrap(true);
    m_alsoElsewhere = new QCheckBox(tr("Re&vise these too"), elsewhere);
    m_alsoElsewhere->setObjectName(u"reviseElsewhere"_s);
    auto *elsewhereLayout = new QVBoxLayout(elsewhere);
    elsewhereLayout->addWidget(m_elsewhereList);
    elsewhereLayout->addWidget(m_alsoElsewhere);

    m_error = new PlainLabel(tr("Error"), this);
    m_error->setObjectName(u"revisionError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_hint = new PlainLabel(tr("Hint"), this);
    m_hint->setObjectName(u"revisionHint"_s);
    m_hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Record Change"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"recordRevision"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &RevisionDialog::record);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_now);
    layout->addLayout(form);
    layout->addWidget(elsewhere);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    load();
    for (QLineEdit *edit : {m_supersededBy, m_title, m_url})
        connect(edit, &QLineEdit::textChanged, this, &RevisionDialog::updateForm);
    for (QPlainTextEdit *edit : {m_excerpt, m_rationale})
        connect(edit, &QPlainTextEdit::textChanged, this, &RevisionDialog::updateForm);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RevisionDialog::updateForm);
    connect(m_retracted, &QCheckBox::toggled, this, &RevisionDialog::updateForm);
    updateForm();
    resize(640, 640);
}

void RevisionDialog::load()
{
    // As it reads now: the fields start from it, and the change is what differs.
    auto ctx = m_review.loadContext(m_record.ref);
    auto current = ctx ? m_review.currentEvidence(*ctx, m_original.ref) : Result<EvidenceRevision>(ctx.error());
    if (!current) {
        showError(current.error().message);
        m_current.item = m_original;
    } else {
        m_current = *current;
    }
    const Evidence &item = m_current.item;
    m_hasStatus = evidencekinds::of(item.kind).has(u"status"_s);
    QStringList now{tr("%1 as it reads now: %2").arg(item.ref, DisplayText::oneLine(item.title))};
    if (m_hasStatus)
        now << (m_current.supersededBy.isEmpty()
                    ? tr("Status: %1").arg(RevisionText::stateName(item.status))
                    : tr("Status: %1 (by %2)")
                          .arg(RevisionText::stateName(item.status), DisplayText::oneLine(m_current.supersededBy)));
    if (m_current.retracted)
        now << tr("Retracted.");
    now << tr("%1: %2").arg(DisplayText::sourceCaption(item.kind),
                            DisplayText::orDash(DisplayText::oneLine(item.source)));
    m_now->setText(now.join(u'\n'));

    m_status->setCurrentIndex(std::max(0, m_status->findData(item.status)));
    m_supersededBy->setText(m_current.supersededBy);
    m_title->setText(item.title);
    m_url->setText(item.url);
    m_excerpt->setPlainText(item.excerpt);
    m_retracted->setChecked(m_current.retracted);
    m_retracted->setEnabled(!m_current.retracted); // a retraction stands
    auto form = static_cast<QFormLayout *>(layout()->itemAt(1)->layout());
    form->setRowVisible(m_status, m_hasStatus);
    form->setRowVisible(m_supersededBy, m_hasStatus);

    auto others = m_review.sameItemElsewhere(m_record.ref, m_original);
    m_elsewhere = others ? *others : QList<EvidenceElsewhere>();
    QStringList lines;
    for (const EvidenceElsewhere &e : std::as_const(m_elsewhere))
        lines << tr("%1 %2: %3").arg(e.caseRef, e.ref, DisplayText::oneLine(e.title));
    m_elsewhereList->setText(lines.join(u'\n'));
    m_elsewhereBox->setVisible(!m_elsewhere.isEmpty());
}

EvidenceChange RevisionDialog::change() const
{
    const Evidence &item = m_current.item;
    EvidenceChange c;
    if (m_hasStatus && m_status->currentData().toString() != item.status)
        c.status = m_status->currentData().toString();
    if (m_title->text() != item.title)
        c.title = m_title->text();
    if (m_url->text() != item.url)
        c.url = m_url->text();
    if (m_excerpt->toPlainText() != item.excerpt)
        c.excerpt = m_excerpt->toPlainText();
    if (m_hasStatus && m_status->currentData().toString() == u"superseded")
        c.supersededBy = m_supersededBy->text().trimmed();
    c.retracted = m_retracted->isChecked() && !m_current.retracted;
    c.effective = m_effective->date();
    c.rationale = m_rationale->toPlainText().trimmed();
    return c;
}

QStringList RevisionDialog::missing() const
{
    const EvidenceChange c = change();
    QStringList gaps;
    const bool supersededByChanged = !c.supersededBy.isEmpty() && c.supersededBy != m_current.supersededBy;
    if (!c.status && !c.title && !c.url && !c.excerpt && !c.retracted && !supersededByChanged)
        gaps << tr("a change to the item");
    if (m_hasStatus && m_status->currentData().toString() == u"superseded" && c.supersededBy.isEmpty())
        gaps << tr("what superseded it");
    if (c.rationale.isEmpty())
        gaps << tr("a rationale");
    if (c.rationale.size() > ReviewService::maxRationaleLength)
        gaps << tr("a shorter rationale (at most %L1 characters)").arg(ReviewService::maxRationaleLength);
    return gaps;
}

void RevisionDialog::updateForm()
{
    const bool superseded = m_status->currentData().toString() == u"superseded";
    m_supersededBy->setEnabled(superseded);
    const QStringList gaps = missing();
    m_ok->setEnabled(gaps.isEmpty());
    m_hint->setText(gaps.isEmpty()
                        ? tr("Decisions that cite an earlier reading of %1 go to re-review.").arg(m_original.ref)
                        : tr("Recording the change needs %1.").arg(QLocale().createSeparatedList(gaps)));
}

void RevisionDialog::record()
{
    if (!missing().isEmpty())
        return;
    const EvidenceChange c = change();
    // Every other case checked first: a refusal there leaves all of them, this one included, as
    // they were.
    const bool others = m_alsoElsewhere->isChecked() && !m_elsewhere.isEmpty();
    if (others) {
        QStringList refused;
        for (const EvidenceElsewhere &e : std::as_const(m_elsewhere)) {
            auto ctx = m_review.loadContext(e.caseRef);
            auto revision = ctx ? m_review.revisionOf(*ctx, e.ref, c) : Result<EvidenceRevision>(ctx.error());
            if (!revision)
                refused << tr("%1 %2: %3").arg(e.caseRef, e.ref, revision.error().message);
        }
        if (!refused.isEmpty())
            return showError(tr("Nothing was recorded: the change cannot be made in every case listed.\n%1")
                                 .arg(refused.join(u'\n')));
    }
    auto done = m_review.revise(m_record.ref, m_original.ref, c, m_expectedHeads);
    if (!done)
        return showError(done.error().message);
    QStringList written{m_record.ref};
    QStringList failed;
    if (others) {
        for (const EvidenceElsewhere &e : std::as_const(m_elsewhere)) {
            if (auto other = m_review.revise(e.caseRef, e.ref, c))
                written << e.caseRef;
            else
                failed << tr("%1 %2: %3").arg(e.caseRef, e.ref, other.error().message);
        }
    }
    emit revised(written);
    if (!failed.isEmpty()) {
        // Checked above, refused now: something changed meanwhile. What was recorded stays.
        m_ok->setEnabled(false);
        return showError(tr("Recorded in %1; refused in the others:\n%2")
                             .arg(QLocale().createSeparatedList(written), failed.join(u'\n')));
    }
    accept();
}

void RevisionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace adreview
