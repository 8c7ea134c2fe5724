#include "decision/DecisionDialog.h"

#include "case/ConflictSides.h"
#include "case/ConflictSidesView.h"
#include "decision/EvidencePicker.h"
#include "decision/OutcomeChoice.h"
#include "decision/StatementForm.h"
#include "decision/StatementPage.h"
#include "domain/DecisionRules.h"
#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString resolveConflict = u"resolve-conflict"_s;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

const QStringList &DecisionDialog::actions()
{
    static const QStringList list{u"ban"_s,      u"clear"_s,      u"reinstate"_s, u"escalate"_s,
                                  u"annotate"_s, resolveConflict, u"approve"_s,   u"reject"_s,
                                  u"withdraw"_s, u"reaffirm"_s,   u"reverse"_s};
    return list;
}

QString DecisionDialog::actionLabel(const QString &action)
{
    switch (vocab::action(action)) {
    case Action::Ban:
        return tr("Ban");
    case Action::Clear:
        return tr("Clear");
    case Action::Reinstate:
        return tr("Reinstate");
    case Action::Escalate:
        return tr("Escalate");
    case Action::Annotate:
        return tr("Annotate");
    case Action::ResolveConflict:
        return tr("Resolve");
    case Action::ProposeBan:
        return tr("Propose ban");
    case Action::Approve:
        return tr("Approve ban");
    case Action::Reject:
        return tr("Reject ban");
    case Action::Withdraw:
        return tr("Withdraw proposal");
    case Action::Reaffirm:
        return tr("Re-affirm");
    case Action::Reverse:
        return tr("Reverse");
    case Action::Revise:
    case Action::Flag:
    case Action::Assign:
    case Action::Unknown:
        break;
    }
    return action;
}

QString DecisionDialog::actionDescription(const QString &action)
{
    switch (vocab::action(action)) {
    case Action::Ban:
        return tr("Ban the advertiser under the policy, citing the evidence that shows the breach");
    case Action::Clear:
        return tr("Close the case with no action against the advertiser");
    case Action::Reinstate:
        return tr("Lift the advertiser's ban, citing what has changed");
    case Action::Escalate:
        return tr("Hand the case to a lead, saying what needs deciding");
    case Action::Annotate:
        return tr("Add a note to the case without deciding it");
    case Action::ResolveConflict:
        return tr("Settle decisions made apart on different machines with one outcome");
    case Action::ProposeBan:
        return tr("Propose a ban that takes effect once another reviewer approves it");
    case Action::Approve:
        return tr("Approve the proposed ban as a second reviewer: the advertiser is banned");
    case Action::Reject:
        return tr("Reject the proposed ban as a second reviewer: the case goes back to review");
    case Action::Withdraw:
        return tr("Take back your own proposed ban");
    case Action::Reaffirm:
        return tr("Keep the decision: its revised evidence does not change it");
    case Action::Reverse:
        return tr("Turn the decision: ban a cleared advertiser, reinstate a banned one");
    case Action::Revise:
    case Action::Flag:
    case Action::Assign:
    case Action::Unknown:
        break;
    }
    return {};
}

DecisionDialog::DecisionDialog(ReviewService &review, QList<Policy> policies, QWidget *parent)
    : QDialog(parent), m_review(review), m_policies(std::move(policies))
{
    setWindowTitle(tr("Decision"));
    setAccessibleName(tr("Decision"));
    m_caseLine = plainLabel(QString(), this);
    m_caseLine->setObjectName(u"caseLine"_s);
    m_caseLine->setAccessibleName(tr("Case"));
    m_caseLine->setWordWrap(true);
    m_caseLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_caseLine->font();
    bold.setBold(true);
    m_caseLine->setFont(bold);

    m_policy = new QComboBox(this);
    m_policy->setObjectName(u"policy"_s);
    m_policy->setAccessibleName(tr("Policy"));
    m_policy->setAccessibleDescription(tr("The advertising policy the decision is made under"));
    for (const Policy &p : std::as_const(m_policies))
        m_policy->addItem(DisplayText::oneLine(u"%1 — %2"_s.arg(p.code, p.title)), p.code);

    m_rationale = new QPlainTextEdit(this);
    m_rationale->setObjectName(u"rationale"_s);
    m_rationale->setTabChangesFocus(true);
    m_rationale->setPlaceholderText(tr("Why: which evidence shows what, and which part of the policy it breaks"));
    m_rationale->setAccessibleDescription(m_rationale->placeholderText());
    m_evidence = new EvidencePicker(this);
    m_evidence->setObjectName(u"evidence"_s);
    m_sides = new ConflictSidesView(this);
    m_sides->setObjectName(u"conflictSides"_s);
    m_outcome = new OutcomeChoice(this);
    m_outcome->setObjectName(u"outcome"_s);

    auto *form = m_form = new QFormLayout;
    m_actionLabel = plainLabel(tr("&Action:"), this);
    m_outcomeLabel = plainLabel(tr("&Outcome:"), this);
    auto *policyLabel = plainLabel(tr("&Policy:"), this);
    m_rationaleLabel = plainLabel(QString(), this);
    m_evidenceLabel = plainLabel(QString(), this);
    form->addRow(m_actionLabel, buildActionRow());
    form->addRow(m_outcomeLabel, m_outcome);
    m_outcomeLabel->setAccessibleName(tr("Outcome"));
    form->addRow(policyLabel, m_policy);
    policyLabel->setBuddy(m_policy);
    m_rationaleLabel->setBuddy(m_rationale);
    m_evidenceLabel->setBuddy(m_evidence);
    m_actionLabel->setAccessibleName(tr("Action"));
    policyLabel->setAccessibleName(tr("Policy"));

    m_hint = plainLabel(QString(), this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setAccessibleName(tr("Hint"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caseLine);
    layout->addWidget(m_sides, 3);
    layout->addSpacing(layout->spacing());
    layout->addLayout(form);
    layout->addWidget(buildDetails(), 5);
    layout->addWidget(buildErrorRow());
    layout->addWidget(m_hint);
    layout->addLayout(buildButtons());

    connect(m_policy, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateForm);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateForm);
    connect(m_evidence, &EvidencePicker::checkedChanged, this, &DecisionDialog::updateForm);
    connect(m_outcome, &OutcomeChoice::outcomeChanged, this, &DecisionDialog::updateForm);
    connect(m_statement, &StatementPage::changed, this, &DecisionDialog::updateForm);
    setUpKeyboard();
    setAction(u"annotate"_s);
    resize(820, 620);
}

void DecisionDialog::start(const CaseRecord &record, const QList<Evidence> &evidence, const QString &action,
                           const QList<Event> &events)
{
    const QSignalBlocker blockRationale(m_rationale);
    const QSignalBlocker blockOutcome(m_outcome);
    m_rationale->clear();
    m_outcome->clearChoice();
    m_evidence->clearTicks();
    m_errorRow->hide();
    m_error->clear();
    m_details->setCurrentIndex(0);
    m_statement->restart();
    const int policy = m_policy->findData(record.policyCode);
    if (policy < 0 && !record.policyCode.isEmpty())
        m_policy->addItem(record.policyCode, record.policyCode); // not in the catalogue: shown as is
    m_policy->setCurrentIndex(m_policy->findData(record.policyCode));
    refresh(record, evidence, events);
    setAction(actions().contains(action) ? action : u"annotate"_s);
    if (action == resolveConflict) {
        // The sides take room: the dialog grows for them, as far as the screen allows.
        resize(std::max(width(), 900), std::max(height(), 800));
        m_outcome->focusTarget()->setFocus(Qt::OtherFocusReason); // the first thing a lead decides
    } else {
        m_rationale->setFocus(Qt::OtherFocusReason);
    }
}

void DecisionDialog::refresh(const CaseRecord &record, const QList<Evidence> &evidence, const QList<Event> &events)
{
    m_record = record;
    readContested();
    // Every latest event the reviewer saw: one, or several when laptops diverged (a case in
    // conflict has at least two). If the case has moved on since, the service refuses the command
    // as a conflict and the window reloads the case into the form.
    m_expectedHeads = record.heads;
    const CaseFold::State fold = CaseFold::fold(events);
    m_proposal = fold.proposal;
    m_rereview = !fold.rereview.isEmpty();
    m_evidence->setEvidence(evidence);
    m_sides->setSides(ConflictSides::decisions(events), evidence);
    chainFocus();
    showCase();
    updateForm();
}

QString DecisionDialog::action() const
{
    const QAbstractButton *checked = m_actionGroup->checkedButton();
    return checked ? checked->objectName() : QString();
}

QString DecisionDialog::outcome() const
{
    return m_outcome->outcome();
}

QString DecisionDialog::rationale() const
{
    return m_rationale->toPlainText();
}

QStringList DecisionDialog::checkedEvidence() const
{
    return m_evidence->checkedRefs();
}

QString DecisionDialog::statementText() const
{
    return m_statement->text();
}

bool DecisionDialog::hasInput() const
{
    return !m_rationale->toPlainText().trimmed().isEmpty() || m_statement->isEdited();
}

void DecisionDialog::setAction(const QString &action)
{
    for (QAbstractButton *button : m_actionGroup->buttons()) {
        const bool chosen = button->objectName() == action;
        if (chosen && !button->isChecked())
            button->setChecked(true); // comes back here through buttonToggled
        // Tab reaches only the chosen action, arrow keys move between them, as in a radio group.
        button->setFocusPolicy(chosen ? Qt::StrongFocus : Qt::ClickFocus);
        if (chosen)
            m_actionLabel->setBuddy(button); // Alt+A goes to the chosen action
    }
    markChosenAction();
    updateForm();
}

void DecisionDialog::markChosenAction()
{
    // A checked push button is only a shade darker in most styles, too faint to tell "Ban" from
    // "Clear" at a glance; the chosen one takes the palette's highlight, light or dark.
    const QPalette base = palette();
    QPalette chosen = base;
    chosen.setColor(QPalette::Button, base.color(QPalette::Highlight));
    chosen.setColor(QPalette::ButtonText, base.color(QPalette::HighlightedText));
    for (QAbstractButton *button : m_actionGroup->buttons())
        button->setPalette(button->isChecked() ? chosen : QPalette());
}

void DecisionDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_actionGroup)
        markChosenAction();
}

void DecisionDialog::showCase()
{
    const QString state =
        m_record.outcome.isEmpty() || m_record.outcome == u"none"
            ? VocabularyText::state(m_record.state)
            : tr("%1, %2").arg(VocabularyText::state(m_record.state), VocabularyText::outcome(m_record.outcome));
    m_caseLine->setText(
        tr("%1 — %2 — %3")
            .arg(m_record.ref, DisplayText::isolate(DisplayText::oneLine(m_record.advertiserName)), state));
}

CaseStanding DecisionDialog::standing() const
{
    CaseStanding s{m_record.state, m_record.outcome, m_record.source, m_record.advertiserStatus == u"banned"};
    s.proposedIt = m_proposal && m_proposal->reviewer == m_review.identity().reviewer;
    s.rereview = m_rereview;
    s.madeContested = m_contested && m_contested->reviewer == m_review.identity().reviewer;
    return s;
}

void DecisionDialog::readContested()
{
    // Should the lookup fail, the form lets the decision through and the service refuses it.
    auto contested = m_review.contested(m_record);
    m_contested = contested ? *contested : std::nullopt;
}

QString DecisionDialog::stateProblem() const
{
    const QString act = action();
    const QString &ref = m_record.ref;
    const QString state = VocabularyText::state(m_record.state);
    switch (DecisionRules::refusal(act, standing())) {
    case DecisionRules::Refusal::None:
        return {};
    case DecisionRules::Refusal::NotInConflict:
        return tr("%1 is not in conflict; there is nothing to resolve.").arg(ref);
    case DecisionRules::Refusal::InConflict:
        return tr("%1 is in conflict; until a lead resolves it with Resolve, only a note can be added.").arg(ref);
    case DecisionRules::Refusal::AlreadyDecided:
        return tr("%1 is already decided (%2); it cannot be banned or cleared again.")
            .arg(ref, VocabularyText::outcome(m_record.outcome));
    case DecisionRules::Refusal::Closed:
    case DecisionRules::Refusal::AlreadyEscalated:
        return tr("%1 is %2; only an open case or one in review can be escalated.").arg(ref, state);
    case DecisionRules::Refusal::NotReinstatable:
        return tr("%1 is %2; only a banned case, or an appeal of a banned advertiser, can be reinstated.")
            .arg(ref, state);
    case DecisionRules::Refusal::AwaitingApproval:
        return tr("%1 has a ban proposed by %2 awaiting approval; it is approved, rejected or withdrawn first.")
            .arg(ref, m_proposal ? m_proposal->reviewer : QString());
    case DecisionRules::Refusal::NothingProposed:
        return tr("%1 has no proposed ban awaiting approval.").arg(ref);
    case DecisionRules::Refusal::OwnProposal:
        return tr("You proposed this ban; another reviewer approves or rejects it. You can withdraw it.");
    case DecisionRules::Refusal::NotProposer:
        return tr("Only %1, who proposed this ban, can withdraw it.")
            .arg(m_proposal ? m_proposal->reviewer : QString());
    case DecisionRules::Refusal::NotInRereview:
        return tr("%1 is not in re-review: no evidence its decision rests on was revised since.").arg(ref);
    case DecisionRules::Refusal::OwnContested:
        return tr("You made the decision this appeal contests (the ban of %1); another reviewer decides the "
                  "appeal. You can add a note.")
            .arg(m_contested->caseRef);
    }
    return {};
}

bool DecisionDialog::needsEvidence() const
{
    return DecisionRules::needs(action(), decisionOutcome()).evidence;
}

QString DecisionDialog::decisionOutcome() const
{
    const Action act = vocab::action(action());
    if (act == Action::ResolveConflict)
        return m_outcome->outcome();
    if (act == Action::Reverse)
        return vocab::word(vocab::reversed(vocab::outcome(m_record.outcome)));
    return {};
}

QStringList DecisionDialog::missing() const
{
    const QString act = action();
    QStringList missing;
    if (m_record.ref.isEmpty())
        missing << tr("a case");
    if (act == resolveConflict && m_outcome->outcome().isEmpty())
        missing << tr("an outcome");
    const DecisionRules::Needs needs = DecisionRules::needs(act, decisionOutcome());
    if (needs.policy && m_policy->currentData().toString().isEmpty())
        missing << tr("a policy");
    if (needs.rationale && m_rationale->toPlainText().trimmed().isEmpty())
        missing << (act == u"annotate" ? tr("a note") : tr("a rationale"));
    if (m_rationale->toPlainText().size() > ReviewService::maxRationaleLength)
        missing << tr("a shorter text (at most %L1 characters)").arg(ReviewService::maxRationaleLength);
    if (needs.evidence && m_evidence->checkedRefs().isEmpty())
        missing << tr("at least one ticked evidence item");
    return missing;
}

QStringList DecisionDialog::statementProblems() const
{
    return m_statement->problems();
}

QString DecisionDialog::statementKind() const
{
    const QString act = action();
    const QString outcome = decisionOutcome();
    if (act == u"ban" || outcome == u"banned")
        return u"ban"_s;
    if (act == u"reinstate" || outcome == u"reinstated")
        return u"reinstate"_s;
    return {};
}

void DecisionDialog::updateStatement()
{
    if (const QString error = m_statement->follow(statementKind(), m_policy->currentData().toString());
        !error.isEmpty())
        showError(error);
    const bool stating = !m_statement->kind().isEmpty();
    if (!stating)
        m_details->setCurrentIndex(0);
    m_details->setTabVisible(1, stating);
    m_details->tabBar()->setVisible(stating);
    const bool wrong = !m_statement->problems().isEmpty();
    m_details->setTabIcon(1, wrong ? style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this) : QIcon());
    updateTabShortcuts();
}

void DecisionDialog::updateTabShortcuts()
{
    const bool away = m_details->currentIndex() != 0;
    m_toRationale->setKey(QKeySequence::mnemonic(m_rationaleLabel->text()));
    m_toEvidence->setKey(QKeySequence::mnemonic(m_evidenceLabel->text()));
    m_toRationale->setEnabled(away);
    m_toEvidence->setEnabled(away);
}

void DecisionDialog::updateForm()
{
    updateStatement();
    // Whether a ban under the chosen policy is recorded as proposed (the service decides; a
    // failed lookup shows a plain ban, and the service still records what it must).
    auto waits = m_review.banNeedsApproval(m_record, m_policy->currentData().toString());
    m_banWaits = waits && *waits;

    const QString act = action();
    const bool reversing = act == u"reverse";
    const bool bans = act == u"ban" || (reversing && decisionOutcome() == u"banned");
    const bool proposing = bans && m_banWaits;
    const QString label = proposing ? actionLabel(u"propose-ban"_s) : actionLabel(act);
    const bool resolving = act == resolveConflict;
    const bool awaiting = m_record.state == u"awaiting-approval";
    m_sides->setVisible(resolving);
    m_form->setRowVisible(m_outcome, resolving);
    // Offered where it can be chosen: on a case in conflict, or once chosen.
    for (QAbstractButton *button : m_actionGroup->buttons()) {
        if (button->objectName() == resolveConflict)
            button->setVisible(resolving || m_record.state == u"conflict");
        else if (button->objectName() == u"ban")
            button->setText(actionLabel(m_banWaits ? u"propose-ban"_s : u"ban"_s));
        // The answers to a proposed ban, where one awaits them (or once chosen).
        else if (vocab::action(button->objectName()) == Action::Approve ||
                 vocab::action(button->objectName()) == Action::Reject ||
                 vocab::action(button->objectName()) == Action::Withdraw)
            button->setVisible(awaiting || button->isChecked());
        // The answers to a re-review, where one is due (or once chosen).
        else if (vocab::action(button->objectName()) == Action::Reaffirm)
            button->setVisible(m_rereview || button->isChecked());
        else if (vocab::action(button->objectName()) == Action::Reverse) {
            button->setVisible(m_rereview || button->isChecked());
            button->setText(!m_rereview ? actionLabel(u"reverse"_s)
                            : vocab::reversed(vocab::outcome(m_record.outcome)) == Outcome::Reinstated
                                ? tr("Reverse: reinstate")
                                : tr("Reverse: ban"));
        }
    }
    m_outcomeLabel->setBuddy(m_outcome->focusTarget());
    setWindowTitle(resolving ? tr("Resolve conflict on %1").arg(m_record.ref) : tr("Decide %1").arg(m_record.ref));
    m_policy->setEnabled(act == u"ban" || act == u"clear" || act == u"reinstate" || resolving || reversing);
    m_rationaleLabel->setText(act == u"annotate"   ? tr("&Note:")
                              : act == u"escalate" ? tr("&Rationale (optional):")
                                                   : tr("&Rationale:"));
    m_rationale->setAccessibleName(act == u"annotate" ? tr("Note") : tr("Rationale"));
    m_rationaleLabel->setAccessibleName(m_rationale->accessibleName());
    m_evidenceLabel->setText(needsEvidence() ? tr("&Evidence cited (at least one):")
                                             : tr("&Evidence cited (optional):"));
    m_evidenceLabel->setAccessibleName(tr("Evidence cited"));
    m_primary->setText(label);
    m_primary->setAccessibleName(tr("Submit: %1").arg(label));

    const QStringList gaps = missing();
    const bool ready = stateProblem().isEmpty() && gaps.isEmpty() && statementProblems().isEmpty();
    m_primary->setEnabled(ready);
    m_next->setEnabled(ready);
    m_hint->setText(hintText(label, gaps));
    // A hint of several lines (a reversal's outcome before "Ready") keeps its height: the details
    // above it give way rather than the words being cut.
    m_hint->setMinimumHeight(m_hint->heightForWidth(std::max(m_hint->width(), 400)));
}

QString DecisionDialog::hintText(const QString &label, const QStringList &gaps) const
{
    if (const QString problem = stateProblem(); !problem.isEmpty())
        return problem;
    QStringList sentences;
    if (!gaps.isEmpty())
        sentences << tr("%1 needs %2.").arg(label, QLocale().createSeparatedList(gaps));
    const QStringList wrong = statementProblems();
    if (!wrong.isEmpty())
        sentences << tr("Statement of reasons — %1").arg(wrong.join(u' '));
    const QString outcome = decisionOutcome();
    if (action() == u"reverse" && !outcome.isEmpty())
        sentences << (outcome == u"reinstated"
                          ? tr("Reversing %1 lifts the ban: the advertiser is reinstated, as by a reinstatement.")
                                .arg(m_record.ref)
                          : tr("Reversing %1 bans the advertiser: it needs what a ban needs.").arg(m_record.ref));
    if ((action() == u"ban" || (action() == u"reverse" && outcome == u"banned")) && m_banWaits)
        sentences << tr("A ban of this case needs a second reviewer: it is recorded as proposed, and the advertiser "
                        "is banned once another reviewer approves it.");
    if (gaps.isEmpty() && wrong.isEmpty())
        sentences << tr("Ready: %1 submits, %2 submits and opens the next case.")
                         .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText));
    // Not a reason to wait: an incomplete statement is recorded, and the DSA export names it.
    const QStringList lacks = m_statement->lacking();
    if (!lacks.isEmpty())
        sentences << tr("The statement of reasons lacks %1; it is recorded as it is, and the DSA export lists it as "
                        "incomplete.")
                         .arg(QLocale().createSeparatedList(lacks));
    return sentences.join(u' ');
}

void DecisionDialog::submit(bool next)
{
    if (!m_primary->isEnabled())
        return; // a shortcut pressed while the hint says what is missing
    const QString act = action();
    Command command;
    command.caseRef = m_record.ref;
    command.action = act;
    if (m_policy->isEnabled())
        command.policyCode = m_policy->currentData().toString();
    command.rationale = rationale();
    command.evidenceRefs = checkedEvidence();
    if (act == resolveConflict)
        command.outcome = m_outcome->outcome();
    command.expectedHeads = m_expectedHeads;
    command.statement = statementText();
    auto result = m_review.submit(command);
    if (result) {
        m_errorRow->hide();
        // Closed first, so that a window moving on to the next case may start() it again.
        accept();
        emit decided(*result, next);
        return;
    }
    const Error &error = result.error();
    showError(error.message);
    if (error.kind == ErrorKind::Conflict)
        emit conflict(m_record.ref); // the window reloads the case and calls refresh()
    else if (error.kind == ErrorKind::Unusable)
        warnUnusable(error.message);
}

void DecisionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_errorRow->show();
}

void DecisionDialog::warnUnusable(const QString &message)
{
    // Built by hand rather than through QMessageBox::warning(): the message names a file, and only
    // an instance can be told to show its text as plain text.
    QMessageBox box(QMessageBox::Warning, tr("Decision not saved"), QString(), QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("%1\n\nYour text is kept; try again.").arg(message));
    box.exec();
}

void DecisionDialog::reject()
{
    if (hasInput()) {
        QMessageBox box(QMessageBox::Question, tr("Discard the text?"), QString(), QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("Close without deciding and discard what you typed for %1?").arg(m_record.ref));
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

} // namespace adreview
