#include "sievehelpers.h"
#include "sieves.h"

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

// “the operator,” as The New Yorker put it  /  as The New Yorker put it, “the operator.”
bool asPutIt(const SieveContext &c, int q, Attribution &out)
{
    const int open = c.openToken.at(q);
    const int first = sentenceFirstToken(c, open);
    const int end = sentenceEndToken(c, c.closeToken.at(q));
    for (int k = first + 2; k < end; ++k) {
        if (c.phrase.inQuote(k) || !c.tt().isLower(k, u"it") ||
            !(c.tt().isLower(k - 1, u"put") || c.tt().isLower(k - 1, u"puts")))
            continue;
        const int m = c.phrase.mentionAt(k - 2);
        if (m < 0 || c.phrase.lastToken(m) != k - 1)
            continue;
        int before = c.phrase.firstToken(m) - 1;
        if (isDeterminer(c, before))
            --before;
        if (c.tt().isLower(before, u"as"))
            return setFrom(c, m, k - 1, out);
    }
    return false;
}

// Reid has been pounding Trump as a “con artist”: a label pinned on someone is the words of the
// sentence's subject.
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
    const int first = sentenceFirstToken(c, as);
    const int m = firstSubject(c, first, as);
    if (m < 0 || passiveBetween(c, c.phrase.lastToken(m), as))
        return false;
    return setFrom(c, m, -1, out);
}

} // namespace saywho::core::sieve
