#include "import/JsonSplit.h"

#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace adreview {

std::optional<JsonSplit::Spans> JsonSplit::topLevelArrays(QByteArrayView json, const QList<QByteArray> &keys)
{
    return JsonSplit(json).walk(keys);
}

void JsonSplit::skipSpace()
{
    while (m_at < m_json.size()) {
        const char c = m_json[m_at];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_at;
    }
}

bool JsonSplit::skipString()
{
    for (++m_at; m_at < m_json.size(); ++m_at) {
        const char c = m_json[m_at];
        if (c == '\\')
            ++m_at;
        else if (c == '"')
            return ++m_at, true;
    }
    return false;
}

bool JsonSplit::skipValue()
{
    if (m_at >= m_json.size())
        return false;
    const char first = m_json[m_at];
    if (first == '"')
        return skipString();
    if (first != '{' && first != '[') { // a number, true, false or null: up to the next delimiter
        const qsizetype start = m_at;
        while (m_at < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json[m_at]))
            ++m_at;
        return m_at > start;
    }
    // Brackets only need to balance here; the parser that reads the value checks their kinds.
    int depth = 0;
    while (m_at < m_json.size()) {
        const char c = m_json[m_at];
        if (c == '"') {
            if (!skipString())
                return false;
            continue;
        }
        ++m_at;
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return true;
    }
    return false;
}

bool JsonSplit::readArray(Span &span)
{
    span.begin = m_at++;
    skipSpace();
    if (m_at < m_json.size() && m_json[m_at] == ']') {
        span.end = ++m_at;
        return true;
    }
    while (true) {
        skipSpace();
        const qsizetype start = m_at;
        if (!skipValue())
            return false;
        span.elements.append({start, m_at});
        skipSpace();
        if (m_at >= m_json.size())
            return false;
        const char c = m_json[m_at++];
        if (c == ']')
            break;
        if (c != ',')
            return false;
    }
    span.end = m_at;
    return true;
}

std::optional<JsonSplit::Spans> JsonSplit::walk(const QList<QByteArray> &keys)
{
    Spans found;
    skipSpace();
    if (m_at >= m_json.size() || m_json[m_at] != '{')
        return std::nullopt;
    ++m_at;
    skipSpace();
    if (m_at < m_json.size() && m_json[m_at] == '}')
        return std::nullopt;
    while (true) {
        skipSpace();
        if (m_at >= m_json.size() || m_json[m_at] != '"')
            return std::nullopt;
        const qsizetype keyStart = m_at + 1;
        if (!skipString())
            return std::nullopt;
        const QByteArrayView name = m_json.sliced(keyStart, m_at - 1 - keyStart);
        if (name.contains('\\')) // an escaped key may spell one of those sought
            return std::nullopt;
        skipSpace();
        if (m_at >= m_json.size() || m_json[m_at] != ':')
            return std::nullopt;
        ++m_at;
        skipSpace();
        if (keys.contains(name)) {
            const QByteArray key = name.toByteArray();
            Span span;
            if (found.contains(key) || m_at >= m_json.size() || m_json[m_at] != '[' || !readArray(span))
                return std::nullopt;
            found.insert(key, std::move(span));
        } else if (!skipValue()) {
            return std::nullopt;
        }
        skipSpace();
        if (m_at >= m_json.size())
            return std::nullopt;
        const char c = m_json[m_at++];
        if (c == '}')
            break;
        if (c != ',')
            return std::nullopt;
    }
    skipSpace();
    if (m_at != m_json.size())
        return std::nullopt;
    return found;
}

QByteArray JsonSplit::withoutArrays(QByteArrayView json, const Spans &spans)
{
    QList<const Span *> ordered;
    for (const Span &span : spans)
        ordered.append(&span);
    std::sort(ordered.begin(), ordered.end(), [](const Span *a, const Span *b) { return a->begin < b->begin; });
    QByteArray out;
    qsizetype from = 0;
    for (const Span *span : ordered) {
        out.append(json.sliced(from, span->begin - from)).append("[]");
        from = span->end;
    }
    return out.append(json.sliced(from));
}

qsizetype JsonSplit::partCount(const Span &span, qsizetype perPart)
{
    return (span.elements.size() + perPart - 1) / perPart;
}

bool JsonSplit::readPart(QByteArrayView json, const Span &span, qsizetype perPart, qsizetype part,
                         const PartReader &read)
{
    const qsizetype first = part * perPart;
    const qsizetype last = std::min(span.elements.size(), first + perPart);
    const qsizetype from = span.elements[first].first;
    const qsizetype to = span.elements[last - 1].second;
    // Inside two arrays, so the elements are as deep as in the document (an object, then the
    // array under its key) and the parser's nesting limit applies to them as it would there.
    QByteArray text;
    text.reserve(to - from + 4);
    text.append("[[").append(json.sliced(from, to - from)).append("]]");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    read(part, first, doc.array().at(0).toArray());
    return true;
}

int JsonSplit::threadsFor(qsizetype parts)
{
    return int(std::min<qsizetype>(std::clamp(QThread::idealThreadCount(), 1, 4), parts));
}

bool JsonSplit::readInParts(QByteArrayView json, const Span &span, qsizetype perPart, const PartReader &read)
{
    const qsizetype parts = partCount(span, perPart);
    std::atomic<qsizetype> next = 0;
    std::atomic<bool> valid = true;
    const auto work = [&] {
        for (qsizetype p = next++; p < parts && valid; p = next++) {
            if (!readPart(json, span, perPart, p, read))
                valid = false;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threadsFor(parts); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return valid;
}

JsonSplit::Outcome JsonSplit::streamInParts(QByteArrayView json, const Span &span, qsizetype perPart,
                                            const PartReader &read, const std::function<bool(qsizetype)> &deliver)
{
    enum : char { pending, done, notJson };
    const qsizetype parts = partCount(span, perPart);
    std::vector<char> state(static_cast<size_t>(parts), pending);
    std::mutex mutex;
    std::condition_variable changed;
    std::atomic<qsizetype> next = 0;
    std::atomic<bool> stop = false;
    const auto work = [&] {
        for (qsizetype p = next++; p < parts && !stop; p = next++) {
            const bool ok = readPart(json, span, perPart, p, read);
            {
                const std::lock_guard lock(mutex);
                state[size_t(p)] = ok ? done : notJson;
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < threadsFor(parts); ++t)
        pool.emplace_back(work);
    Outcome outcome = Outcome::Done;
    for (qsizetype p = 0; p < parts; ++p) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return state[size_t(p)] != pending; });
        const char now = state[size_t(p)];
        lock.unlock();
        if (now == notJson) {
            outcome = Outcome::NotJson;
            break;
        }
        if (!deliver(p)) {
            outcome = Outcome::Stopped;
            break;
        }
    }
    stop = true;
    for (std::thread &t : pool)
        t.join();
    return outcome;
}

} // namespace adreview
