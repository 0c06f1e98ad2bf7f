#pragma once

#include "rulecontext.h"
#include "timexmatch.h"

namespace saywho::core {

// Clock times: "3 p.m.", "10:30 a.m. EST", "noon", "midnight", "4 in the morning", and the day
// they attach to ("9 a.m. Tuesday"; else the nearest day named in the sentence; else the anchor).
class ClockRules final
{
public:
    static bool match(const RuleContext &ctx, int i, TimexMatch &m);

private:
    // Hour and minute of a clock phrase at i; next is the token after it.
    static bool clockAt(const RuleContext &ctx, int i, int &hour, int &minute, int &next);
};

} // namespace saywho::core
