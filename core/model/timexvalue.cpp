#include "timexvalue.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saywho::core {

bool isValidTimexValue(QStringView value)
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

} // namespace saywho::core
