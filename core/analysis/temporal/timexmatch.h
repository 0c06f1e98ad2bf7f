#pragma once

#include "../../model/timeexpr.h"

#include <QDate>
#include <QString>

namespace saywho::core {

// One expression a rule found: tokens [first, last), optionally trimmed to [begin, end) inside
// them (a possessive, a hyphenated prefix), with its type, value and the rule's name.
struct TimexMatch
{
    int first = 0;
    int last = 0;
    int begin = -1;
    int end = -1;
    int skipTo = -1; // tokens read but left outside the span: "October [this year]"
    TimexType type = TimexType::Date;
    QString value;
    QString rule;
    QDate date; // the day it names, when it names one: the anchor for "the next day"
};

} // namespace saywho::core
