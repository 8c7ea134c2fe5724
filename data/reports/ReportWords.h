#pragma once

#include <QString>

namespace adreview {

// The words of a report people read (HTML): its fixed texts, the stored vocabulary words it shows
// (outcomes, states, actions) and how it says a duration. This base speaks English, as files
// written from the command line do; the window passes one in its reader's language
// (ui/reports/ReportText), so that data/ holds no translated text.
class ReportWords {
public:
    virtual ~ReportWords() = default;

    // A fixed text, given in English; %1… are filled in after it is worded.
    virtual QString text(const char *english) const;
    // A stored word of the vocabulary (an outcome, state, action or evidence kind), or an age
    // bucket of the backlog ("under 1 day").
    virtual QString word(const QString &stored) const;
    virtual QString duration(qint64 ms) const;   // "20.5 h", "2.9 d"
    virtual QString percent(double share) const; // 0.286 -> "28.6 %"
    virtual QString language() const;            // the page's lang attribute: "en"

    static const ReportWords &english();
};

} // namespace adreview
