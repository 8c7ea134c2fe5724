#include "reports/ReportWords.h"

#include "reports/ReportOutput.h"

using namespace Qt::StringLiterals;

namespace adreview {

QString ReportWords::text(const char *english) const
{
    return QString::fromUtf8(english);
}

QString ReportWords::word(const QString &stored) const
{
    return stored;
}

QString ReportWords::duration(qint64 ms) const
{
    return ReportOutput::durationText(ms);
}

QString ReportWords::percent(double share) const
{
    return QString::number(100 * share, 'f', 1) + u" %"_s;
}

QString ReportWords::language() const
{
    return u"en"_s;
}

const ReportWords &ReportWords::english()
{
    static const ReportWords words;
    return words;
}

} // namespace adreview
