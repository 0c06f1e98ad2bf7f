#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace saywho::core {

enum class ReadError { None, CannotOpen, Empty, TooLarge, Binary };

struct DecodedText
{
    ReadError error = ReadError::None;
    QString message; // one line for the user when error != None
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QStringList warnings;

    bool ok() const { return error == ReadError::None; }
};

// Well-formed and broken multi-byte sequences in bytes (ASCII counts as neither).
struct Utf8Check
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
    qsizetype firstInvalid = -1; // byte offset of the first broken sequence
};

// Turns the bytes of a plain-text article into text: UTF-16 with a BOM or by its pattern of NUL
// bytes, UTF-8 with a BOM or when it is mostly well-formed (broken bytes become U+FFFD, with a
// warning giving their count and first position), else Windows-1252 (with a warning). Refuses
// empty, binary (NUL bytes) and oversized input.
class TextDecoder final
{
public:
    static constexpr qint64 MaxBytes = 50LL * 1024 * 1024;

    static DecodedText decode(const QByteArray &bytes);
    // The bytes read as the named encoding, whatever they look like (View → Reload with Encoding):
    // any name QStringDecoder knows (Qt's own, and ICU's where Qt has it). Bytes the encoding cannot
    // read become U+FFFD, with a warning.
    static DecodedText decodeAs(const QByteArray &bytes, const QString &encoding);
    // encoding empty: found out by decode(); else as decodeAs().
    static DecodedText readFile(const QString &path, const QString &encoding = {});
    // The encodings decodeAs() can read here, by their usual names, UTF-8 first.
    static QStringList availableEncodings();
    static QString decodeWindows1252(QByteArrayView bytes);
    static Utf8Check checkUtf8(QByteArrayView bytes);

private:
    // UTF-16 after skip bytes (a byte order mark); marked when the mark said so.
    static DecodedText fromUtf16(const QByteArray &bytes, bool littleEndian, qsizetype skip, bool marked);
};

} // namespace saywho::core
