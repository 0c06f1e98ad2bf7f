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

void AnnotationHighlighter::replaceRuns(const TextRanges &ranges, const QList<FormatRun> &runs)
{
    if (ranges.isEmpty())
        return; // (an empty list in runsChanged means everything)
    // One linear merge of the old runs' parts outside the ranges with the new runs (all inside).
    QList<FormatRun> spliced;
    spliced.reserve(m_runs.size() + runs.size());
    auto next = runs.cbegin();
    auto keep = [&](int from, int to, const QTextCharFormat &format) {
        for (; next != runs.cend() && next->begin < from; ++next)
            spliced.append(*next);
        spliced.append({from, to, format});
    };
    auto range = ranges.cbegin();
    for (const FormatRun &old : std::as_const(m_runs)) {
        while (range != ranges.cend() && range->second <= old.begin)
            ++range;
        int from = old.begin;
        for (auto r = range; r != ranges.cend() && r->first < old.end && from < old.end; ++r) {
            if (r->first > from)
                keep(from, r->first, old.format);
            from = std::max(from, r->second);
        }
        if (from < old.end)
            keep(from, old.end, old.format);
    }
    for (; next != runs.cend(); ++next)
        spliced.append(*next);
    m_runs = std::move(spliced);

    QTextDocument *doc = document();
    if (!doc) {
        emit runsChanged(ranges);
        return;
    }
    int done = -1; // end of the blocks already formatted, for ranges that share one
    for (const auto &[begin, end] : ranges) {
        const QTextBlock last = doc->findBlock(std::max(begin, end - 1));
        if (!last.isValid() || last.position() + last.length() <= done)
            continue;
        QTextBlock b = doc->findBlock(std::max(begin, done));
        const int from = b.position();
        int to = from;
        for (; b.isValid(); b = b.next()) {
            b.layout()->setFormats(rangesFor(b.position(), b.position() + b.length() - 1));
            to = b.position() + b.length();
            if (b == last)
                break;
        }
        done = to;
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
