#pragma once

#include <QStringList>

namespace adreview::cli {

// adreview team init | add-reviewer | disable-reviewer | reviewers: an admin's set-up of the team's
// PostgreSQL server.
int runTeam(const QStringList &arguments);

} // namespace adreview::cli
