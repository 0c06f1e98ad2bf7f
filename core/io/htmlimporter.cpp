#include "htmlimporter.h"

#include "articleextractor.h"
#include "htmlencoding.h"
#include "htmlnestingscan.h"
#include "htmlparser.h"
#include "pagemetadata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("saywho::core::HtmlImporter", text);
}

LoadResult failure(const QString &message)
{
    LoadResult r;
    r.error = message;
    return r;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

bool HtmlImporter::isHtmlFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml";
}

bool HtmlImporter::looksLikeHtml(QStringView text)
{
    QStringView t = text.first(qMin<qsizetype>(text.size(), 1024)).trimmed();
    if (t.startsWith(QChar(0xFEFF)))
        t = t.sliced(1).trimmed();
    return t.startsWith(u"<!doctype html", Qt::CaseInsensitive) ||
           t.startsWith(u"<html", Qt::CaseInsensitive);
}

LoadResult HtmlImporter::loadFile(const QString &path, const QString &charset)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return failure(tr("%1 is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxBytes)
        return failure(tr("the page is %1 MB; SayWho opens pages up to 50 MB").arg(megabytes(file.size())));
    return fromBytes(file.read(MaxBytes + 1), path, {}, charset);
}

LoadResult HtmlImporter::fromBytes(const QByteArray &bytes, const QString &path, const QUrl &url,
                                   const QString &charsetHint)
{
    if (bytes.trimmed().isEmpty())
        return failure(tr("the page is empty"));
    if (bytes.size() > MaxBytes)
        return failure(tr("the page is %1 MB; SayWho opens pages up to 50 MB").arg(megabytes(bytes.size())));

    // UTF-16 pages start with a byte-order mark; NUL bytes near the start of anything else mean an
    // image or an archive with the wrong name.
    if (bytes.left(1024).contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        return failure(tr("the file contains NUL bytes; it looks like a binary file, not a web page"));

    const HtmlText decoded = HtmlEncoding::decode(bytes, charsetHint);
    QByteArray utf8 = decoded.text.toUtf8();
    if (HtmlNestingScan::maxDepth(utf8) > HtmlNestingScan::MaxDepth)
        return failure(
            tr("the page nests its elements more than %1 levels deep; it is not a readable article")
                .arg(HtmlNestingScan::MaxDepth));

    if (const int attributes = HtmlNestingScan::mostAttributes(utf8);
        attributes > HtmlNestingScan::MaxAttributes)
        return failure(tr("an element of the page has more than %1 attributes; it is not a readable article")
                           .arg(HtmlNestingScan::MaxAttributes));

    const HtmlParser parser(std::move(utf8));
    if (!parser.root())
        return failure(tr("the page could not be parsed"));
    const PageMetadata page = PageMetadata::read(parser.root(), url);
    const QString text = ArticleExtractor::extract(parser.root(), page);
    if (text.trimmed().isEmpty())
        return failure(tr("found no article text in the page"));

    DocumentMetadata meta;
    meta.path = path;
    meta.url = page.canonicalUrl.isValid() ? page.canonicalUrl : url;
    meta.title = page.title;
    if (meta.title.isEmpty()) {
        // A page with no title anywhere is named by its first line, as a text file is.
        const QString first = text.section(u'\n', 0, 0).trimmed();
        if (first.size() <= 200)
            meta.title = first;
    }
    meta.author = page.author;
    meta.siteName = page.siteName;
    if (page.published.isValid()) {
        meta.dct = page.published;
        meta.dctSource = DctSource::Metadata;
    }
    LoadResult r;
    r.ok = true;
    r.warnings = decoded.warnings + page.warnings;
    r.document = Document(text, meta);
    return r;
}

} // namespace saywho::core
