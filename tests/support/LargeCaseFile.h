#pragma once

#include <QByteArray>
#include <QList>

namespace adreview::test {

// Case files large enough to be read in parts: one case per line, each with two evidence items
// and a long summary, so that a few thousand cases are larger than
// JsonImportParser::partsFromSize. Case i belongs to advertiser adv-i.
inline QByteArray caseLine(int i, const QByteArray &priority = "high", const QByteArray &ref = {})
{
    const QByteArray n = QByteArray::number(i);
    return "{\"ref\": \"" + (ref.isEmpty() ? "CASE-" + n : ref) + "\", \"advertiser\": \"adv-" + n +
           "\", \"policy\": \"ADS-NATSEC\", \"summary\": \"Case " + n + ": " + QByteArray(600, 's') +
           "\", \"priority\": \"" + priority +
           "\", \"source\": \"press\", \"opened\": \"2019-01-06T09:00:00Z\", \"due\": \"2019-01-06T21:00:00Z\", "
           "\"evidence\": ["
           "{\"ref\": \"EV-1\", \"kind\": \"news-citation\", \"title\": \"Report " +
           n + "\", \"publisher\": \"The Ledger\", \"published\": \"2019-01-06\", \"url\": \"https://news.example/" +
           n +
           "\", \"excerpt\": \"Quote \\\"verbatim\\\".\", \"reliability\": \"probable\"}, "
           "{\"ref\": \"EV-2\", \"kind\": \"agency-advisory\", \"title\": \"Advisory\", \"agency\": \"NCSC\", "
           "\"reference\": \"ADV " +
           n +
           "\", \"jurisdiction\": \"GB\", \"issued\": \"2019-01-06\", \"status\": \"in-force\", \"reliability\": "
           "\"confirmed\"}]}";
}

// The advertisers adv-0 .. adv-(advertisers - 1) are all on the first line, with the cases'
// array opening; case i is on line i + 2.
inline QByteArray caseFile(const QList<QByteArray> &cases, int advertisers = 0)
{
    QByteArray out = "{\"format\": \"adreview-cases\", \"version\": 1, \"advertisers\": [";
    for (int i = 0; i < advertisers; ++i)
        out += QByteArray(i ? ", " : "") + "{\"ref\": \"adv-" + QByteArray::number(i) + "\", \"name\": \"Advertiser " +
               QByteArray::number(i) + "\", \"country\": \"GB\"}";
    out += "], \"cases\": [\n";
    for (qsizetype i = 0; i < cases.size(); ++i)
        out += cases[i] + (i + 1 < cases.size() ? ",\n" : "\n");
    return out + "]}\n";
}

inline QList<QByteArray> manyCases(int n)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out << caseLine(i);
    return out;
}

} // namespace adreview::test
