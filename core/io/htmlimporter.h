#pragma once

#include "documentloader.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace saywho::core {

// Turns a saved or fetched web page into a Document: decodes it, parses it with Gumbo, reads its
// metadata (title, author, site, canonical URL, publication date as the DCT with source
// "metadata") and keeps only the article's text. Nothing is fetched and no script runs: the
// Document holds the extracted text, never the page's markup.
class HtmlImporter final
{
public:
    static constexpr qint64 MaxBytes = TextDecoder::MaxBytes;

    // charset: an encoding the reader chose, which wins over what the page declares.
    static LoadResult loadFile(const QString &path, const QString &charset = {});
    // url: where the page came from, for relative links and as the document's URL when the page
    // names no canonical one. charsetHint: the HTTP Content-Type charset, if any.
    static LoadResult fromBytes(const QByteArray &bytes, const QString &path = {}, const QUrl &url = {},
                                const QString &charsetHint = {});

    // By name (.html, .htm, .xhtml, .shtml) or, for other names, by a start like "<!DOCTYPE html".
    static bool isHtmlFileName(const QString &path);
    static bool looksLikeHtml(QStringView text);
};

} // namespace saywho::core
