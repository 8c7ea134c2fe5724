// How the decision form is laid out: the row of actions, the tabs of the rationale, evidence and
// statement of reasons, the error row and the buttons, with the keys that submit and the order
// the focus takes through it all. What the form does with its input is in DecisionDialog.cpp.
#include "decision/DecisionDialog.h"

#include "case/ConflictSidesView.h"
#include "decision/EvidencePicker.h"
#include "decision/OutcomeChoice.h"
#include "decision/StatementForm.h"
#include "decision/StatementPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

QWidget *DecisionDialog::buildActionRow()
{
    auto *actionRow = new QWidget(this);
    actionRow->setObjectName(u"actions"_s);
    actionRow->setAccessibleName(tr("Action"));
    auto *row = new QHBoxLayout(actionRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0); // a segmented control: one row of touching toggle buttons
    m_actionGroup = new QButtonGroup(this);
    m_actionGroup->setExclusive(true);
    for (const QString &action : actions()) {
        auto *button = new QPushButton(actionLabel(action), actionRow);
        button->setObjectName(action);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setAccessibleName(tr("Action: %1").arg(actionLabel(action)));
        button->setAccessibleDescription(actionDescription(action));
        button->setToolTip(actionDescription(action));
        m_actionGroup->addButton(button);
        row->addWidget(button);
    }
    row->addStretch(1);
    connect(m_actionGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            setAction(action());
    });
    return actionRow;
}

QWidget *DecisionDialog::buildDetails()
{
    // The text and the evidence get the dialog's full width, under their labels: the evidence
    // list has six columns to show. The statement of reasons, a form of its own, takes the same
    // room on a second tab rather than squeezing them.
    m_details = new QTabWidget(this);
    m_details->setObjectName(u"details"_s);
    m_details->setDocumentMode(true);
    // Its tab bar takes the focus, at its own place in the chain. (A focus policy set on the tab
    // widget is set on its proxy, the tab bar, too: hence the second line.)
    m_details->setFocusPolicy(Qt::NoFocus);
    m_details->tabBar()->setFocusPolicy(Qt::TabFocus);
    m_details->tabBar()->setObjectName(u"detailTabs"_s);
    m_details->tabBar()->setAccessibleName(tr("Parts of the decision"));
    auto *reasons = new QWidget(m_details);
    auto *column = new QVBoxLayout(reasons);
    column->setContentsMargins(0, column->spacing(), 0, 0);
    column->addWidget(m_rationaleLabel);
    column->addWidget(m_rationale, 2);
    column->addWidget(m_evidenceLabel);
    column->addWidget(m_evidence, 3);
    m_details->addTab(reasons, tr("Rationale and evidence"));
    m_details->setTabToolTip(0, tr("Why the decision is made, and the evidence it cites"));

    m_statement = new StatementPage(m_review, m_details);
    m_details->addTab(m_statement, tr("&Statement of reasons (DSA)"));
    m_details->setTabToolTip(1, tr("What the EU's Digital Services Act has the advertiser told, and the "
                                   "Transparency Database published"));

    // The rationale's and the evidence's Alt+letter work from the statement's tab too.
    const auto reach = [this](QWidget *target) {
        auto *shortcut = new QShortcut(this);
        connect(shortcut, &QShortcut::activated, this, [this, target] {
            m_details->setCurrentIndex(0);
            target->setFocus(Qt::ShortcutFocusReason);
        });
        return shortcut;
    };
    m_toRationale = reach(m_rationale);
    m_toEvidence = reach(m_evidence);
    connect(m_details, &QTabWidget::currentChanged, this, &DecisionDialog::updateTabShortcuts);
    return m_details;
}

QWidget *DecisionDialog::buildErrorRow()
{
    m_errorRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_errorRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(m_errorRow);
    icon->setTextFormat(Qt::PlainText); // as every label here: nothing shown is read as markup
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAccessibleName(tr("Warning"));
    m_error = new QLabel(m_errorRow);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"error"_s);
    m_error->setAccessibleName(tr("Error"));
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_error, 1);
    m_errorRow->hide();
    return m_errorRow;
}

QLayout *DecisionDialog::buildButtons()
{
    // No default button: a plain Return (in the evidence list, on the policy) must never write a
    // decision; Ctrl+Return does.
    m_primary = new QPushButton(this);
    m_next = new QPushButton(tr("Decide && next"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_primary->setObjectName(u"primary"_s);
    m_next->setObjectName(u"next"_s);
    m_cancel->setObjectName(u"cancel"_s);
    m_next->setAccessibleName(tr("Decide and open the next case"));
    m_cancel->setAccessibleName(tr("Cancel"));
    const auto native = [](QKeySequence keys) { return keys.toString(QKeySequence::NativeText); };
    m_primary->setToolTip(native(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    m_next->setToolTip(native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)));
    m_cancel->setToolTip(native(QKeySequence(Qt::Key_Escape)));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *button : {m_cancel, m_next, m_primary}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    connect(m_primary, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_next, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_cancel, &QPushButton::clicked, this, &DecisionDialog::reject);
    return buttons;
}

void DecisionDialog::setUpKeyboard()
{
    const auto bind = [this](QKeyCombination keys, bool next) {
        connect(new QShortcut(QKeySequence(keys), this), &QShortcut::activated, this, [this, next] { submit(next); });
    };
    bind(Qt::CTRL | Qt::Key_Return, false);
    bind(Qt::CTRL | Qt::Key_Enter, false);
    bind(Qt::CTRL | Qt::SHIFT | Qt::Key_Return, true);
    bind(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter, true);
    chainFocus();
}

void DecisionDialog::chainFocus()
{
    // In reading order: the sides in conflict, the action, the outcome, then the form.
    QList<QWidget *> chain = m_sides->focusOrder();
    for (QAbstractButton *button : m_actionGroup->buttons())
        chain << button;
    for (QWidget *radio : m_outcome->findChildren<QAbstractButton *>())
        chain << radio;
    chain << m_policy << m_details->tabBar() << m_rationale << m_evidence << m_statement->form()->focusOrder();
    chain << m_primary << m_next << m_cancel;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

} // namespace adreview
