#include "timex3.h"

#include "timexvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// Digits or X placeholders, the shapes TimeML gives to calendar values; FY before a year is a fiscal
// one (FY2016), as the engine writes it.
// year, decade (197, 197X), century (19, 19XX); unknown digits only at the end
const QString Year = u"(?:[0-9]{4}|[0-9]{3}X|[0-9]{2}XX|[0-9]X{3}|X{4}|[0-9]{2,3}|XX)"_s;
const QString DatePart = u"(?:(?:FY)?%1(?:-(?:(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12][0-9]|3[01]|XX))?"
                         u"|W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)(?:-(?:WE|[1-7]|X))?"
                         u"|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)"_s.arg(Year);
const QString Clock =
    u"T(?:(?:[01][0-9]|2[0-4]|XX)(?::(?:[0-5][0-9]|XX)(?::(?:[0-5][0-9]|XX)(?:\\.[0-9]+)?)?)?"
    u"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?|MO|MI|AF|EV|NI|DT)"_s;
const QString Number = u"(?:[0-9]+(?:\\.[0-9]+)?|X+)"_s;
const QString Duration =
    u"P(?:%1(?:Y|M|W|D|DE|CE|ML|L|Q|H|WE)){1,4}(?:T(?:%1[HMS]){1,3})?|PT(?:%1[HMS]){1,3}"_s.arg(Number);
const QString Ref = u"(?:PRESENT_REF|PAST_REF|FUTURE_REF)"_s;

bool matches(const QString &pattern, const QString &value)
{
    const QRegularExpression re(u"\\A(?:"_s + pattern + u")\\z"_s);
    return re.match(value).hasMatch();
}

} // namespace

// The messages' translation context.
class Timex3
{
    Q_DECLARE_TR_FUNCTIONS(saywho::core::Timex3)
};

namespace {

bool hasShape(TimexType type, const QString &value)
{
    switch (type) {
    case TimexType::Date:
        return matches(DatePart + u"|"_s + Ref, value);
    case TimexType::Time:
        return matches(u"(?:%1)?%2"_s.arg(DatePart, Clock) + u"|"_s + Ref, value);
    case TimexType::Duration:
        return matches(Duration, value);
    case TimexType::Set:
        return matches(Duration + u"|(?:%1)?(?:%2)?"_s.arg(DatePart, Clock), value);
    }
    return false;
}

QString shapeError(TimexType type, const QString &value)
{
    switch (type) {
    case TimexType::Date:
        return Timex3::tr(
                   "'%1' is not a TIMEX3 date: write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, a season "
                   "(2022-SU) or PRESENT_REF, PAST_REF, FUTURE_REF; X for unknown digits.")
            .arg(value);
    case TimexType::Time:
        return Timex3::tr(
                   "'%1' is not a TIMEX3 time: write a date followed by T and hh:mm, or by a part of the day "
                   "(TMO, TAF, TEV, TNI), as in 2022-02-20T14:30 or 2022-02-20TNI.")
            .arg(value);
    case TimexType::Duration:
        return Timex3::tr(
                   "'%1' is not a TIMEX3 duration: write P followed by amounts, as in P3D, P2Y6M, PT4H or "
                   "P1W; "
                   "X for an unknown amount (PXY).")
            .arg(value);
    case TimexType::Set:
        return Timex3::tr(
                   "'%1' is not a TIMEX3 set value: write a period (P1W) or a recurring date (XXXX-WXX-1).")
            .arg(value);
    }
    return Timex3::tr("Unknown date type.");
}

} // namespace

QString timex3Error(TimexType type, const QString &value)
{
    if (value.isEmpty())
        return Timex3::tr("A date needs a value.");
    // The shape of its type, and a value by the check every exported and imported value passes
    // (isValidTimexValue: no year 0000, unknown digits only at a year's end), so that what an edit
    // lets through is never refused later.
    if (hasShape(type, value) && isValidTimexValue(value))
        return {};
    return shapeError(type, value);
}

} // namespace saywho::core
