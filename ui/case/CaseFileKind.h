#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace adreview {

// What a case file holds, told from its suffix and, for CSV, from its header row. It sets the
// order files are imported in: cases name their advertisers, and evidence names its cases.
class CaseFileKind {
    Q_DECLARE_TR_FUNCTIONS(CaseFileKind)

public:
    enum Kind { Advertisers, Cases, Json, UnknownCsv, Evidence };

    // Reads no more than the first line of a CSV file.
    static Kind of(const QString &path);
    // 0 advertisers, 1 cases (and JSON, which may hold both, and CSV of no known kind), 2 evidence.
    static int rank(Kind kind);
    static QString name(Kind kind);
    // Advertisers first, then cases, then evidence; files of one rank keep the order given.
    static QStringList sorted(const QStringList &paths);
};

} // namespace adreview
