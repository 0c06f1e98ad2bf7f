#pragma once

#include "speakerphrase.h"

#include <QList>

namespace saywho::core {

// What one sieve decided for one quote.
struct Attribution
{
    int mention = -1; // index into doc.mentions()
    int entity = 0;   // when the speaker is known without a local mention (paragraph speaker)
    Span cue;
    bool found() const { return mention >= 0 || entity != 0; }
};

// Shared, read-only view for the sieves, plus the attributions decided so far.
struct SieveContext
{
    explicit SieveContext(const Document &d) : doc(d), phrase(d) {}

    const Document &doc;
    SpeakerPhrase phrase;
    QList<Attribution> decided;       // one per doc.quotes() entry
    QList<int> openToken, closeToken; // token index of each quote's first and last mark

    const TokenText &tt() const { return phrase.tokens(); }
    int speakerOf(int quoteIndex) const;
};

// A named rule: fills an attribution for a quote that has none yet.
struct Sieve
{
    const char *name;
    double confidence;
    bool (*apply)(const SieveContext &ctx, int quoteIndex, Attribution &out);
    // A last-resort guess: it names a likely speaker, but does not make a short quote that no cue
    // attributes a quotation rather than scare quotes.
    bool guess = false;
};

// The sieves, in the order they run (adjacent, high-precision patterns first).
const QList<Sieve> &attributionSieves();

} // namespace saywho::core
