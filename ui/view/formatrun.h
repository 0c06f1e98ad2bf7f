#pragma once

#include "highlightlayer.h"
#include "model/document.h"
#include "speakercolors.h"
#include "speakerpalette.h"

#include <QFont>
#include <QList>
#include <QTextCharFormat>

namespace saywho::ui {

// A stretch of text with the merged format of every annotation over it. Runs never overlap and are
// sorted, so the highlighter finds a block's runs with one binary search.
struct FormatRun
{
    int begin = 0;
    int end = 0;
    QTextCharFormat format;
};

// Text ranges {begin, end} (end exclusive), such as the spans a correction touched.
using TextRanges = QList<std::pair<int, int>>;
// Sorted, without empty ranges, overlapping and touching ones joined: the form build() and
// AnnotationHighlighter::replaceRuns() take.
TextRanges normalizedRanges(TextRanges ranges);

// Turns the document's layers into runs. Layers are stacked in a fixed order (dimmed boilerplate,
// title, quote tint, non-quote, speaker mention, date) and merged where they overlap.
class FormatRunBuilder final
{
public:
    FormatRunBuilder(const core::Document &doc, const SpeakerColors &colors, const SpeakerPalette &palette);

    void setLayers(HighlightLayers layers) { m_layers = layers; }
    // Non-zero: only that entity's quotes and mentions are painted.
    void setFocusEntity(int entityId) { m_focus = entityId; }
    // The weight of a speaker's other mentions: semi-bold where the view's font has one.
    void setEmphasisWeight(int weight) { m_emphasis = weight; }

    QList<FormatRun> build() const;
    // Only the runs inside the normalized ranges, cut at their ends: what a correction changes,
    // without building the runs of a whole long article again.
    QList<FormatRun> build(const TextRanges &ranges) const;

    // Formats of single annotations, shared with the legend so it shows exactly what the view paints.
    static QTextCharFormat quoteFormat(const SpeakerPalette &palette, int slot);
    static QTextCharFormat mentionFormat(const SpeakerPalette &palette, int slot, bool attributed,
                                         int emphasisWeight = QFont::DemiBold);
    static QTextCharFormat dateFormat(const SpeakerPalette &palette);
    static QTextCharFormat nonQuoteFormat(const SpeakerPalette &palette);

private:
    QList<FormatRun> buildWithin(const TextRanges *ranges) const;

    // Copies, which share the lists of the document and the colours: a builder can be handed to the
    // thread pool while the window goes on correcting the document.
    core::Document m_doc;
    SpeakerColors m_colors;
    SpeakerPalette m_palette;
    HighlightLayers m_layers = AllHighlightLayers;
    int m_focus = 0;
    int m_emphasis = QFont::DemiBold;
};

} // namespace saywho::ui
