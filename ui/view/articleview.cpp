#include "articleview.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QMenu>

#include <memory>

#include "annotationhighlighter.h"
#include "backgroundrelease.h"
#include "documentpreparer.h"
#include "lazyblocklayout.h"
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
    m_highlighter->setParent(this); // it outlives the documents a long article replaces
    m_preparer = new DocumentPreparer(this);
    connect(m_preparer, &DocumentPreparer::prepared, this, &ArticleView::showPrepared);

    m_flash = new QVariantAnimation(this);
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(FlashMs);
    m_flash->setEasingCurve(QEasingCurve::InQuad);
    connect(m_flash, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { setFlash(m_flashBegin, m_flashEnd, v.toDouble()); });
    applyFont();
}

ArticleView::~ArticleView()
{
    m_preparer->cancel();
    releaseInBackground(m_highlighter->takeRuns());
    if (!m_lazy)
        return;
    // A long article's document goes to a worker once nothing here refers to it: not the text
    // control (an empty document takes its place), not the highlighter's signal to its layout,
    // whose format provider asks this view.
    QTextDocument *old = document();
    disconnect(m_highlighter, nullptr, old->documentLayout(), nullptr);
    m_lazy = nullptr;
    setDocument(new QTextDocument(this));
    deleteInBackground(old);
}

void ArticleView::setArticle(const QString &text, int titleLength)
{
    m_titleLength = titleLength;
    m_pendingReveal = {-1, -1};
    if (text.size() >= LazyLayoutChars) {
        // Shown empty until the worker has built the document; the view stays responsive.
        replaceDocument(new QTextDocument(this));
        setPlaceholderText(tr("Preparing the text for display…"));
        m_preparer->prepare(text);
        return;
    }
    m_preparer->cancel();
    setPlaceholderText(QString());
    if (m_lazy)
        replaceDocument(new QTextDocument(this));
    setPlainText(text);
    applyBlockFormats();
    updateColumn();
    moveCursor(QTextCursor::Start);
    emit textShown();
}

bool ArticleView::isPreparing() const
{
    return m_preparer->isBusy();
}

void ArticleView::replaceDocument(QTextDocument *doc)
{
    // Detached while the old document is still there: attaching a highlighter to a full document,
    // or detaching it, walks every block.
    m_highlighter->setDocument(nullptr);
    QTextDocument *old = document();
    doc->setParent(this);
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(old->documentMargin());
    doc->setDefaultFont(old->defaultFont());
    m_lazy = qobject_cast<LazyBlockLayout *>(doc->documentLayout());
    setDocument(doc); // deletes the first document, its own; the later ones are this view's
    if (old->parent() == this)
        old->deleteLater();
    if (!m_lazy)
        m_highlighter->setDocument(doc);
    updateColumn();
}

void ArticleView::showPrepared(QTextDocument *doc, const std::vector<int> &blockStarts)
{
    auto *layout = new LazyBlockLayout(doc, blockStarts);
    layout->setFormatProvider([this](int begin, int end) { return m_highlighter->rangesFor(begin, end); });
    layout->setLookBehind(viewport()->height());
    connect(m_highlighter, &AnnotationHighlighter::runsChanged, layout, &LazyBlockLayout::invalidate);
    doc->setDocumentLayout(layout);
    setPlaceholderText(QString());
    replaceDocument(doc);
    applyBlockFormats();
    moveCursor(QTextCursor::Start);
    updateExtraSelections();
    emit textShown();
    if (const auto [begin, end] = std::exchange(m_pendingReveal, {-1, -1}); begin >= 0)
        reveal(begin, end);
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
    const bool titled = m_titleLength > 0;
    enum { Text, Blank, Title };
    auto style = [titled](int position, int length) {
        if (titled && position <= 1 && length > 1)
            return int(Title);
        return length <= 1 ? int(Blank) : int(Text);
    };
    const QList<QTextBlockFormat> formats{text, blank, title};
    if (m_lazy) {
        m_lazy->setBlockStyle(formats, style);
        return;
    }
    // One edit block so the layout runs once, not once per paragraph; and no contentsChange, which
    // would have the highlighter mark every block dirty one by one (quadratic on long articles).
    // Block formats leave the highlight formats in each block's layout alone.
    const QSignalBlocker quiet(document());
    QTextCursor c(document());
    c.beginEditBlock();
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        c.setPosition(b.position());
        c.setBlockFormat(formats.at(style(b.position(), b.length())));
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
    if (m_lazy)
        m_lazy->setLookBehind(viewport()->height());
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
    if (isPreparing()) {
        m_pendingReveal = {begin, end};
        return;
    }
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
    m_searchMatches = matches;
    m_searchCurrent = current;
    // A long article's matches are made into selections as they come into view.
    m_searchSelections = m_lazy || isPreparing() ? QList<ExtraSelection>() : searchSelections();
    updateExtraSelections();
}

QList<QTextEdit::ExtraSelection> ArticleView::searchSelections() const
{
    QList<ExtraSelection> out;
    if (m_searchMatches.isEmpty() || isPreparing())
        return out;
    int first = 0;
    int last = int(m_searchMatches.size());
    if (m_lazy) {
        // Only the matches on and near the screen: the text control lays out the block of every
        // selection it is given, which on a long article with a common word means all of them.
        const int from = cursorForPosition(QPoint(0, -viewport()->height())).position();
        const int to = cursorForPosition(QPoint(viewport()->width(), 2 * viewport()->height())).position();
        first = int(std::lower_bound(m_searchMatches.cbegin(), m_searchMatches.cend(), from,
                                     [](const std::pair<int, int> &m, int pos) { return m.second < pos; }) -
                    m_searchMatches.cbegin());
        last = int(std::upper_bound(m_searchMatches.cbegin(), m_searchMatches.cend(), to,
                                    [](int pos, const std::pair<int, int> &m) { return pos < m.first; }) -
                   m_searchMatches.cbegin());
    }
    const QColor mark = palette().color(QPalette::Highlight);
    out.reserve(std::max(0, last - first));
    for (int i = first; i < last; ++i) {
        ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(m_searchMatches.at(i).first);
        sel.cursor.setPosition(m_searchMatches.at(i).second, QTextCursor::KeepAnchor);
        if (i == m_searchCurrent) {
            sel.format.setBackground(mark);
            sel.format.setForeground(palette().color(QPalette::HighlightedText));
        } else {
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            sel.format.setUnderlineColor(mark);
        }
        out.append(sel);
    }
    return out;
}

void ArticleView::scrollContentsBy(int dx, int dy)
{
    QTextEdit::scrollContentsBy(dx, dy);
    if (m_lazy && !m_searchMatches.isEmpty())
        updateExtraSelections();
}

void ArticleView::updateExtraSelections()
{
    // Extra selections are only for what is transient: search matches, the item under the mouse and
    // the flash of the item just chosen. Annotations themselves are layout formats.
    QList<ExtraSelection> extras = m_lazy ? searchSelections() : m_searchSelections;
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
