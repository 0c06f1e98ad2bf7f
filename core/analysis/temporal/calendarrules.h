#pragma once

#include "rulecontext.h"
#include "timexmatch.h"

namespace saywho::core {

// Calendar dates written out: "March 3, 2021", "3 March 2021", "Friday, Oct. 23", "July 1997",
// "2021-03-03", "03/03/2021", "1998", "the 1990s", "fiscal 2023", "Q3 2022", "summer 2019".
class CalendarRules final
{
public:
    // The longest calendar date starting at token i, if any.
    static bool match(const RuleContext &ctx, int i, TimexMatch &m);

    // Year value of token i when it reads as a year (1000..2999, four digits), else -1.
    static int yearAt(const RuleContext &ctx, int i);
    // A year read out at token i ("nineteen ninety-six", two tokens), or -1.
    static int spelledYearAt(const RuleContext &ctx, int i);
    // Day of month of token i (1..31, "24" or "24th"), else -1.
    static int dayAt(const RuleContext &ctx, int i);
    // Month of token i when it is a capitalized month name in date context, else 0.
    static int monthAt(const RuleContext &ctx, int i);

private:
    static bool spelledYear(const RuleContext &ctx, int i, TimexMatch &m);
    static bool monthLed(const RuleContext &ctx, int i, TimexMatch &m);
    static bool dayLed(const RuleContext &ctx, int i, TimexMatch &m);
    static bool numeric(const RuleContext &ctx, int i, TimexMatch &m);
    static bool yearLed(const RuleContext &ctx, int i, TimexMatch &m);
    static bool season(const RuleContext &ctx, int i, TimexMatch &m);
    static bool century(const RuleContext &ctx, int i, TimexMatch &m);
    static bool quarter(const RuleContext &ctx, int i, TimexMatch &m);
    static bool reportingQuarter(const RuleContext &ctx, int i, TimexMatch &m);
};

} // namespace saywho::core
