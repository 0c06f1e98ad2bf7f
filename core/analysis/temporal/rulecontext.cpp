#include "rulecontext.h"

namespace saywho::core {

namespace {

Tense cue(const TimexToken &t)
{
    if (t.full && t.full->tense != Tense::Unknown)
        return t.full->tense;
    if (t.pastForm)
        return Tense::Past;
    if (t.futureForm)
        return Tense::Future;
    return Tense::Unknown;
}

} // namespace

Tense RuleContext::tense(int first, int last) const
{
    constexpr int Reach = 14;
    for (int i = first - 1; i >= 0 && i >= first - Reach; --i) {
        const Tense t = cue(toks.at(i));
        if (t != Tense::Unknown)
            return t;
    }
    for (int i = last; i < size() && i < last + Reach; ++i) {
        const Tense t = cue(toks.at(i));
        if (t != Tense::Unknown)
            return t;
    }
    return Tense::Unknown;
}

} // namespace saywho::core
