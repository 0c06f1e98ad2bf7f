#include "jsonwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace saywho::core {

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// s as the body of a JSON string, UTF-8, escaped: quote, backslash and control characters.
void appendEscaped(QByteArray &out, QStringView s)
{
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    // At most three bytes per UTF-16 unit for text, six for an escape.
    const qsizetype start = out.size();
    out.resize(start + s.size() * 3);
    char *w = out.data() + start;
    char *wend = out.data() + out.size();
    auto reserve = [&](qsizetype n) {
        if (wend - w >= n)
            return;
        const qsizetype used = w - out.data();
        out.resize(std::max(out.size() * 2, used + n + 64));
        w = out.data() + used;
        wend = out.data() + out.size();
    };
    for (; p < end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *w++ = char(u);
                continue;
            }
            reserve(6);
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
            reserve(2);
            *w++ = char(0xc0 | (u >> 6));
            *w++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            reserve(4);
            *w++ = char(0xf0 | (c >> 18));
            *w++ = char(0x80 | ((c >> 12) & 0x3f));
            *w++ = char(0x80 | ((c >> 6) & 0x3f));
            *w++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate is no character: escaped, as QJsonDocument does.
            reserve(6);
            *w++ = '\\';
            *w++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *w++ = hexDigit((u >> shift) & 0xf);
        } else {
            reserve(3);
            *w++ = char(0xe0 | (u >> 12));
            *w++ = char(0x80 | ((u >> 6) & 0x3f));
            *w++ = char(0x80 | (u & 0x3f));
        }
    }
    out.truncate(w - out.data());
}

} // namespace

JsonWriter::JsonWriter(QIODevice *out) : m_out(out)
{
    m_buf.reserve(FlushThreshold + 4096);
}

JsonWriter::~JsonWriter()
{
    flush();
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasMember.isEmpty()) {
        if (m_hasMember.back())
            m_buf.append(',');
        m_hasMember.back() = true;
    }
}

void JsonWriter::open(char c)
{
    separate();
    m_buf.append(c);
    m_hasMember.append(false);
}

void JsonWriter::close(char c)
{
    m_hasMember.removeLast();
    m_buf.append(c);
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
    m_buf.append('"');
    m_buf.append(name.data(), qsizetype(name.size()));
    m_buf.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::value(QStringView s)
{
    separate();
    m_buf.append('"');
    appendEscaped(m_buf, s);
    m_buf.append('"');
    maybeFlush();
}

void JsonWriter::value(int n)
{
    value(qint64(n));
}

void JsonWriter::value(qint64 n)
{
    separate();
    m_buf.append(QByteArray::number(n));
}

void JsonWriter::value(double d)
{
    separate();
    // As QJsonDocument: the shortest form that reads back as d; no NaN or infinity in JSON.
    if (std::isfinite(d))
        m_buf.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    else
        m_buf.append("null", 4);
}

void JsonWriter::value(bool b)
{
    separate();
    if (b)
        m_buf.append("true", 4);
    else
        m_buf.append("false", 5);
}

void JsonWriter::null()
{
    separate();
    m_buf.append("null", 4);
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
            m_buf.append('"');
            appendEscaped(m_buf, it.key());
            m_buf.append("\":", 2);
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
    m_buf.append(bytes.data(), qsizetype(bytes.size()));
    maybeFlush();
}

bool JsonWriter::flush()
{
    if (m_buf.isEmpty() || !m_out)
        return m_ok;
    if (m_ok && m_out->write(m_buf) != m_buf.size())
        m_ok = false;
    m_buf.truncate(0); // keeps the capacity
    return m_ok;
}

} // namespace saywho::core
