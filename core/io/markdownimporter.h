#pragma once

#include "documentloader.h"

#include <QString>

namespace saywho::core {

// Markdown (.md, .markdown) through md4c, the parser Qt itself uses: headings, paragraphs, block
// quotes and list items become the article's paragraphs (separated by blank lines, as the paragraph
// splitter reads them), the first heading is the title, emphasis and links leave only their words.
// The Document keeps the file's text as its original, with a source map from each stretch of words
// back to where they stand in the file, so exports point into the file, markup and all.
class MarkdownImporter final
{
public:
    static bool isMarkdownFileName(const QString &path);
    // text is the file's decoded content; path is kept as the document's path.
    static LoadResult fromText(const QString &text, const QString &path = {});
};

} // namespace saywho::core
