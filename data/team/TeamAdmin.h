#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace adreview {

class ServerConnection;

// The team's logins, managed by an admin: each reviewer is a PostgreSQL role of their own, in
// the adreview_reviewers group (a lead also in adreview_leads), named as the reviewer name their
// events carry. AdReview stores no password: one given here goes to the server hashed (SCRAM) by
// libpq, and the reviewer's laptop finds it in ~/.pgpass, PGPASSWORD or asks.
class TeamAdmin {
public:
    struct Reviewer {
        QString role;
        bool lead = false;
        QString addedBy;
        QDateTime addedAt;
        QDateTime disabledAt; // null while the login works
    };

    explicit TeamAdmin(ServerConnection &server) : m_server(server) {}

    // A role name that PostgreSQL keeps as given (1 to 63 bytes, no control characters) and that
    // is a valid reviewer name; the error says what is wrong.
    static Status checkName(const QString &name);

    // Creates the login (NOSUPERUSER NOCREATEDB NOCREATEROLE) and records it; refuses a role that
    // exists already, so an admin never hands an existing login to the team by a typing slip.
    Status addReviewer(const QString &name, bool lead, const QString &password);
    // Ends the login (NOLOGIN) and marks it disabled; its events and devices stay as they are.
    // Its open connections are ended where the admin may signal them.
    Status disableReviewer(const QString &name);
    Result<QList<Reviewer>> reviewers();

private:
    ServerConnection &m_server;
};

} // namespace adreview
