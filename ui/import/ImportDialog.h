#pragma once

#include "import/ImportPlan.h"
#include "review/Identity.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace adreview {

class DatabaseJob;
class ImportFileModel;

// File → Import: case files (.json, .csv) checked first, then imported in the order listed, each
// whole or not at all. Checking and importing run on a thread of their own with their own
// connection (see DatabaseJob), so the dialog stays responsive and a running file can be cancelled.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(const QString &databasePath, const Identity &by, QWidget *parent = nullptr);
    ~ImportDialog() override; // stops the running work at its next progress report and waits for it

    // Test seam: the files "Add Files…" adds; empty: the user gave up. Default: a file dialog.
    using FileChooser = std::function<QStringList()>;
    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

    // Lists the files not listed yet, advertisers before cases before evidence, and checks them.
    void addFiles(const QStringList &paths);
    ImportFileModel *model() const { return m_model; }
    bool checking() const;
    bool importing() const { return m_importing; }
    QString summary() const;

    void startImport();
    void cancelImport();    // the running file is rolled back; later ones are not started
    void reject() override; // while importing it cancels instead: the dialog shows what became of each file

signals:
    // Files were written: the window reloads its queue, counts and case. policiesAdded: the policy
    // catalogue grew as well.
    void imported(bool policiesAdded);
    // The importer's progress on the file, reported on this dialog's thread.
    void progressed(const QString &path, int percent);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Outcome;
    using Cancel = std::shared_ptr<std::atomic<bool>>;
    void checkWaiting();
    void importDone(const Outcome &outcome);
    ImportProgress progressFor(const QString &path, bool importing);
    void showProgress(const QString &path, int percent);
    void showBusy(const QString &text);
    void post(std::function<void()> step);
    void updateButtons();
    void showDetails();
    void moveSelected(int by);
    void removeSelected();
    void chooseFiles();
    int selectedRow() const;

    QString m_databasePath;
    Identity m_by;
    FileChooser m_choose;
    ImportFileModel *m_model = nullptr;
    DatabaseJob *m_job = nullptr;
    Cancel m_cancel = std::make_shared<std::atomic<bool>>(false);  // the running import file
    Cancel m_closing = std::make_shared<std::atomic<bool>>(false); // any work: the dialog goes
    bool m_importing = false;

    QLabel *m_hint = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_busyText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace adreview
