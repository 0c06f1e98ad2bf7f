#include "clockrules.h"

#include "calendarrules.h"
#include "relativerules.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QString two(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// A day expression at i that a time can attach to: a weekday, "today", "Feb. 24", "tomorrow".
bool dayAt(const RuleContext &ctx, int i, TimexMatch &day)
{
    const TimexToken *t = ctx.at(i);
    if (!t || !t->word)
        return false;
    TimexMatch m;
    if ((t->word->weekday || t->word->month) && CalendarRules::match(ctx, i, m) && m.value.size() == 10) {
        day = m;
        return true;
    }
    if (RelativeRules::match(ctx, i, m) && m.value.size() >= 10 && m.value.at(4) == u'-' &&
        m.value.size() <= 13 && m.value.at(8) != u'W') {
        day = m;
        day.value = m.value.left(10);
        day.rule = m.value.mid(11); // the part of day, if any ("NI" of "tonight")
        return true;
    }
    return false;
}

} // namespace

bool ClockRules::clockAt(const RuleContext &ctx, int i, int &hour, int &minute, int &next)
{
    const TimexToken *t = ctx.at(i);
    if (!t)
        return false;
    next = i + 1;
    if (t->word && !t->word->clock.isEmpty() && !ctx.is(i - 1, u"high")) {
        hour = t->word->clock.left(2).toInt();
        minute = t->word->clock.mid(3).toInt();
        return true;
    }
    const bool clock = t->shape == NumShape::Clock;
    if (!clock && !(t->shape == NumShape::Int && t->n1 >= 1 && t->n1 <= 12 && t->digits <= 2))
        return false;
    hour = t->n1;
    minute = clock ? t->n2 : 0;
    const TimexToken *mer = ctx.at(next);
    if (mer && mer->word && mer->word->meridiem) {
        if (mer->word->meridiem == 2 && hour < 12)
            hour += 12;
        else if (mer->word->meridiem == 1 && hour == 12)
            hour = 0;
        ++next;
        return true;
    }
    // "4 in the morning", "8 at night"
    if ((ctx.is(next, u"in") && ctx.is(next + 1, u"the")) || ctx.is(next, u"at")) {
        const int p = ctx.is(next, u"at") ? next + 1 : next + 2;
        const TimexToken *part = ctx.at(p);
        if (part && part->word && !part->word->dayPart.isEmpty() && !part->word->partPlural) {
            if ((part->word->dayPart == u"AF" || part->word->dayPart == u"EV" ||
                 part->word->dayPart == u"NI") &&
                hour < 12 && !(part->word->dayPart == u"NI" && hour < 5))
                hour += 12;
            next = p + 1;
            return true;
        }
    }
    if (clock) {
        // A bare "10:30" is a time when a zone follows or a preposition of time precedes.
        const TimexToken *z = ctx.at(next);
        if (z && z->word && z->word->timezone && z->capitalized)
            return true;
        return ctx.is(i - 1, u"at") || ctx.is(i - 1, u"by") || ctx.is(i - 1, u"until");
    }
    return false;
}

bool ClockRules::match(const RuleContext &ctx, int i, TimexMatch &m)
{
    int hour = 0, minute = 0, next = 0;
    if (!clockAt(ctx, i, hour, minute, next))
        return false;
    m.first = i;
    const TimexToken *z = ctx.at(next);
    if (z && z->word && z->word->timezone && z->capitalized)
        ++next;
    TimexMatch day;
    QString date;
    if (dayAt(ctx, next, day)) {
        // "10 o'clock tonight", "8:30 Friday evening": an hour without a.m./p.m. follows the part
        const bool late = day.rule == u"AF" || day.rule == u"EV" || day.rule == u"NI";
        const TimexToken *mer = ctx.at(i + 1);
        const bool explicitMeridiem =
            mer && mer->word && (mer->word->meridiem == 1 || mer->word->meridiem == 2);
        if (late && !explicitMeridiem && hour >= 1 && hour < 12)
            hour += 12;
        date = day.value;
        next = day.last;
        m.date = day.date;
    } else {
        // "at about 10:35 a.m. (0735 GMT) Friday": the day named nearby, without taking it in
        // (within the sentence: the rules see the paragraph)
        for (int k = next; k < ctx.size() && k < next + 6 && date.isEmpty() && !ctx.toks.at(k).sentenceStart;
             ++k)
            if (dayAt(ctx, k, day))
                date = day.value;
        for (int k = i - 1; k >= 0 && k >= i - 6 && date.isEmpty() && !ctx.toks.at(k + 1).sentenceStart; --k)
            if (dayAt(ctx, k, day) && day.last <= i)
                date = day.value;
    }
    if (date.isEmpty())
        date = ctx.resolver.dayOffset(0);
    m.last = next;
    m.type = TimexType::Time;
    m.value = date + u'T' + two(hour) + u':' + two(minute);
    m.rule = u"time.clock"_s;
    return true;
}

} // namespace saywho::core
