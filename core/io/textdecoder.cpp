#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

DecodedText failure(ReadError error, const QString &message)
{
    DecodedText r;
    r.error = error;
    r.message = message;
    return r;
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("saywho::core::TextDecoder", text, disambiguation, n);
}

// Empty or over the limit: refused whatever the encoding.
DecodedText refuseSize(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return failure(ReadError::Empty, tr("the file is empty"));
    if (bytes.size() > TextDecoder::MaxBytes)
        return failure(ReadError::TooLarge,
                       tr("the file is %1 MB; SayWho opens articles up to 50 MB")
                           .arg(QString::number(double(bytes.size()) / (1024.0 * 1024.0), 'f', 1)));
    return {};
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined bytes map to themselves
// as C1 controls, as browsers do.
constexpr char16_t Cp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                     0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

QString TextDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *d++ = (b >= 0x80 && b < 0xA0) ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

Utf8Check TextDecoder::checkUtf8(QByteArrayView bytes)
{
    // The well-formed byte sequences of the Unicode standard (table 3-7): no overlong forms, no
    // surrogates, nothing past U+10FFFF.
    Utf8Check r;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        }
        qsizetype k = 1;
        bool good = need > 0;
        for (; good && k <= need; ++k) {
            const unsigned char c = i + k < n ? p[i + k] : 0;
            good = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
        }
        if (good) {
            ++r.multiByte;
            i += need + 1;
        } else {
            if (r.invalid++ == 0)
                r.firstInvalid = i;
            // As the decoder does: the bytes read so far of a broken sequence become one U+FFFD.
            i += std::max<qsizetype>(1, k - 1);
        }
    }
    return r;
}

namespace {

// UTF-16 without a byte order mark: ASCII-range text has a NUL in every other byte, on one side.
// Returns 1 for little-endian, 2 for big-endian, 0 when the NULs do not fall that way.
int utf16Pattern(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(1);
    if (n < 4)
        return 0;
    auto printable = [](char c) { return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F); };
    qsizetype even = 0, odd = 0, evenText = 0, oddText = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        const char a = bytes.at(i), b = bytes.at(i + 1);
        if (a == '\0') {
            ++even;
            evenText += printable(b);
        }
        if (b == '\0') {
            ++odd;
            oddText += printable(a);
        }
    }
    const qsizetype units = n / 2;
    // Most units of a Latin-script text are ASCII (so the NULs fall on one side, beside printable
    // bytes); the other side's bytes are hardly ever NUL. Binary files do not keep to this.
    auto fits = [units](qsizetype nuls, qsizetype text, qsizetype others) {
        return nuls * 10 >= units * 3 && text * 10 >= nuls * 9 && others * 50 <= units;
    };
    if (fits(odd, oddText, even))
        return 1;
    if (fits(even, evenText, odd))
        return 2;
    return 0;
}

} // namespace

DecodedText TextDecoder::fromUtf16(const QByteArray &bytes, bool littleEndian, qsizetype skip, bool marked)
{
    DecodedText r;
    QStringDecoder dec(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                       QStringDecoder::Flag::Stateless);
    r.text = dec(QByteArrayView(bytes).sliced(skip));
    r.encoding = littleEndian ? u"UTF-16LE"_s : u"UTF-16BE"_s;
    if (dec.hasError() && marked)
        return failure(ReadError::Binary, tr("the file is marked as UTF-16 but is not valid UTF-16"));
    if (dec.hasError() || r.text.contains(QChar(0)))
        return failure(ReadError::Binary,
                       tr("the file contains NUL characters; it looks like a binary file"));
    if (!marked)
        r.warnings.append(
            tr("the file has no byte order mark; read it as %1 by its pattern of NUL bytes").arg(r.encoding));
    return r;
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (const DecodedText refused = refuseSize(bytes); !refused.ok())
        return refused;

    DecodedText r;
    const bool bom16le = bytes.startsWith("\xFF\xFE");
    const bool bom16be = bytes.startsWith("\xFE\xFF");
    const int pattern = (bom16le || bom16be) ? 0 : utf16Pattern(bytes);
    if (bom16le || bom16be || pattern) {
        r = fromUtf16(bytes, bom16le || pattern == 1, pattern ? 0 : 2, !pattern);
        if (r.ok() && r.text.trimmed().isEmpty())
            return failure(ReadError::Empty, tr("the file contains no text"));
        return r;
    }
    if (bytes.contains('\0'))
        return failure(ReadError::Binary,
                       tr("the file contains NUL bytes; it looks like a binary file, not text"));

    // The byte order mark says UTF-8 whatever follows; without one, a file with more well-formed
    // multi-byte sequences than broken ones is UTF-8 with a few damaged bytes, not Windows-1252.
    const bool bom8 = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom8 ? 3 : 0);
    const Utf8Check check = checkUtf8(body);
    if (bom8 || check.invalid == 0 || check.multiByte > check.invalid) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        r.text = utf8(body);
        r.encoding = bom8 ? u"UTF-8 (BOM)"_s : u"UTF-8"_s;
        if (check.invalid > 0)
            r.warnings.append(tr("the file is UTF-8 with %n invalid byte sequence(s), the first at byte %1; "
                                 "they read as U+FFFD",
                                 nullptr, int(std::min<qsizetype>(check.invalid, INT_MAX)))
                                  .arg(check.firstInvalid + (bom8 ? 3 : 0)));
    } else {
        r.text = decodeWindows1252(bytes);
        r.encoding = u"Windows-1252"_s;
        r.warnings.append(tr("the file is not valid UTF-8; read it as Windows-1252"));
    }
    if (r.text.trimmed().isEmpty())
        return failure(ReadError::Empty, tr("the file contains only white space"));
    return r;
}

DecodedText TextDecoder::decodeAs(const QByteArray &bytes, const QString &encoding)
{
    if (const DecodedText refused = refuseSize(bytes); !refused.ok())
        return refused;
    QStringDecoder decoder(encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return failure(ReadError::CannotOpen, tr("SayWho cannot read the encoding %1").arg(encoding));
    DecodedText r;
    r.text = decoder(bytes);
    if (r.text.startsWith(QChar(0xFEFF))) // the mark of the encoding chosen is no part of the text
        r.text.remove(0, 1);
    r.encoding = encoding;
    if (decoder.hasError())
        r.warnings.append(tr("the file is not valid %1; some characters read as U+FFFD").arg(encoding));
    if (r.text.contains(QChar(0)))
        return failure(ReadError::Binary,
                       tr("read as %1, the file contains NUL characters; it is not text in "
                          "that encoding")
                           .arg(encoding));
    if (r.text.trimmed().isEmpty())
        return failure(ReadError::Empty, tr("the file contains no text"));
    return r;
}

QStringList TextDecoder::availableEncodings()
{
    // Qt's own first, then the common ones ICU adds; only those this Qt can decode are offered.
    static const char *const candidates[] = {
        "UTF-8",        "UTF-16LE",     "UTF-16BE",     "UTF-32LE",     "UTF-32BE",     "Windows-1252",
        "ISO-8859-1",   "ISO-8859-15",  "ISO-8859-2",   "ISO-8859-5",   "ISO-8859-7",   "ISO-8859-9",
        "Windows-1250", "Windows-1251", "Windows-1253", "Windows-1254", "Windows-1257", "KOI8-R",
        "KOI8-U",       "macintosh",    "IBM437",       "IBM850",       "Shift_JIS",    "EUC-JP",
        "ISO-2022-JP",  "GB18030",      "GBK",          "Big5",         "EUC-KR",       "TIS-620",
    };
    QStringList names;
    for (const char *name : candidates)
        if (QStringDecoder(name).isValid())
            names.append(QString::fromLatin1(name));
    return names;
}

DecodedText TextDecoder::readFile(const QString &path, const QString &encoding)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return failure(ReadError::CannotOpen, tr("%1 is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failure(ReadError::CannotOpen, tr("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxBytes)
        return failure(ReadError::TooLarge,
                       tr("the file is %1 MB; SayWho opens articles up to 50 MB")
                           .arg(QString::number(double(file.size()) / (1024.0 * 1024.0), 'f', 1)));
    // Read one byte past the limit so a file that grows or lies about its size is still caught.
    const QByteArray bytes = file.read(MaxBytes + 1);
    return encoding.isEmpty() ? decode(bytes) : decodeAs(bytes, encoding);
}

} // namespace saywho::core
