// The shape of the code, checked on its sources: the data layer's folders include one another in
// one direction only, down to domain/, and SQL text is written only where the storage is.

#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString projectRoot()
{
    return QDir(test::resourcesDir() + u"/.."_s).absolutePath();
}

// Every C++ source under `folder` of the project, by path relative to the project.
QStringList sources(const QString &folder)
{
    QStringList out;
    const QDir root(projectRoot());
    QDirIterator it(root.filePath(folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << root.relativeFilePath(it.next());
    out.sort();
    return out;
}

QString read(const QString &relative)
{
    QFile f(QDir(projectRoot()).filePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return QString::fromUtf8(f.readAll());
}

// The folder of data/ a source is in: "data/storage/Database.cpp" -> "storage".
QString folderOf(const QString &relative)
{
    return relative.section(u'/', 1, 1);
}

} // namespace

class TestLayering : public QObject {
    Q_OBJECT

private slots:
    void dataFoldersIncludeDownwardOnly()
    {
        // What each folder may include besides itself: everything below it.
        const QHash<QString, QStringList> below{
            {u"domain"_s, {}},
            {u"files"_s, {u"domain"_s}},
            {u"storage"_s, {u"domain"_s, u"files"_s}},
            {u"queue"_s, {u"domain"_s, u"files"_s, u"storage"_s}},
            {u"reports"_s, {u"domain"_s, u"files"_s, u"storage"_s}},
            {u"review"_s, {u"domain"_s, u"files"_s, u"storage"_s}},
            {u"import"_s, {u"domain"_s, u"files"_s, u"storage"_s, u"review"_s}},
            {u"sync"_s, {u"domain"_s, u"files"_s, u"storage"_s, u"review"_s, u"import"_s}},
            {u"demo"_s, {u"domain"_s, u"files"_s, u"storage"_s, u"review"_s, u"import"_s}},
            {u"team"_s, {u"domain"_s, u"files"_s, u"storage"_s, u"review"_s, u"import"_s, u"sync"_s}},
        };
        static const QRegularExpression include(u"^#include \"([a-z]+)/"_s, QRegularExpression::MultilineOption);
        QStringList faults;
        const QStringList files = sources(u"data"_s);
        QVERIFY(files.size() > 50);
        for (const QString &file : files) {
            const QString folder = folderOf(file);
            if (!below.contains(folder)) {
                faults << u"%1: in a folder the layering does not know (%2)"_s.arg(file, folder);
                continue;
            }
            for (auto it = include.globalMatch(read(file)); it.hasNext();) {
                const QString target = it.next().captured(1);
                if (target != folder && !below[folder].contains(target))
                    faults << u"%1 includes from %2/, which is not below %3/"_s.arg(file, target, folder);
            }
        }
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    // SQL is written in data/storage/ and by the queue's pager in data/queue/, nowhere else.
    void sqlIsWrittenOnlyInStorage()
    {
        static const QRegularExpression sql(
            u"\"[^\"\\n]*\\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX|TRIGGER|VIEW)|"
            "PRAGMA|BEGIN|ROLLBACK|COMMIT|FROM [a-z_]+ [a-z]+ (JOIN|WHERE)|JOIN [a-z_]+ [a-z]+ ON)\\b"_s);
        // data/team/ holds the team server's own statements (PostgreSQL's), as storage/ holds SQLite's.
        const QStringList allowed{u"data/storage/"_s, u"data/queue/"_s, u"data/team/"_s};
        QStringList faults;
        int scanned = 0;
        for (const QString &layer : {u"app"_s, u"data"_s, u"ui"_s}) {
            for (const QString &file : sources(layer)) {
                if (std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &a) { return file.startsWith(a); }))
                    continue;
                ++scanned;
                const QStringList lines = read(file).split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const QString line = lines[i].trimmed();
                    if (line.startsWith(u"//"_s))
                        continue;
                    if (const auto m = sql.match(line); m.hasMatch())
                        faults << u"%1:%2: %3"_s.arg(file).arg(i + 1).arg(line.left(120));
                }
            }
        }
        QVERIFY(scanned > 100);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    // The connection itself (Qt SQL's, SQLite's handle, kept statements) is reached only by
    // storage and the queue's pager: everything else asks a repository.
    void onlyStorageTouchesTheConnection()
    {
        static const QRegularExpression reach(
            u"\\b(handle|statement|prepared|connection)\\(\\)|\\.(statement|prepared)\\(|\\bsqlite3\\b|"
            "\\bQSql(Query|Database)\\b|<sqlite3\\.h>"_s);
        // data/team/ holds the team server's own statements (PostgreSQL's), as storage/ holds SQLite's.
        const QStringList allowed{u"data/storage/"_s, u"data/queue/"_s, u"data/team/"_s};
        QStringList faults;
        for (const QString &layer : {u"app"_s, u"data"_s, u"ui"_s}) {
            for (const QString &file : sources(layer)) {
                if (std::any_of(allowed.cbegin(), allowed.cend(), [&](const QString &a) { return file.startsWith(a); }))
                    continue;
                const QStringList lines = read(file).split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const QString line = lines[i].trimmed();
                    if (line.startsWith(u"//"_s))
                        continue;
                    if (const auto m = reach.match(line); m.hasMatch())
                        faults << u"%1:%2: %3"_s.arg(file).arg(i + 1).arg(line.left(120));
                }
            }
        }
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestLayering)
#include "tst_Layering.moc"
