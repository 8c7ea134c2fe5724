#pragma once

#include "review/Identity.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMainWindow;
class QProgressBar;

namespace adreview {

class Database;
class DatabaseJob;

// File → Sync: writes this database's events into a bundle for another laptop, and merges bundles
// from others. Either can take seconds on a big database, so it runs on a thread of its own with
// its own connection, opened by path there, while a busy bar shows in the status bar and the
// window keeps working. The result, or the reason nothing was written, comes in a message box.
class SyncControl : public QObject {
    Q_OBJECT

public:
    // The actions are disabled while a sync runs; one runs at a time.
    SyncControl(QMainWindow *window, QList<QAction *> actions);
    ~SyncControl() override; // waits for a running sync: a merge is one transaction, never cut short

    // Test seams. Where to write a bundle (the suggestion is a full path) and which bundles to
    // merge; empty: the user gave up. Defaults: file dialogs.
    using SaveChooser = std::function<QString(const QString &suggestedPath)>;
    using OpenChooser = std::function<QStringList()>;
    void setSaveChooser(SaveChooser chooser) { m_chooseSave = std::move(chooser); }
    void setOpenChooser(OpenChooser chooser) { m_chooseOpen = std::move(chooser); }

    void exportBundle(const QString &databasePath, const Identity &by);
    // Merges the given bundles (dropped on the window), or those the user chooses when none are given.
    void importBundles(const QString &databasePath, const QStringList &bundles = {});
    // Who trusts the new devices a bundle brings, when the user agrees to (the reviewer).
    void setTrustedBy(const QString &reviewer) { m_trustedBy = reviewer; }
    // The question asked when bundles bring devices this database does not trust yet (for tests).
    QMessageBox *trustBox() const { return m_trustBox; }
    bool running() const;
    QMessageBox *resultBox() const; // the box the last sync left open, if any

    // "adreview-<device>-<yyyy-MM-dd>.adrbundle", the device made safe for a file name.
    static QString suggestedName(const QString &device, const QDate &day);
    static QString suffix() { return QStringLiteral("adrbundle"); }

signals:
    // Bundles were merged: the window reloads its queue, counts and case. policiesAdded: the
    // policy catalogue grew too.
    void imported(bool policiesAdded);
    void finished(bool ok, const QString &message);

private:
    struct Outcome;
    void run(const QString &databasePath, bool exporting, const QString &busyText,
             std::function<void(Database &, Outcome &)> job);
    void done(const Outcome &outcome);
    void merge(const QString &databasePath, const QStringList &files, bool trust);
    void askTrust(const Outcome &outcome);
    QString askSave(const QString &suggested);
    QStringList askOpen();

    QMainWindow *m_window;
    QList<QAction *> m_actions;
    SaveChooser m_chooseSave;
    OpenChooser m_chooseOpen;
    DatabaseJob *m_job = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QPointer<QMessageBox> m_box;
    QPointer<QMessageBox> m_trustBox;
    QString m_trustedBy;
    QString m_databasePath;
};

} // namespace adreview
