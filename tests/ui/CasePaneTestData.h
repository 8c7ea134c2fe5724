#pragma once

// What the case pane tests feed it: a case file full of text an attacker controls, pictures
// honest and hostile, and a dark palette.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QString>

namespace adreview::test::casepane {

using namespace Qt::StringLiterals;

inline const QString hostileName = u"<img src=file:///etc/passwd>"_s;
inline const QString hostileExcerpt = u"<b>bold</b> and \u202Efdp.exe"_s;
inline const QString hostileRationale = u"<a href=\"file:///etc/passwd\">see</a> \u202Etxt"_s;

inline QByteArray pngBytes(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline void appendBigEndian(QByteArray &out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xff));
}

inline void appendChunk(QByteArray &out, const QByteArray &type, const QByteArray &data)
{
    appendBigEndian(out, quint32(data.size()));
    out.append(type + data);
    appendBigEndian(out, crc32(type + data));
}

// A PNG that claims a picture of width × height pixels and carries no pixels at all.
inline QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr;
    appendBigEndian(ihdr, width);
    appendBigEndian(ihdr, height);
    ihdr.append("\x08\x02\x00\x00\x00", 5); // 8-bit RGB
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    appendChunk(out, "IHDR", ihdr);
    appendChunk(out, "IDAT", {});
    appendChunk(out, "IEND", {});
    return out;
}

inline QJsonObject attachment(const QString &name, const QString &type, const QByteArray &bytes)
{
    return {{u"name"_s, name}, {u"type"_s, type}, {u"data"_s, QString::fromLatin1(bytes.toBase64())}};
}

// A small case file with text an attacker controls: markup, a right-to-left override, pictures.
inline QByteArray hostileCaseFile()
{
    const QJsonObject advertiser{{u"ref"_s, u"evil-corp"_s},   {u"name"_s, hostileName},
                                 {u"country"_s, u"US"_s},      {u"industry"_s, u"<i>Industry</i>"_s},
                                 {u"aliases"_s, QJsonArray{}}, {u"website"_s, u"https://evil.example"_s}};
    const QJsonArray evidence{
        QJsonObject{{u"ref"_s, u"EV-1"_s},
                    {u"kind"_s, u"news-citation"_s},
                    {u"title"_s, u"<h1>Title</h1>"_s},
                    {u"publisher"_s, u"<font color=red>Daily</font>"_s},
                    {u"author"_s, u"<script>x</script>"_s},
                    {u"url"_s, u"http://news.example/story?a=1&b=%3C2%3E"_s},
                    {u"published"_s, u"2018-05-01"_s},
                    {u"excerpt"_s, hostileExcerpt},
                    {u"reliability"_s, u"doubtful"_s}},
        QJsonObject{
            {u"ref"_s, u"EV-2"_s},
            {u"kind"_s, u"internal-signal"_s},
            {u"title"_s, u"Screenshot of the ad"_s},
            {u"source"_s, u"Ad review tooling"_s},
            {u"date"_s, u"2018-05-02"_s},
            {u"reliability"_s, u"confirmed"_s},
            {u"attachment"_s, attachment(u"../../shots/\u202Egnp.screen.png"_s, u"image/png"_s, pngBytes(640, 480))}},
        QJsonObject{{u"ref"_s, u"EV-3"_s},
                    {u"kind"_s, u"platform-action"_s},
                    {u"title"_s, u"Claims to be huge"_s},
                    {u"source"_s, u"Other platform"_s},
                    {u"date"_s, u"2018-05-03"_s},
                    {u"reliability"_s, u"unknown"_s},
                    {u"attachment"_s, attachment(u"bomb.png"_s, u"image/png"_s, pngClaiming(100000, 100000))}},
        QJsonObject{{u"ref"_s, u"EV-4"_s},
                    {u"kind"_s, u"company-statement"_s},
                    {u"title"_s, u"Launcher"_s},
                    {u"source"_s, u"Advertiser"_s},
                    {u"date"_s, u"2018-05-04"_s},
                    {u"reliability"_s, u"unknown"_s},
                    {u"attachment"_s, attachment(u"run-me.desktop"_s, u"text/plain"_s, "[Desktop Entry]\n")}}};
    const QJsonArray history{QJsonObject{{u"action"_s, u"annotate"_s},
                                         {u"reviewer"_s, u"<b>mallory</b>"_s},
                                         {u"device"_s, u"laptop-m"_s},
                                         {u"at"_s, u"2018-05-05T10:00:00Z"_s},
                                         {u"rationale"_s, hostileRationale}}};
    const QJsonObject kase{{u"ref"_s, u"CASE-2099-0001"_s},
                           {u"advertiser"_s, u"evil-corp"_s},
                           {u"policy"_s, u"ADS-NATSEC"_s},
                           {u"summary"_s, u"<marquee>summary</marquee>"_s},
                           {u"priority"_s, u"normal"_s},
                           {u"source"_s, u"press"_s},
                           {u"opened"_s, u"2018-05-01T08:00:00Z"_s},
                           {u"due"_s, u"2018-07-01T08:00:00Z"_s},
                           {u"evidence"_s, evidence},
                           {u"history"_s, history}};
    const QJsonObject file{{u"format"_s, u"adreview-cases"_s},
                           {u"version"_s, 1},
                           {u"advertisers"_s, QJsonArray{advertiser}},
                           {u"cases"_s, QJsonArray{kase}}};
    return QJsonDocument(file).toJson();
}

inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace adreview::test::casepane
