#pragma once

#include "speakerphrase.h"

#include <QHash>
#include <QList>

#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

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
    explicit SieveContext(const Document &d);

    const Document &doc;
    SpeakerPhrase phrase;
    QList<Attribution> decided;       // one per doc.quotes() entry; set through decide()
    QList<int> openToken, closeToken; // token index of each quote's first and last mark

    const TokenText &tt() const { return phrase.tokens(); }
    int speakerOf(int quoteIndex) const;
    void decide(int quoteIndex, const Attribution &a);

    // The quotes of one multi-paragraph quotation (linked by Quote::continues), so that a chain
    // of thousands of paragraphs is not walked again for each of them.
    std::vector<int> chainOf;                 // per quote: the index of the first quote of its chain
    std::vector<int> runEnd;                  // per quote: the last quote of the unbroken run continuing it
    QHash<int, std::set<int>> decidedInChain; // chain -> indexes of its decided quotes
    std::set<int> decidedQuotes;              // indexes of all decided quotes
    // Per token: the nearest speech verb with a speaker at or before it in its paragraph (-1 for
    // none, -2 not known yet); filled as previousSentenceSpeaker walks back.
    mutable std::vector<int> speakingVerbAtOrBefore;
    // sieve::firstSubject per clause start: tokens scanned so far, and the subject token found.
    struct SubjectScan
    {
        int next = -1;
        int found = -1;
    };
    mutable std::unordered_map<int, SubjectScan> subjectScans;

    // A sieve whose answer depends on the tokens [first, end) alone, not on the quote, computes it
    // once for all the quotes of a sentence: a sentence with thousands of quotes is read once.
    template <typename F> bool once(const char *sieve, int first, int end, Attribution &out, F compute) const
    {
        const auto key = std::make_tuple(sieve, first, end);
        auto it = m_sentenceMemo.find(key);
        if (it == m_sentenceMemo.end()) {
            Attribution a;
            const bool found = compute(a);
            it = m_sentenceMemo.emplace(key, std::make_pair(found, a)).first;
        }
        out = it->second.second;
        return it->second.first;
    }

private:
    mutable std::map<std::tuple<const char *, int, int>, std::pair<bool, Attribution>> m_sentenceMemo;
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
