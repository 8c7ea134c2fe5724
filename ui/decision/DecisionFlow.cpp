#include "decision/DecisionFlow.h"

#include "case/CasePane.h"
#include "decision/DecisionDialog.h"
#include "review/ReviewService.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace adreview {

DecisionFlow::DecisionFlow(ReviewService &review, QList<Policy> policies, CasePane *pane, QWidget *window)
    : QObject(window), m_review(review), m_policies(std::move(policies)), m_pane(pane), m_window(window)
{}

void DecisionFlow::start(const QString &action)
{
    if (m_pane->caseRef().isEmpty())
        return;
    if (!m_dialog) {
        m_dialog = new DecisionDialog(m_review, m_policies, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &DecisionDialog::decided, this,
                [this](const ReviewService::Submitted &done, bool next) { emit decided(done, next); });
        connect(m_dialog, &DecisionDialog::conflict, this, [this](const QString &ref) {
            // Show the reviewer what changed; their text stays in the dialog.
            if (auto shown = m_pane->showCase(ref); shown && m_dialog)
                m_dialog->refresh(m_pane->record(), m_pane->evidence(), m_pane->events());
            emit committed(ref, false);
        });
        // The keyboard goes back to the window as the dialog leaves, its single-letter shortcuts
        // with it (J for the next case), whatever the window system does.
        connect(m_dialog, &QDialog::finished, m_window, [window = m_window] { window->activateWindow(); });
    }
    // A dialog already holding typed text is brought back as it is, never reset under the
    // reviewer's hands; they can switch the action inside it.
    const bool typing = m_dialog->isVisible() && m_dialog->hasInput();
    if (!typing)
        m_dialog->start(m_pane->record(), m_pane->evidence(), action, m_pane->events());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

bool DecisionFlow::finish()
{
    if (!busy())
        return true;
    m_dialog->reject();
    return !busy();
}

void DecisionFlow::assignToMe()
{
    const QString ref = m_pane->caseRef();
    if (ref.isEmpty())
        return;
    Command c;
    c.caseRef = ref;
    c.action = u"assign"_s;
    c.assignee = m_review.identity().reviewer;
    c.expectedHeads = m_pane->record().heads;
    auto done = m_review.submit(c);
    if (!done) {
        showError(tr("Could not assign %1").arg(ref), done.error().message);
        if (done.error().kind == ErrorKind::Conflict)
            emit committed(ref, false);
        return;
    }
    emit decided(*done, false);
}

void DecisionFlow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace adreview
