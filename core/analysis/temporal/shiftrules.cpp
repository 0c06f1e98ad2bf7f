#include "shiftrules.h"

#include "durationrules.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// Value of a unit n steps from a reference day (for "the next day", "that year").
QString fromDay(const RuleContext &ctx, QDate d, TimeUnit u, int n)
{
    return TemporalResolver(d, ctx.resolver.hasYear()).shifted(u, n);
}

// The quarter a sentence reports on ("third-quarter profit", "the second quarter", "the quarter"):
// its number, 0 when it names no number (the reporting quarter, the last one completed before the
// anchor), -1 when it names no quarter.
int quarterInSentence(const RuleContext &ctx)
{
    int found = -1;
    for (int k = 0; k < ctx.size(); ++k) {
        const TimexToken &t = ctx.toks.at(k);
        if (t.head && t.tail && t.tail->unit == TimeUnit::Quarter && !t.tail->unitPlural &&
            t.head->ordinal >= 1 && t.head->ordinal <= 4)
            return t.head->ordinal;
        if (!t.word || t.word->unit != TimeUnit::Quarter || t.word->unitPlural || t.capitalized)
            continue;
        const TimexToken *o = ctx.at(k - 1);
        if (o && o->word && o->word->ordinal >= 1 && o->word->ordinal <= 4)
            return o->word->ordinal;
        if (!ctx.is(k + 1, u"of"))
            found = 0;
    }
    return found;
}

// "a year ago" beside "third-quarter profit" compares quarters: that quarter a year back.
void toQuarter(const RuleContext &ctx, TimeUnit unit, int steps, TimexMatch &m)
{
    if (unit != TimeUnit::Year || m.value.size() != 4 || !m.value.at(0).isDigit() || !ctx.resolver.hasYear())
        return;
    int q = quarterInSentence(ctx);
    if (steps == -1 && !ctx.reportQuarter.isEmpty() &&
        (q < 0 || ctx.reportQuarter.back() == QChar(u'0' + q))) {
        // "Net was $2 million, or 6 cents a share, a year earlier." after "third-quarter profit"
        m.value = TemporalResolver::year(ctx.reportQuarter.left(4).toInt() - 1) + ctx.reportQuarter.mid(4);
        return;
    }
    if (q < 0)
        return;
    if (q == 0) {
        const int current = (ctx.resolver.anchor().month() - 1) / 3; // 0-based
        if (current == 0)
            return; // the reporting quarter is last year's fourth: "a year ago" is not plain
        q = current;
    }
    m.value += u"-Q"_s + QString::number(q);
}

} // namespace

bool ShiftRules::match(const RuleContext &ctx, int i, TimexMatch &m)
{
    return counted(ctx, i, m) || anaphoric(ctx, i, m) || yearAgo(ctx, i, m);
}

bool ShiftRules::yearAgo(const RuleContext &ctx, int i, TimexMatch &m)
{
    // "compared with year-earlier profit", "the year-ago results": the year before the anchor (or
    // its quarter, beside a quarter's results); "the year-ago quarter" is CalendarRules'.
    const TimexToken &t = ctx.toks.at(i);
    if (!t.head || t.head->unit != TimeUnit::Year || t.head->unitPlural || !t.tail ||
        (t.tail->text != u"ago" && t.tail->text != u"earlier") || !ctx.resolver.hasYear())
        return false;
    m.first = i;
    m.last = i + 1;
    m.type = TimexType::Date;
    m.value = TemporalResolver::year(ctx.resolver.anchor().year() - 1);
    toQuarter(ctx, TimeUnit::Year, -1, m);
    m.rule = u"relative.year-ago"_s;
    return true;
}

bool ShiftRules::counted(const RuleContext &ctx, int i, TimexMatch &m)
{
    int j = i;
    const TimexToken &t = ctx.toks.at(i);
    if (const int n = DurationRules::modifierLength(ctx, i))
        j += n;
    else if (t.word && t.word->approx && !t.is(u"over") && !t.is(u"under") && !t.is(u"some") &&
             !t.is(u"just") && !t.is(u"only"))
        ++j;
    int value = 0, next = 0;
    if (!DurationRules::quantityAt(ctx, j, true, value, next))
        return false;
    const TimexToken *u = ctx.at(next);
    if (!u || !u->word || u->word->unit == TimeUnit::None)
        return false;
    const bool agoWord = ctx.is(next + 1, u"ago");
    const bool fromNow = ctx.is(next + 1, u"from") && ctx.is(next + 2, u"now");
    // "a year earlier", "two days later": counted from the day the story is at, else the anchor
    const bool earlier = ctx.is(next + 1, u"earlier"), later = ctx.is(next + 1, u"later");
    const bool clockUnit = u->word->unit == TimeUnit::Hour || u->word->unit == TimeUnit::Minute ||
                           u->word->unit == TimeUnit::Second;
    if ((earlier || later) && !clockUnit && // "an hour later" is read as the duration "an hour"
        !(ctx.at(next + 2) && !ctx.at(next + 2)->punct && ctx.at(next + 2)->is(u"than"))) {
        m.first = i;
        m.last = next + 2;
        m.type = TimexType::Date;
        m.rule = u"relative.earlier-later"_s;
        if (value < 0)
            return false;
        // "two days later" continues the story's last day; "a year earlier" in a report compares
        // with the time of publication
        // with the time of publication, unless the paragraph has just named a date ("the 2014
        // annexation ...; eight years later")
        const bool small = u->word->unit == TimeUnit::Day || u->word->unit == TimeUnit::Week;
        const QDate ref = small && ctx.lastDay.isValid()         ? ctx.lastDay
                          : !small && ctx.localMention.isValid() ? ctx.localMention
                                                                 : ctx.resolver.anchor();
        if (!ref.isValid())
            return false;
        const int n = earlier ? -value : value;
        TimeUnit unit = u->word->unit;
        const int steps = unit == TimeUnit::Decade ? 10 * n : unit == TimeUnit::Century ? 100 * n : n;
        if (unit == TimeUnit::Decade || unit == TimeUnit::Century)
            unit = TimeUnit::Year;
        m.value = TemporalResolver(ref, ctx.resolver.hasYear()).shifted(unit, steps);
        toQuarter(ctx, unit, steps, m);
        if (unit == TimeUnit::Day)
            m.date = ref.addDays(steps);
        return true;
    }
    if (!agoWord && !fromNow)
        return false;
    m.first = i;
    m.last = fromNow ? next + 3 : next + 2;
    m.type = TimexType::Date;
    m.rule = u"relative.ago"_s;
    if (value < 0) {
        m.value = agoWord ? u"PAST_REF"_s : u"FUTURE_REF"_s;
        return true;
    }
    const int n = agoWord ? -value : value;
    TimeUnit unit = u->word->unit;
    int steps = n;
    if (unit == TimeUnit::Decade || unit == TimeUnit::Century) {
        steps = n * (unit == TimeUnit::Decade ? 10 : 100); // "a decade ago" names a year
        unit = TimeUnit::Year;
    }
    if (unit == TimeUnit::Quarter) {
        steps = 3 * n;
        unit = TimeUnit::Month;
    }
    m.value = ctx.resolver.shifted(unit, steps);
    toQuarter(ctx, unit, steps, m);
    if (unit == TimeUnit::Day && ctx.resolver.hasAnchor())
        m.date = ctx.resolver.anchor().addDays(steps);
    return true;
}

bool ShiftRules::anaphoric(const RuleContext &ctx, int i, TimexMatch &m)
{
    // "that day", "the same day", "that same day", "the next day", "the following morning",
    // "the day before", "later that year", "earlier that day"
    int j = i;
    const TimexToken &t = ctx.toks.at(i);
    if (t.word && !t.word->position.isEmpty() && ctx.is(i + 1, u"that"))
        ++j;
    const bool that = ctx.is(j, u"that");
    if (!that && !ctx.is(j, u"the"))
        return false;
    int k = j + 1;
    int shift = 0;
    if (ctx.is(k, u"same")) {
        ++k;
    } else if (!that && (ctx.is(k, u"next") || ctx.is(k, u"following"))) {
        shift = 1;
        ++k;
    } else if (!that && (ctx.is(k, u"previous") || ctx.is(k, u"preceding"))) {
        shift = -1;
        ++k;
    }
    const TimexToken *u = ctx.at(k);
    if (!u || !u->word)
        return false;
    const QDate ref = ctx.lastDay.isValid() ? ctx.lastDay : ctx.resolver.anchor();
    if (!ref.isValid())
        return false;
    const bool dayish =
        u->word->unit == TimeUnit::Day || (!u->word->dayPart.isEmpty() && !u->word->partPlural);
    if (!dayish && !(that && (u->word->unit == TimeUnit::Year || u->word->unit == TimeUnit::Month ||
                              u->word->unit == TimeUnit::Week)))
        return false;
    if (u->word->unitPlural)
        return false;
    if (!that && shift == 0 && !ctx.is(j + 1, u"same")) {
        // "the day before" / "the day after"
        if (u->word->unit != TimeUnit::Day || !(ctx.is(k + 1, u"before") || ctx.is(k + 1, u"after")))
            return false;
        shift = ctx.is(k + 1, u"before") ? -1 : 1;
        if (ctx.at(k + 2) && !ctx.at(k + 2)->punct)
            return false; // "the day before the vote", "the day before returning": anchored elsewhere
        ++k;
    }
    m.first = i;
    m.last = k + 1;
    m.type = TimexType::Date;
    m.rule = u"relative.anaphoric"_s;
    if (dayish) {
        m.date = ref.addDays(shift);
        m.value = ctx.resolver.hasYear() ? TemporalResolver::ymd(m.date.year(), m.date.month(), m.date.day())
                                         : fromDay(ctx, m.date, TimeUnit::Day, 0);
    } else {
        const QDate mention = ctx.lastMention.isValid() ? ctx.lastMention : ref;
        m.value = fromDay(ctx, mention, u->word->unit, 0);
    }
    return true;
}

} // namespace saywho::core
