#include "jsonwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>

namespace saywho::core {

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

JsonWriter::JsonWriter(QIODevice *out) : m_out(out)
{
    m_buf.resize(FlushThreshold + 4096);
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::grow(qsizetype n)
{
    m_buf.resize(std::max(m_buf.size() * 2, m_len + n + 4096));
}

void JsonWriter::put(const char *s, qsizetype n)
{
    std::memcpy(room(n), s, size_t(n));
    m_len += n;
}

// s as the body of a JSON string, UTF-8, escaped: quote, backslash and control characters as
// QJsonDocument escapes them, lone surrogates and U+FEFF as \uXXXX.
void JsonWriter::putEscaped(QStringView s)
{
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    // Six bytes per UTF-16 unit at most (an escape); a pair gives four for two.
    char *const begin = room(6 * s.size());
    char *w = begin;
    for (; p < end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *w++ = char(u);
                continue;
            }
            *w++ = '\\';
            switch (u) {
            case u'"':
                *w++ = '"';
                break;
            case u'\\':
                *w++ = '\\';
                break;
            case u'\b':
                *w++ = 'b';
                break;
            case u'\f':
                *w++ = 'f';
                break;
            case u'\n':
                *w++ = 'n';
                break;
            case u'\r':
                *w++ = 'r';
                break;
            case u'\t':
                *w++ = 't';
                break;
            default:
                *w++ = 'u';
                *w++ = '0';
                *w++ = '0';
                *w++ = hexDigit(u >> 4);
                *w++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *w++ = char(0xc0 | (u >> 6));
            *w++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            *w++ = char(0xf0 | (c >> 18));
            *w++ = char(0x80 | ((c >> 12) & 0x3f));
            *w++ = char(0x80 | ((c >> 6) & 0x3f));
            *w++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u) || u == 0xfeff) {
            // A lone surrogate is no character: escaped, as QJsonDocument does. A byte-order mark
            // is, but QJsonDocument drops one that opens a string, which would shift every offset
            // after it on reading; escaped, it reads back.
            *w++ = '\\';
            *w++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *w++ = hexDigit((u >> shift) & 0xf);
        } else {
            *w++ = char(0xe0 | (u >> 12));
            *w++ = char(0x80 | ((u >> 6) & 0x3f));
            *w++ = char(0x80 | (u & 0x3f));
        }
    }
    m_len += w - begin;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasMember.isEmpty()) {
        if (m_hasMember.back())
            put(',');
        m_hasMember.back() = true;
    }
}

void JsonWriter::open(char c)
{
    separate();
    put(c);
    m_hasMember.append(false);
}

void JsonWriter::close(char c)
{
    m_hasMember.removeLast();
    put(c);
    maybeFlush();
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(std::string_view name)
{
    separate();
    const qsizetype n = qsizetype(name.size());
    char *w = room(n + 3);
    *w++ = '"';
    std::memcpy(w, name.data(), size_t(n));
    w += n;
    *w++ = '"';
    *w = ':';
    m_len += n + 3;
    m_afterKey = true;
}

void JsonWriter::value(QStringView s)
{
    separate();
    put('"');
    putEscaped(s);
    put('"');
    maybeFlush();
}

void JsonWriter::value(int n)
{
    value(qint64(n));
}

void JsonWriter::value(qint64 n)
{
    separate();
    char *w = room(24);
    m_len += std::to_chars(w, w + 24, n).ptr - w;
}

void JsonWriter::prefixedNumber(char prefix, qint64 n)
{
    separate();
    char *const begin = room(28);
    char *w = begin;
    *w++ = '"';
    *w++ = prefix;
    w = std::to_chars(w, begin + 27, n).ptr;
    *w++ = '"';
    m_len += w - begin;
}

void JsonWriter::value(double d)
{
    separate();
    // As QJsonDocument: the shortest form that reads back as d; no NaN or infinity in JSON.
    if (std::isfinite(d)) {
        const QByteArray n = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        put(n.constData(), n.size());
    } else {
        put("null", 4);
    }
}

void JsonWriter::value(bool b)
{
    separate();
    if (b)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::null()
{
    separate();
    put("null", 4);
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        value(v.toBool());
        break;
    case QJsonValue::Double:
        if (const qint64 n = v.toInteger(); double(n) == v.toDouble())
            value(n);
        else
            value(v.toDouble());
        break;
    case QJsonValue::String:
        value(QStringView(v.toString()));
        break;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &e : v.toArray())
            value(e);
        endArray();
        break;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            separate();
            put('"');
            putEscaped(it.key());
            put("\":", 2);
            m_afterKey = true;
            value(it.value());
        }
        endObject();
        break;
    }
    default:
        null();
    }
}

void JsonWriter::raw(std::string_view bytes)
{
    put(bytes.data(), qsizetype(bytes.size()));
    maybeFlush();
}

bool JsonWriter::flush()
{
    if (!m_len || !m_out)
        return m_ok;
    if (m_ok && m_out->write(m_buf.constData(), m_len) != m_len)
        m_ok = false;
    m_len = 0;
    return m_ok;
}

} // namespace saywho::core
