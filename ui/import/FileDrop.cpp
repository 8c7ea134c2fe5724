#include "import/FileDrop.h"

#include "sync/SyncControl.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace adreview {

bool FileDrop::isCaseFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"json" || suffix == u"csv";
}

FileDrop FileDrop::of(const QMimeData *data)
{
    FileDrop drop;
    const QString expected = tr("drop .json or .csv case files, or .%1 sync bundles").arg(SyncControl::suffix());
    if (!data || !data->hasUrls() || data->urls().isEmpty()) {
        drop.refusal = tr("Only files can be dropped here: %1.").arg(expected);
        return drop;
    }
    for (const QUrl &url : data->urls()) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : QString();
        const QFileInfo info(path);
        if (path.isEmpty() || !info.isFile()) {
            drop.refusal = tr("%1 is not a file on this computer: %2.").arg(url.toDisplayString(), expected);
        } else if (isCaseFile(path)) {
            drop.caseFiles << path;
        } else if (info.suffix().compare(SyncControl::suffix(), Qt::CaseInsensitive) == 0) {
            drop.bundles << path;
        } else {
            drop.refusal = tr("%1 cannot be imported: %2.").arg(info.fileName(), expected);
        }
        if (!drop.accepted())
            return drop;
    }
    if (!drop.caseFiles.isEmpty() && !drop.bundles.isEmpty())
        drop.refusal = tr("Drop case files or sync bundles, not both at once.");
    return drop;
}

} // namespace adreview
