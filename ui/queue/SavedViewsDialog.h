#pragma once

#include "queue/SavedViews.h"

#include <QDialog>

#include <functional>

class QListWidget;
class QPushButton;

namespace adreview {

// View → Manage Saved Views…: rename, reorder (buttons, Alt+Up/Down or drag) and delete the saved
// views. The changes are made to a copy, kept with OK and dropped with Cancel.
class SavedViewsDialog : public QDialog {
    Q_OBJECT

public:
    // `describe` gives a view's tooltip: what it lists.
    SavedViewsDialog(const SavedViews &views, std::function<QString(const SavedView &)> describe,
                     QWidget *parent = nullptr);
    SavedViews views() const;   // as the list stands
    QList<int> origins() const; // each row's index in the views the dialog was given
    QListWidget *list() const { return m_list; }

    void renameCurrent();
    void moveCurrent(int delta);
    void deleteCurrent();

private:
    void updateButtons();

    SavedViews m_original;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
};

} // namespace adreview
