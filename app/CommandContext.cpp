#include "CommandContext.h"

#include "review/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace adreview::cli {

CommandContext::CommandContext(QString command, QString description)
    : m_command(std::move(command)), m_out(stdout), m_err(stderr)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({u"db"_s, u"The AdReview database file."_s, u"path"_s});
    m_parser.addOption({u"reviewer"_s, u"Act as this reviewer (overrides ADREVIEW_REVIEWER)."_s, u"name"_s});
    m_parser.addOption({u"device"_s, u"Record events as this device (overrides ADREVIEW_DEVICE)."_s, u"id"_s});
}

std::optional<int> CommandContext::parse(const QStringList &arguments, const QString &positionalSyntax)
{
    if (!positionalSyntax.isEmpty())
        m_parser.addPositionalArgument(positionalSyntax, QString(), positionalSyntax);
    QStringList args = arguments;
    args.prepend(u"adreview %1"_s.arg(m_command)); // the program name QCommandLineParser shows
    if (!m_parser.parse(args))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        // QCommandLineParser names the executable's path; say the command instead.
        QString help = m_parser.helpText();
        const qsizetype options = help.indexOf(u" [options]"_s);
        if (help.startsWith(u"Usage: "_s) && options > 0)
            help.replace(7, options - 7, u"adreview "_s + m_command);
        m_out << help;
        m_out.flush();
        return 0;
    }
    // A name that could not be imported cannot sign an event either.
    const QString reviewer = m_parser.value(u"reviewer"_s);
    const QString device = m_parser.value(u"device"_s);
    if (const QString problem = Identity::problem(reviewer, device, Settings()); !problem.isEmpty())
        return usage(problem);
    return std::nullopt;
}

void CommandContext::addQuietOption()
{
    m_parser.addOption({u"quiet"_s, u"No progress line on stderr (shown only when stderr is a terminal, or when "
                                    "ADREVIEW_PROGRESS=always)."_s});
}

Result<std::unique_ptr<Database>> CommandContext::openDatabase(Database::OpenMode mode)
{
    if (!m_parser.isSet(u"db"_s))
        return Error::usage(u"%1 needs --db PATH"_s.arg(m_command));
    const QString path = m_parser.value(u"db"_s);
    const bool existed = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    auto db = Database::open(path, mode);
    m_created = db.ok() && !existed;
    return db;
}

int CommandContext::discardIfNothingStored(std::unique_ptr<Database> &db, int status)
{
    if (m_created && status != 0)
        Database::removeIfEmpty(db);
    return status;
}

Identity CommandContext::identity() const
{
    return Identity::resolve(m_parser.value(u"reviewer"_s), m_parser.value(u"device"_s), Settings());
}

int CommandContext::forEachFile(const std::function<Result<QString>(const QString &file)> &work)
{
    int status = 0;
    for (const QString &file : positional()) {
        auto summary = work(file);
        if (!summary) {
            status = std::max(status, fail(summary.error()));
            if (summary.error().kind == ErrorKind::Unusable)
                break;
            continue;
        }
        m_out << *summary << '\n';
        m_out.flush();
    }
    return status;
}

int CommandContext::fail(const Error &error)
{
    m_out.flush();
    m_err << "adreview: error: " << error.message << '\n';
    for (const QString &line : error.details)
        m_err << "  " << line << '\n';
    m_err.flush();
    return exitCodeFor(error.kind);
}

int CommandContext::usage(const QString &message)
{
    m_out.flush();
    m_err << "adreview: error: " << message << "\n(see adreview " << m_command << " --help)\n";
    m_err.flush();
    return 2;
}

} // namespace adreview::cli
