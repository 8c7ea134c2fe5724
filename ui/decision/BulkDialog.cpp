#include "decision/BulkDialog.h"

#include "decision/DecisionDialog.h"
#include "decision/StatementPage.h"
#include "domain/DecisionRules.h"
#include "domain/Vocabulary.h"
#include "review/ReviewService.h"
#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int refsShown = 12; // refs listed in the header; the rest are counted

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

const QStringList &BulkDialog::actions()
{
    static const QStringList list{u"ban"_s, u"clear"_s, u"escalate"_s, u"annotate"_s, u"assign"_s};
    return list;
}

BulkDialog::BulkDialog(ReviewService &review, QList<Policy> policies, QWidget *parent)
    : QDialog(parent), m_review(review), m_policies(std::move(policies))
{
    setWindowTitle(tr("Decide Selected Cases"));
    setAccessibleName(windowTitle());
    m_casesLine = plainLabel(QString(), this);
    m_casesLine->setObjectName(u"casesLine"_s);
    QFont bold = m_casesLine->font();
    bold.setBold(true);
    m_casesLine->setFont(bold);
    m_refs = plainLabel(QString(), this);
    m_refs->setObjectName(u"refs"_s);
    m_refs->setWordWrap(true);
    m_refs->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_assignee = new QLineEdit(m_review.identity().reviewer, this);
    m_assignee->setObjectName(u"assignee"_s);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(u"policy"_s);
    m_policy->setAccessibleName(tr("Policy"));
    m_policy->addItem(tr("Each case's own policy"), QString());
    for (const Policy &p : std::as_const(m_policies))
        m_policy->addItem(DisplayText::oneLine(u"%1 — %2"_s.arg(p.code, p.title)), p.code);
    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(u"rationale"_s);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("Why, for every case selected: the same text is recorded on each"));

    m_form = new QFormLayout;
    auto *actionLabel = plainLabel(tr("&Action:"), this);
    auto *assigneeLabel = plainLabel(tr("Assign &to:"), this);
    auto *policyLabel = plainLabel(tr("&Policy:"), this);
    m_rationaleLabel = plainLabel(QString(), this);
    m_form->addRow(actionLabel, buildActionRow());
    m_form->addRow(assigneeLabel, m_assignee);
    m_form->addRow(policyLabel, m_policy);
    assigneeLabel->setBuddy(m_assignee);
    policyLabel->setBuddy(m_policy);
    actionLabel->setBuddy(m_actionGroup->buttons().first());

    auto *decision = new QWidget(this);
    auto *decisionLayout = new QVBoxLayout(decision);
    decisionLayout->addWidget(m_rationaleLabel);
    decisionLayout->addWidget(m_rationale, 1);
    decisionLayout->addWidget(buildEvidence());
    m_rationaleLabel->setBuddy(m_rationale);
    m_statement = new StatementPage(m_review, this);
    m_details = new QTabWidget(this);
    m_details->setObjectName(u"details"_s);
    m_details->addTab(decision, tr("Decision"));
    m_details->addTab(m_statement, tr("Statement of reasons"));
    m_statementNote = plainLabel(QString(), this);
    m_statementNote->setObjectName(u"statementNote"_s);
    m_statementNote->setWordWrap(true);

    m_hint = plainLabel(QString(), this);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_primary = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(u"submit"_s);
    m_primary->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (missing().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *submitKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submitKey, &QShortcut::activated, m_primary, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_casesLine);
    layout->addWidget(m_refs);
    layout->addLayout(m_form);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_statementNote);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_policy, &QComboBox::currentIndexChanged, this, &BulkDialog::updateForm);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &BulkDialog::updateForm);
    connect(m_assignee, &QLineEdit::textChanged, this, &BulkDialog::updateForm);
    connect(m_statement, &StatementPage::changed, this, &BulkDialog::updateForm);
    resize(760, 640);
}

QWidget *BulkDialog::buildActionRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_actionGroup = new QButtonGroup(this);
    for (const QString &action : actions()) {
        auto *button = new QPushButton(action == u"assign" ? tr("Assign") : DecisionDialog::actionLabel(action), row);
        button->setObjectName(action);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setToolTip(action == u"assign" ? tr("Assign every case selected to a reviewer")
                                               : DecisionDialog::actionDescription(action));
        m_actionGroup->addButton(button);
        layout->addWidget(button);
    }
    layout->addStretch();
    connect(m_actionGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool on) {
        if (on)
            setAction(button->objectName());
    });
    return row;
}

QWidget *BulkDialog::buildEvidence()
{
    m_evidenceBox = new QWidget(this);
    auto *layout = new QVBoxLayout(m_evidenceBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_evidenceLabel = plainLabel(QString(), m_evidenceBox);
    layout->addWidget(m_evidenceLabel);
    auto *kinds = new QHBoxLayout;
    m_everyItem = new QCheckBox(tr("Every item"), m_evidenceBox);
    m_everyItem->setObjectName(u"everyItem"_s);
    kinds->addWidget(m_everyItem);
    connect(m_everyItem, &QCheckBox::toggled, this, &BulkDialog::updateForm);
    for (const QString &kind : vocab::evidenceKinds()) {
        auto *box = new QCheckBox(VocabularyText::kind(kind), m_evidenceBox);
        box->setObjectName(kind);
        kinds->addWidget(box);
        m_kinds << box;
        connect(box, &QCheckBox::toggled, this, &BulkDialog::updateForm);
    }
    kinds->addStretch();
    layout->addLayout(kinds);
    m_evidenceLabel->setBuddy(m_everyItem);
    return m_evidenceBox;
}

void BulkDialog::start(const QList<Case> &cases, const QString &action)
{
    m_cases = cases;
    QStringList refs;
    QSet<QString> policies;
    for (const Case &c : cases) {
        if (refs.size() < refsShown)
            refs << c.ref;
        policies.insert(c.policyCode);
    }
    m_casesLine->setText(tr("%Ln cases selected", nullptr, int(cases.size())));
    m_refs->setText(
        cases.size() > refsShown
            ? tr("%1 and %Ln more", nullptr, int(cases.size() - refsShown)).arg(QLocale().createSeparatedList(refs))
            : QLocale().createSeparatedList(refs));
    {
        const QSignalBlocker block(m_rationale);
        m_rationale->clear();
    }
    m_assignee->setText(m_review.identity().reviewer);
    m_everyItem->setChecked(false);
    for (QCheckBox *box : std::as_const(m_kinds))
        box->setChecked(false);
    // One policy shared by every case is the one a ban applies, and its statement is shown to be
    // reviewed once; cases under several keep each its own.
    const QString shared = policies.size() == 1 ? *policies.cbegin() : QString();
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(shared)));
    m_statement->restart();
    m_details->setCurrentIndex(0);
    setAction(actions().contains(action) ? action : u"annotate"_s);
    m_rationale->setFocus(Qt::OtherFocusReason);
}

QString BulkDialog::action() const
{
    const QAbstractButton *checked = m_actionGroup->checkedButton();
    return checked ? checked->objectName() : QString();
}

QString BulkDialog::policy() const
{
    return m_policy->currentData().toString();
}

void BulkDialog::setAction(const QString &action)
{
    for (QAbstractButton *button : m_actionGroup->buttons()) {
        if (button->objectName() == action && !button->isChecked())
            button->setChecked(true); // comes back here through buttonToggled
    }
    updateForm();
}

BulkRequest BulkDialog::request() const
{
    const QString act = action();
    BulkRequest r;
    r.command.action = act;
    r.command.rationale = act == u"assign" ? QString() : m_rationale->toPlainText();
    if (act == u"assign")
        r.command.assignee = m_assignee->text().trimmed();
    if (act == u"ban" || act == u"clear")
        r.command.policyCode = policy();
    if (act != u"assign") {
        r.evidence.everyItem = m_everyItem->isChecked();
        for (const QCheckBox *box : m_kinds) {
            if (box->isChecked() && !r.evidence.everyItem)
                r.evidence.kinds << box->objectName();
        }
    }
    if (act == u"ban") {
        if (policy().isEmpty())
            r.statementFromPolicy = true;
        else
            r.command.statement = m_statement->text();
    }
    return r;
}

QStringList BulkDialog::missing() const
{
    const QString act = action();
    const DecisionRules::Needs needs = DecisionRules::needs(act);
    QStringList gaps;
    if (act == u"assign" && m_assignee->text().trimmed().isEmpty())
        gaps << tr("a reviewer to assign");
    if (needs.rationale && m_rationale->toPlainText().trimmed().isEmpty())
        gaps << (act == u"annotate" ? tr("a note") : tr("a rationale"));
    if (m_rationale->toPlainText().size() > ReviewService::maxRationaleLength)
        gaps << tr("a shorter text (at most %L1 characters)").arg(ReviewService::maxRationaleLength);
    const BulkRequest r = request();
    if (needs.evidence && !r.evidence.everyItem && r.evidence.kinds.isEmpty())
        gaps << tr("the kinds of evidence each case cites");
    return gaps;
}

void BulkDialog::updateForm()
{
    const QString act = action();
    const bool assigning = act == u"assign";
    const bool banning = act == u"ban";
    m_form->setRowVisible(m_assignee, assigning);
    m_form->setRowVisible(m_policy, banning || act == u"clear");
    m_rationaleLabel->setText(act == u"annotate"   ? tr("&Note:")
                              : act == u"escalate" ? tr("&Rationale (optional):")
                                                   : tr("&Rationale:"));
    m_rationale->setEnabled(!assigning);
    m_evidenceBox->setVisible(!assigning);
    m_evidenceLabel->setText(DecisionRules::needs(act).evidence
                                 ? tr("&Evidence each case cites (at least one item; a case with none is refused):")
                                 : tr("&Evidence each case cites (optional):"));
    for (QCheckBox *box : std::as_const(m_kinds))
        box->setEnabled(!m_everyItem->isChecked());

    // A ban under one policy shows its statement to review once; under each case's own, each
    // records its policy's defaults.
    const bool reviewable = banning && !policy().isEmpty();
    if (const QString error = m_statement->follow(reviewable ? u"ban"_s : QString(), policy()); !error.isEmpty())
        m_statementNote->setText(error);
    else if (banning && !reviewable)
        m_statementNote->setText(tr("Each case records the default statement of reasons of its own policy. Choose "
                                    "one policy to review or edit the statement for all of them."));
    else if (reviewable)
        m_statementNote->setText(
            tr("One statement of reasons, from the policy's defaults, is recorded for every case: review it on "
               "its tab."));
    m_statementNote->setVisible(banning);
    if (!reviewable)
        m_details->setCurrentIndex(0);
    m_details->setTabVisible(1, reviewable);

    const QString label = assigning ? tr("Assign") : DecisionDialog::actionLabel(act);
    const int n = int(m_cases.size());
    m_primary->setText(tr("%1 All %Ln", nullptr, n).arg(label));
    setWindowTitle(tr("%1 — %Ln Selected Cases", nullptr, n).arg(label));
    const QStringList gaps = missing();
    const QStringList wrong = reviewable ? m_statement->problems() : QStringList();
    m_primary->setEnabled(gaps.isEmpty() && wrong.isEmpty() && n > 0);
    QStringList sentences;
    if (!gaps.isEmpty())
        sentences << tr("%1 needs %2.").arg(label, QLocale().createSeparatedList(gaps));
    if (!wrong.isEmpty())
        sentences << tr("Statement of reasons — %1").arg(wrong.join(u' '));
    if (gaps.isEmpty() && wrong.isEmpty())
        sentences << tr("Each case is checked on its own as it stands now: a case that changed since you confirm, "
                        "or that the rules refuse, is left as it is and named in the summary.");
    m_hint->setText(sentences.join(u' '));
}

} // namespace adreview
