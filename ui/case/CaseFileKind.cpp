#include "case/CaseFileKind.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The column names of a header row, unquoted; good enough to tell the kind, not to parse data.
QSet<QString> headerColumns(const QString &path)
{
    // Only a regular file: opening a FIFO would wait for a writer, on the window's thread.
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(file.readLine(8192));
    if (line.startsWith(QChar(0xfeff)))
        line.remove(0, 1);
    QSet<QString> columns;
    for (QString column : line.split(u',')) {
        column = column.trimmed();
        if (column.size() >= 2 && column.startsWith(u'"') && column.endsWith(u'"'))
            column = column.mid(1, column.size() - 2).trimmed();
        columns.insert(column);
    }
    return columns;
}

} // namespace

CaseFileKind::Kind CaseFileKind::of(const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) != 0)
        return Json;
    // The same tests, in the same order, as the importer's.
    const QSet<QString> columns = headerColumns(path);
    if (columns.contains(u"case"_s))
        return Evidence;
    if (columns.contains(u"advertiser"_s))
        return Cases;
    if (columns.contains(u"name"_s))
        return Advertisers;
    return UnknownCsv;
}

int CaseFileKind::rank(Kind kind)
{
    switch (kind) {
    case Advertisers:
        return 0;
    case Cases:
    case Json:
    case UnknownCsv:
        return 1;
    case Evidence:
        return 2;
    }
    return 1;
}

QString CaseFileKind::name(Kind kind)
{
    switch (kind) {
    case Advertisers:
        return tr("Advertisers (CSV)");
    case Cases:
        return tr("Cases (CSV)");
    case Json:
        return tr("Case file (JSON)");
    case UnknownCsv:
        return tr("CSV, kind unknown");
    case Evidence:
        return tr("Evidence (CSV)");
    }
    return {};
}

QStringList CaseFileKind::sorted(const QStringList &paths)
{
    QList<std::pair<int, QString>> ranked;
    for (const QString &path : paths)
        ranked.append({rank(of(path)), path});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &[r, path] : std::as_const(ranked))
        out << path;
    return out;
}

} // namespace adreview
