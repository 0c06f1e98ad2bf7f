#pragma once

#include "timeexpr.h"

#include <QString>

namespace saywho::core {

// Why value is not a TIMEX3 value of that type (TimeML 1.2.1 / ISO-TimeML), or an empty string.
// Placeholders (XXXX-02-20, P2X), day parts (2022-02-20TNI), weeks, quarters, seasons and the
// *_REF values are values; a value with a type it cannot have ("P3D" as a DATE) is not.
QString timex3Error(TimexType type, const QString &value);

} // namespace saywho::core
