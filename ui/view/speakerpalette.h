#pragma once

#include <QColor>
#include <QList>

namespace saywho::ui {

// The one palette of the app. Hues are Okabe & Ito's set, chosen to stay distinguishable with the
// common colour-vision deficiencies; each hue is derived into a tint (quote background) and an ink
// (speaker mentions, legend) that keep contrast on both light and dark themes.
class SpeakerPalette final
{
public:
    explicit SpeakerPalette(bool dark = false) : m_dark(dark) {}

    bool isDark() const { return m_dark; }
    static int slotCount();

    // slot < 0 means "speaker unknown".
    QColor hue(int slot) const;
    QColor tint(int slot) const;
    QColor ink(int slot) const;

    QColor dateInk() const;
    QColor titleInk() const;
    QColor dimmedInk() const;
    QColor flash() const;

    // Light or dark, judged from the application palette the user runs with.
    static SpeakerPalette fromApplication();

private:
    bool m_dark = false;
};

} // namespace saywho::ui
