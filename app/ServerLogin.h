#pragma once

#include "domain/Result.h"
#include "team/ServerConnection.h"

#include <QString>

#include <memory>
#include <optional>

namespace adreview::cli {

class CommandContext;

// Reads a secret from the terminal without echoing it; none when stdin is not a terminal.
std::optional<QString> readSecret(const QString &prompt);

// Connects to the team server at `address`. When the login needs a password that libpq did not
// find (~/.pgpass, PGPASSWORD) and this is a terminal, asks for it once; AdReview keeps nothing.
Result<std::unique_ptr<ServerConnection>> connectToServer(const QString &address);

} // namespace adreview::cli
