#pragma once

#include <QStringView>

namespace adreview {

// Orders references the way people number them: runs of digits compare by their value, so EV-2
// comes before EV-10; everything else compares character by character. Without a locale's
// collator, which costs more to set up than a case's whole evidence list takes to read.
inline bool naturalLess(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei] == u'0' && ei + 1 < a.size() && a[ei + 1].isDigit())
                ++ei; // leading zeros do not count
            while (ej < b.size() && b[ej] == u'0' && ej + 1 < b.size() && b[ej + 1].isDigit())
                ++ej;
            qsizetype ni = ei, nj = ej;
            while (ni < a.size() && a[ni].isDigit())
                ++ni;
            while (nj < b.size() && b[nj].isDigit())
                ++nj;
            if (ni - ei != nj - ej)
                return ni - ei < nj - ej; // more digits, larger number
            for (qsizetype k = 0; k < ni - ei; ++k) {
                if (a[ei + k] != b[ej + k])
                    return a[ei + k].digitValue() < b[ej + k].digitValue();
            }
            i = ni;
            j = nj;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return a.size() - i < b.size() - j;
    return a < b; // equal up to leading zeros: still a strict order
}

} // namespace adreview
