#include "durationrules.h"

#include "calendarrules.h"
#include "temporalresolver.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

const TemporalWord *unitWord(const RuleContext &ctx, int i)
{
    const TimexToken *t = ctx.at(i);
    return t && t->word && t->word->unit != TimeUnit::None ? t->word : nullptr;
}

// "5 1/2 hours" -> PT5H30M; other halves keep the next smaller unit.
QString halfDuration(TimeUnit u, int n)
{
    switch (u) {
    case TimeUnit::Hour:
        return u"PT"_s + QString::number(n) + u"H30M"_s;
    case TimeUnit::Day:
        return u"P"_s + QString::number(n) + u"DT12H"_s;
    case TimeUnit::Year:
        return u"P"_s + QString::number(n) + u"Y6M"_s;
    case TimeUnit::Minute:
        return u"PT"_s + QString::number(n) + u"M30S"_s;
    default:
        return TemporalResolver::duration(u, n);
    }
}

} // namespace

bool DurationRules::quantityAt(const RuleContext &ctx, int i, bool allowArticle, int &value, int &next)
{
    const TimexToken *t = ctx.at(i);
    if (!t)
        return false;
    next = i + 1;
    if (t->shape == NumShape::Int && t->fullEnd == t->end) {
        value = t->n1;
        return true;
    }
    if (t->word && t->word->isNumber) {
        if (t->word->article && !allowArticle)
            return false;
        value = t->word->number;
        if (value == 2 && t->is(u"couple")) {
            if (!ctx.is(i + 1, u"of"))
                return false;
            next = i + 2;
        }
        if (t->word->article && ctx.is(next, u"couple") && ctx.is(next + 1, u"of")) {
            value = 2; // "a couple of days"
            next += 2;
        } else if (t->word->article && ctx.at(next) && ctx.at(next)->shape == NumShape::Int) {
            value = ctx.at(next)->n1; // "a six year" reads as six
            ++next;
        } else if (ctx.at(next) && ctx.at(next)->word && ctx.at(next)->word->isNumber &&
                   !ctx.at(next)->word->article && value > 0 && ctx.at(next)->word->number > 0) {
            if (t->word->article && ctx.at(next)->word->number != 100)
                value = 0; // "a six year": the article adds nothing
            // "twenty five", "a hundred", "a few"
            value = ctx.at(next)->word->number == 100 ? value * 100
                    : ctx.at(next)->word->number < 0  ? -1
                                                      : value + ctx.at(next)->word->number;
            ++next;
        } else if (t->word->article && ctx.at(next) && ctx.at(next)->is(u"few")) {
            value = -1;
            ++next;
        }
        return true;
    }
    if (t->head && t->tail && t->head->isNumber && t->tail->isNumber && !t->head->article) {
        value = t->head->number + t->tail->number; // twenty-five
        return true;
    }
    return false;
}

int DurationRules::modifierLength(const RuleContext &ctx, int i)
{
    if ((ctx.is(i, u"more") || ctx.is(i, u"less")) && ctx.is(i + 1, u"than"))
        return 2;
    if (ctx.is(i, u"at") && (ctx.is(i + 1, u"least") || ctx.is(i + 1, u"most")))
        return 2;
    if (ctx.is(i, u"up") && ctx.is(i + 1, u"to"))
        return 2;
    return 0;
}

bool DurationRules::match(const RuleContext &ctx, int i, TimexMatch &m)
{
    return set(ctx, i, m) || counted(ctx, i, m) || hyphenated(ctx, i, m) || vague(ctx, i, m);
}

bool DurationRules::counted(const RuleContext &ctx, int i, TimexMatch &m)
{
    int j = i + modifierLength(ctx, i);
    // "the past two months", "the last five years", "the next 48 hours", "the first three days"
    // TimeML practice leaves the article out: "the [past 20 years]"
    const int relStart = j;
    const TimexToken *rel = ctx.at(j);
    if (rel &&
        ((rel->word && rel->word->isRel && !rel->is(u"this")) || (rel->word && rel->word->ordinal == 1)))
        ++j;
    else
        j = relStart;
    int value = 0, next = 0;
    if (!quantityAt(ctx, j, true, value, next))
        return false;
    const TimexToken *q = ctx.at(j);
    if (ctx.is(next, u"more") || ctx.is(next, u"additional") || ctx.is(next, u"full") ||
        ctx.is(next, u"trading") || ctx.is(next, u"business") || ctx.is(next, u"working"))
        ++next; // "two more weeks", "an additional year", "eight trading days"
    bool half = false;
    if (ctx.at(next) && ctx.at(next)->shape == NumShape::Fraction && ctx.at(next)->n1 == 1 &&
        ctx.at(next)->n2 == 2) {
        half = true;
        ++next;
    }
    const TemporalWord *u = unitWord(ctx, next);
    if (!u || u->unit == TimeUnit::None ||
        (ctx.at(next)->capitalized && !ctx.at(next)->sentenceStart && !q->capitalized))
        return false;
    if (u->unit == TimeUnit::Quarter && !u->unitPlural && ctx.is(next + 1, u"of") &&
        CalendarRules::yearAt(ctx, next + 2) < 0)
        return false; // "more than a quarter of the market" is a fraction
    int last = next + 1;
    if (!half && ctx.is(last, u"and") && ctx.is(last + 1, u"a") && ctx.is(last + 2, u"half")) {
        half = true; // "a minute and a half"
        last += 3;
    }
    if (q->word && q->word->article && value == 1 && (u->unitPlural || ctx.at(next)->is(u"second")))
        return false; // "a second term" is no duration
    if (value == 1 && u->unitPlural && !q->word)
        return false;
    if (ctx.is(next + 1, u"old"))
        return false; // "Mr. Reupke, 52 years old": TimeML leaves an age untagged

    // "the 1988 quarter", "the 1988 second quarter": a year before a unit in the singular.
    constexpr int FirstYear = 1000, LastYear = 2999;
    if (!q->word && value >= FirstYear && value <= LastYear && !u->unitPlural)
        return false;
    // "13 days after the bombing" stays a duration (the event it counts from is not a date we
    // know); "two days later" is a date, found by ShiftRules
    m.first = i;
    m.last = last;
    m.type = TimexType::Duration;
    m.value = half ? halfDuration(u->unit, value) : TemporalResolver::duration(u->unit, value);
    m.rule = u"duration.count"_s;
    if (ctx.at(next)->possessive && last == next + 1)
        m.end = ctx.at(next)->end;
    return true;
}

bool DurationRules::hyphenated(const RuleContext &ctx, int i, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    QString value;
    if (t.shape == NumShape::NumUnit && t.tail) {
        value = TemporalResolver::duration(t.tail->unit, t.n1); // 14-day
    } else if (t.head && t.tail && t.head->isNumber && !t.head->article && t.tail->unit != TimeUnit::None) {
        if (t.tail->unit == TimeUnit::Quarter && t.tail->unitPlural)
            return false; // "three-quarters of its food" is a fraction
        value = TemporalResolver::duration(t.tail->unit, t.head->number); // two-day
    } else if (t.longSuffix && t.head && t.head->unit != TimeUnit::None) {
        value = TemporalResolver::duration(t.head->unit, t.head->unitPlural ? -1 : 1); // day-long
    } else {
        return false;
    }
    m.first = i;
    m.last = i + 1;
    m.type = TimexType::Duration;
    m.value = value;
    m.rule = u"duration.hyphenated"_s;
    return true;
}

bool DurationRules::vague(const RuleContext &ctx, int i, TimexMatch &m)
{
    // "recent days", "coming years", "for years", "in the years that followed"
    const TimexToken &t = ctx.toks.at(i);
    int j = i;
    // "over the years", "in the weeks ahead": the article belongs to the span
    const bool the = t.is(u"the") && (ctx.is(i - 1, u"over") || ctx.is(i + 2, u"ahead"));
    const bool modified = t.is(u"recent") || t.is(u"coming") || t.is(u"past") || the;
    if (modified)
        ++j;
    const TemporalWord *u = unitWord(ctx, j);
    if (!u || !u->unitPlural || u->unit == TimeUnit::Second || u->unit == TimeUnit::Weekend ||
        u->unit == TimeUnit::Quarter)
        return false;
    if (the && ctx.is(j + 1, u"ahead"))
        ++j;
    if (!modified) {
        // "for years", "within weeks", "the first time in years"
        const bool lead = ctx.is(i - 1, u"for") || ctx.is(i - 1, u"over") || ctx.is(i - 1, u"within") ||
                          ctx.is(i - 1, u"in");
        // "in the years that followed"; "the days before the shooting" is anchored to an event we
        // cannot date, so it is left out rather than given a guessed value
        const bool theBefore = ctx.is(i - 1, u"the") && (ctx.is(i + 1, u"that") || ctx.is(i + 1, u"since"));
        if (!lead && !theBefore)
            return false;
        if (ctx.is(i + 1, u"of") || ctx.is(i + 1, u"old"))
            return false; // "years of war" keeps the noun; "for years of" reads as a count
    }
    m.first = i;
    m.last = j + 1;
    m.type = TimexType::Duration;
    m.value = TemporalResolver::duration(u->unit, -1);
    m.rule = u"duration.vague"_s;
    return true;
}

bool DurationRules::set(const RuleContext &ctx, int i, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    if (t.is(u"every") || t.is(u"each")) {
        int j = i + 1, n = 1, next = 0;
        if (quantityAt(ctx, j, false, n, next) && n > 1)
            j = next;
        else if (ctx.is(j, u"other")) {
            n = 2;
            ++j;
        }
        const TimexToken *u = ctx.at(j);
        if (!u || !u->word)
            return false;
        m.first = i;
        m.last = j + 1;
        m.type = TimexType::Set;
        m.rule = u"set.every"_s;
        if (u->word->unit != TimeUnit::None)
            m.value = TemporalResolver::duration(u->word->unit, n);
        else if (u->word->weekday && u->capitalized)
            m.value = u"XXXX-WXX-"_s + QString::number(u->word->weekday);
        else if (!u->word->dayPart.isEmpty())
            m.value = u"XXXX-XX-XXT"_s + u->word->dayPart;
        else if (!u->word->season.isEmpty())
            m.value = u"XXXX-"_s + u->word->season;
        else if (u->word->month && u->capitalized)
            m.value = u"XXXX-"_s + QString::number(u->word->month).rightJustified(2, u'0');
        else if (u->is(u"season"))
            m.value = u"P1Y"_s;
        else
            return false;
        return true;
    }
    // "twice a year", "$5 a month", "three times per week"
    if ((t.is(u"a") || t.is(u"per")) && i > 0) {
        const TemporalWord *u = unitWord(ctx, i + 1);
        const TimexToken &prev = ctx.toks.at(i - 1);
        const bool counted = prev.shape == NumShape::Int || prev.is(u"times") || prev.is(u"twice") ||
                             prev.is(u"once") || prev.is(u"thrice") || prev.is(u"million") ||
                             prev.is(u"billion") || prev.is(u"dollars") || prev.is(u"cents") ||
                             prev.is(u"percent") ||
                             (prev.word && prev.word->unit != TimeUnit::None); // "60 hours a week"
        if (!u || u->unitPlural || !counted)
            return false;
        m.first = i;
        m.last = i + 2;
        m.type = TimexType::Set;
        m.value = TemporalResolver::duration(u->unit, 1);
        m.rule = u"set.per"_s;
        return true;
    }
    if (t.word && t.word->weekdayPlural && t.capitalized) {
        m.first = i;
        m.last = i + 1;
        m.type = TimexType::Set;
        m.value = u"XXXX-WXX-"_s + QString::number(t.word->weekday);
        m.rule = u"set.weekdays"_s;
        return true;
    }
    return false;
}

} // namespace saywho::core
