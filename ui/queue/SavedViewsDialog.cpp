#include "queue/SavedViewsDialog.h"

#include "queue/ViewNameDialog.h"
#include "widgets/DisplayText.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int originalRole = Qt::UserRole + 1; // the view's index in the list the dialog was given

} // namespace

SavedViewsDialog::SavedViewsDialog(const SavedViews &views, std::function<QString(const SavedView &)> describe,
                                   QWidget *parent)
    : QDialog(parent), m_original(views)
{
    setWindowTitle(tr("Manage Saved Views"));
    auto *label = new QLabel(tr("Saved &views, in the order of the View menu and the tabs:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"views"_s);
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setAccessibleDescription(tr("F2 renames, Delete deletes, Alt+Up and Alt+Down move, or drag"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    label->setBuddy(m_list);
    for (int i = 0; i < views.size(); ++i) {
        auto *item = new QListWidgetItem(views.at(i).name, m_list);
        item->setData(originalRole, i);
        item->setToolTip(describe ? DisplayText::toolTip(describe(views.at(i))) : QString());
    }
    m_list->setCurrentRow(0);

    m_rename = new QPushButton(tr("&Rename…"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_delete = new QPushButton(tr("De&lete"), this);
    m_rename->setObjectName(u"rename"_s);
    m_up->setObjectName(u"moveUp"_s);
    m_down->setObjectName(u"moveDown"_s);
    m_delete->setObjectName(u"delete"_s);
    connect(m_rename, &QPushButton::clicked, this, &SavedViewsDialog::renameCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_delete, &QPushButton::clicked, this, &SavedViewsDialog::deleteCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SavedViewsDialog::renameCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedViewsDialog::updateButtons);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &SavedViewsDialog::updateButtons);
    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, m_list, slot);
        s->setContext(Qt::WidgetShortcut);
    };
    shortcut(QKeySequence(Qt::Key_F2), [this] { renameCurrent(); });
    shortcut(QKeySequence::Delete, [this] { deleteCurrent(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_rename, m_up, m_down, m_delete}) {
        b->setAutoDefault(false); // Enter keeps the changes, whichever button was used last
        side->addWidget(b);
    }
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(480, 340);
    updateButtons();
}

SavedViews SavedViewsDialog::views() const
{
    SavedViews out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        SavedView view = m_original.at(item->data(originalRole).toInt());
        view.name = item->text();
        out.put(view);
    }
    return out;
}

QList<int> SavedViewsDialog::origins() const
{
    QList<int> out;
    for (int row = 0; row < m_list->count(); ++row)
        out << m_list->item(row)->data(originalRole).toInt();
    return out;
}

void SavedViewsDialog::renameCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    ViewNameDialog ask(views(), ViewNameDialog::Purpose::Rename, m_list->item(row)->text(), row, this);
    if (ask.exec() == QDialog::Accepted)
        m_list->item(row)->setText(ask.name());
}

void SavedViewsDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void SavedViewsDialog::deleteCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    updateButtons();
}

void SavedViewsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_rename->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace adreview
