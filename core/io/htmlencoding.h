#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace saywho::core {

struct HtmlText
{
    QString text;
    QString encoding; // the encoding used, for messages: "UTF-8", "Windows-1252", "ISO-8859-2"…
    QStringList warnings;
};

// Decodes a web page as a browser would: a byte-order mark first, then the charset the server
// announced, then the page's own <meta charset> or http-equiv declaration, and without any of them
// UTF-8 when the bytes are valid UTF-8, else Windows-1252.
class HtmlEncoding final
{
public:
    // charsetHint: the charset parameter of an HTTP Content-Type header; empty for files.
    static HtmlText decode(const QByteArray &bytes, const QString &charsetHint = {});

    // The charset a page declares in a <meta> element among its first bytes, lower case, or empty.
    static QString declaredCharset(QByteArrayView bytes);
};

} // namespace saywho::core
