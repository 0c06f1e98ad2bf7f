#pragma once

#include "provenance.h"
#include "span.h"

#include <cstdint>

namespace saywho::core {

enum class QuoteKind : std::uint8_t { Direct, Partial };
enum class NonQuoteKind : std::uint8_t { Title, Scare, Nickname, Direction };

struct Quote
{
    int id = 0;
    Span span; // opening mark to closing mark (or paragraph end for a run-on quote)
    QuoteKind kind = QuoteKind::Direct;
    int speaker = 0;        // Entity::id, 0 when unknown
    int speakerMention = 0; // Mention::id of the words that name the speaker, 0 when none
    Span cue;               // the speech verb or "according to"; empty when none
    int continues = 0;      // Quote::id of the paragraph this multi-paragraph quote continues
    bool headline = false;  // in the article's headline, not its body
    Provenance provenance;  // rule = the sieve that attributed it

    friend bool operator==(const Quote &, const Quote &) = default;
};

// Marked stretches that are not speech: titles, scare quotes, nicknames, a transcript's stage
// directions ("(CROSSTALK)").
struct NonQuote
{
    int id = 0;
    Span span;
    NonQuoteKind kind = NonQuoteKind::Title;
    Provenance provenance;

    friend bool operator==(const NonQuote &, const NonQuote &) = default;
};

QString quoteKindName(QuoteKind kind);
QString nonQuoteKindName(NonQuoteKind kind);

} // namespace saywho::core
