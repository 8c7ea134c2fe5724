#include "decision/StatementPage.h"

#include "decision/StatementForm.h"
#include "review/ReviewService.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace adreview {

StatementPage::StatementPage(ReviewService &review, QWidget *parent) : QScrollArea(parent), m_review(review)
{
    setObjectName(u"statementScroll"_s);
    setAccessibleName(tr("Statement of reasons"));
    setFocusPolicy(Qt::NoFocus); // Tab goes through its fields
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    m_form = new StatementForm;
    m_form->setObjectName(u"statement"_s);
    setWidget(m_form);
    connect(m_form, &StatementForm::changed, this, &StatementPage::changed);
    // A field reached by Tab or by its Alt+letter scrolls into view.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_form->isAncestorOf(now))
            ensureWidgetVisible(now);
    });
}

void StatementPage::restart()
{
    m_drafts.clear();
    m_stale = true;
    m_form->setDecidedOn(m_review.today());
}

QString StatementPage::follow(const QString &kind, const QString &policy)
{
    if (!m_stale && kind == m_kind) {
        if (kind == u"ban" && policy != m_policy && !m_form->isEdited())
            return load(policy);
        return {};
    }
    if (!m_stale && !m_kind.isEmpty() && m_form->isEdited())
        m_drafts.insert(m_kind, m_form->decision());
    m_stale = false;
    m_kind = kind;
    if (m_drafts.contains(kind)) {
        const QSignalBlocker block(m_form); // the caller shows the change
        m_form->load(m_drafts.take(kind), true);
        return {};
    }
    return kind.isEmpty() ? QString() : load(policy);
}

QString StatementPage::load(const QString &policy)
{
    dsa::Decision start;
    QString error;
    if (m_kind == u"ban") {
        m_policy = policy;
        auto defaults = m_review.statementDefaults(policy);
        if (!defaults)
            error = tr("The policy's statement of reasons could not be read: %1").arg(defaults.error().message);
        else if (*defaults)
            start = dsa::Decision::from(**defaults);
    }
    const QSignalBlocker block(m_form); // the caller shows the change
    m_form->load(start);
    return error;
}

QString StatementPage::text() const
{
    return m_kind.isEmpty() ? QString() : m_form->decision().toText();
}

bool StatementPage::isEdited() const
{
    return !m_kind.isEmpty() && m_form->isEdited();
}

QStringList StatementPage::problems() const
{
    return m_kind.isEmpty() ? QStringList() : m_form->problems();
}

QStringList StatementPage::lacking() const
{
    // A reinstatement left without a statement records none: nothing to note.
    if (m_kind.isEmpty() || (m_kind == u"reinstate" && m_form->decision().isEmpty()))
        return {};
    return m_form->missing();
}

} // namespace adreview
