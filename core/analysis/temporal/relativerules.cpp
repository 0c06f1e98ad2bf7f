#include "relativerules.h"

#include "calendarrules.h"
#include "durationrules.h"
#include "shiftrules.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

const TemporalWord *relWord(const RuleContext &ctx, int i)
{
    const TimexToken *t = ctx.at(i);
    return t && t->word && t->word->isRel ? t->word : nullptr;
}

QString two(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// Value of a unit n steps from a reference day ("the following week").
QString fromDay(const RuleContext &ctx, QDate d, TimeUnit u, int n)
{
    return TemporalResolver(d, ctx.resolver.hasYear()).shifted(u, n);
}

} // namespace

bool RelativeRules::match(const RuleContext &ctx, int i, TimexMatch &m)
{
    return ShiftRules::match(ctx, i, m) || positioned(ctx, i, m) || relative(ctx, i, m) ||
           phrase(ctx, i, 0, false, m) || weekday(ctx, i, m) || yearEnd(ctx, i, m);
}

void RelativeRules::addPart(const RuleContext &ctx, TimexMatch &m)
{
    const TimexToken *p = ctx.at(m.last);
    if (!p || !p->word || p->word->dayPart.isEmpty() || p->word->partPlural || m.value.size() != 10)
        return;
    m.value += u'T' + p->word->dayPart;
    m.type = TimexType::Time;
    ++m.last;
    m.end = p->possessive ? p->end : -1;
}

bool RelativeRules::phrase(const RuleContext &ctx, int i, int rel, bool hasRel, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    // "yesterday's announcement": the possessive form has no entry of its own, its stem has
    if (!(t.full && t.full->startsPhrase) && !(t.word && t.word->startsPhrase))
        return false;
    const QList<TemporalPhrase> *list = t.full ? t.full->phrases : nullptr;
    if (!list && t.word != t.full && t.word)
        list = t.word->phrases;
    if (!list)
        return false;
    for (const TemporalPhrase &p : *list) {
        int k = 1;
        for (; k < p.words.size(); ++k) {
            const TimexToken *w = ctx.at(i + k);
            if (!w ||
                !((w->full && w->full->text == p.words.at(k)) || (w->word && w->word->text == p.words.at(k))))
                break;
        }
        if (k < p.words.size())
            continue;
        const TimexToken &lastTok = ctx.toks.at(i + k - 1);
        using R = TemporalPhrase::Rule;
        const bool holiday = p.rule != R::Day && p.rule != R::Ref && p.rule != R::Set;
        if (holiday && !t.capitalized)
            continue;
        if (hasRel && !holiday)
            return false;
        // "Now the alliance's mission is ...", "Now, he says, ...", "Currently, organs are rationed
        // ...": opening a sentence, the word sets the scene, which TimeML leaves untagged.
        if (t.sentenceStart && t.capitalized && p.words.size() == 1 && p.value == u"PRESENT_REF")
            return false;
        // "for the foreseeable future" is an idiom for "for now", "the future of our peoples" a noun
        // for prospects: TimeML tags neither.
        if (p.value == u"FUTURE_REF" &&
            ((p.words.size() == 1 && t.is(u"future") &&
              (ctx.is(i - 1, u"foreseeable") || (ctx.is(i - 1, u"the") && ctx.is(i + 1, u"of")))) ||
             (p.words.size() == 2 && ctx.is(i + 2, u"of"))))
            return false;
        m.first = i;
        m.last = i + k;
        m.end = lastTok.possessive ? lastTok.end : -1;
        m.type = p.type == u"SET" ? TimexType::Set : p.type == u"TIME" ? TimexType::Time : TimexType::Date;
        // "today's world", "today's youth" mostly mean the present age, which TimeML leaves out;
        // "yesterday's announcement" and "tomorrow's vote" name the day.
        if (p.rule == R::Day && p.a == 0 && p.words.size() == 1 && t.possessive)
            return false;
        // "USA Today", "This is VOA Today", "The Tonight Show": a name
        if (p.rule == R::Day && p.words.size() == 1 && t.capitalized && !t.sentenceStart && i > 0 &&
            ctx.toks.at(i - 1).capitalized && !ctx.toks.at(i - 1).punct)
            return false;
        switch (p.rule) {
        case R::Day:
            m.value = ctx.resolver.dayOffset(p.a);
            // "overnight losses in New York" qualify the day the story is at: the text stays there
            if (ctx.resolver.hasAnchor() && !t.is(u"overnight"))
                m.date = ctx.resolver.anchor().addDays(p.a);
            if (!p.value.isEmpty())
                m.value += u'T' + p.value;
            else
                addPart(ctx, m);
            m.rule = u"relative.deictic"_s;
            return true;
        case R::Ref:
        case R::Set:
            // "its quarterly dividend": TimeML leaves a company's quarterly payments and reports
            // untagged (TimeBank tags none of ten).
            if (p.rule == R::Set && t.is(u"quarterly") && ctx.at(m.last) &&
                ctx.at(m.last)->kind == TokenKind::Word && !ctx.at(m.last)->capitalized &&
                !ctx.at(m.last)->punct)
                return false;
            if (const TimexToken *n = ctx.at(m.last);
                p.value == u"PAST_REF" && p.words.size() == 2 && n &&
                (n->shape == NumShape::Int ||
                 (n->word && (n->word->isNumber || n->word->unit != TimeUnit::None))))
                return false; // "the past two years" is a duration
            m.value = p.value;
            m.rule = p.rule == R::Set ? u"set.adverb"_s : u"relative.reference"_s;
            return true;
        default: {
            m.value =
                ctx.resolver.holiday(int(p.rule), p.a, p.b, p.c, rel, hasRel, ctx.tense(i, m.last), &m.date);
            m.rule = u"date.holiday"_s;
            const TimexToken *w = ctx.at(m.last);
            if (w && w->word && w->word->unit == TimeUnit::Week && !w->word->unitPlural && m.date.isValid()) {
                m.value = TemporalResolver::week(m.date); // "Easter week"
                ++m.last;
            }
            return true;
        }
        }
    }
    return false;
}

bool RelativeRules::relative(const RuleContext &ctx, int i, TimexMatch &m)
{
    // [the] last|next|this|past|coming + week / month / year / Friday / October / fall / night ...
    int j = i;
    const bool the = ctx.is(j, u"the");
    if (the)
        ++j;
    const TemporalWord *rw = relWord(ctx, j);
    if (!rw && the)
        return theWeek(ctx, i, m);
    if (!rw)
        return false;
    int rel = rw->rel;
    const TimexToken *relTok = ctx.at(j);
    if (!the && relTok->is(u"this") && (ctx.is(j + 1, u"past") || ctx.is(j + 1, u"last"))) {
        ++j; // "this past weekend" is the last one, a date
        rel = -1;
    }
    const bool thisPast = j > i && ctx.is(j - 1, u"this");
    if (const TimexToken *y = ctx.at(j + 2);
        ctx.is(j + 1, u"fiscal") && y && y->word && y->word->unit == TimeUnit::Year && !y->word->unitPlural)
        ++j; // "the current fiscal year", "next fiscal year": TimeBank gives the calendar year
    const TimexToken *u = ctx.at(j + 1);
    if (!u || !u->word)
        return false;
    const TemporalWord *w = u->word;
    const TemporalResolver &r = ctx.resolver;
    m.first = i;
    m.last = j + 2;
    m.end = u->possessive ? u->end : -1;
    m.type = TimexType::Date;
    const bool durational = !thisPast && (relTok->is(u"past") || relTok->is(u"coming"));
    if (w->unit != TimeUnit::None) {
        if (u->capitalized && relTok->capitalized && !relTok->sentenceStart)
            return false; // ABC's "This Week": a title
        const bool previous = relTok->is(u"previous") || relTok->is(u"preceding");
        if (the && (relTok->is(u"following") || previous) && !w->unitPlural) {
            // "the following week", "the previous year": from the last date the text named
            const QDate ref = ctx.lastMention.isValid() ? ctx.lastMention : ctx.lastDay;
            if (!ref.isValid() && !previous)
                return false;
            m.value = ref.isValid() ? fromDay(ctx, ref, w->unit, previous ? -1 : 1) : r.shifted(w->unit, -1);
            m.rule = u"relative.following"_s;
            return true;
        }
        if (durational || w->unitPlural) {
            if (!durational && !w->unitPlural)
                return false;
            if (w->unitPlural && !durational)
                return false; // "last years" is no English phrase worth guessing
            m.type = TimexType::Duration;
            m.value = TemporalResolver::duration(w->unit, w->unitPlural ? -1 : 1);
            m.rule = u"duration.past-unit"_s;
            m.first = j; // TimeML practice: "over the [past decade]"
            return true;
        }
        if (w->unit == TimeUnit::Century && rel == 0) {
            m.type = TimexType::Duration; // TimeML practice for "this century"
            m.value = u"P100Y"_s;
            m.rule = u"relative.this-century"_s;
            return true;
        }
        if (w->unit == TimeUnit::Day || w->unit == TimeUnit::Hour || w->unit == TimeUnit::Minute ||
            w->unit == TimeUnit::Second)
            return false; // "the next day" is anaphoric; "last minute" is an idiom
        if (w->unit == TimeUnit::Weekend) {
            m.value = r.weekend(rel, true, Tense::Unknown);
        } else if (w->unit == TimeUnit::Quarter && rel == 0 && !ctx.reportQuarter.isEmpty()) {
            m.value = ctx.reportQuarter; // "This quarter's loss" in a report on the third quarter
        } else {
            m.value = r.shifted(w->unit, rel);
        }
        m.rule = u"relative.unit"_s;
        if (w->unit == TimeUnit::Year && u->possessive)
            yearsQuarter(ctx, j + 2, m);
        return true;
    }
    if (the && w->weekday && !w->weekdayPlural && u->capitalized && rel != 0 && r.hasYear()) {
        // "down 4.5% from the previous Friday": the one before the day the story is at
        const QDate ref = ctx.lastDay.isValid() ? ctx.lastDay : r.anchor();
        int delta = w->weekday - ref.dayOfWeek();
        if (rel < 0 && delta >= 0)
            delta -= 7;
        else if (rel > 0 && delta <= 0)
            delta += 7;
        m.date = ref.addDays(delta);
        m.value = r.day(m.date);
        m.rule = u"relative.following"_s;
        return true;
    }
    if (the)
        return false;
    if (w->weekday && !w->weekdayPlural && u->capitalized) {
        m.value = r.weekday(w->weekday, rel, true, Tense::Unknown, &m.date);
        m.rule = u"relative.weekday"_s;
        addPart(ctx, m);
        return true;
    }
    if (w->month && u->capitalized && CalendarRules::dayAt(ctx, j + 2) < 0) {
        const Tense t = rel < 0 ? Tense::Past : rel > 0 ? Tense::Future : Tense::Unknown;
        if (r.hasYear() && rel < 0 && w->month >= r.anchor().month())
            m.value = TemporalResolver::year(r.anchor().year() - 1) + u'-' + two(w->month);
        else if (r.hasYear() && rel > 0 && w->month <= r.anchor().month())
            m.value = TemporalResolver::year(r.anchor().year() + 1) + u'-' + two(w->month);
        else if (r.hasYear() && rel == 0)
            m.value = TemporalResolver::year(r.anchor().year()) + u'-' + two(w->month); // "this September"
        else
            m.value = r.month(w->month, t);
        m.rule = u"relative.month"_s;
        return true;
    }
    if (!w->season.isEmpty() && !w->partPlural) {
        m.value = r.season(w->season, rel, true, Tense::Unknown);
        m.rule = u"relative.season"_s;
        return true;
    }
    if (!w->dayPart.isEmpty() && !w->partPlural && (rel == 0 || (rel < 0 && w->dayPart == u"NI"))) {
        // "this morning", "last night"
        m.type = TimexType::Time;
        m.value = r.dayOffset(rel) + u'T' + w->dayPart;
        m.rule = u"relative.part-of-day"_s;
        return true;
    }
    if (phrase(ctx, j + 1, rel, true, m)) {
        m.first = i; // "last Thanksgiving"
        return true;
    }
    return false;
}

void RelativeRules::yearsQuarter(const RuleContext &ctx, int k, TimexMatch &m)
{
    // "this year's third quarter", "next year's first half", "last year's quarter": one date, the
    // quarter of that year (a bare "quarter" is the one the report is about).
    if (m.value.size() != 4 || !m.value.at(0).isDigit())
        return;
    const TimexToken *o = ctx.at(k);
    int n = 0;
    if (o && o->word && o->word->ordinal >= 1 && o->word->ordinal <= 4) {
        n = o->word->ordinal;
        ++k;
    }
    const TimexToken *u = ctx.at(k);
    if (!u || u->capitalized || !u->word)
        return;
    QString code;
    if (u->word->unit == TimeUnit::Quarter && !u->word->unitPlural) {
        if (!n && !ctx.reportQuarter.isEmpty())
            n = ctx.reportQuarter.back().digitValue();
        if (!n) {
            const int current = (ctx.resolver.anchor().month() - 1) / 3; // 0-based: the last one ended
            n = current == 0 ? 4 : current;
        }
        code = u"-Q"_s + QString::number(n);
    } else if (u->is(u"half") && n >= 1 && n <= 2) {
        code = u"-H"_s + QString::number(n);
    } else {
        return;
    }
    m.value += code;
    m.last = k + 1;
    m.end = u->possessive ? u->end : -1;
}

bool RelativeRules::theWeek(const RuleContext &ctx, int i, TimexMatch &m)
{
    // "the weekend" by tense; "the week of March 6"
    const TimexToken *u = ctx.at(i + 1);
    if (!u || !u->word || u->word->unitPlural)
        return false;
    m.first = i;
    m.type = TimexType::Date;
    if (u->word->unit == TimeUnit::Weekend) {
        m.last = i + 2;
        m.end = u->possessive ? u->end : -1;
        m.value = ctx.resolver.weekend(0, false, ctx.tense(i, i + 2));
        m.rule = u"relative.the-weekend"_s;
        return true;
    }
    const TimexToken *pos = ctx.at(i - 2);
    if ((u->word->unit == TimeUnit::Year || u->word->unit == TimeUnit::Month ||
         u->word->unit == TimeUnit::Week) &&
        ctx.is(i - 1, u"of") && pos && pos->word && !pos->word->position.isEmpty()) {
        m.last = i + 2; // "the end of the year": the current one
        m.value = ctx.resolver.shifted(u->word->unit, 0);
        m.rule = u"relative.the-unit"_s;
        return true;
    }
    TimexMatch day;
    if (u->word->unit == TimeUnit::Week && ctx.is(i + 2, u"of") && CalendarRules::match(ctx, i + 3, day) &&
        day.date.isValid()) {
        m.last = day.last;
        m.value = TemporalResolver::week(day.date);
        m.rule = u"relative.week-of"_s;
        return true;
    }
    return thePeriod(ctx, i, m);
}

bool RelativeRules::thePeriod(const RuleContext &ctx, int i, TimexMatch &m)
{
    // "For the year, pet food volume was flat", "the week's most active session", "the full year",
    // "the latest fiscal year": the period a report is about (TimeBank tags every such bare "the
    // year"); "the year ended Sept. 30" is a company's twelve months, a duration.
    int j = i + 1;
    const bool latest = ctx.is(j, u"latest");
    if (latest)
        ++j;
    if (ctx.is(j, u"full") || ctx.is(j, u"fiscal"))
        ++j;
    const TimexToken *u = ctx.at(j);
    if (!u || !u->word || u->capitalized || u->word->unitPlural ||
        !(u->word->unit == TimeUnit::Year || (u->word->unit == TimeUnit::Week && !latest)))
        return false;
    if (u->word->unit == TimeUnit::Year && !u->possessive && ctx.is(j + 1, u"two") &&
        ctx.is(j + 2, u"thousand")) {
        m.first = i; // "the year two thousand", read out in a broadcast
        m.last = j + 3;
        m.type = TimexType::Date;
        m.value = u"2000"_s;
        m.rule = u"date.spelled-year"_s;
        return true;
    }
    // "the year before", "the week after", "the year of the dragon": counted from something else;
    // "the year 2000", "the year two thousand" name another year (left to the year rules)
    if (const TimexToken *n = ctx.at(j + 1);
        !u->possessive && n &&
        (n->is(u"before") || n->is(u"after") || n->is(u"following") ||
         (n->is(u"of") && ctx.at(j + 2) && !ctx.at(j + 2)->punct && ctx.at(j + 2)->shape == NumShape::None) ||
         n->is(u"ago") || n->is(u"earlier") || n->is(u"later") || n->shape != NumShape::None ||
         (n->word && n->word->isNumber)))
        return false;
    m.first = i;
    m.last = j + 1;
    m.end = u->possessive ? u->end : -1;
    if (!u->possessive && (ctx.is(j + 1, u"ended") || ctx.is(j + 1, u"ending"))) {
        m.type = TimexType::Duration;
        m.value = TemporalResolver::duration(u->word->unit, 1);
        m.rule = u"duration.the-period-ended"_s;
        return true;
    }
    m.type = TimexType::Date;
    m.value = ctx.resolver.shifted(u->word->unit, latest ? -1 : 0);
    m.rule = u"relative.the-period"_s;
    return true;
}

bool RelativeRules::yearEnd(const RuleContext &ctx, int i, TimexMatch &m)
{
    // "by year-end", "around year end", "by year's end": the last day of the year; "since
    // year-end" looks back to the last one. Without a preposition it modifies a noun ("year-end
    // net"), which TimeML leaves untagged.
    const TimexToken &t = ctx.toks.at(i);
    int last = 0;
    if (t.head && t.tail && t.head->unit == TimeUnit::Year && !t.head->unitPlural && t.tail->text == u"end")
        last = i + 1;
    else if (t.word && t.word->unit == TimeUnit::Year && !t.word->unitPlural && ctx.is(i + 1, u"end"))
        last = i + 2;
    const TimexToken *prev = ctx.at(i - 1);
    if (!last || !ctx.resolver.hasYear() || !prev ||
        !(prev->is(u"by") || prev->is(u"since") || prev->is(u"at") || prev->is(u"before") ||
          prev->is(u"until") || prev->is(u"till") || prev->is(u"around") || prev->is(u"after") ||
          prev->is(u"through") || prev->is(u"from") || prev->is(u"to")))
        return false;
    const int y = ctx.resolver.anchor().year() - (prev->is(u"since") ? 1 : 0);
    m.first = i;
    m.last = last;
    m.type = TimexType::Date;
    m.value = TemporalResolver::ymd(y, 12, 31);
    m.date = QDate(y, 12, 31);
    m.rule = u"relative.year-end"_s;
    return true;
}

bool RelativeRules::positioned(const RuleContext &ctx, int i, TimexMatch &m)
{
    // "earlier this month", "early next week", "late last year", "later this year"
    const TimexToken &t = ctx.toks.at(i);
    if (!t.word || t.word->position.isEmpty())
        return false;
    TimexMatch inner;
    if (!relative(ctx, i + 1, inner) || inner.type != TimexType::Date || ctx.is(i + 1, u"the"))
        return false;
    m = inner;
    m.first = i;
    m.rule = u"relative.positioned"_s;
    return true;
}

bool RelativeRules::weekday(const RuleContext &ctx, int i, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    if (!t.word || !t.word->weekday || t.word->weekdayPlural || !t.capitalized)
        return false;
    m.first = i;
    m.last = i + 1;
    m.end = t.possessive ? t.end : -1;
    m.type = TimexType::Date;
    Tense tense = ctx.tense(i, i + 1);
    if (tense == Tense::Present)
        tense = Tense::Future; // "the vote is Friday", "Congress returns Monday": a schedule
    if (t.possessive)
        tense = Tense::Past; // "Wednesday's ruling" names something that has happened
    else if ((ctx.is(i - 1, u"until") || ctx.is(i - 1, u"till")) && i >= 2 &&
             !ctx.toks.at(i - 1).sentenceStart && !ctx.is(i - 2, u"up"))
        tense = Tense::Future; // "postponed until Tuesday"
    m.value = ctx.resolver.weekday(t.word->weekday, 0, false, tense, &m.date);
    m.rule = u"relative.weekday"_s;
    if (!t.possessive)
        addPart(ctx, m);
    return true;
}

} // namespace saywho::core
