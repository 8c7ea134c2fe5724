#include "import/JsonImportParser.h"

#include "domain/DsaDecision.h"
#include "domain/Vocabulary.h"
#include "import/ImportRecords.h"
#include "import/JsonTextCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    const qsizetype lastBreak = bytes.lastIndexOf('\n', offset - 1);
    return u"line %1, column %2"_s.arg(line).arg(offset - lastBreak);
}

QString item(const QString &path, qsizetype i)
{
    return u"%1[%2]"_s.arg(path).arg(i);
}

// A record with a fault in its text is left out of what the writer checks against the database,
// as one with a fault in a field is: what QJsonDocument made of it is not what the file says.
void markFaultyRecords(const QList<JsonTextCheck::Fault> &faults, ImportPlan &plan)
{
    for (const JsonTextCheck::Fault &f : faults) {
        const qsizetype open = f.path.indexOf(u'[');
        const qsizetype close = f.path.indexOf(u']', open);
        if (open < 0 || close < 0)
            continue;
        bool number = false;
        const qsizetype i = f.path.sliced(open + 1, close - open - 1).toLongLong(&number);
        const QStringView list = QStringView(f.path).left(open);
        if (!number || i < 0)
            continue;
        if (list == u"policies" && i < plan.policyValid.size())
            plan.policyValid[i] = false;
        else if (list == u"advertisers" && i < plan.advertiserValid.size())
            plan.advertiserValid[i] = false;
        else if (list == u"cases" && i < plan.cases.size())
            plan.cases[i].valid = false;
    }
}

} // namespace

Result<ImportPlan> JsonImportParser::parse(const QByteArray &bytes, const QString &fileName, ImportSink *sink)
{
    return parse(bytes, fileName, bytes.size() >= partsFromSize, sink);
}

Result<ImportPlan> JsonImportParser::parse(const QByteArray &bytes, const QString &fileName, bool inParts,
                                           ImportSink *sink)
{
    m_fields = JsonFields();
    if (bytes.size() > maxFileSize)
        return Error::rejected(u"%1: the file is too large (%2 MB; at most %3 MB)"_s.arg(fileName)
                                   .arg(bytes.size() / (1024 * 1024))
                                   .arg(maxFileSize / (1024 * 1024)));
    QJsonParseError error;
    // A large file is read as its cases and the rest: the rest here, with an empty array where the
    // cases were, and the cases in parts on every core.
    std::optional<JsonSplit::Span> cases;
    if (inParts && bytes.size() <= maxFileSize) {
        if (auto spans = JsonSplit::topLevelArrays(bytes, {"cases"}); spans && spans->contains("cases"))
            cases = spans->value("cases");
    }
    QJsonDocument doc;
    QByteArray rest;
    if (cases) {
        rest = JsonSplit::withoutArrays(bytes, {{"cases", *cases}});
        doc = QJsonDocument::fromJson(rest, &error);
        if (error.error != QJsonParseError::NoError)
            cases.reset(); // the message's place must be the file's: parse it whole
    }
    if (!cases)
        doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::rejected(
            u"%1: not valid JSON at %2: %3"_s.arg(fileName, lineAndColumn(bytes, error.offset), error.errorString()));
    if (!doc.isObject())
        return Error::rejected(u"%1: expected a JSON object with \"format\": \"adreview-cases\""_s.arg(fileName));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != u"adreview-cases")
        return Error::rejected(u"%1: format: expected \"adreview-cases\", found %2"_s.arg(
            fileName, QString::fromUtf8(QJsonDocument(QJsonArray{root.value(u"format"_s)})
                                            .toJson(QJsonDocument::Compact)
                                            .mid(1)
                                            .chopped(1)
                                            .left(60))));
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != 1.0) {
        if (version.isDouble() && version.toDouble() > 1.0)
            return Error::rejected(u"%1: version: format version %2 is newer than this program reads (1); use a "
                                   "newer AdReview"_s.arg(fileName)
                                       .arg(version.toDouble()));
        return Error::rejected(u"%1: version: expected 1"_s.arg(fileName));
    }
    // QJsonDocument reads some faults without a word, so the text is looked at too; cases read in
    // parts are looked at in their parts.
    QList<JsonTextCheck::Fault> textFaults;
    JsonTextCheck::check(cases ? QByteArrayView(rest) : QByteArrayView(bytes), {}, textFaults);
    for (const JsonTextCheck::Fault &f : std::as_const(textFaults))
        m_fields.fault(f.path, f.message);
    m_fields.onlyKeys(root, {}, {u"format"_s, u"version"_s, u"policies"_s, u"advertisers"_s, u"cases"_s});

    ImportPlan plan;
    readPolicies(root.value(u"policies"_s), plan);
    readAdvertisers(root.value(u"advertisers"_s), plan);
    if (!cases) {
        readCases(root.value(u"cases"_s), plan);
    } else if (sink) {
        markFaultyRecords(textFaults, plan);
        plan.faults = m_fields.faults();
        m_fields.faults().clear();
        if (!sink->begin(plan, cases->elements.size()))
            return plan;
        if (!streamCases(bytes, *cases, *sink)) {
            // The message and its place in the file come from reading it whole.
            auto whole = parse(bytes, fileName, false, nullptr);
            if (!whole)
                return whole.error();
            return Error::rejected(u"%1: not valid JSON"_s.arg(fileName));
        }
        return plan;
    } else if (!readCasesInParts(bytes, *cases, plan)) {
        return parse(bytes, fileName, false, nullptr); // for the message and its place in the file
    }
    markFaultyRecords(textFaults, plan);
    plan.faults = m_fields.faults();
    return plan;
}

QList<QJsonObject> JsonImportParser::objects(const QJsonValue &v, const QString &path, bool required)
{
    QList<QJsonObject> out;
    if (v.isUndefined() || v.isNull()) {
        if (required)
            m_fields.fault(path, u"missing"_s);
        return out;
    }
    if (!v.isArray()) {
        m_fields.fault(path, u"expected an array"_s);
        return out;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            m_fields.fault(item(path, i), u"expected an object"_s);
            out.append(QJsonObject());
            continue;
        }
        out.append(array[i].toObject());
    }
    return out;
}

void JsonImportParser::readPolicies(const QJsonValue &v, ImportPlan &plan)
{
    const auto list = objects(v, u"policies"_s, false);
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = item(u"policies"_s, i);
        const QJsonObject &o = list[i];
        const qsizetype faultsBefore = m_fields.faults().size();
        m_fields.onlyKeys(o, path, {u"code"_s, u"title"_s, u"description"_s});
        Policy p;
        p.code = m_fields.ref(o, path, u"code"_s);
        p.title = m_fields.text(o, path, u"title"_s, true, limits::title);
        p.description = m_fields.text(o, path, u"description"_s, false, limits::summary);
        if (!p.code.isEmpty() && seen.contains(p.code))
            m_fields.fault(path + u".code"_s, u"duplicate policy %1 in this file"_s.arg(p.code));
        seen.insert(p.code);
        plan.policies.append(p);
        plan.policyPaths.append(path);
        plan.policyValid.append(m_fields.faults().size() == faultsBefore);
    }
}

void JsonImportParser::readAdvertisers(const QJsonValue &v, ImportPlan &plan)
{
    const auto list = objects(v, u"advertisers"_s, false);
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = item(u"advertisers"_s, i);
        const qsizetype faultsBefore = m_fields.faults().size();
        const Advertiser a = ImportRecords::advertiser(m_fields, list[i], path);
        if (!a.ref.isEmpty() && seen.contains(a.ref))
            m_fields.fault(path + u".ref"_s, u"duplicate advertiser %1 in this file"_s.arg(a.ref));
        seen.insert(a.ref);
        plan.advertisers.append(a);
        plan.advertiserPaths.append(path);
        plan.advertiserValid.append(m_fields.faults().size() == faultsBefore);
    }
}

void JsonImportParser::readCases(const QJsonValue &v, ImportPlan &plan)
{
    if (v.isUndefined() || v.isNull()) {
        m_fields.fault(u"cases"_s, u"missing"_s);
        return;
    }
    if (!v.isArray()) {
        m_fields.fault(u"cases"_s, u"expected an array"_s);
        return;
    }
    const QJsonArray array = v.toArray();
    plan.cases.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        readCaseValue(array[i], i, plan);
    QSet<QString> seen;
    markDuplicateCases(plan.cases, seen);
}

namespace {

constexpr qsizetype casesPerPart = 2048;

} // namespace

struct JsonImportParser::CasePart {
    QList<PlannedCase> cases;
    QStringList faults;
};

JsonSplit::PartReader JsonImportParser::caseReader(std::vector<CasePart> &parts, QByteArrayView bytes,
                                                   const JsonSplit::Span &span)
{
    return [&parts, bytes, &span](qsizetype p, qsizetype first, const QJsonArray &array) {
        JsonImportParser reader;
        ImportPlan part;
        part.cases.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const auto [from, to] = span.elements[first + i];
            reader.readCaseValue(array[i], first + i, part, bytes.sliced(from, to - from));
        }
        parts[size_t(p)] = {std::move(part.cases), reader.m_fields.faults()};
    };
}

bool JsonImportParser::readCasesInParts(const QByteArray &bytes, const JsonSplit::Span &span, ImportPlan &plan)
{
    std::vector<CasePart> done(static_cast<size_t>(JsonSplit::partCount(span, casesPerPart)));
    if (!JsonSplit::readInParts(bytes, span, casesPerPart, caseReader(done, bytes, span)))
        return false;
    plan.cases.reserve(span.elements.size());
    for (CasePart &part : done) {
        for (PlannedCase &c : part.cases)
            plan.cases.append(std::move(c));
        m_fields.faults() += part.faults;
    }
    QSet<QString> seen;
    markDuplicateCases(plan.cases, seen);
    return true;
}

bool JsonImportParser::streamCases(const QByteArray &bytes, const JsonSplit::Span &span, ImportSink &sink)
{
    std::vector<CasePart> done(static_cast<size_t>(JsonSplit::partCount(span, casesPerPart)));
    QSet<QString> seen;
    seen.reserve(span.elements.size());
    const auto deliver = [&](qsizetype p) {
        CasePart part = std::move(done[size_t(p)]);
        markDuplicateCases(part.cases, seen);
        part.faults += m_fields.faults();
        m_fields.faults().clear();
        return sink.add(part.cases, part.faults);
    };
    return JsonSplit::streamInParts(bytes, span, casesPerPart, caseReader(done, bytes, span), deliver) !=
           JsonSplit::Outcome::NotJson;
}

void JsonImportParser::readCaseValue(const QJsonValue &v, qsizetype index, ImportPlan &plan, QByteArrayView text)
{
    const QString path = item(u"cases"_s, index);
    const qsizetype faultsBefore = m_fields.faults().size();
    if (!text.isEmpty()) {
        QList<JsonTextCheck::Fault> textFaults;
        JsonTextCheck::check(text, path, textFaults);
        for (const JsonTextCheck::Fault &f : std::as_const(textFaults))
            m_fields.fault(f.path, f.message);
    }
    if (!v.isObject())
        m_fields.fault(path, u"expected an object"_s);
    readCase(v.toObject(), path, plan);
    plan.cases.last().valid = m_fields.faults().size() == faultsBefore;
}

void JsonImportParser::markDuplicateCases(QList<PlannedCase> &cases, QSet<QString> &seen)
{
    for (PlannedCase &c : cases) {
        if (c.record.ref.isEmpty())
            continue;
        if (seen.contains(c.record.ref)) {
            m_fields.fault(c.path + u".ref"_s, u"duplicate case %1 in this file"_s.arg(c.record.ref));
            c.valid = false;
        }
        seen.insert(c.record.ref);
    }
}

void JsonImportParser::readCase(const QJsonObject &o, const QString &path, ImportPlan &plan)
{
    static const QStringList keys = ImportRecords::caseKeys() + QStringList{u"evidence"_s, u"history"_s};
    m_fields.onlyKeys(o, path, keys);
    PlannedCase c;
    c.path = path;
    c.record = ImportRecords::caseRecord(m_fields, o, path);
    readEvidence(o, path, c);
    readHistory(o, path, c);
    plan.cases.append(std::move(c));
}

void JsonImportParser::readRevision(QJsonObject &o, const QString &path, PlannedCase &c, qsizetype index)
{
    // The keys of a revision are the import's own: taken out before the item is read as an item.
    static const QStringList keys{u"revision"_s, u"superseded_by"_s, u"retracted"_s, u"effective"_s,
                                  u"revision_note"_s};
    QJsonObject asked;
    for (const QString &key : keys) {
        if (o.contains(key))
            asked.insert(key, o.take(key));
    }
    if (asked.isEmpty())
        return;
    const QJsonValue marked = asked.value(u"revision"_s);
    if (!marked.isUndefined() && !marked.isBool())
        m_fields.fault(m_fields.at(path, u"revision"_s), u"expected true or false"_s);
    if (!marked.toBool()) {
        for (auto it = asked.begin(); it != asked.end(); ++it) {
            if (it.key() != u"revision")
                m_fields.fault(m_fields.at(path, it.key()), u"only an item marked \"revision\": true has it"_s);
        }
        return;
    }
    PlannedRevision r;
    r.item = index;
    r.supersededBy = m_fields.text(asked, path, u"superseded_by"_s, false, limits::shortText);
    const QJsonValue retracted = asked.value(u"retracted"_s);
    if (!retracted.isUndefined() && !retracted.isBool())
        m_fields.fault(m_fields.at(path, u"retracted"_s), u"expected true or false"_s);
    r.retracted = retracted.toBool();
    const QString effective = m_fields.date(asked, path, u"effective"_s, false);
    r.effective = QDate::fromString(effective, Qt::ISODate);
    r.note = m_fields.text(asked, path, u"revision_note"_s, false, limits::rationale);
    c.revisions.append(r);
}

void JsonImportParser::readEvidence(const QJsonObject &o, const QString &casePath, PlannedCase &c)
{
    const QString listPath = casePath + u".evidence"_s;
    const auto list = objects(o.value(u"evidence"_s), listPath, false);
    c.evidence.reserve(list.size());
    c.evidencePaths.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = item(listPath, i);
        QJsonObject fields = list[i];
        readRevision(fields, path, c, c.evidence.size());
        Evidence ev = ImportRecords::evidence(m_fields, fields, path);
        // A case holds a few items: a look at the earlier ones costs less than a hash set. An item
        // of no known kind was reported already.
        const auto sameRef = [&ev](const Evidence &earlier) {
            return !earlier.kind.isEmpty() && earlier.ref == ev.ref;
        };
        if (!ev.kind.isEmpty() && !ev.ref.isEmpty() && std::any_of(c.evidence.cbegin(), c.evidence.cend(), sameRef))
            m_fields.fault(path + u".ref"_s, u"duplicate evidence %1 in this case"_s.arg(ev.ref));
        c.evidence.append(std::move(ev));
        c.evidencePaths.append(path);
    }
}

QString JsonImportParser::statementText(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        m_fields.fault(path, u"must be an object: the decision's statement of reasons"_s);
        return {};
    }
    // Fields left empty are left out, as the record's one text leaves them out.
    QJsonObject given = v.toObject();
    for (auto it = given.begin(); it != given.end();) {
        const bool empty = (it->isString() && it->toString().isEmpty()) || (it->isArray() && it->toArray().isEmpty());
        it = empty ? given.erase(it) : it + 1;
    }
    if (given.isEmpty())
        return {};
    auto decision = dsa::Decision::fromText(QString::fromUtf8(QJsonDocument(given).toJson(QJsonDocument::Compact)));
    if (!decision) {
        m_fields.fault(path, decision.error().message);
        return {};
    }
    return decision->toText();
}

void JsonImportParser::readHistory(const QJsonObject &o, const QString &casePath, PlannedCase &c)
{
    const QString listPath = casePath + u".history"_s;
    const auto list = objects(o.value(u"history"_s), listPath, false);
    QStringList actions = vocab::actions();
    actions.removeAll(u"flag"_s);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = item(listPath, i);
        const QJsonObject &h = list[i];
        m_fields.onlyKeys(h, path,
                          {u"action"_s, u"reviewer"_s, u"device"_s, u"at"_s, u"policy"_s, u"rationale"_s, u"evidence"_s,
                           u"assignee"_s, u"outcome"_s, u"saw"_s, u"statement"_s});
        PlannedEvent e;
        e.path = path;
        e.action = m_fields.oneOf(h, path, u"action"_s, actions, true);
        e.reviewer = m_fields.text(h, path, u"reviewer"_s, true, limits::shortText);
        e.device = m_fields.ref(h, path, u"device"_s);
        e.at = m_fields.time(h, path, u"at"_s, true);
        if (h.contains(u"policy"_s))
            e.policyCode = m_fields.ref(h, path, u"policy"_s);
        e.rationale = m_fields.text(h, path, u"rationale"_s, false, limits::rationale);
        e.evidenceRefs = m_fields.textList(h, path, u"evidence"_s, 100);
        e.assignee = m_fields.text(h, path, u"assignee"_s, false, limits::shortText);
        e.outcome = m_fields.oneOf(h, path, u"outcome"_s, {u"banned"_s, u"cleared"_s, u"reinstated"_s}, false);
        if (const auto saw = m_fields.integer(h, path, u"saw"_s)) {
            if (*saw < -1 || *saw >= i)
                m_fields.fault(path + u".saw"_s, u"must name an earlier entry of this history (or -1 for the "
                                                 "flag)"_s);
            else
                e.saw = *saw;
        }
        if (h.contains(u"statement"_s))
            e.statement = statementText(h.value(u"statement"_s), path + u".statement"_s);
        if (e.at.isValid() && c.record.opened.isValid() && e.at < c.record.opened)
            m_fields.fault(path + u".at"_s, u"before the case was opened"_s);
        c.history.append(e);
    }
}

} // namespace adreview
