#pragma once

#include <QFlags>

namespace saywho::ui {

// The annotation layers the reader can switch on and off (View menu, toolbar).
enum class HighlightLayer : unsigned {
    None = 0,
    Quotes = 1u << 0,
    Speakers = 1u << 1,
    Dates = 1u << 2,
    NonQuotes = 1u << 3,
};
Q_DECLARE_FLAGS(HighlightLayers, HighlightLayer)
Q_DECLARE_OPERATORS_FOR_FLAGS(HighlightLayers)

constexpr HighlightLayers AllHighlightLayers = HighlightLayers(HighlightLayer::Quotes) |
                                               HighlightLayer::Speakers | HighlightLayer::Dates |
                                               HighlightLayer::NonQuotes;

} // namespace saywho::ui
