#include "articleview.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QMenu>

#include <memory>

#include "annotationhighlighter.h"
#include "speakerpalette.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QToolTip>
#include <QVariantAnimation>

#include <cmath>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

constexpr double BasePointSize = 12.5;
constexpr double ZoomFactor = 1.1;
constexpr int MinZoom = -6;
constexpr int MaxZoom = 12;
constexpr double ColumnChars = 70; // a comfortable measure for running text
constexpr int FlashMs = 1400;

} // namespace

ArticleView::ArticleView(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    // Files dropped here open as articles: the main window takes them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setFrameShape(QFrame::NoFrame);
    setObjectName(u"articleView"_s);
    document()->setUndoRedoEnabled(false);
    viewport()->setMouseTracking(true); // hover outlines follow the mouse
    document()->setDocumentMargin(28);
    m_highlighter = new AnnotationHighlighter(document());

    m_flash = new QVariantAnimation(this);
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(FlashMs);
    m_flash->setEasingCurve(QEasingCurve::InQuad);
    connect(m_flash, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { setFlash(m_flashBegin, m_flashEnd, v.toDouble()); });
    applyFont();
}

void ArticleView::setArticle(const QString &text, int titleLength)
{
    m_titleLength = titleLength;
    setPlainText(text);
    applyBlockFormats();
    moveCursor(QTextCursor::Start);
}

double ArticleView::proseCharWidth(const QFont &font)
{
    static const QString sample =
        u"When the council met on Monday, the mayor said the bridge would be rebuilt "
        "by spring; critics asked who would pay for it."_s;
    return QFontMetricsF(font).horizontalAdvance(sample) / double(sample.size());
}

void ArticleView::applyBlockFormats()
{
    // One edit block so the layout runs once, not once per paragraph; and no contentsChange, which
    // would have the highlighter mark every block dirty one by one (quadratic on long articles).
    // Block formats leave the highlight formats in each block's layout alone.
    const QSignalBlocker quiet(document());
    QTextCursor c(document());
    c.beginEditBlock();
    // Leading set in ems of the font actually used, not as a share of its line height: URW's fonts
    // carry a line gap that would double it.
    const double em = QFontInfo(document()->defaultFont()).pixelSize();
    QTextBlockFormat text;
    text.setLineHeight(std::round(em * 1.5), QTextBlockFormat::FixedHeight);
    text.setBottomMargin(em * 0.7);
    // Blank lines between paragraphs already separate them; drawn at full height they would
    // double the gap.
    QTextBlockFormat blank;
    blank.setLineHeight(em * 0.15, QTextBlockFormat::FixedHeight);
    QTextBlockFormat title = text;
    title.setLineHeight(std::round(em * 1.5 * 1.25), QTextBlockFormat::FixedHeight); // the title is 1.5 em
    title.setBottomMargin(em * 1.1);
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        c.setPosition(b.position());
        if (m_titleLength > 0 && b.position() <= 1 && b.length() > 1)
            c.setBlockFormat(title);
        else
            c.setBlockFormat(b.length() <= 1 ? blank : text);
    }
    c.endEditBlock();
}

void ArticleView::setBodyFont(BodyFont font)
{
    m_bodyFont = font;
    applyFont();
}

void ArticleView::zoomBy(int steps)
{
    m_zoom = std::clamp(m_zoom + steps, MinZoom, MaxZoom);
    applyFont();
}

void ArticleView::resetZoom()
{
    m_zoom = 0;
    applyFont();
}

void ArticleView::applyFont()
{
    QFont f;
    if (m_bodyFont == BodyFont::Serif) {
        f.setFamilies({u"Source Serif 4"_s, u"Charter"_s, u"Georgia"_s, u"P052"_s, u"Nimbus Roman"_s,
                       u"DejaVu Serif"_s});
        f.setStyleHint(QFont::Serif);
    } else {
        f.setFamilies({u"Inter"_s, u"Noto Sans"_s, u"Nimbus Sans"_s, u"DejaVu Sans"_s});
        f.setStyleHint(QFont::SansSerif);
    }
    f.setPointSizeF(BasePointSize * std::pow(ZoomFactor, m_zoom));
    const QString family = QFontInfo(f).family();
    m_emphasisWeight = QFont::Bold;
    for (const QString &style : QFontDatabase::styles(family)) {
        const int w = QFontDatabase::weight(family, style);
        if (w >= QFont::DemiBold && w < m_emphasisWeight && !QFontDatabase::italic(family, style))
            m_emphasisWeight = w;
    }
    document()->setDefaultFont(f);
    setFont(f);
    if (!document()->isEmpty())
        applyBlockFormats();
    updateColumn();
}

void ArticleView::updateColumn()
{
    const double measure = proseCharWidth(document()->defaultFont()) * ColumnChars;
    const double side = std::max(document()->documentMargin(), (viewport()->width() - measure) / 2.0);
    QTextFrameFormat ff = document()->rootFrame()->frameFormat();
    if (std::abs(ff.leftMargin() - side) < 1.0)
        return;
    ff.setLeftMargin(side);
    ff.setRightMargin(side);
    const QSignalBlocker quiet(document()); // as in applyBlockFormats: the text is unchanged
    document()->rootFrame()->setFrameFormat(ff);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumn();
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_flash->state() == QAbstractAnimation::Running)
        setFlash(m_flashBegin, m_flashEnd, 0.0);
}

int ArticleView::positionAt(const QPoint &viewportPos) const
{
    const QPointF docPos(viewportPos.x() + horizontalScrollBar()->value(),
                         viewportPos.y() + verticalScrollBar()->value());
    return document()->documentLayout()->hitTest(docPos, Qt::ExactHit);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_tooltips) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int pos = positionAt(help->pos());
        const QString tip = pos >= 0 ? m_tooltips(pos) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    const bool click =
        (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    if (event->button() == Qt::LeftButton && click && !textCursor().hasSelection()) {
        const int pos = positionAt(event->position().toPoint());
        if (pos >= 0)
            emit positionClicked(pos);
    }
}

void ArticleView::reveal(int begin, int end)
{
    QTextCursor c(document());
    c.setPosition(begin);
    setTextCursor(c);
    const QRect r = cursorRect(c);
    QScrollBar *bar = verticalScrollBar();
    if (r.top() < 0 || r.bottom() > viewport()->height() * 2 / 3)
        bar->setValue(bar->value() + r.top() - viewport()->height() / 4);
    m_flashBegin = begin;
    m_flashEnd = end;
    m_flash->stop();
    setFlash(begin, end, 1.0); // at once: the animation's first frame comes a tick later
    m_flash->start();
}

void ArticleView::setFlash(int begin, int end, double strength)
{
    m_flashBegin = begin;
    m_flashEnd = end;
    m_flashStrength = strength;
    updateExtraSelections();
}

void ArticleView::setHovered(std::pair<int, int> span)
{
    if (span == m_hovered)
        return;
    m_hovered = span;
    viewport()->setCursor(span.first >= 0 ? Qt::PointingHandCursor : Qt::IBeamCursor);
    updateExtraSelections();
}

void ArticleView::setSearchMatches(const QList<std::pair<int, int>> &matches, int current)
{
    m_searchSelections.clear();
    m_searchSelections.reserve(matches.size());
    const QColor mark = palette().color(QPalette::Highlight);
    for (int i = 0; i < matches.size(); ++i) {
        ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(matches.at(i).first);
        sel.cursor.setPosition(matches.at(i).second, QTextCursor::KeepAnchor);
        if (i == current) {
            sel.format.setBackground(mark);
            sel.format.setForeground(palette().color(QPalette::HighlightedText));
        } else {
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            sel.format.setUnderlineColor(mark);
        }
        m_searchSelections.append(sel);
    }
    updateExtraSelections();
}

void ArticleView::updateExtraSelections()
{
    // Extra selections are only for what is transient: search matches, the item under the mouse and
    // the flash of the item just chosen. Annotations themselves are layout formats.
    QList<ExtraSelection> extras = m_searchSelections;
    auto select = [this](int begin, int end) {
        ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(begin);
        sel.cursor.setPosition(end, QTextCursor::KeepAnchor);
        return sel;
    };
    if (m_hovered.first >= 0 && m_hovered.second > m_hovered.first) {
        ExtraSelection sel = select(m_hovered.first, m_hovered.second);
        sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        sel.format.setUnderlineColor(palette().color(QPalette::Text));
        extras.append(sel);
    }
    if (m_flashStrength > 0.01 && m_flashEnd > m_flashBegin) {
        ExtraSelection sel = select(m_flashBegin, m_flashEnd);
        QColor c = SpeakerPalette::fromApplication().flash();
        c.setAlphaF(float(0.65 * m_flashStrength));
        sel.format.setBackground(c);
        extras.append(sel);
    }
    setExtraSelections(extras);
}

void ArticleView::mouseMoveEvent(QMouseEvent *event)
{
    QTextEdit::mouseMoveEvent(event);
    if (!m_hover || event->buttons() != Qt::NoButton)
        return;
    const int pos = positionAt(event->position().toPoint());
    setHovered(pos >= 0 ? m_hover(pos) : std::pair<int, int>{-1, -1});
}

void ArticleView::leaveEvent(QEvent *event)
{
    QTextEdit::leaveEvent(event);
    setHovered({-1, -1});
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const int position = positionAt(viewport()->mapFrom(this, event->pos()));
    if (m_menu && position >= 0)
        m_menu(menu.get(), position);
    menu->exec(event->globalPos());
}

} // namespace saywho::ui
