#pragma once

#include "domain/Domain.h"
#include "review/BulkDecision.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace adreview {

class ReviewService;
class StatementPage;

// One action for many cases: assign, escalate, annotate, clear or ban them with one rationale and
// one rule for the evidence each case cites ("every item of kind …", since the items differ from
// case to case). A ban's statement of reasons starts from the policy's defaults as the one-case
// dialog's does, reviewed once for the whole batch when one policy applies to all; with each case
// under its own policy, each records its policy's defaults. The form checks what it can see (a
// rationale, a rule for a ban's evidence); each case is checked on its own when the batch runs.
class BulkDialog : public QDialog {
    Q_OBJECT

public:
    struct Case {
        QString ref;
        QString policyCode;
    };

    BulkDialog(ReviewService &review, QList<Policy> policies, QWidget *parent = nullptr);

    // Prepares the form for the cases selected; action is one of actions().
    void start(const QList<Case> &cases, const QString &action);
    const QList<Case> &cases() const { return m_cases; }

    QString action() const;
    // What the batch does to each case: the command with no case, its evidence rule and statement.
    BulkRequest request() const;
    // What keeps the form from being submitted, one phrase each; empty when it can be.
    QStringList missing() const;

    static const QStringList &actions(); // ban, clear, escalate, annotate, assign

private:
    QWidget *buildActionRow();
    QWidget *buildEvidence();
    QString policy() const; // empty: each case's own
    void setAction(const QString &action);
    void updateForm();

    ReviewService &m_review;
    QList<Policy> m_policies;
    QList<Case> m_cases;

    QLabel *m_casesLine = nullptr;
    QLabel *m_refs = nullptr;
    QFormLayout *m_form = nullptr;
    QButtonGroup *m_actionGroup = nullptr;
    QLineEdit *m_assignee = nullptr;
    QComboBox *m_policy = nullptr;
    QLabel *m_rationaleLabel = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QWidget *m_evidenceBox = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    QCheckBox *m_everyItem = nullptr;
    QList<QCheckBox *> m_kinds; // objectName: the kind
    QTabWidget *m_details = nullptr;
    StatementPage *m_statement = nullptr;
    QLabel *m_statementNote = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_primary = nullptr;
};

} // namespace adreview
