#include "annotationhighlighter.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace saywho::ui {

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

QList<QTextLayout::FormatRange> AnnotationHighlighter::rangesFor(int blockBegin, int blockEnd) const
{
    QList<QTextLayout::FormatRange> ranges;
    auto it = std::upper_bound(m_runs.cbegin(), m_runs.cend(), blockBegin,
                               [](int pos, const FormatRun &r) { return pos < r.end; });
    for (; it != m_runs.cend() && it->begin < blockEnd; ++it) {
        const int from = std::max(it->begin, blockBegin);
        const int to = std::min(it->end, blockEnd);
        if (to > from)
            ranges.append({from - blockBegin, to - from, it->format});
    }
    return ranges;
}

void AnnotationHighlighter::setRuns(QList<FormatRun> runs)
{
    m_runs = std::move(runs);
    // Not rehighlight(): it marks every block dirty on its own, and a document that is already laid
    // out answers each mark with a relayout pass, which made a layer toggle on a 2 MB article take
    // minutes. The same formats go straight into each block's layout, then one mark for the whole.
    QTextDocument *doc = document();
    if (!doc) {
        emit runsChanged({});
        return;
    }
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QList<QTextLayout::FormatRange> ranges = rangesFor(b.position(), b.position() + b.length() - 1);
        if (!ranges.isEmpty() || !b.layout()->formats().isEmpty())
            b.layout()->setFormats(ranges);
    }
    doc->markContentsDirty(0, doc->characterCount());
}

void AnnotationHighlighter::setRuns(QList<FormatRun> runs, const QList<std::pair<int, int>> &ranges)
{
    m_runs = std::move(runs);
    QTextDocument *doc = document();
    if (!doc) {
        emit runsChanged(ranges);
        return;
    }
    for (const auto &[begin, end] : ranges) {
        QTextBlock b = doc->findBlock(begin);
        const QTextBlock last = doc->findBlock(std::max(begin, end - 1));
        if (!b.isValid())
            continue;
        int from = b.position(), to = from;
        for (; b.isValid(); b = b.next()) {
            b.layout()->setFormats(rangesFor(b.position(), b.position() + b.length() - 1));
            to = b.position() + b.length();
            if (b == last)
                break;
        }
        doc->markContentsDirty(from, to - from);
    }
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    // Blocks (re)laid out by the document itself: the same runs, through the highlighter.
    const int blockBegin = currentBlock().position();
    for (const QTextLayout::FormatRange &r : rangesFor(blockBegin, blockBegin + int(text.size())))
        setFormat(r.start, r.length, r.format);
}

} // namespace saywho::ui
