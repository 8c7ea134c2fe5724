#include "import/JsonTextCheck.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";
// An object with more keys than this looks its keys up in a hash set. Comparing a key with each
// earlier one is quicker for the dozen keys of a record, but its cost grows with the square of a
// crafted object's size.
constexpr size_t keysCompared = 16;
constexpr qsizetype shownKeyLength = 60;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a \uXXXX escape starting at `p`, or -1 when there is none there.
int escapedUnit(const char *p, const char *end)
{
    if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
        return -1;
    int unit = 0;
    for (int i = 2; i < 6; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

char unescaped(char c)
{
    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return c; // '"', '\\' and '/' stand for themselves
    }
}

// A lone surrogate is written as three bytes like any other unit, so that two keys holding the
// same one still compare equal.
void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

QString loneSurrogate(int unit)
{
    return u"holds \\u%1, half of a UTF-16 surrogate pair without its other half"_s.arg(unit, 4, 16, QChar(u'0'));
}

const QString droppedMark = u"starts with a byte-order mark (U+FEFF), which would be lost; write it as \\ufeff"_s;

// One string of the text, between its quotes.
struct String {
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;
    int loneSurrogate = -1; // the first half of a pair without its other half

    std::string_view raw() const { return {begin, size_t(end - begin)}; }
    bool startsWithMark() const { return raw().starts_with(byteOrderMark); }
};

class Scanner {
public:
    Scanner(QByteArrayView json, const QString &path, QList<JsonTextCheck::Fault> &faults, qsizetype limit)
        : m_at(json.data()), m_end(json.data() + json.size()), m_path(path), m_faults(faults), m_left(limit)
    {}

    void run();

private:
    struct Frame {
        bool object = false;
        qsizetype index = 0;  // an array's element being read
        std::string_view key; // an object's member being read, its key as QJsonDocument reads it
        size_t keysFrom = 0;  // where the object's keys start in m_keys
        std::unique_ptr<std::unordered_set<std::string_view>> many;
        std::vector<std::string_view> named; // keys already named as written twice
    };

    void open(bool object);
    void close();
    void readString(String &s);
    std::string_view keyText(const String &s);
    void key(const String &s);
    void value(const String &s);
    QString pathOf(size_t frames) const;
    void fault(const QString &path, const QString &message);

    static QString shown(std::string_view key);

    const char *m_at;
    const char *m_end;
    const QString &m_path;
    QList<JsonTextCheck::Fault> &m_faults;
    qsizetype m_left;
    std::vector<Frame> m_frames;
    std::vector<std::string_view> m_keys; // the keys of every open object, the innermost last
    std::deque<std::string> m_decoded;    // keys written with escapes, decoded
};

void Scanner::run()
{
    bool keyNext = false;
    while (m_at < m_end && m_left > 0) {
        switch (*m_at) {
        case '{':
            open(true);
            keyNext = true;
            break;
        case '[':
            open(false);
            keyNext = false;
            break;
        case '}':
        case ']':
            close();
            keyNext = false;
            break;
        case ',':
            if (!m_frames.empty() && m_frames.back().object)
                keyNext = true;
            else if (!m_frames.empty())
                ++m_frames.back().index;
            ++m_at;
            break;
        case '"': {
            String s;
            readString(s);
            if (keyNext && !m_frames.empty() && m_frames.back().object)
                key(s);
            else
                value(s);
            keyNext = false;
            break;
        }
        default: // white space, ':', numbers, true, false and null
            ++m_at;
        }
    }
}

void Scanner::open(bool object)
{
    Frame &f = m_frames.emplace_back();
    f.object = object;
    f.keysFrom = m_keys.size();
    ++m_at;
}

void Scanner::close()
{
    if (!m_frames.empty()) {
        m_keys.resize(m_frames.back().keysFrom);
        m_frames.pop_back();
    }
    ++m_at;
}

// The first `c` in [p, end), or end.
const char *find(const char *p, const char *end, char c)
{
    const void *at = std::memchr(p, c, size_t(end - p));
    return at ? static_cast<const char *>(at) : end;
}

void Scanner::readString(String &s)
{
    // Most of a file is the text of its strings: memchr() looks for their ends many bytes at a time.
    const char *p = m_at + 1;
    s.begin = p;
    const char *quote = find(p, m_end, '"');
    while (true) {
        const char *escape = find(p, quote, '\\');
        if (escape == quote)
            break;
        p = escape;
        s.escaped = true;
        const int unit = escapedUnit(p, m_end);
        if (unit < 0) { // a one-letter escape
            p = std::min(p + 2, m_end);
        } else {
            p += 6;
            if (isHighSurrogate(unit) && isLowSurrogate(escapedUnit(p, m_end)))
                p += 6;
            else if ((isHighSurrogate(unit) || isLowSurrogate(unit)) && s.loneSurrogate < 0)
                s.loneSurrogate = unit;
        }
        if (p > quote) // that quote was escaped
            quote = find(p, m_end, '"');
    }
    s.end = quote; // at the end of the text when not closed: QJsonDocument would have refused it
    m_at = std::min(quote + 1, m_end);
}

// The key as QJsonDocument reads it, its escapes decoded. (It looks a key with an opening
// byte-order mark up with the mark, although it lists the key without it.)
std::string_view Scanner::keyText(const String &s)
{
    std::string_view text = s.raw();
    if (s.escaped) {
        std::string &out = m_decoded.emplace_back();
        out.reserve(text.size());
        for (const char *p = s.begin; p < s.end;) {
            if (*p != '\\') {
                out += *p++;
                continue;
            }
            const int unit = escapedUnit(p, s.end);
            if (unit < 0) {
                if (p + 1 < s.end)
                    out += unescaped(p[1]);
                p = std::min(p + 2, s.end);
                continue;
            }
            p += 6;
            char32_t c = char32_t(unit);
            if (const int low = escapedUnit(p, s.end); isHighSurrogate(unit) && isLowSurrogate(low)) {
                c = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                p += 6;
            }
            appendUtf8(out, c);
        }
        text = out;
    }
    return text;
}

void Scanner::key(const String &s)
{
    Frame &f = m_frames.back();
    const std::string_view k = keyText(s);
    f.key = k;
    const auto where = [this] { return pathOf(m_frames.size() - 1); }; // only spelled out for a fault
    if (s.loneSurrogate >= 0)
        fault(where(), u"the key \"%1\" %2"_s.arg(shown(s.raw()), loneSurrogate(s.loneSurrogate)));
    if (s.startsWithMark())
        fault(where(), u"the key \"%1\" %2"_s.arg(shown(k), droppedMark));

    bool twice = false;
    if (f.many) {
        twice = !f.many->insert(k).second;
    } else {
        const auto first = m_keys.cbegin() + std::ptrdiff_t(f.keysFrom);
        twice = std::find(first, m_keys.cend(), k) != m_keys.cend();
        if (!twice)
            m_keys.push_back(k);
        if (m_keys.size() - f.keysFrom > keysCompared) {
            f.many = std::make_unique<std::unordered_set<std::string_view>>(
                m_keys.cbegin() + std::ptrdiff_t(f.keysFrom), m_keys.cend());
        }
    }
    if (twice && std::find(f.named.cbegin(), f.named.cend(), k) == f.named.cend()) {
        f.named.push_back(k);
        fault(where(), u"the key \"%1\" appears twice"_s.arg(shown(k)));
    }
}

void Scanner::value(const String &s)
{
    if (s.loneSurrogate >= 0)
        fault(pathOf(m_frames.size()), loneSurrogate(s.loneSurrogate));
    if (s.startsWithMark())
        fault(pathOf(m_frames.size()), droppedMark);
}

// The path of the first `frames` frames' members: "cases[3].evidence[0].title".
QString Scanner::pathOf(size_t frames) const
{
    QString path = m_path;
    for (size_t i = 0; i < frames; ++i) {
        const Frame &f = m_frames[i];
        if (!f.object) {
            path += u"[%1]"_s.arg(f.index);
            continue;
        }
        if (!path.isEmpty())
            path += u'.';
        path += shown(f.key);
    }
    return path;
}

void Scanner::fault(const QString &path, const QString &message)
{
    if (m_left <= 0)
        return;
    m_faults.append({path, message});
    --m_left;
}

QString Scanner::shown(std::string_view key)
{
    if (key.starts_with(byteOrderMark))
        key.remove_prefix(byteOrderMark.size());
    return QString::fromUtf8(key.data(), qsizetype(key.size())).left(shownKeyLength);
}

} // namespace

void JsonTextCheck::check(QByteArrayView json, const QString &path, QList<Fault> &faults, qsizetype limit)
{
    Scanner(json, path, faults, limit).run();
}

} // namespace adreview
