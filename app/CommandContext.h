#pragma once

#include "domain/Result.h"
#include "review/ReviewService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <memory>

namespace adreview::cli {

// What every command shares: its parser with the common options, the output streams, the
// database and the acting reviewer. Errors go to stderr as one "adreview: error: ..." line.
class CommandContext {
public:
    CommandContext(QString command, QString description);

    QCommandLineParser &parser() { return m_parser; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &command() const { return m_command; }

    // Parses the arguments; returns an exit status when the command should stop here.
    std::optional<int> parse(const QStringList &arguments, const QString &positionalSyntax = {});
    QStringList positional() const { return m_parser.positionalArguments(); }

    // --quiet, for a command that shows a progress line (ProgressLine) while it works.
    void addQuietOption();
    bool quiet() const { return m_parser.isSet(QStringLiteral("quiet")); }

    Result<std::unique_ptr<Database>> openDatabase(Database::OpenMode mode);
    // After a command that may create the database: when it made the file and everything it was
    // given was refused, the file holds nothing anyone wrote and is removed, so that a refused
    // first import leaves no database behind. Returns `status`.
    int discardIfNothingStored(std::unique_ptr<Database> &db, int status);
    Identity identity() const;

    // Runs `work` on each positional file in turn, printing its one-line summary or its error;
    // a file that fails does not stop the next, a database that became unusable does. Returns the
    // exit status of the worst failure.
    int forEachFile(const std::function<Result<QString>(const QString &file)> &work);

    int fail(const Error &error);
    int usage(const QString &message);
    int done()
    {
        m_out.flush();
        return 0;
    }

private:
    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    bool m_created = false; // openDatabase made a new file
};

} // namespace adreview::cli
