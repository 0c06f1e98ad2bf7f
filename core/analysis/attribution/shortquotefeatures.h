#pragma once

#include "sievecontext.h"

#include <QList>
#include <QStringList>

namespace saywho::core {

// What the short-quote model weighs for a quotation of a few words that no reliable sieve
// attributed: inside an attribution ("Trump defended his comments as being “sarcastic.”") it is a
// quotation; a phrase held at arm's length (the “rigged system”, the “Gang of Eight”) is not. Hand
// rules did not separate the two (four in ten of these are quotations in PolNeAR); the weights are
// fitted on the train split by scripts/fit-short-quotes.py and kept in resources/lexicon.
class ShortQuoteFeatures final
{
public:
    // The features' names, in the order of() returns their values.
    static const QStringList &names();
    // Values for quote index q of ctx.doc.quotes(); guess: what a fallback sieve (named sieve)
    // decided, or nothing.
    static QList<float> of(const SieveContext &ctx, int q, const Attribution &guess, QStringView sieve);
};

} // namespace saywho::core
