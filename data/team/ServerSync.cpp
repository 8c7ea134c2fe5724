#include "team/ServerSync.h"

#include "storage/ServerMarks.h"
#include "team/ServerConnection.h"
#include "team/TeamSchema.h"

using namespace Qt::StringLiterals;

namespace adreview {

QString ServerSync::Report::summary() const
{
    const auto count = [](qint64 n, const QString &one, const QString &many) {
        return n == 1 ? u"1 "_s + one : u"%1 "_s.arg(n) + many;
    };
    QString out = u"sent %1 (%2), received %3"_s.arg(count(eventsPushed, u"event"_s, u"events"_s),
                                                     count(casesPushed, u"new case"_s, u"new cases"_s),
                                                     count(eventsPulled, u"new event"_s, u"new events"_s));
    if (newConflicts.size() > 10)
        out += u"; now in conflict: %1 cases (%2 and %3 more)"_s.arg(newConflicts.size())
                   .arg(newConflicts.first(10).join(u", "_s))
                   .arg(newConflicts.size() - 10);
    else if (!newConflicts.isEmpty())
        out += u"; now in conflict: %1"_s.arg(newConflicts.join(u", "_s));
    if (eventsWaiting > 0)
        out += (eventsWaiting == 1 ? u"; 1 event waits for"_s : u"; %1 events wait for"_s.arg(eventsWaiting)) +
               u" events of others that have not reached the server yet"_s;
    if (eventsHeld > 0)
        out += u"; set aside %1 event%2 this laptop refuses, never merged (adreview sync --quarantine lists them)"_s
                   .arg(eventsHeld)
                   .arg(eventsHeld == 1 ? QString() : u"s"_s);
    // Records and revocations left out are named: they are not kept anywhere else.
    if (!refused.isEmpty())
        out += u"; left out what this laptop refuses: %1"_s.arg(refused.join(u"; "_s));
    return out;
}

Result<ServerSync::Login> ServerSync::login(ServerConnection &server)
{
    if (auto ok = TeamSchema::check(server); !ok)
        return ok.error();
    auto who = server.exec(u"SELECT (SELECT id::text FROM adreview.team), adreview.my_reviewer()"_s, {},
                           u"asking the team server who this login is"_s);
    if (!who)
        return who.error();
    if (who->isNull(0, 1))
        return Error::rejected(u"the login %1 is not an enabled reviewer of the team on %2: ask your team's admin "
                               "(`adreview team add-reviewer`)"_s.arg(server.user(), server.displayAddress()));
    return Login{who->text(0, 0), who->text(0, 1)};
}

Status ServerSync::connect()
{
    auto who = login(m_server);
    if (!who)
        return who.error();
    // One team's record to a file: a second team's (a mistyped database name, another team on the
    // same server) would mix into this one's queue, counts and reports.
    auto other = ServerMarks(m_db).otherTeam(who->teamId);
    if (!other)
        return other.error();
    if (!other->isEmpty())
        return Error::rejected(u"%1 holds the record of another team than the one this file syncs with (%2): "
                               "nothing was sent or taken. Check the address, or sync that team into a file of its "
                               "own (--db)"_s.arg(m_server.displayAddress(), *other));
    // A write waits for the server's numbering lock while other laptops' batches commit: seconds.
    // A session holding it for minutes (one left idle in a transaction) ends this sync with a
    // message instead of hanging it.
    // The server takes writes at READ COMMITTED only, whatever its default for this login is.
    if (auto ok = m_server.run(u"SET lock_timeout = '2min'; SET default_transaction_isolation = 'read committed'"_s,
                               u"setting up the sync"_s);
        !ok)
        return ok;
    m_teamId = who->teamId;
    m_reviewer = who->reviewer;
    return {};
}

Result<qint64> ServerSync::toSend(Database &db, const QString &reviewer)
{
    return ServerMarks(db).toSend(reviewer);
}

} // namespace adreview
