#include "sievehelpers.h"
#include "sieves.h"

#include "../../lexicon/wordclass.h"

namespace saywho::core::sieve {

namespace {

bool isDeterminer(const SieveContext &c, int k)
{
    return c.tt().isLower(k, u"a") || c.tt().isLower(k, u"an") || c.tt().isLower(k, u"the");
}

// "was branded", "is seen", "been described": between the subject and the quote, a passive verb
// makes the subject the one labelled, not the one labelling.
bool passiveBetween(const SieveContext &c, int from, int to)
{
    for (int k = from; k + 1 < to; ++k) {
        const bool be = c.tt().isLower(k, u"is") || c.tt().isLower(k, u"are") || c.tt().isLower(k, u"was") ||
                        c.tt().isLower(k, u"were") || c.tt().isLower(k, u"be") ||
                        c.tt().isLower(k, u"been") || c.tt().isLower(k, u"being");
        if (!be)
            continue;
        int v = k + 1;
        while (v < to && c.phrase.isFiller(v))
            ++v;
        const QStringView w = c.tt().view(v);
        if (w.endsWith(u"ed") || w.endsWith(u"en") || w.endsWith(u"wn") || c.tt().isLower(v, u"seen"))
            return true;
    }
    return false;
}

} // namespace

// “the operator,” as The New Yorker put it  /  as The New Yorker put it, “the operator.”  /  as
// The Hill pointed out, “…”  /  as Smith also noted, “…”
bool asPutIt(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int first = sentenceFirstToken(c, open);
    const int end = sentenceEndToken(c, c.closeToken.at(q));
    return c.once("as-put-it", first, end, out, [&](Attribution &out) {
        for (int k = first + 2; k < end; ++k) {
            if (c.phrase.inQuote(k))
                continue;
            int verb = -1;
            if (c.tt().isLower(k, u"it") && (c.tt().isLower(k - 1, u"put") || c.tt().isLower(k - 1, u"puts")))
                verb = k - 1;
            else if (c.phrase.isSpeechVerb(k) ||
                     (c.tt().isLower(k, u"pointed") && c.tt().isLower(k + 1, u"out")))
                verb = k;
            if (verb < 0)
                continue;
            int subjectEnd = verb;
            while (subjectEnd > first && c.phrase.isFiller(subjectEnd - 1))
                --subjectEnd;
            const int m = c.phrase.mentionAt(subjectEnd - 1);
            if (m < 0 || c.phrase.lastToken(m) != subjectEnd)
                continue;
            int before = c.phrase.firstToken(m) - 1;
            if (isDeterminer(c, before))
                --before;
            if (c.tt().isLower(before, u"as"))
                return setFrom(c, m, verb, out);
        }
        return false;
    });
}

// Reid has been pounding Trump as a “con artist”: a label pinned on someone is the words of whoever
// pins it, the nearest mention before the one labelled that is not the object of a preposition.
bool asEpithet(const SieveContext &c, int q, Attribution &out)
{
    if (c.doc.quotes().at(q).kind != QuoteKind::Partial)
        return false;
    int as = c.openToken.at(q) - 1;
    if (isDeterminer(c, as))
        --as;
    // A headline's "As A ‘Disgusting Fraud’" is in title case, where capitals name nobody.
    if (c.tt().view(as) != u"as")
        return false;
    // "known as", "such as", "as well as" name or list; they pin no label.
    if (c.tt().isLower(as - 1, u"known") || c.tt().isLower(as - 1, u"such") ||
        c.tt().isLower(as - 1, u"well") || c.tt().isLower(as - 1, u"same"))
        return false;
    const int first = sentenceFirstToken(c, as);
    int k = as - 1;
    if (const int object = c.phrase.mentionAt(k); object >= 0)
        k = c.phrase.firstToken(object) - 1;
    for (; k >= first; --k) {
        const int m = c.phrase.mentionAt(k);
        if (m < 0 || c.phrase.inQuote(k))
            continue;
        const int before = c.phrase.firstToken(m) - 1;
        // Not the object of a preposition, an owner ("Trump's references to her as …") or an aside
        // in brackets ("Reid (D-Nev.)").
        const bool aside =
            before >= first && (c.tt().has(before, WordClass::Preposition) || c.tt().isPunct(before, u'('));
        // "described his leadership skills as …": an owner's pronoun belongs to the object.
        const int head = c.phrase.firstToken(m);
        if (ownersPronoun(c, head)) {
            k = head;
            continue;
        }
        if (aside || c.tt().possessive(c.phrase.lastToken(m) - 1)) {
            k = before;
            continue;
        }
        if (passiveBetween(c, c.phrase.lastToken(m), as))
            return false;
        return setFrom(c, m, -1, out);
    }
    return false;
}

} // namespace saywho::core::sieve
