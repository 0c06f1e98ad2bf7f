#include "speakerpalette.h"

#include <QApplication>
#include <QPalette>

#include <array>

namespace saywho::ui {

namespace {

// Okabe-Ito without black (reserved for text) and ordered so that neighbouring speakers differ in
// lightness as well as hue.
constexpr std::array<QRgb, 7> Hues = {
    0x0072B2, // blue
    0xD55E00, // vermillion
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0xF0E442, // yellow
};

QColor blend(const QColor &over, const QColor &under, double alpha)
{
    return QColor::fromRgbF(float(over.redF() * alpha + under.redF() * (1 - alpha)),
                            float(over.greenF() * alpha + under.greenF() * (1 - alpha)),
                            float(over.blueF() * alpha + under.blueF() * (1 - alpha)));
}

QColor withLightness(const QColor &c, double lightness)
{
    const QColor hsl = c.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), float(lightness));
}

} // namespace

int SpeakerPalette::slotCount()
{
    return int(Hues.size());
}

QColor SpeakerPalette::hue(int slot) const
{
    if (slot < 0)
        return m_dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x80, 0x80, 0x80);
    return QColor(Hues.at(size_t(slot) % Hues.size()));
}

QColor SpeakerPalette::tint(int slot) const
{
    const QColor page = m_dark ? QColor(0x26, 0x27, 0x2b) : QColor(Qt::white);
    // Yellow and sky blue are light already; they need more of themselves to show on white.
    const QColor h = hue(slot);
    const double alpha = m_dark ? 0.34 : (h.lightnessF() > 0.6 ? 0.30 : 0.20);
    return blend(h, page, alpha);
}

QColor SpeakerPalette::ink(int slot) const
{
    const QColor h = hue(slot);
    if (m_dark)
        return withLightness(h, qMax(0.68, h.lightnessF()));
    return withLightness(h, qMin(0.33, h.lightnessF()));
}

QColor SpeakerPalette::dateInk() const
{
    return m_dark ? QColor(0x4f, 0xd1, 0xc5) : QColor(0x00, 0x6d, 0x77);
}

QColor SpeakerPalette::titleInk() const
{
    return m_dark ? QColor(0xb8, 0xa9, 0xe0) : QColor(0x5b, 0x4a, 0x8a);
}

QColor SpeakerPalette::dimmedInk() const
{
    return m_dark ? QColor(0x80, 0x80, 0x80) : QColor(0x9a, 0x9a, 0x9a);
}

QColor SpeakerPalette::flash() const
{
    return m_dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xff, 0xc1, 0x07);
}

SpeakerPalette SpeakerPalette::fromApplication()
{
    const QPalette pal = QApplication::palette();
    return SpeakerPalette(pal.color(QPalette::Base).lightness() < 128);
}

} // namespace saywho::ui
