#pragma once

#include "provenance.h"
#include "span.h"

#include <QString>

#include <cstdint>

namespace saywho::core {

enum class TimexType : std::uint8_t { Date, Time, Duration, Set };

// A TIMEX3 expression with its normalized value ("2022-02-20TNI", "P3Y", "PAST_REF").
struct TimeExpr
{
    int id = 0;
    Span span;
    TimexType type = TimexType::Date;
    QString value;
    Provenance provenance;

    friend bool operator==(const TimeExpr &, const TimeExpr &) = default;
};

QString timexTypeName(TimexType type);

} // namespace saywho::core
