#include "storage/Savepoint.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace adreview {

Status Savepoint::mark()
{
    Q_ASSERT(m_db.inTransaction());
    return m_db.exec(u"SAVEPOINT %1"_s.arg(m_name), u"marking a savepoint"_s);
}

Status Savepoint::release()
{
    return m_db.exec(u"RELEASE SAVEPOINT %1"_s.arg(m_name), u"releasing a savepoint"_s);
}

Status Savepoint::undo()
{
    // Rolling back to a savepoint keeps it open; it is released too, so none is left behind.
    if (auto undone = m_db.exec(u"ROLLBACK TO SAVEPOINT %1"_s.arg(m_name), u"undoing to a savepoint"_s); !undone)
        return undone;
    return release();
}

} // namespace adreview
