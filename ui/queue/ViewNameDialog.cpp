#include "queue/ViewNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

ViewNameDialog::ViewNameDialog(const SavedViews &views, Purpose purpose, const QString &name, int self, QWidget *parent)
    : QDialog(parent), m_views(views), m_purpose(purpose), m_self(self)
{
    setWindowTitle(purpose == Purpose::Save ? tr("Save Current View") : tr("Rename Saved View"));
    auto *label = new QLabel(tr("&Name:"), this);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(u"viewName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setAccessibleDescription(tr("The name the view has in the View menu and on its tab"));
    m_name->setMaxLength(80);
    m_name->selectAll();
    label->setBuddy(m_name);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setTextFormat(Qt::PlainText); // it quotes a name the user typed
    m_hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(purpose == Purpose::Save ? tr("Save") : tr("Rename"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ViewNameDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    check();
}

QString ViewNameDialog::name() const
{
    return m_name->text().trimmed();
}

QString ViewNameDialog::hint() const
{
    return m_hint->text();
}

void ViewNameDialog::check()
{
    QString hint;
    bool ok = true;
    switch (m_views.check(m_name->text(), m_self)) {
    case SavedViews::NameProblem::Empty:
        ok = false;
        break;
    case SavedViews::NameProblem::Taken:
        if (m_purpose == Purpose::Rename) {
            ok = false;
            hint = tr("Another saved view is named “%1”.").arg(m_views.at(m_views.indexOf(name())).name);
        } else {
            hint = tr("A saved view is named “%1”: saving replaces it.").arg(m_views.at(m_views.indexOf(name())).name);
        }
        break;
    case SavedViews::NameProblem::None:
        break;
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_ok->setEnabled(ok);
}

} // namespace adreview
