#include "team/ServerConnection.h"

#include <libpq-fe.h>

#include <sys/socket.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

ServerRows::ServerRows(pg_result *result) : m_result(result) {}

ServerRows::~ServerRows()
{
    if (m_result)
        PQclear(m_result);
}

ServerRows::ServerRows(ServerRows &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

ServerRows &ServerRows::operator=(ServerRows &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int ServerRows::size() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int ServerRows::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool ServerRows::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QString ServerRows::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray ServerRows::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 ServerRows::integer(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

namespace {

// libpq's messages end with a newline and may hold several lines; one line reads better.
QString oneLine(const char *message)
{
    QString text = QString::fromUtf8(message).trimmed().replace(u'\n', u"; "_s).replace(u'\t', u' ');
    return text.replace(u";  "_s, u"; "_s);
}

// A statement's parameters as libpq takes them: each value's UTF-8 text, or NULL, then any in
// binary form.
class Parameters {
public:
    explicit Parameters(const QList<ServerConnection::Value> &parameters, const QList<QByteArray> &binary = {})
    {
        const size_t count = size_t(parameters.size() + binary.size());
        m_texts.reserve(count);
        m_values.reserve(count);
        m_lengths.reserve(count);
        m_formats.reserve(count);
        for (const ServerConnection::Value &p : parameters) {
            m_texts.push_back(p ? p->toUtf8() : QByteArray());
            m_values.push_back(p ? m_texts.back().constData() : nullptr);
            m_lengths.push_back(0);
            m_formats.push_back(0);
        }
        for (const QByteArray &b : binary) {
            m_values.push_back(b.constData());
            m_lengths.push_back(int(b.size()));
            m_formats.push_back(1);
        }
    }
    int count() const { return int(m_values.size()); }
    const char *const *values() const { return m_values.data(); }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    std::vector<QByteArray> m_texts;
    std::vector<const char *> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
};

} // namespace

QString ServerConnection::needsPasswordDetail()
{
    return u"the login needs a password"_s;
}

bool ServerConnection::needsPassword(const Error &error)
{
    return error.details.contains(needsPasswordDetail());
}

Result<std::unique_ptr<ServerConnection>> ServerConnection::open(const QString &address, const QString &password)
{
    const QByteArray addressUtf8 = address.toUtf8();
    const QByteArray passwordUtf8 = password.toUtf8();
    // The caller's address comes last, so its own connect_timeout, application_name or options
    // win. Compiling a query (JIT) costs more than any query AdReview sends saves by it; the
    // planner, misled by a table that grew since it was last analysed, would do it for batches.
    std::vector<const char *> keys = {"connect_timeout", "application_name", "client_encoding", "options"};
    std::vector<const char *> values = {"10", "adreview", "UTF8", "-c jit=off"};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(passwordUtf8.constData());
    }
    keys.push_back("dbname");
    values.push_back(addressUtf8.constData());
    keys.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn *conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!conn)
        return Error::unusable(u"cannot reach the team server: out of memory"_s);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = oneLine(PQerrorMessage(conn));
        const bool needsPassword = PQconnectionNeedsPassword(conn);
        const bool refusedLogin = needsPassword || why.contains(u"password authentication failed"_s) ||
                                  why.contains(u"no password supplied"_s) ||
                                  why.contains(u"is not permitted to log in"_s) ||
                                  (why.contains(u"role \""_s) && why.contains(u"does not exist"_s));
        PQfinish(conn);
        ServerConnection shown(nullptr, address);
        if (refusedLogin) {
            QString hint = u"To go on, give the password in ~/.pgpass or PGPASSWORD, or ask your team's admin to "
                           "check the login"_s;
            if (why.contains(u"is not permitted to log in"_s))
                hint = u"The login was disabled: ask your team's admin"_s;
            else if (why.contains(u"does not exist"_s))
                hint = u"There is no such login on that server: check the user name in the address, or ask your "
                       "team's admin to add you (adreview team add-reviewer)"_s;
            Error e = Error::rejected(
                u"the team server %1 did not accept the login: %2. %3"_s.arg(shown.displayAddress(), why, hint));
            if (needsPassword)
                e.details.append(needsPasswordDetail());
            return e;
        }
        return Error::unusable(u"cannot reach the team server %1: %2"_s.arg(shown.displayAddress(), why));
    }
    // Notices (a cascading TRUNCATE's, say) are not for the user; errors come back as errors.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    return std::unique_ptr<ServerConnection>(new ServerConnection(conn, address));
}

ServerConnection::ServerConnection(pg_conn *conn, QString address) : m_conn(conn), m_address(std::move(address)) {}

ServerConnection::~ServerConnection()
{
    if (m_pipeline && m_conn && PQsocket(m_conn) >= 0) {
        // Transactions still out (a caller that neither waited for them nor abandoned them): the
        // writing thread, perhaps waiting on a server that went silent, is let go at once.
        shutdown(PQsocket(m_conn), SHUT_RDWR);
    }
    endPipeline();
    if (m_conn)
        PQfinish(m_conn);
}

Error ServerConnection::failure(pg_result *result, const QString &what) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = oneLine(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    // The server going away (shut down, crashed, the connection broken) may be reported before
    // the connection notices it is gone. The server names every error it reports with a code: one
    // without (libpq's own, "server closed the connection unexpectedly") is the connection's.
    const QByteArray code(state ? state : "");
    if (PQstatus(m_conn) != CONNECTION_OK || code.isEmpty() || code.startsWith("57P") || code.startsWith("08"))
        return Error::unusable(
            u"%1: the connection to the team server %2 was lost: %3"_s.arg(what, displayAddress(), message));
    if (code == "55P03")
        return Error::unusable(u"%1: the team server %2 is busy: another session held a lock this sync needs for "
                               "longer than it waits (its admin sees whose in pg_stat_activity); nothing is lost, "
                               "try again later"_s.arg(what, displayAddress()));
    Error e = Error::rejected(u"%1: the team server refused it: %2"_s.arg(what, message));
    if (state)
        e.details.append(u"SQLSTATE "_s + QString::fromLatin1(state));
    return e;
}

Result<ServerRows> ServerConnection::exec(const QString &sql, const QList<Value> &parameters, const QString &what)
{
    return exec({sql, parameters, {}}, what);
}

Result<ServerRows> ServerConnection::exec(const Statement &statement, const QString &what)
{
    if (m_broken)
        return lost(what);
    const Parameters p(statement.parameters, statement.binary);
    return checked(PQexecParams(m_conn, statement.sql.toUtf8().constData(), p.count(), nullptr, p.values(), p.lengths(),
                                p.formats(), 0),
                   what);
}

Status ServerConnection::run(const QString &script, const QString &what)
{
    if (m_broken)
        return lost(what);
    if (auto done = checked(PQexec(m_conn, script.toUtf8().constData()), what); !done)
        return done.error();
    return {};
}

Result<ServerRows> ServerConnection::checked(pg_result *result, const QString &what) const
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error e = failure(result, what);
        if (result)
            PQclear(result);
        return e;
    }
    return ServerRows(result);
}

Status ServerConnection::begin(const QString &what)
{
    return run(u"BEGIN"_s, what);
}

Status ServerConnection::commit(const QString &what)
{
    return run(u"COMMIT"_s, what);
}

void ServerConnection::rollback()
{
    if (!m_broken && PQtransactionStatus(m_conn) != PQTRANS_IDLE && PQstatus(m_conn) == CONNECTION_OK)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

struct ServerConnection::Pipeline {
    struct Transaction {
        QList<Statement> statements;
        QString what;
        std::optional<Error> notWritten; // why it could not be written whole
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Transaction> queued;        // sent, not written yet: one at most
    std::deque<Transaction> written;       // written, its end not read yet
    std::deque<std::optional<Error>> ends; // read, not collected yet: how each ended
    bool collecting = false;               // finishOldest() waits for an end
    bool closing = false;
    // A transaction could not be written whole: what follows it is not written (the server could
    // take it as part of the one cut short), and the connection is given up.
    bool broken = false;
    std::thread thread;
};

Status ServerConnection::send(const QList<Statement> &transaction, const QString &what)
{
    if (m_broken)
        return lost(what);
    if (!m_pipeline) {
        if (PQpipelineStatus(m_conn) == PQ_PIPELINE_OFF && !PQenterPipelineMode(m_conn))
            return failure(nullptr, what);
        auto pipeline = std::make_unique<Pipeline>();
        try {
            pipeline->thread = std::thread([this, p = pipeline.get()] { pipelineWork(*p); });
        } catch (const std::system_error &e) {
            PQexitPipelineMode(m_conn);
            return Error::unusable(u"%1: cannot start a thread to write to the team server: %2"_s.arg(
                what, QString::fromLocal8Bit(e.what())));
        }
        m_pipeline = std::move(pipeline);
    }
    Pipeline &p = *m_pipeline;
    std::unique_lock lock(p.mutex);
    // One waiting to be written at most: what is held stays bounded.
    p.changed.wait(lock, [&] { return p.queued.empty(); });
    p.queued.push_back({transaction, what, std::nullopt});
    ++m_unfinished;
    p.changed.notify_all();
    return {};
}

void ServerConnection::pipelineWork(Pipeline &p)
{
    std::unique_lock lock(p.mutex);
    for (;;) {
        // The next transaction is written while the server may still work through one before it;
        // an end is read when two are out, or when nothing can be written and the caller waits
        // for one (or the connection is being closed).
        if (!p.closing && !p.queued.empty() && p.written.size() < 2) {
            Pipeline::Transaction t = std::move(p.queued.front());
            p.queued.pop_front();
            p.changed.notify_all();
            if (p.broken) {
                t.notWritten = lost(t.what);
            } else {
                lock.unlock();
                const bool whole = write(t.statements);
                const std::optional<Error> why = whole ? std::nullopt : std::optional(failure(nullptr, t.what));
                lock.lock();
                if (!whole) {
                    p.broken = true;
                    t.notWritten = why;
                }
            }
            p.written.push_back(std::move(t));
            continue;
        }
        if (!p.written.empty() && (p.written.size() >= 2 || p.collecting || p.closing)) {
            Pipeline::Transaction &t = p.written.front();
            lock.unlock();
            std::optional<Error> end = t.notWritten ? t.notWritten : readEnd(t.what);
            lock.lock();
            p.written.pop_front();
            p.ends.push_back(std::move(end));
            p.changed.notify_all();
            continue;
        }
        if (p.closing && p.written.empty())
            return;
        p.changed.wait(lock);
    }
}

bool ServerConnection::write(const QList<Statement> &transaction)
{
    const auto queue = [this](const Statement &statement) {
        const Parameters p(statement.parameters, statement.binary);
        return PQsendQueryParams(m_conn, statement.sql.toUtf8().constData(), p.count(), nullptr, p.values(),
                                 p.lengths(), p.formats(), 0) == 1;
    };
    bool queued = queue({u"BEGIN"_s, {}, {}});
    for (qsizetype i = 0; queued && i < transaction.size(); ++i)
        queued = queue(transaction[i]);
    return queued && queue({u"COMMIT"_s, {}, {}}) && PQpipelineSync(m_conn) == 1;
}

std::optional<Error> ServerConnection::readEnd(const QString &what)
{
    // Each statement's result, then the end of the transaction (the sync point after it). The
    // first failure is kept; what the server skipped after it says only that it was skipped.
    std::optional<Error> failed;
    for (int idle = 0;;) {
        pg_result *result = PQgetResult(m_conn);
        if (!result) {
            // One null comes between two statements' results; with the connection gone, or nulls
            // piling up, nothing more will come.
            if (PQstatus(m_conn) != CONNECTION_OK || ++idle > 2)
                return failed.value_or(failure(nullptr, what));
            continue;
        }
        idle = 0;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            return failed;
        }
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_PIPELINE_ABORTED && !failed)
            failed = failure(result, what);
        else if (status == PGRES_PIPELINE_ABORTED && !failed)
            failed = Error::rejected(u"%1: the team server refused it"_s.arg(what));
        PQclear(result);
    }
}

Status ServerConnection::finishOldest()
{
    if (m_unfinished == 0 || !m_pipeline)
        return {};
    Pipeline &p = *m_pipeline;
    std::optional<Error> failed;
    bool broken = false;
    {
        std::unique_lock lock(p.mutex);
        p.collecting = true;
        p.changed.notify_all();
        p.changed.wait(lock, [&] { return !p.ends.empty(); });
        p.collecting = false;
        failed = std::move(p.ends.front());
        p.ends.pop_front();
        broken = p.broken;
    }
    --m_unfinished;
    if (m_unfinished == 0) {
        // The last one out: the connection takes ordinary statements again, with no failed
        // transaction left open; or, when something was left half written or unread, none.
        endPipeline();
        if (broken || PQexitPipelineMode(m_conn) != 1)
            m_broken = true;
        else if (failed)
            rollback();
    }
    if (failed)
        return *failed;
    return {};
}

void ServerConnection::endPipeline()
{
    if (!m_pipeline)
        return;
    {
        std::lock_guard lock(m_pipeline->mutex);
        m_pipeline->closing = true;
        m_pipeline->changed.notify_all();
    }
    if (m_pipeline->thread.joinable())
        m_pipeline->thread.join();
    m_pipeline.reset();
}

Error ServerConnection::lost(const QString &what) const
{
    return Error::unusable(
        u"%1: the connection to the team server %2 was given up: a batch sent on it could not be "
        "written or read whole (nothing after it committed); sync again"_s.arg(what, displayAddress()));
}

void ServerConnection::abandon()
{
    while (m_unfinished > 0)
        (void)finishOldest();
    if (m_broken)
        return;
    if (PQpipelineStatus(m_conn) != PQ_PIPELINE_OFF && PQexitPipelineMode(m_conn) != 1) {
        m_broken = true;
        return;
    }
    rollback();
}

QString ServerConnection::user() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

int ServerConnection::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

bool ServerConnection::alive() const
{
    return m_conn && !m_broken && PQstatus(m_conn) == CONNECTION_OK;
}

QString ServerConnection::displayAddress() const
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(m_address.toUtf8().constData(), &error);
    if (!options) {
        PQfreemem(error);
        return u"(an address libpq cannot read)"_s;
    }
    QString user, host, port, dbname;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString value = QString::fromUtf8(o->val);
        const QByteArray key(o->keyword);
        if (key == "user")
            user = value;
        else if (key == "host" || (key == "hostaddr" && host.isEmpty()))
            host = value;
        else if (key == "port")
            port = value;
        else if (key == "dbname")
            dbname = value;
    }
    PQconninfoFree(options);
    QString out = user.isEmpty() ? QString() : user + u'@';
    out += host.isEmpty() ? u"localhost"_s : host;
    if (!port.isEmpty())
        out += u':' + port;
    if (!dbname.isEmpty())
        out += u'/' + dbname;
    return out;
}

Result<QString> ServerConnection::withoutPassword(const QString &address, QString *password)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(address.toUtf8().constData(), &error);
    if (!options) {
        const QString why = oneLine(error ? error : "");
        PQfreemem(error);
        return Error::usage(u"the team server's address is not one libpq can read: %1"_s.arg(why));
    }
    QStringList parts;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && QByteArrayView(o->keyword) == "password" && password)
            *password = QString::fromUtf8(o->val);
        if (!o->val || QByteArrayView(o->keyword) == "password")
            continue;
        QString value = QString::fromUtf8(o->val);
        value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        parts.append(u"%1='%2'"_s.arg(QString::fromUtf8(o->keyword), value));
    }
    PQconninfoFree(options);
    return parts.join(u' ');
}

Result<QString> ServerConnection::encryptPassword(const QString &role, const QString &password)
{
    char *hashed = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), role.toUtf8().constData(), nullptr);
    if (!hashed)
        return Error::rejected(u"cannot prepare the password of %1: %2"_s.arg(role, oneLine(PQerrorMessage(m_conn))));
    const QString out = QString::fromUtf8(hashed);
    PQfreemem(hashed);
    return out;
}

} // namespace adreview
