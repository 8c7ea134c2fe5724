#include "decision/OutcomeChoice.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace adreview {

const QStringList &OutcomeChoice::outcomes()
{
    static const QStringList list{u"banned"_s, u"cleared"_s, u"reinstated"_s};
    return list;
}

OutcomeChoice::OutcomeChoice(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    setAccessibleName(tr("Outcome"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    const QStringList texts{tr("&Banned"), tr("C&leared"), tr("Reins&tated")};
    const QStringList names{tr("Outcome: banned"), tr("Outcome: cleared"), tr("Outcome: reinstated")};
    for (qsizetype i = 0; i < outcomes().size(); ++i) {
        auto *button = new QRadioButton(texts[i], this);
        button->setObjectName(outcomes()[i]);
        button->setAccessibleName(names[i]);
        m_group->addButton(button);
        row->addWidget(button);
    }
    row->addStretch(1);
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            emit outcomeChanged(outcome());
    });
}

QString OutcomeChoice::outcome() const
{
    const QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked->objectName() : QString();
}

void OutcomeChoice::setOutcome(const QString &outcome)
{
    for (QAbstractButton *button : m_group->buttons()) {
        if (button->objectName() == outcome)
            button->setChecked(true);
    }
}

void OutcomeChoice::clearChoice()
{
    // An exclusive group keeps one button checked; it lets go only while not exclusive.
    m_group->setExclusive(false);
    for (QAbstractButton *button : m_group->buttons()) {
        button->setChecked(false);
        button->setFocusPolicy(Qt::StrongFocus); // a focused button had taken the others off the Tab chain
    }
    m_group->setExclusive(true);
    emit outcomeChanged(QString());
}

QWidget *OutcomeChoice::focusTarget() const
{
    QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked : m_group->buttons().value(0);
}

} // namespace adreview
