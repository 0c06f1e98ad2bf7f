#pragma once

#include "rulecontext.h"
#include "timexmatch.h"

namespace saywho::core {

struct TemporalPhrase;

// Expressions resolved against the publication date: "today", "now", "Sunday night", "last week",
// "this weekend", "earlier this month", "last fall", "Thanksgiving"; counted shifts ("two days ago",
// "the next day") are ShiftRules, tried first.
class RelativeRules final
{
public:
    static bool match(const RuleContext &ctx, int i, TimexMatch &m);

private:
    static bool phrase(const RuleContext &ctx, int i, int rel, bool hasRel, TimexMatch &m);
    static bool relative(const RuleContext &ctx, int i, TimexMatch &m);
    static bool theWeek(const RuleContext &ctx, int i, TimexMatch &m);
    static bool thePeriod(const RuleContext &ctx, int i, TimexMatch &m);
    static bool yearEnd(const RuleContext &ctx, int i, TimexMatch &m);
    // Extends "this year's" over a quarter or half that follows at token k.
    static void yearsQuarter(const RuleContext &ctx, int k, TimexMatch &m);
    static bool positioned(const RuleContext &ctx, int i, TimexMatch &m);
    static bool weekday(const RuleContext &ctx, int i, TimexMatch &m);
    // Adds a part of day after token m.last ("Sunday night", "yesterday morning").
    static void addPart(const RuleContext &ctx, TimexMatch &m);
};

} // namespace saywho::core
