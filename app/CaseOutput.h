#pragma once

#include "domain/DeviceTrust.h"
#include "domain/Domain.h"
#include "domain/EventRules.h"

#include <QTextStream>

namespace adreview::cli {

// How cases look on the command line: a table for people, CSV and JSON for programs. Text from
// outside (names, summaries, excerpts) has its control characters neutralised in the table and
// text forms, so a crafted name cannot drive the terminal.
class CaseOutput {
public:
    enum class Format { Table, Csv, Json, Text };

    CaseOutput(QTextStream &out, Format format) : m_out(out), m_format(format) {}

    // A list of cases, streamed row by row.
    void begin();
    void row(const CaseRecord &c);
    void end();

    // For an appeal shown by detail(): the decision it contests, if one was recorded.
    void setContested(const std::optional<ContestedDecision> &contested) { m_contested = contested; }
    // The time detail() tells whether a restriction has ended by: the database's clock, which
    // also decided the advertiser's status.
    void setNow(const QDateTime &now) { m_now = now; }
    // One case with its evidence and history (Text or Json).
    void detail(const CaseRecord &c, const QList<Evidence> &evidence, const QList<Event> &history,
                const QList<SignatureMark> &marks);

    static QString csvField(const QString &value);
    static QString plain(const QString &value); // control characters shown as U+FFFD, one line
    static QString time(const QDateTime &t);    // 2018-01-05 09:00 UTC

private:
    void detailText(const CaseRecord &c, const QList<Evidence> &evidence, const QList<Event> &history,
                    const QList<SignatureMark> &marks);
    void detailJson(const CaseRecord &c, const QList<Evidence> &evidence, const QList<Event> &history,
                    const QList<SignatureMark> &marks);

    QTextStream &m_out;
    Format m_format;
    qint64 m_rows = 0;
    std::optional<ContestedDecision> m_contested;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace adreview::cli
