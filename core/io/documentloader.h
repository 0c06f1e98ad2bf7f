#pragma once

#include "../model/document.h"
#include "textdecoder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace saywho::core {

struct LoadResult
{
    bool ok = false;
    QString error; // one line for the user when !ok
    QStringList warnings;
    Document document;
};

// Turns a file (or pasted text, or a fetched page) into a Document ready for the pipeline:
// decoding, line endings, a title from the first line; web pages (.html, .htm, or a file that
// starts like one) go through HtmlImporter. The one entry point the CLI and the window share.
class DocumentLoader final
{
public:
    // encoding empty: found out from the bytes; else the one the reader chose (Reload with Encoding).
    static LoadResult loadFile(const QString &path, const QString &encoding = {});
    static LoadResult fromText(const QString &text, const QString &path = {});
    // A body fetched from url with the server's Content-Type: a web page or plain text.
    static LoadResult fromWeb(const QByteArray &body, const QString &contentType, const QUrl &url);
};

} // namespace saywho::core
