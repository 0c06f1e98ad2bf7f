#pragma once

#include "rulecontext.h"
#include "timexmatch.h"

namespace saywho::core {

// Times a count of units away from a reference: "two days ago", "a year from now" (the anchor),
// "a year earlier", "two days later", "the next day", "that same day", "later that year" (the last
// day or date the text named, else the anchor); "year-earlier profit" (the year before the anchor).
class ShiftRules final
{
public:
    static bool match(const RuleContext &ctx, int i, TimexMatch &m);

private:
    static bool counted(const RuleContext &ctx, int i, TimexMatch &m);
    static bool anaphoric(const RuleContext &ctx, int i, TimexMatch &m);
    static bool yearAgo(const RuleContext &ctx, int i, TimexMatch &m);
};

} // namespace saywho::core
