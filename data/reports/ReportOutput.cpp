#include "reports/ReportOutput.h"

#include "reports/ReportPipeline.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr qsizetype chunkBytes = 1 << 20;

Error cancelled()
{
    return Error::rejected(u"export cancelled"_s);
}

} // namespace

ReportOutput::ReportOutput(const QString &path) : m_file(path)
{
    m_buffer.reserve(chunkBytes + 256 * 1024);
}

Status ReportOutput::open()
{
    return m_file.begin();
}

bool ReportOutput::append(QByteArrayView text)
{
    if (m_buffer.size() + text.size() < chunkBytes) {
        m_buffer += text;
        return true;
    }
    // Large text goes to the file as it is, not through the buffer.
    return flush() && m_file.writeAll(text);
}

bool ReportOutput::flushIfFull()
{
    return m_buffer.size() < chunkBytes || flush();
}

bool ReportOutput::flush()
{
    if (!m_buffer.isEmpty() && !m_file.writeAll(m_buffer))
        return false;
    m_buffer.clear();
    return true;
}

Status ReportOutput::commit()
{
    if (!flush())
        return m_file.failure();
    return m_file.commit();
}

Status ReportOutput::write(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                           const ReportProgress &progress, const Layout &layout)
{
    // The filter is checked before the file is touched.
    auto total = engine.countDecisions(filter);
    if (!total)
        return total.error();
    ReportOutput out(path);
    if (auto opened = out.open(); !opened)
        return opened;
    // Until commit() a file is untouched; every early return below discards the temporary file
    // (OutputFile's destructor, or cancel()).
    if (progress && !progress(0, *total)) {
        out.m_file.cancel();
        return cancelled();
    }
    if (auto head = layout.head(out.m_buffer); !head) {
        out.m_file.cancel();
        return head;
    }
    qint64 done = 0;
    bool stopped = false;
    bool failed = false;
    auto rows = ReportPipeline::run(engine, filter, layout.row, layout.separator, [&](QByteArrayView text, qint64 n) {
        done += n;
        if (!out.append(text)) {
            failed = true;
            return false;
        }
        if (n > 0 && progress && !progress(done, *total)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (failed)
        return out.m_file.failure();
    if (stopped) {
        out.m_file.cancel();
        return cancelled();
    }
    if (!rows) {
        out.m_file.cancel();
        return rows;
    }
    bool tailFailed = false;
    auto tail = layout.tail(out.m_buffer, [&] {
        tailFailed = tailFailed || !out.flushIfFull();
        return !tailFailed;
    });
    if (tailFailed)
        return out.m_file.failure();
    if (!tail) {
        out.m_file.cancel();
        return tail;
    }
    if (progress && !progress(done, std::max(done, *total))) {
        out.m_file.cancel();
        return cancelled();
    }
    return out.commit();
}

void ReportOutput::appendNumber(QByteArray &out, qint64 n, int width)
{
    char digits[24];
    int i = 0;
    const bool negative = n < 0;
    quint64 u = negative ? quint64(-(n + 1)) + 1 : quint64(n);
    do {
        digits[i++] = char('0' + u % 10);
        u /= 10;
    } while (u > 0);
    while (i < width)
        digits[i++] = '0';
    if (negative)
        out += '-';
    while (i > 0)
        out += digits[--i];
}

// Days to a civil date after Howard Hinnant's algorithm: far cheaper than QDateTime::toString
// for hundreds of thousands of rows.
void ReportOutput::appendTime(QByteArray &out, const QDateTime &t, TimeStyle style)
{
    if (!t.isValid())
        return;
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const qint64 rest = secs - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    appendNumber(out, year, 4);
    out += '-';
    appendNumber(out, month, 2);
    out += '-';
    appendNumber(out, day, 2);
    out += style == TimeStyle::Iso ? 'T' : ' ';
    appendNumber(out, rest / 3600, 2);
    out += ':';
    appendNumber(out, rest / 60 % 60, 2);
    if (style == TimeStyle::Iso) {
        out += ':';
        appendNumber(out, rest % 60, 2);
        out += 'Z';
    }
}

void ReportOutput::appendHours(QByteArray &out, qint64 ms)
{
    const qint64 hundredths = std::llround(double(ms) / 36000.0);
    const qint64 magnitude = hundredths < 0 ? -hundredths : hundredths;
    if (hundredths < 0)
        out += '-';
    appendNumber(out, magnitude / 100);
    out += '.';
    appendNumber(out, magnitude % 100, 2);
}

void ReportOutput::appendSeconds(QByteArray &out, qint64 ms)
{
    const qint64 magnitude = ms < 0 ? -ms : ms;
    if (ms < 0)
        out += '-';
    appendNumber(out, magnitude / 1000);
    if (qint64 fraction = magnitude % 1000; fraction != 0) {
        int digits = 3;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        out += '.';
        appendNumber(out, fraction, digits);
    }
}

QString ReportOutput::isoTime(const QDateTime &t)
{
    QByteArray text;
    appendTime(text, t);
    return QString::fromLatin1(text);
}

QString ReportOutput::durationText(qint64 ms, const QString &hours, const QString &days, const QLocale &locale)
{
    if (ms < 0)
        return u"\u2014"_s;
    const double h = double(ms) / 3'600'000.0;
    if (h < 48)
        return hours.arg(locale.toString(h, 'f', 1));
    return days.arg(locale.toString(h / 24, 'f', 1));
}

QString ReportOutput::evidenceLine(const CitedEvidence &e)
{
    QStringList parts{e.ref, e.kind, e.source, e.hash};
    parts.removeAll(QString());
    return parts.join(u' ');
}

} // namespace adreview
