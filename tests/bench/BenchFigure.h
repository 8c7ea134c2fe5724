#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>

namespace adreview::bench {

// One measured figure: the seconds of each run.
struct Figure {
    QList<double> seconds;
    double median() const
    {
        QList<double> s = seconds;
        std::sort(s.begin(), s.end());
        return s[s.size() / 2];
    }
    double min() const { return *std::min_element(seconds.begin(), seconds.end()); }
    double max() const { return *std::max_element(seconds.begin(), seconds.end()); }
};

// "name: median s (min–max)", then " target T: ok|MISSED" when there is a target.
inline void printFigure(QTextStream &out, const QString &name, const Figure &f, const QString &target = {},
                        bool ok = true)
{
    out << name << ": " << QString::number(f.median(), 'f', 3) << " s (" << QString::number(f.min(), 'f', 3) << "–"
        << QString::number(f.max(), 'f', 3) << ")";
    if (!target.isEmpty())
        out << " target " << target << ": " << (ok ? "ok" : "MISSED");
    out << '\n';
    out.flush();
}

} // namespace adreview::bench
