#include "annotationhighlighter.h"

#include <QTextBlock>

#include <algorithm>

namespace saywho::ui {

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void AnnotationHighlighter::setRuns(QList<FormatRun> runs)
{
    m_runs = std::move(runs);
    rehighlight();
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    const int blockBegin = currentBlock().position();
    const int blockEnd = blockBegin + int(text.size());
    auto it = std::upper_bound(m_runs.cbegin(), m_runs.cend(), blockBegin,
                               [](int pos, const FormatRun &r) { return pos < r.end; });
    for (; it != m_runs.cend() && it->begin < blockEnd; ++it) {
        const int from = std::max(it->begin, blockBegin);
        const int to = std::min(it->end, blockEnd);
        if (to > from)
            setFormat(from - blockBegin, to - from, it->format);
    }
}

} // namespace saywho::ui
