#pragma once

#include "edit.h"

namespace saywho::core::edits {

// speaker 0: "nobody said it" (a decision too: the engine will not attribute the quote again).
Edit setSpeaker(const Document &doc, int quote, int speaker);
// The entity of that name or alias, or a new one of kind; a name is needed.
Edit setSpeakerByName(const Document &doc, int quote, const QString &name,
                      EntityKind kind = EntityKind::Person);
Edit addQuote(const Document &doc, Span span, QuoteKind kind);
Edit removeQuote(const Document &doc, int quote);
// The speaker link stays with the quote whatever its new boundaries.
Edit moveQuote(const Document &doc, int quote, Span span);
Edit setQuoteKind(const Document &doc, int quote, QuoteKind kind);
Edit quoteToNonQuote(const Document &doc, int quote, NonQuoteKind kind);
Edit nonQuoteToQuote(const Document &doc, int nonQuote, QuoteKind kind);
Edit removeNonQuote(const Document &doc, int nonQuote);

} // namespace saywho::core::edits
