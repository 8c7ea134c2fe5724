#include "ProgressLine.h"

#include <QLocale>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

constexpr qint64 minimumInterval = 200; // ms between lines: at most five a second

} // namespace

ProgressLine::ProgressLine(QString what, bool quiet, Unit unit, QString noun)
    : m_what(std::move(what)), m_unit(unit), m_noun(std::move(noun)), m_enabled(wanted(quiet))
{
    m_clock.start();
}

ProgressLine::~ProgressLine()
{
    finish();
}

bool ProgressLine::wanted(bool quiet)
{
    if (quiet)
        return false;
    const QByteArray forced = qgetenv("ADREVIEW_PROGRESS");
    if (forced == "always")
        return true;
    if (forced == "never")
        return false;
    return ::isatty(::fileno(stderr)) == 1;
}

bool ProgressLine::update(qint64 done, qint64 total)
{
    if (!m_enabled)
        return true;
    const qint64 now = m_clock.elapsed();
    // A new total is a new phase of the work (parsing, then writing): its rate starts afresh.
    if (total != m_total) {
        m_total = total;
        m_phaseStart = now;
    }
    const bool last = total > 0 && done >= total;
    if (m_lastPrinted >= 0 && now - m_lastPrinted < minimumInterval && !last)
        return true;
    m_lastPrinted = now;
    print(done, total);
    return true;
}

QString ProgressLine::count(qint64 n) const
{
    // The same grouping whatever the locale, as the rest of the command's output.
    static const QLocale english(QLocale::English);
    if (m_unit == Unit::Bytes)
        return english.toString(double(n) / (1024.0 * 1024.0), 'f', 1);
    return english.toString(n);
}

void ProgressLine::print(qint64 done, qint64 total)
{
    const QString noun = m_unit == Unit::Bytes ? u"MB"_s : m_noun;
    const QString unit = noun.isEmpty() ? QString() : u" "_s + noun;
    QString line = total > 0 ? u"%1: %2 of %3%4 (%5%)"_s.arg(m_what, count(done), count(total), unit)
                                   .arg(std::min<qint64>(100, done * 100 / total))
                             : u"%1: %2%3"_s.arg(m_what, count(done), unit);
    const qint64 ms = m_clock.elapsed() - m_phaseStart;
    if (ms > 0 && done > 0) {
        const auto perSecond = qint64(double(done) * 1000.0 / double(ms));
        line += m_unit == Unit::Bytes ? u", %1 MB/s"_s.arg(count(perSecond)) : u", %1/s"_s.arg(count(perSecond));
    }
    const QByteArray text = line.toUtf8();
    const int width = int(line.size());
    // Spaces over what a longer line before left, then back to the start of the line.
    const int pad = std::max(0, m_width - width);
    m_width = std::max(m_width, width);
    std::fprintf(stderr, "\r%s%*s", text.constData(), pad, "");
    std::fflush(stderr);
    m_shown = true;
}

void ProgressLine::finish()
{
    if (!m_shown)
        return;
    std::fprintf(stderr, "\r%*s\r", m_width, "");
    std::fflush(stderr);
    m_shown = false;
    m_width = 0;
}

} // namespace adreview::cli
