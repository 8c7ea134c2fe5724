#pragma once

#include "queue/SavedViews.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QMessageBox;
class QWidget;

namespace adreview {

class Settings;

// The saved views behind the View menu: kept in settings, listed at the end of the menu (the first
// nine on Ctrl+1 … Ctrl+9, the one shown checked), saved under a name the user gives and managed
// in their dialog. Showing a view is the window's: chosen() names the one picked.
class SavedViewsControl : public QObject {
    Q_OBJECT

public:
    SavedViewsControl(QWidget *window, Settings &settings, QMenu *menu);

    const SavedViews &views() const { return m_views; }
    // Checks the view shown in the menu (-1: none).
    void setCurrent(int index);
    int current() const { return m_current; }
    // Asks a name and keeps `view` under it (replacing a view of that name, if the user agrees);
    // its index, or -1 when the user cancelled.
    int saveAs(const SavedView &view);
    void manage(); // the Manage Saved Views dialog
    QList<QAction *> menuActions() const { return m_viewActions; }
    QMessageBox *replaceBox() const { return m_replaceBox; } // while it asks

    // What a view lists, in words: its tab, filters, search and sort (tooltips, the manage dialog).
    static QString describe(const SavedView &view);

    static constexpr int maxShortcuts = 9;

signals:
    void chosen(int index);
    void changed(); // views added, replaced, renamed, moved or deleted

private:
    void store();
    void fillMenu();

    QWidget *m_window;
    Settings &m_settings;
    QMenu *m_menu;
    SavedViews m_views;
    int m_current = -1;
    QActionGroup *m_group;
    QList<QAction *> m_viewActions;
    QPointer<QMessageBox> m_replaceBox;
};

} // namespace adreview
