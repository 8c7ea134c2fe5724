#include "widgets/DisplayText.h"

#include "domain/EvidenceKinds.h"

using namespace Qt::StringLiterals;

namespace adreview {

QString DisplayText::utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : u"—"_s;
}

QString DisplayText::span(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    if (s >= 86400)
        return tr("%1 d").arg(s / 86400);
    if (s >= 3600)
        return tr("%1 h").arg(s / 3600);
    return tr("%1 min").arg(s / 60);
}

// The caption of an import-format key as the window shows it.
QString DisplayText::fieldCaption(const QString &key)
{
    if (key == u"publisher")
        return tr("Publisher");
    if (key == u"agency")
        return tr("Agency");
    if (key == u"published")
        return tr("Published");
    if (key == u"issued")
        return tr("Issued");
    if (key == u"date")
        return tr("Date");
    return tr("Source");
}

QString DisplayText::sourceCaption(const QString &kind)
{
    return fieldCaption(evidencekinds::of(kind).sourceKey);
}

QString DisplayText::dateCaption(const QString &kind)
{
    return fieldCaption(evidencekinds::of(kind).dateKey);
}

QString DisplayText::orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

QString DisplayText::oneLine(const QString &text)
{
    QString out = capped(text, maxLine);
    for (QChar &c : out) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out;
}

QString DisplayText::isolate(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString DisplayText::capped(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype keep = max - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    return text.left(keep) + u'…';
}

QString DisplayText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return u"<p style='white-space:pre-wrap'>%1</p>"_s.arg(capped(text, maxLine).toHtmlEscaped());
}

} // namespace adreview
