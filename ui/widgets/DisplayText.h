#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace adreview {

// How the case pane words times, spans and evidence captions, so every panel says them the same
// way (the vocabulary's words: VocabularyText).
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(adreview::DisplayText)

public:
    static QString utc(const QDateTime &t);            // "2018-01-05 16:00", or "—" when unknown
    static QString span(qint64 seconds);               // "3 d", "5 h", "12 min"
    static QString sourceCaption(const QString &kind); // "Publisher", "Agency" or "Source"
    static QString dateCaption(const QString &kind);   // "Published", "Issued" or "Date"
    static QString fieldCaption(const QString &key);   // of a source or date key: "Publisher", ...
    static QString orDash(const QString &text);        // "—" for an empty field
    // Line breaks and tabs become spaces, for one-line cells, and what is longer than a cell can
    // show (maxLine characters) is cut; the text is otherwise kept as is.
    static QString oneLine(const QString &text);
    static constexpr qsizetype maxLine = 1000;
    // Wraps outside text in a Unicode isolate, so a right-to-left override inside it cannot
    // reorder the sentence around it.
    static QString isolate(const QString &text);
    // At most `max` characters of outside text, the rest cut with "…": a sync bundle carries text
    // without the importer's limits, and a label laid out around a mebibyte of it would not fit on
    // any screen.
    static QString capped(const QString &text, qsizetype max);
    // Outside text for a tooltip, which Qt shows as rich text whenever it looks like markup: escaped
    // (so "<img src=…>" stays text and loads nothing), its line breaks kept, a long one cut.
    static QString toolTip(const QString &text);
};

} // namespace adreview
