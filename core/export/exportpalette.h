#pragma once

#include <array>
#include <cstdint>

namespace saywho::core {

// The speaker hues of the app's one palette (ui's SpeakerPalette derives its tints and inks from
// them; the HTML export uses them as they are): Okabe & Ito's set without black, ordered so that
// neighbouring speakers differ in lightness as well as hue.
inline constexpr std::array<std::uint32_t, 7> SpeakerHues = {
    0x0072B2, // blue
    0xD55E00, // vermillion
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0xF0E442, // yellow
};

} // namespace saywho::core
