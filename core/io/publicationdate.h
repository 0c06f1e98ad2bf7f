#pragma once

#include <QDate>

namespace saywho::core {

// A publication date a page or a sidecar may give: from 1800 to tomorrow (a time zone ahead).
// Anything else (Go's zero time "0001-01-01", a typo's year 20222) is a placeholder or a mistake,
// and would anchor every relative date of the article to nonsense.
inline bool isPlausiblePublicationDate(QDate d, QDate today = QDate::currentDate())
{
    return d.isValid() && d.year() >= 1800 && d <= today.addDays(1);
}

} // namespace saywho::core
