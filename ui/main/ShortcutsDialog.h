#pragma once

#include <QDialog>

class QAction;

namespace adreview {

// Every action of the window with its keys (F1 or ?).
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace adreview
