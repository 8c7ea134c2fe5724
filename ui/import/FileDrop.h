#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMimeData;

namespace adreview {

// The files a drag carries, sorted by what the window does with them: case files (.json, .csv) go
// to the Import dialog, sync bundles (.adrbundle) to a sync import. Anything else, or both kinds at
// once, refuses the whole drop, so that what is taken is never a guess.
struct FileDrop {
    Q_DECLARE_TR_FUNCTIONS(FileDrop)

public:
    QStringList caseFiles;
    QStringList bundles;
    QString refusal; // why the drop is refused, for the status bar; empty when it is taken

    static FileDrop of(const QMimeData *data);
    bool accepted() const { return refusal.isEmpty(); }
    static bool isCaseFile(const QString &path);
};

} // namespace adreview
