#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMainWindow;
class QMessageBox;
class QTimer;

namespace adreview {

class Database;
class DatabaseJob;
class TeamServerDialog;

// Syncing the open database with the team server from the window: File → Sync → Team Server…
// sets the address, Sync Now (Ctrl+Shift+S) syncs at once, and a timer syncs every few minutes
// while an address is set. Each sync runs on a thread of its own with its own connections (the
// database opened by path there), so the window keeps working; the status bar says
// "synced 12:04 · 3 to send", or "offline — 3 to send" when the server cannot be reached.
// A password the server asks for is asked for once and kept only in memory.
class TeamSyncControl : public QObject {
    Q_OBJECT

public:
    static constexpr int intervalMs = 5 * 60 * 1000;

    TeamSyncControl(QMainWindow *window, QAction *settings, QAction *syncNowAction);
    ~TeamSyncControl() override; // waits for a running sync: each batch is one transaction

    // The database the window shows (its connection, for the status), and whose devices' events
    // count as "to send".
    void setDatabase(Database *db, const QString &reviewer);
    // Syncs now; by hand, a failure is shown in a message box and a missing password asked for.
    void syncNow(bool byHand = true);
    void showSettings();
    // Reads the counts again (after a decision).
    void refreshStatus();

    bool running() const;
    QLabel *statusLabel() const { return m_status; }
    QString address() const { return m_address; }
    QMessageBox *resultBox() const { return m_box; }
    TeamServerDialog *settingsDialog() const;

    // Test seams. The password prompt (empty or nullopt: the user gave up); the interval.
    using PasswordAsker = std::function<std::optional<QString>(const QString &where)>;
    void setPasswordAsker(PasswordAsker ask) { m_askPassword = std::move(ask); }
    void setInterval(int ms);

signals:
    // A sync brought events: the window reloads its queue, counts and case.
    void pulled(bool policiesAdded);
    void finished(bool ok, const QString &message);

private:
    struct Outcome;
    void done(const Outcome &outcome, bool byHand);
    void showBox(bool warning, const QString &text);
    void saveAddress(const QString &address);

    QMainWindow *m_window;
    QAction *m_syncNow;
    DatabaseJob *m_job;
    QTimer *m_timer;
    QLabel *m_status;
    QPointer<QMessageBox> m_box;
    QPointer<TeamServerDialog> m_dialog;
    PasswordAsker m_askPassword;
    Database *m_db = nullptr;
    QString m_reviewer;
    QString m_address;
    QString m_password;
    enum class State { Idle, Syncing, Synced, Offline, Failed, NeedsPassword } m_state = State::Idle;
    QString m_problem; // the last failure, for the status bar's tooltip
};

} // namespace adreview
