#include "import/ImportControl.h"

#include "import/FileDrop.h"
#include "import/ImportDialog.h"
#include "sync/SyncControl.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int messageMs = 8000;

} // namespace

ImportControl::ImportControl(QMainWindow *window, SyncControl *sync) : QObject(window), m_window(window), m_sync(sync)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

void ImportControl::setDatabase(const QString &path, const Identity &by)
{
    m_databasePath = path;
    m_by = by;
}

ImportDialog *ImportControl::dialog() const
{
    return m_dialog;
}

QStringList ImportControl::askFiles()
{
    if (m_choose)
        return m_choose();
    return QFileDialog::getOpenFileNames(m_window, tr("Import Case Files"), {}, tr("Case files (*.json *.csv)"));
}

void ImportControl::chooseFiles()
{
    if (m_dialog)
        return m_dialog->raise();
    const QStringList files = askFiles();
    if (!files.isEmpty())
        open(files);
}

void ImportControl::open(const QStringList &files)
{
    if (!m_dialog) {
        // Window-modal: an import holds the database's write lock, so decisions would only wait.
        m_dialog = new ImportDialog(m_databasePath, m_by, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setFileChooser([this] { return askFiles(); });
        connect(m_dialog, &ImportDialog::imported, this, &ImportControl::imported);
        m_dialog->open();
    }
    m_dialog->addFiles(files);
}

bool ImportControl::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const FileDrop drop = FileDrop::of(drag->mimeData());
        if (drop.accepted()) {
            drag->acceptProposedAction();
        } else {
            drag->ignore(); // the refusal cursor
            if (event->type() == QEvent::DragEnter)
                m_window->statusBar()->showMessage(drop.refusal, messageMs);
        }
        return true;
    }
    case QEvent::Drop: {
        auto *dropEvent = static_cast<QDropEvent *>(event);
        const FileDrop drop = FileDrop::of(dropEvent->mimeData());
        if (!drop.accepted()) {
            dropEvent->ignore();
            m_window->statusBar()->showMessage(drop.refusal, messageMs);
            return true;
        }
        dropEvent->acceptProposedAction();
        if (drop.bundles.isEmpty()) {
            open(drop.caseFiles);
        } else if (m_sync->running()) {
            m_window->statusBar()->showMessage(tr("A sync is running; drop the bundles again when it is done."),
                                               messageMs);
        } else {
            m_sync->importBundles(m_databasePath, drop.bundles);
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace adreview
