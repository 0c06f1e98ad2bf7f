#include "lazyblocklayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace saywho::ui {

namespace {

// Wrapping breaks between words, so a line holds a few characters fewer than its width allows.
constexpr double WrapSlack = 4;

QList<QTextLayout::FormatRange> blockSelections(const QTextBlock &block, QTextLayout *layout,
                                                const QAbstractTextDocumentLayout::PaintContext &context)
{
    QList<QTextLayout::FormatRange> out;
    const int begin = block.position();
    const int length = block.length();
    for (const QAbstractTextDocumentLayout::Selection &s : context.selections) {
        const int from = std::max(s.cursor.selectionStart() - begin, 0);
        const int to = std::min(s.cursor.selectionEnd() - begin, length);
        if (to > from) {
            out.append(QTextLayout::FormatRange{from, to - from, s.format});
        } else if (!s.cursor.hasSelection() && s.format.hasProperty(QTextFormat::FullWidthSelection) &&
                   block.contains(s.cursor.position())) {
            const QTextLine line = layout->lineForTextPosition(s.cursor.position() - begin);
            if (line.isValid())
                out.append(QTextLayout::FormatRange{line.textStart(), line.textLength(), s.format});
        }
    }
    return out;
}

} // namespace

LazyBlockLayout::LazyBlockLayout(QTextDocument *document, std::vector<int> blockStarts)
    : QAbstractTextDocumentLayout(document), m_starts(std::move(blockStarts))
{
    setBlockStyle({QTextBlockFormat()}, {});
}

void LazyBlockLayout::setBlockStyle(QList<QTextBlockFormat> formats, BlockStyle style)
{
    m_rule = std::move(style);
    m_styles.clear();
    for (const QTextBlockFormat &f : formats)
        m_styles.append(Style{f, f.topMargin(), f.bottomMargin(), f.leftMargin(), f.rightMargin(),
                              f.lineHeightType() == QTextBlockFormat::FixedHeight});
    if (m_styles.isEmpty())
        m_styles.append(Style{});
    documentChanged(0, 0, document()->characterCount());
}

const LazyBlockLayout::Style &LazyBlockLayout::styleOf(int index) const
{
    const int i = m_rule ? m_rule(m_starts[size_t(index)], blockLength(index)) : 0;
    return m_styles.at(std::clamp(i, 0, int(m_styles.size()) - 1));
}

int LazyBlockLayout::blockLength(int index) const
{
    const size_t next = size_t(index) + 1;
    return (next < m_starts.size() ? m_starts[next] : document()->characterCount()) - m_starts[size_t(index)];
}

double LazyBlockLayout::pageWidth() const
{
    const double w = document()->pageSize().width();
    return w > 0 ? w : 800;
}

void LazyBlockLayout::ensureBuilt() const
{
    // Setting the text, the font, the column and the style each change the whole document one
    // after the other: the heights are estimated once, when the view next asks.
    if (m_dirty)
        const_cast<LazyBlockLayout *>(this)->rebuild();
}

void LazyBlockLayout::rebuild()
{
    m_dirty = false;
    QTextDocument *doc = document();
    const QTextFrameFormat ff = doc->rootFrame()->frameFormat();
    m_frameTop = ff.topMargin() + ff.border() + ff.padding();
    m_frameBottom = ff.bottomMargin() + ff.border() + ff.padding();
    m_frameLeft = ff.leftMargin() + ff.border() + ff.padding();
    m_frameRight = ff.rightMargin() + ff.border() + ff.padding();
    m_width = pageWidth();
    const QFontMetricsF metrics(doc->defaultFont());
    m_lineHeight = metrics.lineSpacing();
    const double lineWidth = std::max(1.0, m_width - m_frameLeft - m_frameRight);
    m_charsPerLine = std::max(8.0, lineWidth / std::max(1.0, metrics.averageCharWidth()) - WrapSlack);

    for (int i : m_laidList)
        if (const QTextBlock b = doc->findBlockByNumber(i); b.isValid())
            b.layout()->clearLayout();
    m_laidList.clear();
    const int n = doc->blockCount();
    if (int(m_starts.size()) != n) {
        m_starts.clear();
        m_starts.reserve(size_t(n));
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            m_starts.push_back(b.position());
    }
    m_laidOut.assign(size_t(n), 0);
    // One pass over integers: no block of the document is touched.
    std::vector<double> lineHeights;
    for (const Style &s : std::as_const(m_styles))
        lineHeights.push_back(s.format.lineHeight(m_lineHeight, 1.0));
    std::vector<double> heights(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int length = blockLength(i);
        const int k =
            m_rule ? std::clamp(m_rule(m_starts[size_t(i)], length), 0, int(m_styles.size()) - 1) : 0;
        const Style &s = m_styles.at(k);
        const double lines = std::max(1.0, std::ceil((length - 1) / m_charsPerLine));
        heights[size_t(i)] = s.top + s.bottom + lines * lineHeights[size_t(k)];
    }
    m_heights.assign(std::move(heights));
}

bool LazyBlockLayout::layOut(const QTextBlock &block, int index)
{
    if (m_laidOut[size_t(index)])
        return false;
    QTextLayout *tl = block.layout();
    const Style &style = styleOf(index);
    if (m_formats)
        tl->setFormats(m_formats(block.position(), block.position() + block.length() - 1));
    tl->setTextOption(document()->defaultTextOption());
    const double left = m_frameLeft + style.left;
    const double width = std::max(1.0, m_width - left - m_frameRight - style.right);
    double y = style.top;
    tl->setPosition(QPointF(0, 0));
    tl->beginLayout();
    for (QTextLine line = tl->createLine(); line.isValid(); line = tl->createLine()) {
        line.setLineWidth(width);
        const double raw = std::ceil(line.ascent() + line.descent() + line.leading());
        const double height = style.format.lineHeight(raw, 1.0);
        // As QTextDocumentLayout places a line of fixed height: its baseline at four fifths.
        const double shift =
            style.fixed ? line.ascent() + std::max(line.leading(), qreal(0)) - height * 4 / 5 : 0;
        line.setPosition(QPointF(left, y - shift));
        y += height;
    }
    tl->endLayout();
    y += style.bottom;
    m_laidOut[size_t(index)] = 1;
    m_laidList.push_back(index);
    const bool changed = std::abs(y - m_heights.height(index)) > 0.01;
    m_heights.setHeight(index, y);
    return changed;
}

void LazyBlockLayout::layOutAround(const QTextBlock &block, int index)
{
    bool changed = layOut(block, index);
    // The text above it, as far as a viewport shows: laid out now, it will not push this block
    // down once it is painted.
    double above = 0;
    QTextBlock b = block.previous();
    for (int i = index - 1; b.isValid() && above < m_lookBehind; --i, b = b.previous()) {
        changed |= layOut(b, i);
        above += m_heights.height(i);
    }
    if (changed)
        sizeChanged();
}

void LazyBlockLayout::sizeChanged()
{
    // Inside draw() the view must not rescroll under the painter: tell it once the paint is over.
    if (!m_inDraw) {
        emit documentSizeChanged(documentSize());
        return;
    }
    if (m_sizePending)
        return;
    m_sizePending = true;
    QTimer::singleShot(0, this, [this] {
        m_sizePending = false;
        emit documentSizeChanged(documentSize());
    });
}

void LazyBlockLayout::invalidate(const QList<std::pair<int, int>> &ranges)
{
    if (m_dirty)
        return; // nothing is laid out until the next rebuild
    std::vector<int> kept;
    kept.reserve(m_laidList.size());
    for (int i : m_laidList) {
        const int begin = m_starts[size_t(i)];
        const int end = begin + blockLength(i);
        const bool hit = ranges.isEmpty() || std::any_of(ranges.cbegin(), ranges.cend(), [&](const auto &r) {
                             return r.first < end && r.second >= begin;
                         });
        if (!hit) {
            kept.push_back(i);
            continue;
        }
        // The height stays: the best estimate until the block is laid out again.
        m_laidOut[size_t(i)] = 0;
        if (const QTextBlock b = document()->findBlockByNumber(i); b.isValid())
            b.layout()->clearLayout();
        // Only that block is painted again (and what follows, should its height change); a block
        // that was never laid out is not on the screen.
        if (!ranges.isEmpty())
            emit update(QRectF(0, blockTop(i), m_width, m_heights.height(i)));
    }
    m_laidList = std::move(kept);
    if (ranges.isEmpty())
        emit update();
}

void LazyBlockLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    if (m_dirty)
        return;
    QTextDocument *doc = document();
    // A new width, font, frame or style: everything is estimated again. Otherwise only formats
    // changed (the text is read-only), and only the blocks there are laid out again.
    const bool whole = from == 0 && charsAdded >= doc->characterCount() - 1;
    const bool structure = doc->blockCount() != int(m_starts.size()) || charsRemoved != charsAdded;
    if (whole || structure || std::abs(pageWidth() - m_width) > 0.5) {
        m_dirty = true;
        QTimer::singleShot(0, this, [this] {
            emit documentSizeChanged(documentSize());
            emit update();
        });
        return;
    }
    invalidate({{from, from + charsAdded}});
}

QSizeF LazyBlockLayout::documentSize() const
{
    ensureBuilt();
    return {m_width, m_frameTop + m_heights.total() + m_frameBottom};
}

QRectF LazyBlockLayout::frameBoundingRect(QTextFrame *) const
{
    return QRectF(QPointF(0, 0), documentSize());
}

QRectF LazyBlockLayout::blockBoundingRect(const QTextBlock &block) const
{
    ensureBuilt();
    if (!block.isValid() || block.document() != document())
        return {};
    const int index = block.blockNumber();
    if (index < 0 || index >= m_heights.size())
        return {};
    // Asked for a block's place (the cursor reached it, or a caller wants its lines): lay it out.
    if (!m_laidOut[size_t(index)])
        const_cast<LazyBlockLayout *>(this)->layOutAround(block, index);
    return {0, blockTop(index), m_width, m_heights.height(index)};
}

int LazyBlockLayout::hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const
{
    ensureBuilt();
    const int index = m_heights.indexAt(point.y() - m_frameTop);
    const QTextBlock block = document()->findBlockByNumber(index);
    if (!block.isValid())
        return -1;
    auto *self = const_cast<LazyBlockLayout *>(this);
    if (self->layOut(block, index))
        self->sizeChanged();
    const QTextLayout *tl = block.layout();
    const QPointF local(point.x(), point.y() - blockTop(index));
    const int lines = tl->lineCount();
    for (int l = 0; l < lines; ++l) {
        const QTextLine line = tl->lineAt(l);
        if (local.y() >= line.y() + line.height() && l < lines - 1)
            continue;
        if (accuracy == Qt::ExactHit && !line.naturalTextRect().contains(local))
            return -1;
        return block.position() + line.xToCursor(local.x());
    }
    return accuracy == Qt::ExactHit ? -1 : block.position();
}

void LazyBlockLayout::draw(QPainter *painter, const PaintContext &context)
{
    ensureBuilt();
    m_inDraw = true;
    const QRectF clip = context.clip.isValid() ? context.clip : QRectF(QPointF(0, 0), documentSize());
    painter->setPen(context.palette.color(QPalette::Text));
    int i = m_heights.indexAt(clip.top() - m_frameTop);
    bool moved = false; // a block's height changed
    for (QTextBlock b = document()->findBlockByNumber(i); b.isValid(); b = b.next(), ++i) {
        // Its top does not depend on its own height: laying it out moves only what follows.
        const double top = blockTop(i);
        if (top > clip.bottom())
            break;
        moved |= layOut(b, i);
        QTextLayout *tl = b.layout();
        const QPointF offset(0, top);
        tl->draw(painter, offset, blockSelections(b, tl, context), clip);
        if (context.cursorPosition >= b.position() && context.cursorPosition < b.position() + b.length())
            tl->drawCursor(painter, offset, context.cursorPosition - b.position());
    }
    m_inDraw = false;
    if (moved) {
        sizeChanged();
        // What lies below the clip moved too: painted again where it is on the screen (after a
        // partial paint of one corrected block; below a whole viewport nothing is visible).
        const double bottom = documentSize().height();
        if (clip.bottom() < bottom)
            emit update(QRectF(0, clip.bottom(), m_width, bottom - clip.bottom()));
    }
}

} // namespace saywho::ui
