#pragma once

#include "domain/Domain.h"

#include <QObject>
#include <QPointer>

#include "decision/DecisionDialog.h"

class QWidget;

namespace adreview {

class CasePane;
class DecisionDialog;
class ReviewService;

// Carries one decision from the shortcut or button to the database and back: opens the dialog
// on the case shown, reloads the case after a conflict (keeping what was typed), and tells the
// window when the queue must be re-read.
class DecisionFlow : public QObject {
    Q_OBJECT

public:
    DecisionFlow(ReviewService &review, QList<Policy> policies, CasePane *pane, QWidget *window);

    // "ban", "clear", "reinstate", "escalate", "annotate" or "resolve-conflict"
    void start(const QString &action);
    void assignToMe();
    DecisionDialog *dialog() const { return m_dialog; }
    // True while a decision dialog is open; the window must not swap the database under it.
    bool busy() const { return m_dialog && m_dialog->isVisible(); }
    // Closes an open dialog the way its Cancel does (asking before dropping typed text);
    // false when the reviewer chose to keep editing.
    bool finish();

signals:
    // A decision was committed; next asks the window to move on to the following case. `done`
    // holds the case as it stands now.
    void decided(const ReviewService::Submitted &done, bool next);
    // The case changed under the reviewer (a conflict): the window reads it again.
    void committed(const QString &caseRef, bool next);

private:
    void showError(const QString &title, const QString &message);

    ReviewService &m_review;
    QList<Policy> m_policies;
    CasePane *m_pane;
    QWidget *m_window;
    QPointer<DecisionDialog> m_dialog;
};

} // namespace adreview
