#pragma once

#include "review/Identity.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QMainWindow;

namespace adreview {

class ImportDialog;
class SyncControl;

// File → Import and files dropped on the window: case files (.json, .csv) open the Import dialog,
// sync bundles (.adrbundle) start a sync import. A drag of anything else shows the refusal cursor
// and says why in the status bar.
class ImportControl : public QObject {
    Q_OBJECT

public:
    ImportControl(QMainWindow *window, SyncControl *sync);

    // The database files are imported into, and who imports them; set again whenever the window
    // opens another database or its reviewer changes.
    void setDatabase(const QString &path, const Identity &by);

    // Test seam: the files File → Import and "Add Files…" take; empty: the user gave up. Default: a
    // file dialog.
    using FileChooser = std::function<QStringList()>;
    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

    void chooseFiles();                  // File → Import…
    void open(const QStringList &files); // the Import dialog with these files
    ImportDialog *dialog() const;        // the open one, if any

signals:
    // Files were imported: the window reloads its queue, counts and case. policiesAdded: the policy
    // catalogue grew too.
    void imported(bool policiesAdded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList askFiles();

    QMainWindow *m_window;
    SyncControl *m_sync;
    QString m_databasePath;
    Identity m_by;
    FileChooser m_choose;
    QPointer<ImportDialog> m_dialog;
};

} // namespace adreview
