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

Tense RuleContext::tense(int first, int last) const
{
    constexpr int Reach = 14;
    // "payable Dec. 7", "effective Feb. 1", "by Dec. 15": a schedule whatever the clause's verb
    if (const TimexToken *before = at(first - 1);
        before && before->full && before->full->tenseBeforeDate && !before->sentenceStart)
        return before->full->tense;
    // The rules see a whole paragraph (an abbreviation may split "9 a.m. | Tuesday"), but tense
    // stays inside the sentence.
    for (int i = first - 1; i >= 0 && i >= first - Reach && !toks.at(i + 1).sentenceStart; --i) {
        const Tense t = cue(toks.at(i), &toks.at(i + 1));
        // "will be held", "is expected": a participle after an auxiliary takes the auxiliary's tense
        if (t == Tense::Past && i > 0 && isAuxiliary(toks.at(i - 1)) && !isAuxiliary(toks.at(i)) &&
            !toks.at(i).is(u"had"))
            continue;
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
