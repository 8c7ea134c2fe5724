#include "CaseOutput.h"

#include "domain/EventHash.h"
#include "domain/EvidenceFields.h"
#include "reports/OrderedJson.h"
#include "reports/ReportWriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

const QStringList csvColumns{u"ref"_s,      u"advertiser"_s, u"advertiser_name"_s, u"country"_s, u"policy"_s,
                             u"priority"_s, u"source"_s,     u"state"_s,           u"outcome"_s, u"assignee"_s,
                             u"opened"_s,   u"due"_s,        u"evidence_count"_s,  u"summary"_s};

QString cell(const QString &value, int width)
{
    const QString p = CaseOutput::plain(value);
    if (p.size() <= width)
        return p.leftJustified(width);
    return p.left(width - 1) + u'…';
}

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? EventHash::formatTime(t) : QString();
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

OrderedJson caseObject(const CaseRecord &c)
{
    OrderedJson o;
    o.add(u"ref"_s, c.ref)
        .add(u"advertiser"_s, c.advertiserRef)
        .add(u"advertiser_name"_s, c.advertiserName)
        .add(u"country"_s, c.country)
        .add(u"policy"_s, c.policyCode)
        .add(u"priority"_s, c.priority)
        .add(u"source"_s, c.source)
        .add(u"state"_s, c.state)
        .add(u"outcome"_s, c.outcome)
        .add(u"assignee"_s, orNull(c.assignee))
        .add(u"opened"_s, isoOrEmpty(c.opened))
        .add(u"due"_s, isoOrEmpty(c.due))
        .add(u"evidence_count"_s, c.evidenceCount)
        .add(u"summary"_s, c.summary);
    return o;
}

} // namespace

QString CaseOutput::plain(const QString &value)
{
    QString out = value;
    for (QChar &ch : out) {
        const char16_t u = ch.unicode();
        if (u == u'\n' || u == u'\t' || u == u'\r')
            ch = u' ';
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e) ||
                 (u >= 0x2066 && u <= 0x2069))
            ch = QChar(0xfffd);
    }
    return out;
}

QString CaseOutput::time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : u"—"_s;
}

QString CaseOutput::csvField(const QString &value)
{
    QByteArray cell;
    appendCsvText(cell, value); // as the decision report writes it: quoted, formulas neutralised
    return QString::fromUtf8(cell);
}

void CaseOutput::begin()
{
    m_rows = 0;
    switch (m_format) {
    case Format::Csv:
        m_out << csvColumns.join(u',') << "\r\n";
        break;
    case Format::Json:
        m_out << "[";
        break;
    case Format::Table:
    case Format::Text:
        m_out << cell(u"CASE"_s, 16) << ' ' << cell(u"PRIORITY"_s, 8) << ' ' << cell(u"STATE"_s, 9) << ' '
              << cell(u"OUTCOME"_s, 10) << ' ' << cell(u"ADVERTISER"_s, 26) << ' ' << cell(u"CC"_s, 2) << ' '
              << cell(u"POLICY"_s, 16) << ' ' << cell(u"DUE"_s, 16) << ' ' << cell(u"ASSIGNEE"_s, 14) << ' ' << "EV\n";
        break;
    }
}

void CaseOutput::row(const CaseRecord &c)
{
    switch (m_format) {
    case Format::Csv: {
        const QStringList values{c.ref,
                                 c.advertiserRef,
                                 c.advertiserName,
                                 c.country,
                                 c.policyCode,
                                 c.priority,
                                 c.source,
                                 c.state,
                                 c.outcome,
                                 c.assignee,
                                 isoOrEmpty(c.opened),
                                 isoOrEmpty(c.due),
                                 QString::number(c.evidenceCount),
                                 c.summary};
        QStringList fields;
        for (const QString &v : values)
            fields << csvField(v);
        m_out << fields.join(u',') << "\r\n";
        break;
    }
    case Format::Json:
        m_out << (m_rows == 0 ? "\n" : ",\n") << caseObject(c).toString();
        break;
    case Format::Table:
    case Format::Text:
        m_out << cell(c.ref, 16) << ' ' << cell(c.priority, 8) << ' ' << cell(c.state, 9) << ' ' << cell(c.outcome, 10)
              << ' ' << cell(c.advertiserName, 26) << ' ' << cell(c.country, 2) << ' ' << cell(c.policyCode, 16) << ' '
              << cell(c.due.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), 16) << ' '
              << cell(c.assignee.isEmpty() ? u"—"_s : c.assignee, 14) << ' ' << c.evidenceCount << '\n';
        break;
    }
    ++m_rows;
}

void CaseOutput::end()
{
    if (m_format == Format::Json)
        m_out << (m_rows == 0 ? "]\n" : "\n]\n");
    else if (m_format == Format::Table || m_format == Format::Text)
        m_out << m_rows << (m_rows == 1 ? " case\n" : " cases\n");
    m_out.flush();
}

void CaseOutput::detail(const CaseRecord &c, const QList<Evidence> &evidence, const QList<Event> &history,
                        const QList<SignatureMark> &marks)
{
    if (m_format == Format::Json)
        detailJson(c, evidence, history, marks);
    else
        detailText(c, evidence, history, marks);
    m_out.flush();
}

void CaseOutput::detailText(const CaseRecord &c, const QList<Evidence> &evidence, const QList<Event> &history,
                            const QList<SignatureMark> &marks)
{
    m_out << plain(c.ref) << "  " << plain(c.advertiserName) << " (" << plain(c.advertiserRef) << ", "
          << plain(c.country) << ", " << plain(c.industry) << ") — advertiser " << c.advertiserStatus << '\n';
    m_out << "  State:    " << c.state << ", outcome " << c.outcome
          << (c.assignee.isEmpty() ? QString() : u", assigned to "_s + plain(c.assignee)) << '\n';
    const auto day = [](const QDate &d) { return d.toString(Qt::ISODate); };
    if (c.outcome == u"banned" && c.restrictedUntil.isValid())
        m_out << "  Ends:     restriction " << (m_now >= c.restrictedUntil ? "ended on " : "ends on ")
              << day(c.restrictedUntil.date()) << '\n';
    if (c.reviewBy.isValid())
        m_out << "  Review:   by " << day(c.reviewBy) << '\n';
    if (c.source == u"appeal") {
        m_out << "  Contests: ";
        if (!m_contested)
            m_out << "no ban of this advertiser was recorded before the appeal\n";
        else
            m_out << "the ban of " << m_contested->caseRef << " on " << time(m_contested->at) << " by "
                  << plain(m_contested->reviewer) << " (event " << m_contested->eventId << ")"
                  << (m_contested->filedLate(c.opened) ? "; filed more than six months after it" : "") << '\n';
    }
    m_out << "  Policy:   " << c.policyCode << "   Priority: " << c.priority << "   Source: " << c.source << '\n';
    m_out << "  Opened:   " << time(c.opened) << "   Due: " << time(c.due) << '\n';
    m_out << "  Summary:  " << plain(c.summary) << "\n\n";
    m_out << "Evidence (" << evidence.size() << ")\n";
    for (const Evidence &e : evidence) {
        m_out << "  " << plain(e.ref) << "  " << e.kind << "  " << plain(e.source);
        if (!e.reference.isEmpty())
            m_out << " " << plain(e.reference);
        m_out << ", " << e.date << "  [" << e.reliability << "]";
        if (!e.status.isEmpty())
            m_out << "  " << e.status;
        m_out << "\n      " << plain(e.title) << '\n';
        if (!e.excerpt.isEmpty())
            m_out << "      excerpt: " << plain(e.excerpt) << '\n';
        if (!e.url.isEmpty())
            m_out << "      " << plain(e.url) << '\n';
        if (!e.attachmentName.isEmpty())
            m_out << "      attached: " << plain(e.attachmentName) << " (" << plain(e.attachmentType) << ")\n";
        m_out << "      sha256 " << e.contentHash << '\n';
    }
    m_out << "\nHistory (" << history.size() << ")\n";
    for (qsizetype i = 0; i < history.size(); ++i) {
        const Event &e = history.at(i);
        m_out << "  " << time(e.at) << "  " << cell(e.action, 16) << ' ' << plain(e.reviewer) << " on "
              << plain(e.device);
        if (!e.policyCode.isEmpty() && e.action != u"flag")
            m_out << "  policy " << e.policyCode;
        if (!e.assignee.isEmpty())
            m_out << "  to " << plain(e.assignee);
        if (!e.outcome.isEmpty())
            m_out << "  outcome " << e.outcome;
        if (!e.evidenceRefs.isEmpty())
            m_out << "  citing " << plain(e.evidenceRefs.join(u", "_s));
        m_out << "\n      " << e.uuid << "  " << marks.value(i).describe() << '\n';
        if (!e.rationale.isEmpty() && e.action != u"flag")
            m_out << "      " << plain(e.rationale) << '\n';
    }
    if (c.heads.size() == 1)
        m_out << "\nLatest event: " << c.heads.first() << "  (decide --expect " << c.heads.first() << ")\n";
    else if (c.heads.size() > 1)
        m_out << "\nLatest events (diverged): " << c.heads.join(u", "_s) << '\n';
}

void CaseOutput::detailJson(const CaseRecord &c, const QList<Evidence> &evidence, const QList<Event> &history,
                            const QList<SignatureMark> &marks)
{
    OrderedJson o = caseObject(c);
    o.add(u"advertiser_status"_s, c.advertiserStatus)
        .add(u"industry"_s, c.industry)
        .add(u"decided"_s, orNull(isoOrEmpty(c.decidedAt)))
        .add(u"restricted_until"_s,
             orNull(c.restrictedUntil.isValid() ? c.restrictedUntil.date().toString(Qt::ISODate) : QString()))
        .add(u"review_by"_s, orNull(c.reviewBy.isValid() ? c.reviewBy.toString(Qt::ISODate) : QString()))
        .add(u"contests"_s, m_contested ? QJsonValue(m_contested->eventId) : QJsonValue(QJsonValue::Null))
        .add(u"appeal_filed_late"_s,
             m_contested ? QJsonValue(m_contested->filedLate(c.opened)) : QJsonValue(QJsonValue::Null))
        .add(u"heads"_s, QJsonArray::fromStringList(c.heads));
    QStringList items;
    for (const Evidence &e : evidence) {
        QJsonObject json = EvidenceFields::toJson(e);
        OrderedJson item;
        item.add(u"ref"_s, e.ref).add(u"kind"_s, e.kind);
        json.remove(u"ref"_s);
        json.remove(u"kind"_s);
        for (auto it = json.begin(); it != json.end(); ++it)
            item.add(it.key(), it.value());
        items << item.toString();
    }
    o.addRaw(u"evidence"_s, u'[' + items.join(u',') + u']');
    QStringList events;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const Event &e = history.at(i);
        OrderedJson item;
        item.add(u"id"_s, e.uuid)
            .add(u"action"_s, e.action)
            .add(u"at"_s, EventHash::formatTime(e.at))
            .add(u"reviewer"_s, e.reviewer)
            .add(u"device"_s, e.device)
            .add(u"policy"_s, orNull(e.policyCode))
            .add(u"rationale"_s, e.rationale)
            .add(u"evidence"_s, QJsonArray::fromStringList(e.evidenceRefs))
            .add(u"assignee"_s, orNull(e.assignee))
            .add(u"outcome"_s, orNull(e.outcome))
            .add(u"parents"_s, QJsonArray::fromStringList(e.parents))
            .add(u"seq"_s, e.seq)
            .add(u"hash"_s, e.hash)
            .add(u"signature"_s, marks.value(i).describe());
        events << item.toString();
    }
    o.addRaw(u"history"_s, u'[' + events.join(u',') + u']');
    m_out << o.toString() << '\n';
}

} // namespace adreview::cli
