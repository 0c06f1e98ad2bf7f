#pragma once

#include "formatrun.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextLayout>

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
    // New runs that differ from the old ones only inside ranges ({begin, end} text positions):
    // only the blocks they touch are formatted and laid out again.
    void setRuns(QList<FormatRun> runs, const QList<std::pair<int, int>> &ranges);
    const QList<FormatRun> &runs() const { return m_runs; }

protected:
    void highlightBlock(const QString &text) override;

private:
    // The runs over [blockBegin, blockEnd), relative to blockBegin.
    QList<QTextLayout::FormatRange> rangesFor(int blockBegin, int blockEnd) const;

    QList<FormatRun> m_runs;
};

} // namespace saywho::ui
