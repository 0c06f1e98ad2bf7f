#pragma once

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

// The format the highlighter gave the character at a document position (empty when none).
inline QTextCharFormat highlightFormatAt(const QTextDocument *doc, int position)
{
    const QTextBlock block = doc->findBlock(position);
    const int offset = position - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges)
        if (offset >= r.start && offset < r.start + r.length)
            return r.format;
    return {};
}
