#include "storage/DsaExportLog.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"

using namespace Qt::StringLiterals;

namespace adreview {

Result<QHash<QString, qint64>> DsaExportLog::written()
{
    QHash<QString, qint64> out;
    RawStatement q(m_db, u"SELECT e.uuid, x.exported_at FROM dsa_exports x JOIN events e ON e.id = x.event_id"_s, {},
                   u"reading what earlier exports wrote"_s);
    while (q.next())
        out.insert(q.text(0), q.integer(1));
    if (q.error())
        return *q.error();
    return out;
}

Status DsaExportLog::record(const QHash<QString, QString> &fileByEvent, const QString &folder, qint64 at)
{
    RawStatement &insert = m_db.statement(u"INSERT OR REPLACE INTO dsa_exports (event_id, exported_at, folder, file) "
                                          "SELECT id, ?, ?, ? FROM events WHERE uuid = ?"_s);
    for (auto it = fileByEvent.cbegin(); it != fileByEvent.cend(); ++it) {
        if (!insert.bind({at, folder, it.value(), it.key()}) || !insert.exec())
            return insert.failure(u"recording the statements written"_s);
    }
    return {};
}

} // namespace adreview
