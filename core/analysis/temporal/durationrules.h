#pragma once

#include "rulecontext.h"
#include "timexmatch.h"

namespace saywho::core {

// Durations and sets: "three years" (P3Y), "48 hours" (PT48H), "a decade" (P10Y), "14-day",
// "the past four months", "for years" (PXY); "every week", "each Sunday", "twice a year".
class DurationRules final
{
public:
    static bool match(const RuleContext &ctx, int i, TimexMatch &m);

    // A quantity at token i: 3, "three", "twenty-five", "a" (when allowArticle), "several" (-1).
    // Returns false when there is none; next is the token after it.
    static bool quantityAt(const RuleContext &ctx, int i, bool allowArticle, int &value, int &next);
    // Multi-word quantity modifiers that TimeML keeps inside the span: "more than", "at least".
    static int modifierLength(const RuleContext &ctx, int i);

private:
    static bool counted(const RuleContext &ctx, int i, TimexMatch &m);
    static bool hyphenated(const RuleContext &ctx, int i, TimexMatch &m);
    static bool vague(const RuleContext &ctx, int i, TimexMatch &m);
    static bool set(const RuleContext &ctx, int i, TimexMatch &m);
};

} // namespace saywho::core
