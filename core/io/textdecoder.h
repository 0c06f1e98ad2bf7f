#pragma once

#include <QByteArray>
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

// Turns the bytes of a plain-text article into text: UTF-8 with or without BOM, UTF-16 with BOM,
// else Windows-1252 (with a warning). Refuses empty, binary (NUL bytes) and oversized input.
class TextDecoder final
{
public:
    static constexpr qint64 MaxBytes = 50LL * 1024 * 1024;

    static DecodedText decode(const QByteArray &bytes);
    static DecodedText readFile(const QString &path);
    static QString decodeWindows1252(const QByteArray &bytes);
};

} // namespace saywho::core
