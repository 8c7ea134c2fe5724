#pragma once

#include "domain/Domain.h"
#include "review/ReviewService.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QTabWidget;

namespace adreview {

struct CaseStanding;

class ConflictSidesView;
class EvidencePicker;
class OutcomeChoice;
class StatementPage;

// Bans, clears, reinstates, escalates or annotates one case, or resolves its conflict (showing the
// decisions in conflict and asking for the outcome that stands). A ban or a reinstatement (and a
// resolution to either) also carries its statement of reasons under the DSA, on a tab of its own:
// a ban's starts from its policy's defaults. The form enables its buttons only when it satisfies
// the rules it can see; ReviewService stays the authority, and whatever it refuses is shown here
// without losing what the reviewer typed.
class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    DecisionDialog(ReviewService &review, QList<Policy> policies, QWidget *parent = nullptr);

    // Prepares the form for a case; action is one of actions(). The case's events show what a
    // resolution settles.
    void start(const CaseRecord &record, const QList<Evidence> &evidence, const QString &action,
               const QList<Event> &events = {});
    // After a conflict: new case state, typed input kept.
    void refresh(const CaseRecord &record, const QList<Evidence> &evidence, const QList<Event> &events = {});

    QString action() const;
    QString outcome() const; // the outcome a resolution sets; empty until chosen
    QString rationale() const;
    QStringList checkedEvidence() const;
    // The statement of reasons a submit records (canonical text; empty when none).
    QString statementText() const;
    // Whether the reviewer typed or changed anything that closing would lose.
    bool hasInput() const;

    // What keeps the form from being submitted, one phrase each; empty when it can be.
    QStringList missing() const;
    // What keeps the statement of reasons from being recorded, a sentence each.
    QStringList statementProblems() const;

    static const QStringList &actions();                     // in the order of the action row
    static QString actionLabel(const QString &action);       // "Ban", "Clear", ...
    static QString actionDescription(const QString &action); // what choosing it does

public slots:
    void reject() override;

signals:
    void decided(const ReviewService::Submitted &done, bool next);
    void conflict(const QString &caseRef);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildActionRow();
    QWidget *buildErrorRow();
    QWidget *buildDetails();
    QLayout *buildButtons();
    void setUpKeyboard();
    void chainFocus();
    void setAction(const QString &action);
    void markChosenAction();
    void showCase();
    void updateForm();
    QString statementKind() const; // "ban", "reinstate", or empty when the action states no reasons
    void updateStatement();
    void updateTabShortcuts();
    QString hintText(const QString &label, const QStringList &gaps) const;
    CaseStanding standing() const; // the case as the rules see it
    void readContested();          // for an appeal, the decision it contests
    QString stateProblem() const;
    bool needsEvidence() const;
    // The outcome the chosen action sets when it carries one: a resolution's as chosen, a
    // reversal's the opposite of the case's; empty otherwise.
    QString decisionOutcome() const;
    void submit(bool next);
    void showError(const QString &message);
    void warnUnusable(const QString &message);

    ReviewService &m_review;
    QList<Policy> m_policies;
    CaseRecord m_record;
    std::optional<ContestedDecision> m_contested;
    std::optional<CaseFold::State::Proposal> m_proposal; // a ban awaiting approval
    bool m_banWaits = false;                             // a ban of this case is recorded as proposed
    bool m_rereview = false;                             // decided on evidence revised since
    QStringList m_expectedHeads;

    QLabel *m_caseLine = nullptr;
    ConflictSidesView *m_sides = nullptr;
    QFormLayout *m_form = nullptr;
    OutcomeChoice *m_outcome = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QLabel *m_actionLabel = nullptr;
    QButtonGroup *m_actionGroup = nullptr;
    QComboBox *m_policy = nullptr;
    QLabel *m_rationaleLabel = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    EvidencePicker *m_evidence = nullptr;
    QTabWidget *m_details = nullptr; // the rationale and evidence, and the statement of reasons
    StatementPage *m_statement = nullptr;
    QShortcut *m_toRationale = nullptr; // the labels' Alt+letter, from the statement's tab
    QShortcut *m_toEvidence = nullptr;
    QWidget *m_errorRow = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_primary = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace adreview
