#include "timexvalue.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

bool matchesTimex3(QStringView value)
{
    static const QRegularExpression ref(u"^(PRESENT|PAST|FUTURE)_REF$"_s);
    static const QRegularExpression duration(
        u"^P(?:(?:[0-9]+(?:\\.[0-9]+)?|X+)(?:Y|M|W|D|Q|H|WE|DE|CE|ML|L))*"
        u"(?:T(?:(?:[0-9]+(?:\\.[0-9]+)?|X+)[HMS])+)?$"_s);
    static const QRegularExpression date(
        u"^(?:FY)?(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX|[0-9]{2,3}|XXXX|XX)" // year, decade, century
        u"(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?"  // month, day
        u"|-W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)(?:-(?:[1-7]|WE))?"         // week, weekday
        u"|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12X]|-WE)?"                     // season, quarter, half
        u"(?:T(?:(?:[01][0-9]|2[0-4]|XX)(?::(?:[0-5][0-9]|XX)(?::[0-5][0-9](?:\\.[0-9]+)?)?)?" // time
        u"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?|MO|MI|AF|EV|NI|DT))?$"_s); // zone, or a part of the day
    if (value.isEmpty())
        return false;
    if (value.endsWith(u"_REF"))
        return ref.match(value).hasMatch();
    if (value.startsWith(u'P'))
        return value.size() > 1 && value != u"PT" && duration.match(value).hasMatch();
    if (!date.match(value).hasMatch())
        return false;
    // Year 0000 does not exist in TIMEX3's calendar.
    return !value.startsWith(u"0000");
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Two digits from at in [low, high], or "XX".
bool twoDigitsOrX(QStringView v, qsizetype at, int low, int high)
{
    const QChar a = v.at(at), b = v.at(at + 1);
    if (a == u'X' && b == u'X')
        return true;
    if (!isAsciiDigit(a) || !isAsciiDigit(b))
        return false;
    const int n = (a.unicode() - u'0') * 10 + (b.unicode() - u'0');
    return n >= low && n <= high;
}

// "1998", "XXXX-02", "1998-02-20" (the regular expression's years, months and days, year 0000 left to
// it): most dates the tagger writes.
bool isPlainDate(QStringView v)
{
    if (v.size() != 4 && v.size() != 7 && v.size() != 10)
        return false;
    const bool unknownYear = v.startsWith(u"XXXX");
    if (!unknownYear) {
        for (qsizetype i = 0; i < 4; ++i)
            if (!isAsciiDigit(v.at(i)))
                return false;
        if (v.startsWith(u"0000"))
            return false;
    }
    if (v.size() >= 7 && (v.at(4) != u'-' || !twoDigitsOrX(v, 5, 1, 12)))
        return false;
    return v.size() < 10 || (v.at(7) == u'-' && twoDigitsOrX(v, 8, 1, 31));
}

// "P1D", "PXY", "PT30M": one count or X's and one unit.
bool isPlainDuration(QStringView v)
{
    qsizetype i = 1;
    const bool time = v.size() > 1 && v.at(1) == u'T';
    if (time)
        ++i;
    const qsizetype countBegin = i;
    if (i < v.size() && v.at(i) == u'X') {
        while (i < v.size() && v.at(i) == u'X')
            ++i;
    } else {
        while (i < v.size() && isAsciiDigit(v.at(i)))
            ++i;
    }
    if (i == countBegin || i + 1 != v.size())
        return false;
    const QChar unit = v.at(i);
    return time ? (unit == u'H' || unit == u'M' || unit == u'S')
                : (unit == u'Y' || unit == u'M' || unit == u'W' || unit == u'D' || unit == u'Q' ||
                   unit == u'H');
}

} // namespace

bool isValidTimexValue(QStringView value)
{
    // The common shapes without the regular expressions, whose matching costs a hundred times more.
    if (isPlainDate(value) || value == u"PRESENT_REF" || value == u"PAST_REF" || value == u"FUTURE_REF")
        return true;
    if (value.startsWith(u'P') && isPlainDuration(value))
        return true;
    return matchesTimex3(value);
}

} // namespace saywho::core
