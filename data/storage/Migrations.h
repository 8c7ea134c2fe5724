#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace adreview {

// The numbered schema migrations shipped as resources (:/adreview/migrations/NNNN_name.sql).
class Migrations {
public:
    struct Step {
        int version = 0;
        QString name;
        QStringList statements;
    };

    struct File {
        int version = 0;
        QString name;
        QString text;
    };

    // The numbered SQL files of a resource folder (NNNN_name.sql), in version order; versions run
    // 1, 2, 3 ... without gaps. The team server's migrations are read the same way.
    static QList<File> readFolder(const QString &folder);

    // Every step in version order; versions run 1, 2, 3 ... without gaps.
    static const QList<Step> &all();
    static int latest();
    // Splits SQL text into complete statements (comments and trigger bodies handled by SQLite's
    // own tokenizer rules).
    static QStringList splitStatements(const QString &sql);
};

} // namespace adreview
