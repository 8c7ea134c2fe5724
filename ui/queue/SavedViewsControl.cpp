#include "queue/SavedViewsControl.h"

#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "queue/QueueText.h"
#include "queue/SavedViewsDialog.h"
#include "queue/ViewNameDialog.h"
#include "review/Settings.h"
#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace adreview {

SavedViewsControl::SavedViewsControl(QWidget *window, Settings &settings, QMenu *menu)
    : QObject(window), m_window(window), m_settings(settings), m_menu(menu),
      m_views(SavedViews::fromVariant(settings.value(Settings::Key::SavedViews))), m_group(new QActionGroup(this))
{
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    fillMenu();
}

void SavedViewsControl::setCurrent(int index)
{
    m_current = index >= 0 && index < m_views.size() ? index : -1;
    for (int i = 0; i < m_viewActions.size(); ++i)
        m_viewActions[i]->setChecked(i == m_current);
}

int SavedViewsControl::saveAs(const SavedView &view)
{
    // The name of the view shown, if any, is offered: saving changes to it is the common case.
    ViewNameDialog ask(m_views, ViewNameDialog::Purpose::Save, m_current >= 0 ? m_views.at(m_current).name : QString(),
                       -1, m_window);
    if (ask.exec() != QDialog::Accepted)
        return -1;
    const int existing = m_views.indexOf(ask.name());
    if (existing >= 0) {
        QMessageBox box(QMessageBox::Question, tr("Save Current View"),
                        tr("Replace the saved view “%1”?").arg(m_views.at(existing).name), QMessageBox::NoButton,
                        m_window);
        box.setTextFormat(Qt::PlainText); // the name is the user's
        box.setInformativeText(tr("It will list what the queue lists now, in its place in the menu."));
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
        replace->setObjectName(u"replace"_s);
        box.addButton(QMessageBox::Cancel)->setObjectName(u"cancel"_s);
        box.setDefaultButton(replace);
        m_replaceBox = &box;
        box.exec();
        if (box.clickedButton() != replace)
            return -1;
    }
    SavedView named = view;
    named.name = existing >= 0 ? m_views.at(existing).name : ask.name();
    const int index = m_views.put(named);
    store();
    setCurrent(index);
    return index;
}

void SavedViewsControl::manage()
{
    SavedViewsDialog dialog(m_views, &SavedViewsControl::describe, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.views() == m_views)
        return;
    // The view shown stays checked under its new name and place; a deleted one is no longer shown.
    m_current = int(dialog.origins().indexOf(m_current));
    m_views = dialog.views();
    store();
}

void SavedViewsControl::store()
{
    m_settings.setValue(Settings::Key::SavedViews, m_views.toVariant());
    fillMenu();
    emit changed();
}

void SavedViewsControl::fillMenu()
{
    qDeleteAll(m_viewActions); // also takes their shortcuts off the window
    m_viewActions.clear();
    if (m_views.isEmpty()) {
        auto *none = new QAction(tr("No saved views"), this);
        none->setEnabled(false);
        none->setStatusTip(tr("Save Current View… keeps what the queue lists under a name, listed here"));
        m_viewActions << none;
        m_menu->addAction(none);
        return;
    }
    for (int i = 0; i < m_views.size(); ++i) {
        QString text = m_views.at(i).name;
        text.replace(u'&', u"&&"_s); // a name's ampersand is not a mnemonic
        auto *a = new QAction(text, this);
        a->setCheckable(true);
        a->setChecked(i == m_current);
        a->setActionGroup(m_group);
        a->setStatusTip(describe(m_views.at(i)));
        a->setToolTip(DisplayText::toolTip(a->statusTip())); // a status tip is plain text, a tooltip not
        if (i < maxShortcuts) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            a->setShortcutContext(Qt::WindowShortcut);
        }
        // Triggered checks the entry by itself; the window says which view is shown.
        connect(a, &QAction::triggered, this, [this, i] {
            setCurrent(m_current);
            emit chosen(i);
        });
        m_window->addAction(a); // its shortcut works with the menu closed
        m_menu->addAction(a);
        m_viewActions << a;
    }
}

QString SavedViewsControl::describe(const SavedView &view)
{
    const QueueFilter &f = view.filter;
    QStringList parts{FilterBar::tabTitle(f.tab)};
    if (!f.policyCode.isEmpty())
        parts << tr("policy %1").arg(f.policyCode);
    if (!f.priority.isEmpty())
        parts << tr("priority %1").arg(VocabularyText::priority(f.priority));
    if (f.assignee == QueueFilter::unassigned())
        parts << tr("unassigned");
    else if (!f.assignee.isEmpty())
        parts << tr("assigned to %1").arg(f.assignee);
    if (!f.source.isEmpty())
        parts << tr("source %1").arg(VocabularyText::source(f.source));
    if (!f.search.isEmpty())
        parts << (f.bestMatch ? tr("search “%1”, best match first") : tr("search “%1”")).arg(f.search);
    if (!f.bestMatch || f.search.isEmpty()) {
        const QString column = QueueText().header(view.sortColumn);
        parts << (view.sortOrder == Qt::AscendingOrder ? tr("sorted by %1, ascending") : tr("sorted by %1, descending"))
                     .arg(column);
    }
    return parts.join(u" · "_s);
}

} // namespace adreview
