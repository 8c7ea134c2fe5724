#pragma once

#include "storage/Quarantine.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QThread;
class QTreeWidget;

namespace adreview {

// File → Sync → Team Server…: the team's PostgreSQL server this database syncs with (a libpq URL
// or key=value string), a password kept only while AdReview runs (libpq's ~/.pgpass and
// PGPASSWORD serve too), a test of the connection on a thread of its own, and the events pulled
// from the server that this laptop refused and set aside. An empty address stops syncing.
class TeamServerDialog : public QDialog {
    Q_OBJECT

public:
    TeamServerDialog(const QString &address, const QString &password, const QList<HeldEvent> &held,
                     QWidget *parent = nullptr);
    ~TeamServerDialog() override; // waits for a running test: it holds a connection

    QString address() const;
    QString password() const;
    QLabel *testResult() const { return m_result; }
    bool testing() const { return m_test != nullptr; }

    // Connects and asks the server who this login is, reporting in testResult().
    void testConnection();

private:
    QLineEdit *m_address = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    QTreeWidget *m_held = nullptr;
    QThread *m_test = nullptr;
};

} // namespace adreview
