#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace adreview::test {

// A PostgreSQL server of the test's own: initdb in a temporary folder, listening on a Unix socket
// there and on 127.0.0.1 at a free port, stopped and removed by the destructor. Local (socket)
// logins are trusted; TCP logins need a password (SCRAM), for the tests of passwords. As root (CI)
// the server runs as the 'postgres' user (or 'nobody'), since PostgreSQL refuses to run as root.
class TestPostgres {
public:
    TestPostgres();
    ~TestPostgres();
    TestPostgres(const TestPostgres &) = delete;
    TestPostgres &operator=(const TestPostgres &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    // A libpq key=value address of a database over the socket, as a user (the superuser by default).
    QString address(const QString &database, const QString &user = superuser()) const;
    // The same over TCP, where a password is needed.
    QString tcpAddress(const QString &database, const QString &user) const;
    static QString superuser() { return QStringLiteral("postgres"); }
    int port() const { return m_port; }

    // Runs SQL through psql as the superuser (or another user); false with the error kept.
    bool psql(const QString &database, const QString &sql, const QString &user = superuser());
    bool createDatabase(const QString &name, const QString &owner = superuser());

    // For the fault tests: stop (fast: sessions are ended), start again, or kill the postmaster.
    bool stop();
    bool start();
    bool killPostmaster();

private:
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_data;
    QString m_socket;
    QString m_runAs; // empty when not root
    int m_port = 0;
    bool m_ok = false;
    bool m_running = false;
    QString m_error;
};

} // namespace adreview::test
