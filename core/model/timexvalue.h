#pragma once

#include <QStringView>

namespace saywho::core {

// Whether value is a well-formed TIMEX3 value (TimeML 1.2.1, ISO 8601 with its X placeholders):
// a date or time ("2022-02-20", "1998-W07-WE", "201X", "2022-Q3", "XXXX-XX-XXT10:30",
// "2022-02-20TNI", "FY2023"), a duration ("P3Y", "PT1H30M", "PXWE"), or PRESENT_REF, PAST_REF, FUTURE_REF.
// Years are 0001-9999: a value such as "00-1-12-31TNI" is not one.
bool isValidTimexValue(QStringView value);

} // namespace saywho::core
