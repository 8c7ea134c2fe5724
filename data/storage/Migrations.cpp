#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QList<Migrations::Step> loadSteps()
{
    QList<Migrations::Step> steps;
    for (const Migrations::File &file : Migrations::readFolder(u":/adreview/migrations"_s))
        steps.append({file.version, file.name, Migrations::splitStatements(file.text)});
    return steps;
}

} // namespace

const QList<Migrations::Step> &Migrations::all()
{
    static const QList<Step> steps = loadSteps();
    return steps;
}

QList<Migrations::File> Migrations::readFolder(const QString &folder)
{
    QList<File> files;
    const QDir dir(folder);
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        Q_ASSERT_X(match.hasMatch(), "Migrations", "migration file names are NNNN_name.sql");
        QFile f(dir.filePath(name));
        const bool opened = f.open(QIODevice::ReadOnly);
        Q_ASSERT_X(opened, "Migrations", "migration resources are readable");
        Q_UNUSED(opened);
        files.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    for (qsizetype i = 0; i < files.size(); ++i)
        Q_ASSERT_X(files[i].version == i + 1, "Migrations", "migration versions have no gaps");
    return files;
}

int Migrations::latest()
{
    return all().isEmpty() ? 0 : all().last().version;
}

QStringList Migrations::splitStatements(const QString &sql)
{
    QStringList statements;
    QString pending;
    const QStringList lines = sql.split(u'\n');
    for (const QString &line : lines) {
        pending += line;
        pending += u'\n';
        const QByteArray utf8 = pending.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            const QString statement = pending.trimmed();
            // A chunk made only of comments is "complete" too; keep only real statements.
            static const QRegularExpression onlyComments(u"^(\\s*--[^\\n]*\\n?)*\\s*;?\\s*$"_s);
            if (!onlyComments.match(statement).hasMatch())
                statements.append(statement);
            pending.clear();
        }
    }
    Q_ASSERT_X(pending.trimmed().isEmpty() || pending.trimmed().startsWith(u"--"_s), "Migrations",
               "every statement in a migration ends with a semicolon");
    return statements;
}

} // namespace adreview
