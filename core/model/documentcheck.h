#pragma once

#include <QString>

namespace saywho::core {

class Document;

// Why the annotation layers of a document read from outside (an imported file, a library row) cannot
// be shown or edited safely, or an empty string: every span inside the text and not reversed, ids
// positive, below a bound that leaves room to count up, and unique per layer, quotes in order and not
// overlapping, every reference (a quote's speaker, speaker mention and continued quote, a mention's
// entity) naming an annotation that exists, every date value TIMEX3 for its type. The window, the
// edits and the exporters assume all of this; the engine's own output always has it.
QString documentInconsistency(const Document &doc);

// The largest id an annotation may have: the counter for new ones must still fit in an int.
constexpr int maxAnnotationId = 1 << 30;

} // namespace saywho::core
