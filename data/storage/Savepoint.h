#pragma once

#include "domain/Result.h"

#include <QString>

#include <utility>

namespace adreview {

class Database;

// A point inside a write transaction that one part of it can be undone to, leaving the rest: a
// bulk writer marks one before each case and undoes what the case wrote when the case fails.
class Savepoint {
public:
    // `name` is an SQL identifier of the caller's.
    Savepoint(Database &db, QString name) : m_db(db), m_name(std::move(name)) {}

    Status mark();
    Status release();
    // Undoes everything since mark() and releases the savepoint.
    Status undo();

private:
    Database &m_db;
    QString m_name;
};

} // namespace adreview
