#include "ServerLogin.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview::cli {

std::optional<QString> readSecret(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios saved{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QString line = QTextStream(stdin).readLine();
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n';
    err.flush();
    return line;
}

Result<std::unique_ptr<ServerConnection>> connectToServer(const QString &address)
{
    auto server = ServerConnection::open(address);
    if (server || !ServerConnection::needsPassword(server.error()))
        return server;
    const auto password = readSecret(u"Password for the team server: "_s);
    if (password && !password->isEmpty())
        return ServerConnection::open(address, *password);
    Error e = server.error();
    e.details.clear();
    return e;
}

} // namespace adreview::cli
