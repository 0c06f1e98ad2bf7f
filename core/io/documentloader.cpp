#include "documentloader.h"

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

LoadResult DocumentLoader::loadFile(const QString &path)
{
    const DecodedText decoded = TextDecoder::readFile(path);
    if (!decoded.ok()) {
        LoadResult r;
        r.error = decoded.message;
        return r;
    }
    LoadResult r = fromText(decoded.text, path);
    r.warnings += decoded.warnings;
    return r;
}

} // namespace saywho::core
