#pragma once

#include "heightindex.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlockFormat>
#include <QTextLayout>

#include <functional>
#include <vector>

namespace saywho::ui {

// The layout of a long read-only article: only the blocks that are shown, hit or reached by the
// cursor are laid out, each the moment it is first needed; every other block counts with a
// height estimated from its length. QTextDocumentLayout lays out the whole flow up to any
// position asked for (Ctrl+End on a 40 MB article held the window for a minute), and
// QPlainTextDocumentLayout, which is lazy, ignores line heights, margins and the frame, which
// carry the view's typography and its centred column.
//
// The highlighting is applied the same way: a block gets its formats from the provider when it
// is laid out, so painting a layer never walks the whole document. The text must not change
// while this layout is installed (the view gives each new text a new document).
class LazyBlockLayout final : public QAbstractTextDocumentLayout
{
    Q_OBJECT

public:
    // The formats of [begin, end), relative to begin.
    using FormatProvider = std::function<QList<QTextLayout::FormatRange>(int begin, int end)>;
    // Which of the paragraph formats a block takes (an index into them), from its position and
    // length. A rule rather than a format set on each block: setting one on each of the 380,000
    // blocks of a 40 MB article takes a second, and again at every zoom step.
    using BlockStyle = std::function<int(int position, int length)>;

    // blockStarts: the position of each block, when the caller already walked them (off the main
    // thread); otherwise they are read from the document.
    explicit LazyBlockLayout(QTextDocument *document, std::vector<int> blockStarts = {});

    void setFormatProvider(FormatProvider provider) { m_formats = std::move(provider); }
    // The blocks' line heights and margins; the blocks' own formats are not read. Everything is
    // estimated and laid out again.
    void setBlockStyle(QList<QTextBlockFormat> formats, BlockStyle style);
    // How far above a block reached by the cursor is laid out with it, so that the text shown
    // above it does not move once painted (the view's height).
    void setLookBehind(double height) { m_lookBehind = height; }
    // The formats changed inside these text ranges (all of them when empty): the blocks already
    // laid out there are laid out again when next needed.
    void invalidate(const QList<std::pair<int, int>> &ranges);
    int laidOutBlocks() const { return int(m_laidList.size()); }

    void draw(QPainter *painter, const PaintContext &context) override;
    int hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const override;
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override;
    QRectF frameBoundingRect(QTextFrame *frame) const override;
    QRectF blockBoundingRect(const QTextBlock &block) const override;

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    struct Style
    {
        QTextBlockFormat format;
        double top = 0;
        double bottom = 0;
        double left = 0;
        double right = 0;
        bool fixed = false;
    };

    void ensureBuilt() const;
    void rebuild();
    double pageWidth() const;
    double blockTop(int index) const { return m_frameTop + m_heights.top(index); }
    int blockLength(int index) const;
    const Style &styleOf(int index) const;
    // Lays the block out when it is not; returns whether its height changed.
    bool layOut(const QTextBlock &block, int index);
    void layOutAround(const QTextBlock &block, int index);
    void sizeChanged();

    FormatProvider m_formats;
    BlockStyle m_rule;
    QList<Style> m_styles;
    HeightIndex m_heights;
    std::vector<int> m_starts;   // document position of each block
    std::vector<char> m_laidOut; // per block
    std::vector<int> m_laidList; // the blocks laid out, so invalidating never walks them all
    double m_frameTop = 0;
    double m_frameBottom = 0;
    double m_frameLeft = 0;
    double m_frameRight = 0;
    double m_width = 0;
    double m_charsPerLine = 60;
    double m_lineHeight = 20;
    double m_lookBehind = 800;
    bool m_dirty = true;
    bool m_inDraw = false;
    bool m_sizePending = false;
};

} // namespace saywho::ui
