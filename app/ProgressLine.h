#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>

namespace adreview::cli {

// One line on stderr that a long command rewrites in place ("importing cases.json: 412,000 of
// 1,000,000 records (41%), 52,300/s"), at most five times a second, and clears when the work ends.
// Only on a terminal: a script reading stderr gets the errors alone. ADREVIEW_PROGRESS=always
// shows it on any stderr (tests read it through a pipe), =never on none; --quiet wins over both.
class ProgressLine {
public:
    enum class Unit { Records, Bytes };

    ProgressLine(QString what, bool quiet, Unit unit = Unit::Records, QString noun = QStringLiteral("records"));
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    static bool wanted(bool quiet);
    // For work whose counts change unit from one phase to the next (an import reads bytes, then
    // writes records).
    void setUnit(Unit unit, QString noun = QStringLiteral("records"))
    {
        m_unit = unit;
        m_noun = std::move(noun);
    }
    bool enabled() const { return m_enabled; }

    // Always true: a command on a terminal is stopped with Ctrl+C, not through its progress.
    bool update(qint64 done, qint64 total);
    // A callback for the data layer's progress hooks.
    std::function<bool(qint64, qint64)> callback()
    {
        return [this](qint64 done, qint64 total) { return update(done, total); };
    }
    // Clears the line, so that what the command prints next starts at the left.
    void finish();

private:
    QString count(qint64 n) const;
    void print(qint64 done, qint64 total);

    QString m_what;
    Unit m_unit;
    QString m_noun;
    bool m_enabled = false;
    bool m_shown = false;
    qint64 m_total = -1;
    qint64 m_lastPrinted = -1; // ms on m_clock; -1 before the first line
    qint64 m_phaseStart = 0;   // ms on m_clock when the current total was first given
    int m_width = 0;           // of the longest line printed, to blank it out
    QElapsedTimer m_clock;
};

} // namespace adreview::cli
