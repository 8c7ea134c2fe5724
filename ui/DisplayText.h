#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace adreview {

// How the case pane words times, spans and the evidence vocabulary, so every panel says them
// the same way.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(adreview::DisplayText)

public:
    static QString utc(const QDateTime &t);            // "2018-01-05 16:00", or "—" when unknown
    static QString span(qint64 seconds);               // "3 d", "5 h", "12 min"
    static QString kindName(const QString &kind);      // "News citation", ...
    static QString sourceCaption(const QString &kind); // "Publisher", "Agency" or "Source"
    static QString dateCaption(const QString &kind);   // "Published", "Issued" or "Date"
    static QString orDash(const QString &text);        // "—" for an empty field
    // Line breaks and tabs become spaces, for one-line cells; the text is otherwise kept as is.
    static QString oneLine(const QString &text);
    // Wraps outside text in a Unicode isolate, so a right-to-left override inside it cannot
    // reorder the sentence around it.
    static QString isolate(const QString &text);
};

} // namespace adreview
