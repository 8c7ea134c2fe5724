#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace adreview {

// What went wrong, in the terms the command line's exit status and the window's dialogs need.
enum class ErrorKind {
    Rejected, // invalid input or a broken rule: exit 1
    Conflict, // the case moved on since the author looked at it: exit 1
    Usage,    // the command was called wrongly: exit 2
    Unusable, // the database cannot be used (locked, read-only, corrupt, newer): exit 3
};

struct Error {
    ErrorKind kind = ErrorKind::Rejected;
    QString message;
    QStringList details;  // one line per fault, for multi-fault reports such as imports
    bool damaged = false; // the database file itself is damaged: a backup may help

    static Error rejected(QString msg, QStringList details = {})
    {
        return {ErrorKind::Rejected, std::move(msg), std::move(details)};
    }
    static Error conflict(QString msg) { return {ErrorKind::Conflict, std::move(msg), {}}; }
    static Error usage(QString msg) { return {ErrorKind::Usage, std::move(msg), {}}; }
    static Error unusable(QString msg) { return {ErrorKind::Unusable, std::move(msg), {}}; }
};

int exitCodeFor(ErrorKind kind);

// A value or an error; callers must look at which one they got.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace adreview
