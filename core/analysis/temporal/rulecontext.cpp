#include "rulecontext.h"

namespace saywho::core {

namespace {

// The tense token i gives its clause; next is the token after it, if any.
Tense cue(const TimexToken &t, const TimexToken *next)
{
    if (t.full && t.full->tense != Tense::Unknown) {
        if (t.full->tenseBeforeDate)
            return Tense::Unknown;
        if (t.full->tenseBeforeTo && !(next && next->is(u"to")))
            return Tense::Unknown;
        return t.full->tense;
    }
    if (t.pastForm)
        return Tense::Past;
    if (t.futureForm)
        return Tense::Future;
    return Tense::Unknown;
}

bool isAuxiliary(const TimexToken &t)
{
    static const char16_t *const aux[] = {u"be",  u"been", u"being", u"is",  u"are",
                                          u"was", u"were", u"has",   u"have"};
    for (const char16_t *a : aux)
        if (t.full && t.full->text == QStringView(a))
            return true;
    return false;
}

} // namespace

bool RuleContext::pastPerfectBefore(int i, int reach) const
{
    for (int k = i; k >= 0 && k > i - reach; --k) {
        if (toks.at(k).is(u"had"))
            return true;
        if (toks.at(k).sentenceStart || toks.at(k).isPunct(u','))
            break;
    }
    return false;
}

Tense RuleContext::tense(int first, int last) const
{
    constexpr int Reach = 14;
    // "payable Dec. 7", "effective Feb. 1", "by Dec. 15": a schedule whatever the clause's verb,
    // unless the clause looks back from a time past ("had filed reports by Wednesday")
    if (const TimexToken *before = at(first - 1);
        before && before->full && before->full->tenseBeforeDate && !before->sentenceStart)
        return pastPerfectBefore(first - 2, Reach) ? Tense::Past : before->full->tense;
    // The rules see a whole paragraph (an abbreviation may split "9 a.m. | Tuesday"), but tense
    // stays inside the sentence.
    for (int i = first - 1; i >= 0 && i >= first - Reach && !toks.at(i + 1).sentenceStart; --i) {
        const Tense t = cue(toks.at(i), &toks.at(i + 1));
        // "will be held", "is expected": a participle after an auxiliary takes the auxiliary's tense
        if (t == Tense::Past && i > 0 && isAuxiliary(toks.at(i - 1)) && !isAuxiliary(toks.at(i)) &&
            !toks.at(i).is(u"had"))
            continue;
        // "had been due to expire Friday", "had been scheduled": a plan the clause reports as past
        if (t == Tense::Future && pastPerfectBefore(i - 1, 3))
            return Tense::Past;
        if (t != Tense::Unknown)
            return t;
    }
    for (int i = last; i < size() && i < last + Reach && !toks.at(i).sentenceStart; ++i) {
        const Tense t = cue(toks.at(i), i + 1 < size() ? &toks.at(i + 1) : nullptr);
        if (t != Tense::Unknown)
            return t;
    }
    return Tense::Unknown;
}

} // namespace saywho::core
