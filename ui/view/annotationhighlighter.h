#pragma once

#include "formatrun.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextLayout>

#include <utility>

namespace saywho::ui {

// Paints precomputed runs over a read-only document. The text itself is never touched: formats
// live in each block's layout (as QSyntaxHighlighter keeps them), so switching a layer off
// replaces layout formats, never an edit.
class AnnotationHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit AnnotationHighlighter(QTextDocument *document);

    void setRuns(QList<FormatRun> runs);
    // Replaces the runs inside normalized ranges with runs (FormatRunBuilder::build(ranges)); the
    // runs outside are kept, and only the blocks the ranges touch are formatted and laid out again.
    void replaceRuns(const TextRanges &ranges, const QList<FormatRun> &runs);
    const QList<FormatRun> &runs() const { return m_runs; }
    // Hands the runs over, leaving none: for freeing them elsewhere.
    QList<FormatRun> takeRuns() { return std::exchange(m_runs, {}); }
    // The runs over [blockBegin, blockEnd), relative to blockBegin.
    QList<QTextLayout::FormatRange> rangesFor(int blockBegin, int blockEnd) const;

signals:
    // After setRuns or replaceRuns: the text ranges whose formats changed, empty for all. Detached from its
    // document (a long article, laid out lazily), the highlighter only keeps the runs, and the
    // view's layout takes each block's formats when it lays it out.
    void runsChanged(const saywho::ui::TextRanges &ranges);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<FormatRun> m_runs;
};

} // namespace saywho::ui
