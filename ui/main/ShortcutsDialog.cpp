#include "main/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setAccessibleName(tr("Shortcuts"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Command"), tr("Keys")});
    for (QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(list, {a->text().remove(u'&').remove(u"…"_s), keys.join(tr("  or  "))});
        item->setToolTip(0, a->statusTip());
    }
    new QTreeWidgetItem(list, {tr("Show a saved view (the first nine)"), tr("Ctrl+1 … Ctrl+9")});
    new QTreeWidgetItem(list, {tr("Move in the queue"), tr("Up / Down arrows")});
    new QTreeWidgetItem(list, {tr("Submit a decision"), tr("Ctrl+Enter")});
    new QTreeWidgetItem(list, {tr("Decide and move to the next case"), tr("Ctrl+Shift+Enter")});
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(520, 460);
}

} // namespace adreview
