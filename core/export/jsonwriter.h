#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVarLengthArray>

#include <string_view>

class QIODevice;
class QJsonValue;

namespace saywho::core {

// Writes JSON straight to a device as UTF-8, without building a tree: strings are escaped once,
// on the way out. Compact, and byte for byte what QJsonDocument::Compact writes for the same values
// (tests/core/tst_jsonwriter.cpp checks), so a caller that emits an object's keys in ascending order
// gets exactly QJsonObject's output.
//
//   JsonWriter w(&device);
//   w.beginObject();
//   w.key("end"); w.value(17);
//   w.key("text"); w.value(u"We are ready");
//   w.endObject();
//   w.finish();
class JsonWriter final
{
public:
    // Output collects in a buffer and goes to out whenever it passes this many bytes.
    static constexpr qsizetype FlushThreshold = 64 * 1024;

    explicit JsonWriter(QIODevice *out);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // An object member's name; the value call that follows is its value. Keys are ASCII.
    void key(std::string_view name);

    void value(QStringView s);
    void value(const QString &s) { value(QStringView(s)); }
    template <qsizetype N> void value(const char16_t (&literal)[N]) { value(QStringView(literal, N - 1)); }
    // A pointer would otherwise pass for a bool.
    void value(const void *) = delete;
    void value(int n);
    void value(qint64 n);
    void value(double d);
    void value(bool b);
    void null();
    // The string of prefix and n ("e12"), without building it first.
    void prefixedNumber(char prefix, qint64 n);
    // Any JSON value, an object's members in QJsonObject's order.
    void value(const QJsonValue &v);
    // Raw bytes outside any value (the newline between JSON Lines).
    void raw(std::string_view bytes);

    // Writes what is buffered; false once the device refused a write.
    bool flush();
    // flush(), then the writer is done.
    bool finish() { return flush(); }
    bool ok() const { return m_ok; }

private:
    void separate();
    void open(char c);
    void close(char c);
    // Room for n more bytes at the write position.
    char *room(qsizetype n)
    {
        if (m_len + n > m_buf.size())
            grow(n);
        return m_buf.data() + m_len;
    }
    void grow(qsizetype n);
    void put(char c)
    {
        *room(1) = c;
        ++m_len;
    }
    void put(const char *s, qsizetype n);
    void putEscaped(QStringView s);
    void maybeFlush()
    {
        if (m_len >= FlushThreshold)
            flush();
    }

    QIODevice *m_out;
    QByteArray m_buf; // m_len bytes written of it, the rest room to write
    qsizetype m_len = 0;
    // One entry per open object or array: whether it already holds a member.
    QVarLengthArray<bool, 16> m_hasMember;
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace saywho::core
