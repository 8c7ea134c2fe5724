#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace adreview {

class ServerConnection;

// The team server's schema: its own numbered migrations (:/adreview/team-migrations/NNNN_name.sql,
// PostgreSQL's SQL), applied by `adreview team init`, and the two group roles every reviewer and
// lead login belongs to.
class TeamSchema {
public:
    struct Step {
        int version = 0;
        QString name;
        QString script;
    };
    static const QList<Step> &steps();
    static int latest();

    // The version the server's database holds: 0 when AdReview's schema is not there yet.
    static Result<int> version(ServerConnection &server);
    // Creates the schema or brings it up to date, in one transaction; refuses a server whose
    // schema is newer than this program knows. Run by an admin: a role that may create roles
    // (for the groups) and owns or may create objects in the database. Returns the version found.
    static Result<int> init(ServerConnection &server);
    // Refuses to sync with a server whose schema is missing, older or newer than this program's.
    static Status check(ServerConnection &server);
};

} // namespace adreview
