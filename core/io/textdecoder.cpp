#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("saywho::core::TextDecoder", text);
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined bytes map to themselves
// as C1 controls, as browsers do.
constexpr char16_t Cp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                     0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

QString TextDecoder::decodeWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *d++ = (b >= 0x80 && b < 0xA0) ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return failure(ReadError::Empty, tr("the file is empty"));
    if (bytes.size() > MaxBytes)
        return failure(ReadError::TooLarge,
                       tr("the file is %1 MB; SayWho opens articles up to 50 MB")
                           .arg(QString::number(double(bytes.size()) / (1024.0 * 1024.0), 'f', 1)));

    DecodedText r;
    const auto bom16le = bytes.startsWith("\xFF\xFE");
    const auto bom16be = bytes.startsWith("\xFE\xFF");
    if (bom16le || bom16be) {
        QStringDecoder dec(bom16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        r.text = dec(bytes.mid(2));
        r.encoding = bom16le ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        if (dec.hasError())
            return failure(ReadError::Binary, tr("the file is marked as UTF-16 but is not valid UTF-16"));
        if (r.text.contains(QChar(0)))
            return failure(ReadError::Binary,
                           tr("the file contains NUL characters; it looks like a binary file"));
        if (r.text.trimmed().isEmpty())
            return failure(ReadError::Empty, tr("the file contains no text"));
        return r;
    }
    if (bytes.contains('\0'))
        return failure(ReadError::Binary,
                       tr("the file contains NUL bytes; it looks like a binary file, not text"));

    const bool bom8 = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    r.text = utf8(bom8 ? bytes.mid(3) : bytes);
    r.encoding = bom8 ? u"UTF-8 (BOM)"_s : u"UTF-8"_s;
    if (utf8.hasError()) {
        r.text = decodeWindows1252(bytes);
        r.encoding = u"Windows-1252"_s;
        r.warnings.append(tr("the file is not valid UTF-8; read it as Windows-1252"));
    }
    if (r.text.trimmed().isEmpty())
        return failure(ReadError::Empty, tr("the file contains only white space"));
    return r;
}

DecodedText TextDecoder::readFile(const QString &path)
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
    return decode(file.read(MaxBytes + 1));
}

} // namespace saywho::core
