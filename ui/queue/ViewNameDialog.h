#pragma once

#include "queue/SavedViews.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace adreview {

// Asks a saved view's name. Saving, a name already used is allowed (the caller asks whether to
// replace that view); renaming, it is refused in place, with the reason under the box.
class ViewNameDialog : public QDialog {
    Q_OBJECT

public:
    enum class Purpose { Save, Rename };

    // `self`: the view being renamed, whose own name is not "taken".
    ViewNameDialog(const SavedViews &views, Purpose purpose, const QString &name, int self = -1,
                   QWidget *parent = nullptr);
    QString name() const; // trimmed
    QLineEdit *nameBox() const { return m_name; }
    QString hint() const;

private:
    void check();

    SavedViews m_views;
    Purpose m_purpose;
    int m_self;
    QLineEdit *m_name;
    QLabel *m_hint;
    QPushButton *m_ok;
};

} // namespace adreview
