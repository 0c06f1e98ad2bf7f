#include "temporalresolver.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

constexpr int FutureReach = 60; // days ahead a yearless date may lie without a future-tense cue

QString two(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

QDate easter(int y)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
              g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    return QDate(y, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
}

} // namespace

TemporalResolver::TemporalResolver(QDate anchor, bool yearKnown) : m_anchor(anchor), m_yearKnown(yearKnown) {}

QString TemporalResolver::ymd(int y, int m, int d)
{
    return year(y) + u'-' + two(m) + u'-' + two(d);
}

QString TemporalResolver::week(QDate d)
{
    int y = 0;
    const int w = d.weekNumber(&y);
    return year(y) + u"-W"_s + two(w);
}

QString TemporalResolver::day(QDate d) const
{
    if (!m_yearKnown)
        return u"XXXX-"_s + two(d.month()) + u'-' + two(d.day());
    return ymd(d.year(), d.month(), d.day());
}

QString TemporalResolver::dayOffset(int days) const
{
    if (!hasAnchor())
        return u"XXXX-XX-XX"_s;
    return day(m_anchor.addDays(days));
}

QString TemporalResolver::weekday(int isoDay, int rel, bool hasRel, Tense tense, QDate *date) const
{
    if (!hasYear())
        return u"XXXX-WXX-"_s + QString::number(isoDay);
    const int today = m_anchor.dayOfWeek();
    int delta = 0;
    if (hasRel && rel < 0) {
        delta = isoDay - today;
        if (delta >= 0)
            delta -= 7; // "last Friday" is never today
    } else if (hasRel && rel > 0) {
        delta = isoDay - today;
        if (delta <= 0)
            delta += 7;
    } else if (hasRel) {
        delta = isoDay - today; // "this Friday": the same ISO week
    } else {
        const int back = (today - isoDay + 7) % 7, ahead = (isoDay - today + 7) % 7;
        if (tense == Tense::Future)
            delta = ahead;
        else if (tense == Tense::Past)
            delta = -back;
        else
            delta = back <= ahead ? -back : ahead;
    }
    const QDate d = m_anchor.addDays(delta);
    if (date)
        *date = d;
    return day(d);
}

int TemporalResolver::chooseYear(int month, int dayOfMonth, Tense tense) const
{
    const int y0 = m_anchor.year();
    int best = 0, bestDist = 1 << 30;
    int bestTensed = 0, bestTensedDist = 1 << 30;
    for (int y = y0 - 1; y <= y0 + 1; ++y) {
        // Months compare by their first day against the anchor's month.
        const QDate d(y, month, dayOfMonth > 0 ? dayOfMonth : 1);
        const QDate a = dayOfMonth > 0 ? m_anchor : QDate(y0, m_anchor.month(), 1);
        if (!d.isValid())
            continue;
        const qint64 dist = a.daysTo(d);
        const int ad = int(std::llabs(dist));
        if (ad < bestDist) {
            bestDist = ad;
            best = y;
        }
        const bool fits = tense == Tense::Past ? dist <= 0 : tense == Tense::Future ? dist >= 0 : false;
        if (fits && ad < bestTensedDist) {
            bestTensedDist = ad;
            bestTensed = y;
        }
    }
    if (!best) {
        // Feb. 29 with no leap year next to the anchor: the nearest leap year, the past first
        for (int r = 2; r <= 4 && !best; ++r)
            best = QDate(y0 - r, month, dayOfMonth).isValid()   ? y0 - r
                   : QDate(y0 + r, month, dayOfMonth).isValid() ? y0 + r
                                                                : 0;
        return best;
    }
    if (bestTensed && bestTensedDist <= 330)
        return bestTensed;
    if (tense == Tense::Unknown) {
        // News mostly reports what happened: a yearless date far ahead more likely lies behind.
        const QDate ahead(best, month, dayOfMonth > 0 ? dayOfMonth : 1);
        const QDate a = dayOfMonth > 0 ? m_anchor : QDate(y0, m_anchor.month(), 1);
        if (a.daysTo(ahead) > FutureReach &&
            QDate(best - 1, month, dayOfMonth > 0 ? dayOfMonth : 1).isValid() &&
            a.daysTo(QDate(best - 1, month, dayOfMonth > 0 ? dayOfMonth : 1)) > -300)
            return best - 1;
    }
    return best;
}

QString TemporalResolver::month(int month, Tense tense) const
{
    if (!hasAnchor() || !m_yearKnown)
        return u"XXXX-"_s + two(month);
    return year(chooseYear(month, 0, tense == Tense::Present ? Tense::Unknown : tense)) + u'-' + two(month);
}

QString TemporalResolver::monthDay(int month, int dayOfMonth, Tense tense, QDate *date) const
{
    if (!hasAnchor() || !m_yearKnown)
        return u"XXXX-"_s + two(month) + u'-' + two(dayOfMonth);
    const int y = chooseYear(month, dayOfMonth, tense);
    if (date)
        *date = QDate(y, month, dayOfMonth);
    return ymd(y, month, dayOfMonth);
}

int TemporalResolver::quarterYear(int quarter, Tense tense) const
{
    // Companies report a quarter in the weeks after it ends, so "expects to report third-quarter
    // profit" in November is about the quarter just over: looking ahead, the first quarter not
    // ended more than ReportingLag days before the anchor; otherwise the last one already begun.
    constexpr int ReportingLag = 50;
    const int y0 = m_anchor.year();
    if (tense == Tense::Future) {
        const QDate end = QDate(y0, 3 * quarter, 1).addMonths(1).addDays(-1);
        return end.daysTo(m_anchor) > ReportingLag ? y0 + 1 : y0;
    }
    return QDate(y0, 3 * quarter - 2, 1) > m_anchor ? y0 - 1 : y0;
}

QString TemporalResolver::shifted(TimeUnit unit, int n) const
{
    if (!hasYear()) {
        switch (unit) {
        case TimeUnit::Day:
            return n == 0 || hasAnchor() ? dayOffset(n) : u"XXXX-XX-XX"_s;
        case TimeUnit::Week:
            return u"XXXX-WXX"_s;
        case TimeUnit::Weekend:
            return u"XXXX-WXX-WE"_s;
        case TimeUnit::Month:
            return u"XXXX-XX"_s;
        case TimeUnit::Quarter:
            return u"XXXX-QX"_s;
        case TimeUnit::Decade:
            return u"XXX"_s;
        case TimeUnit::Century:
            return u"XX"_s;
        default:
            return u"XXXX"_s;
        }
    }
    const QDate a = m_anchor;
    switch (unit) {
    case TimeUnit::Second:
    case TimeUnit::Minute:
    case TimeUnit::Hour:
        return day(a);
    case TimeUnit::Day:
        return day(a.addDays(n));
    case TimeUnit::Week:
        return week(a.addDays(7 * n));
    case TimeUnit::Weekend:
        return week(a.addDays(7 * n)) + u"-WE"_s;
    case TimeUnit::Month: {
        const QDate d = a.addMonths(n);
        return year(d.year()) + u'-' + two(d.month());
    }
    case TimeUnit::Quarter: {
        const QDate d = a.addMonths(3 * n);
        return year(d.year()) + u"-Q"_s + QString::number((d.month() - 1) / 3 + 1);
    }
    case TimeUnit::Year:
        return year(a.year() + n);
    case TimeUnit::Decade:
        return QString::number((a.year() + 10 * n) / 10) + u'X';
    case TimeUnit::Century:
        return QString::number((a.year() + 100 * n) / 100);
    case TimeUnit::None:
        break;
    }
    return {};
}

QString TemporalResolver::weekend(int rel, bool hasRel, Tense tense) const
{
    if (!hasYear())
        return u"XXXX-WXX-WE"_s;
    int n = hasRel ? rel : 0;
    if (!hasRel && tense == Tense::Past && m_anchor.dayOfWeek() < 6)
        n = -1;
    return shifted(TimeUnit::Weekend, n);
}

QString TemporalResolver::season(const QString &code, int rel, bool hasRel, Tense tense) const
{
    if (!hasYear())
        return u"XXXX-"_s + code;
    static const QHash<QString, int> middle = {{u"SP"_s, 4}, {u"SU"_s, 7}, {u"FA"_s, 10}, {u"WI"_s, 1}};
    const int m = middle.value(code, 7);
    const int cur = m_anchor.month();
    int y = m_anchor.year();
    const bool isPast = m + 1 < cur, isFuture = m - 1 > cur;
    if (hasRel && rel < 0)
        y = isPast ? y : y - 1;
    else if (hasRel && rel > 0)
        y = isFuture ? y : y + 1;
    else if (!hasRel && tense == Tense::Past && isFuture)
        y -= 1;
    else if (!hasRel && tense == Tense::Future && isPast)
        y += 1;
    if (code == u"WI" && cur >= 11 && !(hasRel && rel < 0))
        y += 0; // "this winter" in December: the winter that starts this year
    return year(y) + u'-' + code;
}

QDate TemporalResolver::holidayDate(int rule, int y, int a, int b, int c)
{
    if (!QDate(y, 1, 1).isValid())
        return {}; // no year 0: the weekday searches below need a real calendar
    using R = TemporalPhrase::Rule;
    switch (R(rule)) {
    case R::HolidayFixed:
        return QDate(y, a, b);
    case R::HolidayEaster:
        return easter(y).addDays(a);
    case R::HolidayElection: {
        QDate d(y, 11, 2); // the Tuesday after the first Monday: Nov 2..8
        while (d.dayOfWeek() != 2)
            d = d.addDays(1);
        return d;
    }
    case R::HolidayNth: {
        if (b < 1 || b > 7 || !QDate(y, a, 1).isValid())
            return {};
        if (c > 0) {
            QDate d(y, a, 1);
            while (d.dayOfWeek() != b)
                d = d.addDays(1);
            return d.addDays(7 * (c - 1));
        }
        QDate d = QDate(y, a, 1).addMonths(1).addDays(-1);
        while (d.dayOfWeek() != b)
            d = d.addDays(-1);
        return d;
    }
    default:
        return {};
    }
}

QString TemporalResolver::holiday(int rule, int a, int b, int c, int rel, bool hasRel, Tense tense,
                                  QDate *date) const
{
    if (!hasYear()) {
        const QDate d = holidayDate(rule, 2001, a, b, c);
        return TemporalPhrase::Rule(rule) == TemporalPhrase::Rule::HolidayFixed
                   ? u"XXXX-"_s + two(d.month()) + u'-' + two(d.day())
                   : u"XXXX-XX-XX"_s;
    }
    const int y0 = m_anchor.year();
    int y = y0;
    const QDate thisYear = holidayDate(rule, y0, a, b, c);
    if (hasRel && rel < 0)
        y = thisYear < m_anchor ? y0 : y0 - 1;
    else if (hasRel && rel > 0)
        y = thisYear > m_anchor ? y0 : y0 + 1;
    else if (tense == Tense::Past && thisYear > m_anchor.addDays(7))
        y = y0 - 1;
    else if (tense == Tense::Future && thisYear < m_anchor.addDays(-7))
        y = y0 + 1;
    else if (tense == Tense::Unknown && m_anchor.daysTo(thisYear) > 240)
        y = y0 - 1;
    const QDate d = holidayDate(rule, y, a, b, c);
    if (!d.isValid())
        return u"XXXX-XX-XX"_s;
    if (date)
        *date = d;
    return day(d);
}

QString TemporalResolver::duration(TimeUnit unit, int n)
{
    const QString q = n < 0 ? u"X"_s : QString::number(n);
    switch (unit) {
    case TimeUnit::Second:
        return u"PT"_s + q + u'S';
    case TimeUnit::Minute:
        return u"PT"_s + q + u'M';
    case TimeUnit::Hour:
        return u"PT"_s + q + u'H';
    case TimeUnit::Day:
        return u"P"_s + q + u'D';
    case TimeUnit::Week:
        return u"P"_s + q + u'W';
    case TimeUnit::Weekend:
        return n < 0 ? u"PXWE"_s : u"P"_s + QString::number(2 * n) + u'D';
    case TimeUnit::Month:
        return u"P"_s + q + u'M';
    case TimeUnit::Quarter:
        return n < 0 ? u"PXQ"_s : u"P"_s + QString::number(3 * n) + u'M';
    case TimeUnit::Year:
        return u"P"_s + q + u'Y';
    case TimeUnit::Decade:
        return n < 0 ? u"PXY"_s : u"P"_s + QString::number(10 * n) + u'Y';
    case TimeUnit::Century:
        return n < 0 ? u"PXY"_s : u"P"_s + QString::number(100 * n) + u'Y';
    case TimeUnit::None:
        break;
    }
    return {};
}

} // namespace saywho::core
