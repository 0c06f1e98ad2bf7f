#include "calendarrules.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QString two(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// Words before a bare month name that make it a date ("in May", "since March", "late May").
bool monthContext(const TimexToken *t)
{
    if (!t || !t->full)
        return false;
    static const char16_t *const words[] = {u"in",     u"since", u"until", u"till",    u"by",      u"during",
                                            u"before", u"after", u"from",  u"through", u"between", u"of",
                                            u"early",  u"late",  u"mid",   u"last",    u"next",    u"this",
                                            u"and",    u"or",    u"to",    u"the"};
    for (const char16_t *w : words)
        if (t->full->text == QStringView(w))
            return true;
    return false;
}

// Value of "this year"/"next year"/"last year" right after tokens [.., j): the year it names.
int yearPhraseAt(const RuleContext &ctx, int j)
{
    const TimexToken *rel = ctx.at(j), *unit = ctx.at(j + 1);
    if (!rel || !unit || !rel->word || !rel->word->isRel || !unit->word ||
        unit->word->unit != TimeUnit::Year || unit->word->unitPlural || !ctx.resolver.hasYear() ||
        rel->is(u"past") || rel->is(u"coming"))
        return -1;
    return ctx.resolver.anchor().year() + rel->word->rel;
}

} // namespace

int CalendarRules::yearAt(const RuleContext &ctx, int i)
{
    const TimexToken *t = ctx.at(i);
    if (!t || t->shape != NumShape::Int || t->digits != 4 || t->n1 < 1000 || t->n1 > 2999)
        return -1;
    if (t->fullEnd - t->begin != 4)
        return -1; // 1,998
    return t->n1;
}

int CalendarRules::dayAt(const RuleContext &ctx, int i)
{
    const TimexToken *t = ctx.at(i);
    if (!t)
        return -1;
    if ((t->shape == NumShape::Int || t->shape == NumShape::Ordinal) && t->digits <= 2 && t->n1 >= 1 &&
        t->n1 <= 31)
        return t->n1;
    if (t->word && t->word->ordinal > 0)
        return t->word->ordinal;
    return -1;
}

int CalendarRules::monthAt(const RuleContext &ctx, int i)
{
    const TimexToken *t = ctx.at(i);
    if (!t || !t->word || !t->word->month || !t->capitalized || t->possessive)
        return 0;
    if (!t->word->monthAmbiguous)
        return t->word->month;
    // "May" and "March" are also a name, a modal and a verb: they need a date around them.
    const TimexToken *next = ctx.at(i + 1);
    if (dayAt(ctx, i + 1) > 0 && next && next->shape != NumShape::None)
        return t->word->month;
    if (yearAt(ctx, i + 1) > 0 || (ctx.is(i + 1, u"of") && yearAt(ctx, i + 2) > 0))
        return t->word->month;
    const TimexToken *prev = ctx.at(i - 1);
    if (!monthContext(prev) || (next && next->capitalized && !next->punct && !next->word))
        return 0;
    // "the March accession" names a month; "the March on Washington" and "to March" do not
    if (prev->is(u"the"))
        return next && !next->punct && !next->capitalized && next->kind == TokenKind::Word && !next->full
                   ? t->word->month
                   : 0;
    return prev->is(u"and") || prev->is(u"or") || prev->is(u"to") ? 0 : t->word->month;
}

bool CalendarRules::match(const RuleContext &ctx, int i, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    if (t.word && t.word->weekday && !t.word->weekdayPlural && t.capitalized) {
        // "Friday, Oct. 23" / "Monday, 26 October": the weekday joins the date that follows
        const int j = ctx.at(i + 1) && ctx.at(i + 1)->isPunct(u',') ? i + 2 : i + 1;
        if (monthLed(ctx, j, m) || dayLed(ctx, j, m)) {
            if (m.value.size() >= 10) {
                m.first = i;
                m.rule = u"date.weekday-"_s + m.rule.mid(5);
                return true;
            }
        }
        return false;
    }
    return spelledYear(ctx, i, m) || monthLed(ctx, i, m) || dayLed(ctx, i, m) || numeric(ctx, i, m) ||
           quarter(ctx, i, m) || reportingQuarter(ctx, i, m) || century(ctx, i, m) || season(ctx, i, m) ||
           yearLed(ctx, i, m);
}

int CalendarRules::spelledYearAt(const RuleContext &ctx, int i)
{
    // "nineteen ninety-six", "nineteen seventy-nine", "nineteen ninety": a year read out, as in a
    // broadcast transcript; always two tokens.
    const TimexToken *t = ctx.at(i);
    const TimexToken *u = ctx.at(i + 1);
    if (!t || !t->word || !t->word->isNumber || t->word->number != 19 || !u)
        return -1;
    int rest = 0;
    if (u->head && u->tail && u->head->isNumber && u->tail->isNumber && u->head->number >= 20 &&
        u->head->number % 10 == 0 && u->tail->number >= 1 && u->tail->number <= 9)
        rest = u->head->number + u->tail->number;
    else if (u->word && u->word->isNumber && u->word->number >= 10 && u->word->number <= 99)
        rest = u->word->number;
    return rest ? 1900 + rest : -1;
}

bool CalendarRules::spelledYear(const RuleContext &ctx, int i, TimexMatch &m)
{
    const int y = spelledYearAt(ctx, i);
    if (y < 0)
        return false;
    m.first = i;
    m.last = i + 2;
    m.value = QString::number(y);
    m.rule = u"date.spelled-year"_s;
    return true;
}

bool CalendarRules::monthLed(const RuleContext &ctx, int i, TimexMatch &m)
{
    const int month = monthAt(ctx, i);
    if (!month)
        return false;
    const TemporalResolver &r = ctx.resolver;
    m.first = i;
    int j = i + 1;
    if (ctx.at(j) && ctx.at(j)->isPunct(u'.'))
        ++j; // "Feb ." when the tokenizer kept the period apart
    // A day the month never has ("Feb. 30") is no day; 2000 was a leap year, so Feb. 29 passes.
    const int day = QDate(2000, month, qMax(1, dayAt(ctx, j))).isValid() ? dayAt(ctx, j) : -1;
    if (day > 0 && ctx.at(j)->shape != NumShape::None) {
        int k = j + 1;
        const bool comma = ctx.at(k) && ctx.at(k)->isPunct(u',');
        const int y = yearAt(ctx, comma ? k + 1 : k);
        if (y > 0 && QDate(y, month, day).isValid()) {
            m.last = comma ? k + 2 : k + 1;
            m.value = TemporalResolver::ymd(y, month, day);
            m.date = QDate(y, month, day);
            m.rule = u"date.month-day-year"_s;
            return true;
        }
        m.last = j + 1;
        const int py = yearPhraseAt(ctx, m.last);
        if (py > 0) {
            m.value = TemporalResolver::ymd(py, month, day);
            m.date = QDate(py, month, day);
            m.skipTo = m.last + 2;
        } else {
            m.value = r.monthDay(month, day, ctx.tense(i, m.last), &m.date);
        }
        m.rule = u"date.month-day"_s;
        return true;
    }
    const bool of = ctx.is(j, u"of");
    const int y = yearAt(ctx, of ? j + 1 : j);
    if (y > 0) {
        m.last = of ? j + 2 : j + 1;
        m.value = TemporalResolver::year(y) + u'-' + two(month);
        m.rule = u"date.month-year"_s;
        return true;
    }
    if (const int sy = spelledYearAt(ctx, of ? j + 1 : j); sy > 0) {
        m.last = of ? j + 3 : j + 2; // "January nineteen ninety-seven"
        m.value = TemporalResolver::year(sy) + u'-' + two(month);
        m.rule = u"date.month-year"_s;
        return true;
    }
    m.last = i + 1;
    const int py = yearPhraseAt(ctx, m.last);
    m.value = py > 0 ? TemporalResolver::year(py) + u'-' + two(month) : r.month(month, ctx.tense(i, m.last));
    if (py > 0)
        m.skipTo = m.last + 2;
    m.rule = u"date.month"_s;
    return true;
}

bool CalendarRules::dayLed(const RuleContext &ctx, int i, TimexMatch &m)
{
    const int day = dayAt(ctx, i);
    if (day <= 0)
        return false;
    int j = i + 1;
    if (ctx.is(j, u"of"))
        ++j;
    const TimexToken *mt = ctx.at(j);
    if (!mt || !mt->word || !mt->word->month || !mt->capitalized)
        return false;
    const int month = mt->word->month;
    if (!QDate(2000, month, day).isValid())
        return false;
    m.first = i;
    const int y = yearAt(ctx, j + 1);
    if (y > 0 && QDate(y, month, day).isValid()) {
        m.last = j + 2;
        m.value = TemporalResolver::ymd(y, month, day);
        m.date = QDate(y, month, day);
        m.rule = u"date.day-month-year"_s;
        return true;
    }
    m.last = j + 1;
    m.value = ctx.resolver.monthDay(month, day, ctx.tense(i, m.last), &m.date);
    m.rule = u"date.day-month"_s;
    return true;
}

bool CalendarRules::numeric(const RuleContext &ctx, int i, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    m.first = i;
    m.last = i + 1;
    if (t.shape == NumShape::IsoDate) {
        if (!QDate(t.n1, t.n2, t.n3).isValid() || t.digits != 4)
            return false;
        m.value = TemporalResolver::ymd(t.n1, t.n2, t.n3);
        m.date = QDate(t.n1, t.n2, t.n3);
        m.rule = u"date.iso"_s;
        return true;
    }
    if (t.shape == NumShape::SlashDate) {
        int y = t.n3;
        if (y < 100)
            y += y >= 50 ? 1900 : 2000;
        if (y < 1000 || !QDate(y, t.n1, t.n2).isValid())
            return false;
        m.value = TemporalResolver::ymd(y, t.n1, t.n2);
        m.date = QDate(y, t.n1, t.n2);
        // US order is assumed; when both readings are dates the rule name says so.
        m.rule = t.n2 <= 12 && t.n1 != t.n2 ? u"date.slash.ambiguous"_s : u"date.slash"_s;
        return true;
    }
    if (t.shape == NumShape::Decade) {
        const int n = t.n1;
        int decade = 0;
        if (t.digits == 4) {
            decade = n / 10;
        } else {
            const int anchorYear = ctx.resolver.hasYear() ? ctx.resolver.anchor().year() : 2000;
            const int century = (anchorYear / 100) * 100;
            decade = (century + n > anchorYear ? century - 100 + n : century + n) / 10;
        }
        m.value = QString::number(decade).rightJustified(3, u'0') + u'X';
        m.rule = u"date.decade"_s;
        return true;
    }
    return false;
}

bool CalendarRules::yearLed(const RuleContext &ctx, int i, TimexMatch &m)
{
    const bool fiscal = ctx.is(i, u"fiscal") || ctx.is(i, u"fy");
    // "fiscal 2023", "fiscal year 2023"
    const int at = !fiscal ? i : ctx.is(i + 1, u"year") ? i + 2 : i + 1;
    const int y = yearAt(ctx, at);
    if (y < 0)
        return false;
    const TimexToken *prev = ctx.at(i - 1), *next = ctx.at(at + 1);
    if (prev && (prev->punct && (prev->first == u'$' || prev->first == u'#' || prev->first == QChar(0x20AC) ||
                                 prev->first == QChar(0x00A3))))
        return false;
    if (prev && prev->shape != NumShape::None)
        return false; // "3 1998" is a list of numbers
    const bool timePreposition =
        prev && (prev->is(u"in") || prev->is(u"since") || prev->is(u"by") || prev->is(u"until") ||
                 prev->is(u"during") || prev->is(u"from") || prev->is(u"before") || prev->is(u"after") ||
                 prev->is(u"the") || prev->possessive);
    if (next && next->pluralForm && !next->capitalized && !timePreposition)
        return false; // "2000 people", "1500 meters": a count; "in 1998 sales fell", "the 1992 protests" stay
    if (prev && (prev->is(u"than") || (prev->word && prev->word->approx)) && next && !next->punct &&
        !next->word)
        return false; // "more than 2000 people"
    if (next && (next->isPunct(u'%') || next->is(u"percent") || next->is(u"times")))
        return false;
    m.first = i;
    m.last = at + 1;
    m.value = fiscal ? u"FY"_s + TemporalResolver::year(y) : TemporalResolver::year(y);
    m.rule = fiscal ? u"date.fiscal-year"_s : u"date.year"_s;
    return true;
}

bool CalendarRules::season(const RuleContext &ctx, int i, TimexMatch &m)
{
    const bool the = ctx.is(i, u"the");
    const int s = the ? i + 1 : i;
    const TimexToken *t = ctx.at(s);
    if (!t || !t->word || t->word->season.isEmpty() || t->word->partPlural)
        return false;
    const int y = the ? -1 : yearAt(ctx, s + 1);
    // "the winter of 1994", "the winter of nineteen ninety-four": the season of that year
    const int spelled = ctx.is(s + 1, u"of") ? spelledYearAt(ctx, s + 2) : -1;
    const int yo = !ctx.is(s + 1, u"of") ? -1 : spelled > 0 ? spelled : yearAt(ctx, s + 2);
    if (y < 0 && yo < 0) {
        // "in the spring", "during the summer": a bare season by tense; "the fall of Rome" is not one
        const int p = the ? i - 1 : i;
        if (!(ctx.is(p, u"in") || ctx.is(p, u"during") || ctx.is(p, u"since") || ctx.is(p, u"until") ||
              ctx.is(p, u"by") || ctx.is(p, u"for") || ctx.is(p, u"through") || ctx.is(p, u"over") ||
              ctx.is(p, u"throughout") || ctx.is(p, u"into")) ||
            ctx.is(s + 1, u"of") || (t->capitalized && !t->sentenceStart))
            return false;
        m.first = i;
        m.last = s + 1;
        m.value = ctx.resolver.season(t->word->season, 0, false, ctx.tense(i, s + 1));
        m.rule = u"date.season"_s;
        return true;
    }
    m.first = i;
    m.last = y > 0 ? s + 2 : spelled > 0 ? s + 4 : s + 3;
    m.value = TemporalResolver::year(y > 0 ? y : yo) + u'-' + t->word->season;
    m.rule = u"date.season-year"_s;
    return true;
}

bool CalendarRules::century(const RuleContext &ctx, int i, TimexMatch &m)
{
    // "the 21st century", "the nineteenth century" -> "20", "18"
    const TimexToken *o = ctx.at(i);
    int n = 0;
    if (o && o->shape == NumShape::Ordinal && o->n1 >= 1 && o->n1 <= 30)
        n = o->n1;
    else if (o && o->word && o->word->ordinal > 0)
        n = o->word->ordinal;
    const TimexToken *u = ctx.at(i + 1);
    if (!n || !u || !u->word || u->word->unit != TimeUnit::Century || u->word->unitPlural)
        return false;
    m.first = i;
    m.last = i + 2;
    m.end = u->possessive ? u->end : -1;
    m.value = QString::number(n - 1).rightJustified(2, u'0');
    m.rule = u"date.century"_s;
    return true;
}

// "the latest quarter", "the year-ago period", "the current quarter": a company's reporting quarter,
// the last one completed before the anchor (a report dated late October is about July–September).
bool CalendarRules::reportingQuarter(const RuleContext &ctx, int i, TimexMatch &m)
{
    if (!ctx.toks.at(i).is(u"the") || !ctx.resolver.hasYear())
        return false;
    int j = i + 1;
    int shift = -1; // quarters from the anchor's own
    int years = 0;
    int namedYear = -1; // "the 1988 quarter": the reporting quarter of that year
    if (const int y = yearAt(ctx, j); y > 0) {
        namedYear = y;
        ++j;
    } else if (ctx.is(j, u"latest")) {
        ++j;
    } else if (ctx.is(j, u"current")) {
        shift = 0;
        ++j;
    } else if (const TimexToken *t = ctx.at(j); t && t->head && t->head->unit == TimeUnit::Year && t->tail &&
                                                (t->tail->text == u"ago" || t->tail->text == u"earlier")) {
        years = -1; // "the year-ago quarter", "the year-earlier period"
        ++j;
    }
    int named = 0; // "the year-ago third quarter": that quarter a year before
    if (const TimexToken *o = ctx.at(j); years && o && o->word && o->word->ordinal >= 1 &&
                                         o->word->ordinal <= 4 && ctx.at(j + 1) && ctx.at(j + 1)->word &&
                                         ctx.at(j + 1)->word->unit == TimeUnit::Quarter) {
        named = o->word->ordinal;
        ++j;
    }
    const TimexToken *unit = ctx.at(j);
    if (!unit || unit->capitalized ||
        !(ctx.is(j, u"period") ||
          (unit->word && unit->word->unit == TimeUnit::Quarter && !unit->word->unitPlural)))
        return false;
    // "the period of …", "the quarter of a century": not a quarter of the calendar; a bare "the
    // period" names none.
    if (ctx.is(j + 1, u"of") || (j == i + 1 && ctx.is(j, u"period")))
        return false;
    const QDate a = ctx.resolver.anchor();
    int q = (a.month() - 1) / 3 + shift; // 0-based
    int y = a.year() + years;
    if (q < 0) {
        q += 4;
        --y;
    }
    if (namedYear > 0)
        y = namedYear;
    if (named) {
        q = named - 1;
        y = ctx.resolver.quarterYear(named, Tense::Past) - 1;
    }
    // "the quarter ended July 31": the calendar quarter holding most of the three months before
    // that day (May to July: the second), whatever the reporting quarter would be.
    TimexMatch end;
    if (namedYear < 0 && years == 0 && (ctx.is(j + 1, u"ended") || ctx.is(j + 1, u"ending")) &&
        match(ctx, j + 2, end) && end.date.isValid()) {
        const QDate middle =
            QDate(end.date.year(), end.date.month(), 1).addMonths(end.date.day() < 15 ? -2 : -1);
        q = (middle.month() - 1) / 3;
        y = middle.year();
    }
    m.first = i;
    m.last = j + 1;
    if (namedYear < 0 && years == 0 && ctx.is(j + 1, u"a") && ctx.at(j + 2) && ctx.at(j + 2)->word &&
        ctx.at(j + 2)->word->unit == TimeUnit::Year && !ctx.at(j + 2)->word->unitPlural &&
        (ctx.is(j + 3, u"ago") || ctx.is(j + 3, u"earlier"))) {
        m.last = j + 4; // "For the quarter a year ago, Columbia reported earnings of ..."
        --y;
    }
    m.value = TemporalResolver::year(y) + u"-Q"_s + QString::number(q + 1);
    m.rule = u"date.reporting-quarter"_s;
    return true;
}

bool CalendarRules::quarter(const RuleContext &ctx, int i, TimexMatch &m)
{
    const TimexToken &t = ctx.toks.at(i);
    QString q;
    int j = i + 1;
    if (t.full && t.full->text.size() == 2 && (t.full->text.at(0) == u'q' || t.full->text.at(0) == u'h') &&
        t.full->text.at(1).isDigit()) {
        q = t.full->text.toUpper(); // Q3, H1
    } else if (t.is(u"the") && ctx.at(i + 1) && ctx.at(i + 1)->word && ctx.at(i + 1)->word->ordinal > 0 &&
               ctx.at(i + 1)->word->ordinal <= 4 && ctx.at(i + 2) && ctx.at(i + 2)->word) {
        const int n = ctx.at(i + 1)->word->ordinal;
        if (ctx.at(i + 2)->word->unit == TimeUnit::Quarter && !ctx.at(i + 2)->word->unitPlural)
            q = u"Q"_s + QString::number(n);
        else if (ctx.is(i + 2, u"half") && n <= 2)
            q = u"H"_s + QString::number(n);
        else
            return false;
        j = i + 3;
    } else if (t.word && t.word->ordinal >= 1 && t.word->ordinal <= 4 && !ctx.is(i - 1, u"the") &&
               ctx.at(i + 1) && ctx.at(i + 1)->word && ctx.at(i + 1)->word->unit == TimeUnit::Quarter &&
               !ctx.at(i + 1)->word->unitPlural && !ctx.at(i + 1)->capitalized) {
        // "its fourth quarter", "for the seasonally slow third quarter": the quarter nearest the
        // anchor that the tense allows, unless a year follows.
        const int n = t.word->ordinal;
        q = u"Q"_s + QString::number(n);
        j = i + 2;
        const bool of = ctx.is(j, u"of");
        if (yearAt(ctx, of ? j + 1 : j) < 0 && ctx.resolver.hasYear()) {
            m.first = i;
            m.last = j;
            m.value = TemporalResolver::year(ctx.resolver.quarterYear(n, ctx.tense(i, j))) + u'-' + q;
            m.rule = u"date.quarter"_s;
            return true;
        }
    } else if (const int year = t.is(u"the") ? yearAt(ctx, i + 1) : -1;
               year > 0 && ctx.at(i + 2) && ctx.at(i + 2)->word && ctx.at(i + 2)->word->ordinal > 0 &&
               ctx.at(i + 2)->word->ordinal <= 4 && ctx.at(i + 3) && ctx.at(i + 3)->word &&
               ctx.at(i + 3)->word->unit == TimeUnit::Quarter && !ctx.at(i + 3)->word->unitPlural) {
        // "the 1988 second quarter"
        m.first = i;
        m.last = i + 4;
        m.value = TemporalResolver::year(year) + u"-Q"_s + QString::number(ctx.at(i + 2)->word->ordinal);
        m.rule = u"date.quarter"_s;
        return true;
    } else {
        return false;
    }
    const bool of = ctx.is(j, u"of");
    int y = yearAt(ctx, of ? j + 1 : j);
    m.first = i;
    m.last = y > 0 ? (of ? j + 2 : j + 1) : j;
    // Without a year the quarter is the one the tense points to, or unknown without an anchor.
    if (y < 0 && ctx.resolver.hasYear())
        y = q.at(0) == u'Q' ? ctx.resolver.quarterYear(q.mid(1).toInt(), ctx.tense(i, j))
                            : ctx.resolver.anchor().year();
    m.value = (y < 0 ? u"XXXX"_s : TemporalResolver::year(y)) + u'-' + q;
    m.rule = u"date.quarter"_s;
    return true;
}

} // namespace saywho::core
