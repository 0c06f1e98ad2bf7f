#include "legendwidget.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

constexpr int Pad = 8; // around the strip
constexpr int Gap = 5; // between chips
constexpr int ChipPadX = 7;
constexpr int Dot = 7;

} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    QSizePolicy sp(QSizePolicy::Preferred, QSizePolicy::Preferred);
    sp.setHeightForWidth(true);
    setSizePolicy(sp);
    setObjectName(u"legend"_s);
    // A touch smaller than the UI text: the legend is a key, not content.
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    setFont(f);
}

void LegendWidget::setSpeakers(QList<Speaker> speakers, int unattributed, bool hasDates, bool hasTitles)
{
    const QList<Speaker> before = std::exchange(m_speakers, std::move(speakers));
    const int hiddenBefore = std::exchange(m_hidden, 0);
    if (m_speakers.size() > MaxSpeakers) {
        // A long article can have hundreds of voices: the legend names the main ones, in the
        // order they are first quoted, and the People panel lists everyone.
        QList<Speaker> top = m_speakers;
        std::stable_sort(top.begin(), top.end(),
                         [](const Speaker &a, const Speaker &b) { return a.quotes > b.quotes; });
        top.resize(MaxSpeakers);
        QList<Speaker> kept;
        for (const Speaker &s : std::as_const(m_speakers))
            if (std::any_of(top.cbegin(), top.cend(),
                            [&](const Speaker &t) { return t.entityId == s.entityId; }))
                kept.append(s);
        m_hidden = int(m_speakers.size() - kept.size());
        m_speakers = kept;
    }
    // Most corrections leave the legend as it was: laying it out again costs more than the edit.
    if (m_speakers == before && m_hidden == hiddenBefore && m_unattributed == unattributed &&
        m_hasDates == hasDates && m_hasTitles == hasTitles)
        return;
    m_unattributed = unattributed;
    m_hasDates = hasDates;
    m_hasTitles = hasTitles;
    updateGeometry();
    update();
}

void LegendWidget::setFocusEntity(int entityId)
{
    m_focus = entityId;
    updateGeometry();
    update();
}

QList<LegendWidget::Chip> LegendWidget::chips() const
{
    QList<Chip> out;
    for (const Speaker &s : m_speakers)
        out.append({ChipKind::Speaker, u"%1 %2"_s.arg(s.name).arg(s.quotes), s.entityId, s.slot, {}});
    if (m_hidden > 0)
        out.append({ChipKind::More, tr("%n more speaker(s)", nullptr, m_hidden), 0, -2, {}});
    if (m_unattributed > 0)
        out.append({ChipKind::Unknown, tr("speaker unknown  %1").arg(m_unattributed), 0, -1, {}});
    if (m_hasDates)
        out.append({ChipKind::Date, tr("date"), 0, -1, {}});
    if (m_hasTitles)
        out.append({ChipKind::Title, tr("title, not a quote"), 0, -1, {}});
    if (m_focus != 0)
        out.append({ChipKind::ShowAll, tr("Show everyone"), 0, -1, {}});
    if (out.isEmpty())
        out.append({ChipKind::Unknown, tr("No quotations found"), 0, -2, {}});
    return out;
}

int LegendWidget::layout(QList<Chip> &chips, int width) const
{
    QFont bold = font();
    bold.setBold(true); // speaker names are drawn bold: measure them so
    QFont italic = font();
    italic.setItalic(true);
    const QFontMetrics boldMetrics(bold), italicMetrics(italic), plainMetrics(font());
    const int h = boldMetrics.height() + 8;
    int x = Pad, y = Pad;
    for (Chip &c : chips) {
        const QFontMetrics &fm = c.kind == ChipKind::Speaker ? boldMetrics
                                 : c.kind == ChipKind::Title ? italicMetrics
                                                             : plainMetrics;
        const int w =
            fm.horizontalAdvance(c.text) + 2 * ChipPadX + (c.kind == ChipKind::Speaker ? Dot + 6 : 0);
        if (x > Pad && x + w > width - Pad) {
            x = Pad;
            y += h + Gap;
        }
        c.rect = QRect(x, y, w, h);
        x += w + Gap;
    }
    return y + h + Pad;
}

int LegendWidget::heightForWidth(int width) const
{
    QList<Chip> c = chips();
    return layout(c, width);
}

QSize LegendWidget::sizeHint() const
{
    return {600, heightForWidth(600)};
}

QSize LegendWidget::minimumSizeHint() const
{
    return {100, heightForWidth(width() > 0 ? width() : 600)};
}

const LegendWidget::Chip *LegendWidget::chipAt(const QPoint &pos) const
{
    for (const Chip &c : m_laidOut)
        if (c.rect.contains(pos) && (c.kind == ChipKind::Speaker || c.kind == ChipKind::ShowAll))
            return &c;
    return nullptr;
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    m_laidOut = chips();
    layout(m_laidOut, width());
    const SpeakerPalette pal = SpeakerPalette::fromApplication();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(rect().bottomLeft(), rect().bottomRight());

    for (const Chip &c : std::as_const(m_laidOut)) {
        const QRectF r = QRectF(c.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool dimmed = m_focus != 0 && c.kind == ChipKind::Speaker && c.entityId != m_focus;
        p.setOpacity(dimmed ? 0.4 : 1.0);
        QFont f = font();
        QColor text = palette().color(QPalette::Text);
        switch (c.kind) {
        case ChipKind::Speaker:
        case ChipKind::Unknown:
            p.setPen(Qt::NoPen);
            p.setBrush(c.slot == -2 ? QColor(Qt::transparent) : pal.tint(c.slot));
            p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
            if (c.kind == ChipKind::Speaker) {
                p.setBrush(pal.hue(c.slot));
                p.drawEllipse(QRectF(r.left() + ChipPadX, r.center().y() - Dot / 2.0, Dot, Dot));
                text = pal.ink(c.slot);
                f.setWeight(c.entityId == m_focus ? QFont::Bold : QFont::DemiBold);
            } else if (c.slot == -2) {
                text = palette().color(QPalette::Disabled, QPalette::Text);
            }
            break;
        case ChipKind::Date:
            text = pal.dateInk();
            f.setUnderline(true);
            break;
        case ChipKind::Title:
            text = pal.titleInk();
            f.setItalic(true);
            break;
        case ChipKind::More:
            text = palette().color(QPalette::Disabled, QPalette::Text);
            break;
        case ChipKind::ShowAll:
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
            break;
        }
        p.setFont(f);
        p.setPen(text);
        const int textLeft = c.rect.left() + ChipPadX + (c.kind == ChipKind::Speaker ? Dot + 6 : 0);
        p.drawText(QRect(textLeft, c.rect.top(), c.rect.right() - textLeft, c.rect.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, c.text);
    }
}

void LegendWidget::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(chipAt(event->position().toPoint()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void LegendWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (const Chip *c = chipAt(event->position().toPoint()); c && event->button() == Qt::LeftButton)
        emit speakerClicked(c->kind == ChipKind::ShowAll || c->entityId == m_focus ? 0 : c->entityId);
}

void LegendWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace saywho::ui
