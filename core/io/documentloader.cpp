#include "documentloader.h"

#include "sidecarmetadata.h"

#include "htmlimporter.h"
#include "markdownimporter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// A plain-text article's first non-empty line is its headline when it is short and has no final
// period-ending second sentence; otherwise the file has no title.
QString titleFrom(const QString &text)
{
    const QString first = text.section(u'\n', 0, 0, QString::SectionSkipEmpty).trimmed();
    if (first.size() > 200)
        return {};
    // "MANILA, Philippines (AP) _", "WASHINGTON, Feb. 21 (Xinhua) --": a wire dateline that stands
    // on its own line ends with the dash that leads into the story; a headline never does.
    if (first.endsWith(u'_') || first.endsWith(u'-') || first.endsWith(QChar(0x2014)) ||
        first.endsWith(QChar(0x2013)))
        return {};
    return first;
}

} // namespace

LoadResult DocumentLoader::fromText(const QString &text, const QString &path)
{
    LoadResult r;
    if (text.trimmed().isEmpty()) {
        r.error = QCoreApplication::translate("saywho::core::DocumentLoader", "the text is empty");
        return r;
    }
    DocumentMetadata meta;
    meta.path = path;
    r.document = Document(text, meta);
    r.document.metadata().title = titleFrom(r.document.text());
    r.ok = true;
    return r;
}

LoadResult DocumentLoader::loadFile(const QString &path, const QString &encoding)
{
    if (HtmlImporter::isHtmlFileName(path))
        return HtmlImporter::loadFile(path, encoding);
    const DecodedText decoded = TextDecoder::readFile(path, encoding);
    if (!decoded.ok()) {
        LoadResult r;
        r.error = decoded.message;
        return r;
    }
    if (HtmlImporter::looksLikeHtml(decoded.text))
        return HtmlImporter::loadFile(path, encoding);
    LoadResult r = MarkdownImporter::isMarkdownFileName(path) ? MarkdownImporter::fromText(decoded.text, path)
                                                              : fromText(decoded.text, path);
    r.warnings += decoded.warnings;
    if (r.ok)
        r.warnings += SidecarMetadata::apply(path, r.document.metadata());
    return r;
}

LoadResult DocumentLoader::fromWeb(const QByteArray &body, const QString &contentType, const QUrl &url)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    const QString params = contentType.section(u';', 1);
    QString charset;
    for (const QString &p : params.split(u';')) {
        const QString kv = p.trimmed();
        if (kv.startsWith(u"charset="_s, Qt::CaseInsensitive))
            charset = kv.mid(8).trimmed();
    }
    if (type == u"text/plain") {
        const DecodedText decoded = TextDecoder::decode(body);
        if (!decoded.ok()) {
            LoadResult r;
            r.error = decoded.message;
            return r;
        }
        LoadResult r = fromText(decoded.text);
        r.warnings += decoded.warnings;
        r.document.metadata().url = url;
        return r;
    }
    // Servers that send no type, or a generic one, are asked to prove it by the content.
    const bool html = type == u"text/html" || type == u"application/xhtml+xml" || type.isEmpty() ||
                      ((type == u"application/octet-stream" || type == u"text/xml") &&
                       HtmlImporter::looksLikeHtml(QString::fromLatin1(body.left(1024))));
    if (!html) {
        LoadResult r;
        r.error = QCoreApplication::translate("saywho::core::DocumentLoader",
                                              "the address points to %1, not to a web page or a text")
                      .arg(type);
        return r;
    }
    return HtmlImporter::fromBytes(body, {}, url, charset);
}

} // namespace saywho::core
