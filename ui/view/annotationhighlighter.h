#pragma once

#include "formatrun.h"

#include <QList>
#include <QSyntaxHighlighter>

namespace saywho::ui {

// Paints precomputed runs over a read-only document. The text itself is never touched: formats
// live in each block's layout, so switching a layer off is a rehighlight, not an edit.
class AnnotationHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit AnnotationHighlighter(QTextDocument *document);

    void setRuns(QList<FormatRun> runs);
    const QList<FormatRun> &runs() const { return m_runs; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<FormatRun> m_runs;
};

} // namespace saywho::ui
