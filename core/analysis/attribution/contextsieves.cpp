#include "sievehelpers.h"
#include "sieves.h"

#include "../../lexicon/wordclass.h"

using namespace Qt::StringLiterals;

namespace saywho::core::sieve {

namespace {

bool hasSpeechVerbOutsideQuotes(const SieveContext &c, Span para)
{
    for (int k = c.tt().tokenAt(para.begin); k < c.tt().size() && c.tt().at(k).span.end <= para.end; ++k)
        if (c.phrase.isSpeechVerb(k))
            return true;
    return false;
}

// Words that open a clause of its own after a quote: "and Johnson talks", "hours after the staffer
// was charged".
const WordSet &clauseJoiners()
{
    static const WordSet words = makeWordSet({u"and"_s, u"but"_s, u"while"_s, u"as"_s, u"after"_s, u"when"_s,
                                              u"whereas"_s, u"though"_s, u"although"_s, u"before"_s});
    return words;
}

} // namespace

// Any speech verb in the quote's sentence, outside quotes, nearest first: "X said the plan was “…”".
bool sentenceVerb(const SieveContext &c, int q, Attribution &out)
{
    const SpeakerPhrase &sp = c.phrase;
    const int open = c.openToken.at(q);
    const int close = c.closeToken.at(q);
    const int first = sentenceFirstToken(c, open);
    const int end = sentenceEndToken(c, close);
    // "Weld describes the party as “…,” and Johnson talks about …": a verb whose subject stands
    // after the quote, past a conjunction, speaks in another clause; it answers only when no verb
    // of the quote's own clause does.
    auto otherClause = [&](int v, int m) {
        if (v < close || sp.firstToken(m) <= close)
            return false;
        for (int k = close + 1; k < sp.firstToken(m); ++k)
            if (clauseJoiners().contains(c.tt().lower(k)))
                return true;
        return false;
    };
    bool skipped = false;
    for (const int pass : {0, 1, 2, 3}) {
        const bool strong = pass % 2 == 0;
        const bool anyClause = pass >= 2;
        if (anyClause && !skipped)
            break;
        for (int d = 1; d < 40; ++d) {
            const int before = open - d, after = close + d;
            if (before < first && after >= end)
                break;
            for (const int v : {before, after}) {
                if (v < first || v >= end || !(strong ? sp.isStrongSpeechVerb(v) : sp.isSpeechVerb(v)))
                    continue;
                // A participle ("issued a statement calling …") follows its object: the
                // sentence's subject speaks.
                // "Sanders was asked by host Bill Maher, “…”": a passive verb's agent speaks.
                const bool passive = c.tt().isLower(v + 1, u"by") &&
                                     (c.tt().isLower(v - 1, u"was") || c.tt().isLower(v - 1, u"were") ||
                                      c.tt().isLower(v - 1, u"is") || c.tt().isLower(v - 1, u"been"));
                int m = passive ? sp.subjectAfter(v, end) : -1;
                if (m < 0)
                    m = sentenceSubject(c, v);
                if (m < 0)
                    m = sp.subjectBefore(v, first);
                if (m < 0 && inverts(c, v))
                    m = sp.subjectAfter(v, end);
                if (m >= 0 && !anyClause && otherClause(v, m)) {
                    skipped = true;
                    continue;
                }
                if (m >= 0) {
                    int cue = v;
                    m = outerReporter(c, m, cue);
                    return setFrom(c, m, cue, out);
                }
            }
        }
    }
    return false;
}

// X's claim that ... “…”  /  in a statement, X ...
bool speechNoun(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int first = sentenceFirstToken(c, open);
    for (int k = open - 1; k > first; --k) {
        if (c.phrase.inQuote(k))
            break;
        if (!c.tt().has(k, WordClass::SpeechNoun))
            continue;
        const int owner = k - 1;
        if (c.tt().possessive(owner) && c.phrase.mentionAt(owner) >= 0) {
            out.mention = c.phrase.mentionAt(owner);
            out.cue = c.tt().at(k).span;
            return true;
        }
    }
    return false;
}

// Macron “will work with all stakeholders”: a name right before a quote that goes on as its verb.
bool subjectBeforeQuote(const SieveContext &c, int q, Attribution &out)
{
    const int prev = c.openToken.at(q) - 1;
    const int m = c.phrase.mentionAt(prev);
    const int inner = c.openToken.at(q) + 1;
    if (m < 0 || c.phrase.lastToken(m) != prev + 1 || inner >= c.tt().size() || c.tt().capitalized(inner))
        return false;
    const int first = sentenceFirstToken(c, prev);
    if (c.phrase.firstToken(m) > first + 1)
        return false;
    out.mention = m;
    return true;
}

// A multi-paragraph quotation has one speaker, wherever in the chain it was named.
bool continuation(const SieveContext &c, int q, Attribution &out)
{
    // The nearest decided quote before q in its chain, else the first after it in the unbroken
    // run of paragraphs that continue q.
    const auto chain = c.decidedInChain.constFind(c.chainOf[size_t(q)]);
    if (chain == c.decidedInChain.cend())
        return false;
    const std::set<int> &known = chain.value();
    auto it = known.lower_bound(q);
    int i = -1;
    if (it != known.begin())
        i = *std::prev(it);
    else if (it != known.end() && *it <= c.runEnd[size_t(q)])
        i = *it;
    if (i < 0)
        return false;
    out.entity = c.speakerOf(i);
    out.mention = c.decided.at(i).mention;
    return out.found();
}

// Another quote in the same paragraph has a speaker: the nearest one before, else after.
bool paragraphSpeaker(const SieveContext &c, int q, Attribution &out)
{
    const int para = paragraphOf(c, q);
    // A quote inside someone else's sentence ("Japan branded North Korea an “outlaw nation”") does
    // not inherit the paragraph's speaker; one that stands as its own sentence, or shares a sentence
    // with the attributed quote, does.
    const int sentence = c.doc.sentenceAt(c.doc.quotes().at(q).span.begin);
    const bool standsAlone = c.doc.startsSentence(c.doc.quotes().at(q).span.begin);
    // Only decided quotes can answer: walk those (in text order, like the quotes), not every quote
    // of a paragraph that may hold thousands.
    const std::set<int> &known = c.decidedQuotes;
    const auto after = known.upper_bound(q);
    for (int step : {-1, 1}) {
        auto it = after;
        for (;;) {
            if (step < 0) {
                if (it == known.begin())
                    break;
                --it;
            } else if (it == known.end()) {
                break;
            }
            const int i = *it;
            if (step > 0)
                ++it;
            if (paragraphOf(c, i) != para)
                break;
            if (!standsAlone) {
                const int b = c.doc.sentenceAt(c.doc.quotes().at(i).span.begin);
                const int e = c.doc.sentenceAt(c.doc.quotes().at(i).span.end - 1);
                if (b != sentence && e != sentence) {
                    // Quotes further away lie in sentences further away still.
                    if (sentence >= 0 && b >= 0 && e >= 0 && (step < 0 ? e < sentence : b > sentence))
                        break;
                    continue;
                }
            }
            out.mention = c.decided.at(i).mention;
            out.entity = c.speakerOf(i);
            return true;
        }
    }
    return false;
}

// A quote-only paragraph continues the speaker of the quote that ended the previous paragraph.
bool previousParagraph(const SieveContext &c, int q, Attribution &out)
{
    const int para = paragraphOf(c, q);
    if (para <= 0 || c.doc.quotes().at(q).span.begin != c.doc.paragraphs().at(para).span.begin)
        return false;
    if (hasSpeechVerbOutsideQuotes(c, c.doc.paragraphs().at(para).span))
        return false;
    for (int i = q - 1; i >= 0; --i) {
        const int p = paragraphOf(c, i);
        if (p < para - 1)
            break;
        if (p == para - 1 && c.decided.at(i).found()) {
            out.mention = c.decided.at(i).mention;
            out.entity = c.speakerOf(i);
            return true;
        }
    }
    return false;
}

// The speaker of the last reported speech earlier in the paragraph: "Trump said X. “…”"
bool previousSentenceSpeaker(const SieveContext &c, int q, Attribution &out)
{
    const int para = paragraphOf(c, q);
    if (para < 0)
        return false;
    const int paraFirst = c.tt().tokenAt(c.doc.paragraphs().at(para).span.begin);
    const int open = c.openToken.at(q);
    // Only a quotation that stands as its own sentence goes on from an earlier speaker; a partial
    // one lives in the writer's sentence, whose own subject is unknown here.
    if (c.doc.quotes().at(q).kind != QuoteKind::Direct)
        return false;
    auto speaker = [&](int v) {
        if (!c.phrase.isSpeechVerb(v))
            return -1;
        const int first = sentenceFirstToken(c, v);
        const int m = c.phrase.subjectBefore(v, first);
        return m >= 0 ? m : c.phrase.subjectAfter(v, sentenceEndToken(c, v));
    };
    // The nearest verb with a speaker at or before each token is the same for every quote after
    // it in the paragraph: found once, remembered for all the tokens walked to find it.
    std::vector<int> &nearest = c.speakingVerbAtOrBefore;
    if (nearest.empty())
        nearest.assign(size_t(c.tt().size()), -2);
    std::vector<int> walked;
    int found = -1;
    for (int v = open - 1; v >= paraFirst; --v) {
        if (nearest[size_t(v)] != -2) {
            found = nearest[size_t(v)];
            break;
        }
        walked.push_back(v);
        if (speaker(v) >= 0) {
            found = v;
            break;
        }
    }
    for (const int v : walked)
        nearest[size_t(v)] = found;
    return found >= 0 && setFrom(c, speaker(found), found, out);
}

} // namespace saywho::core::sieve
