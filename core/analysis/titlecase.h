#pragma once

#include "tokentext.h"

namespace saywho::core {

// Whether tokens [first, end) are a title-case headline ("Chris Christie Calls Hillary Clinton
// ‘A Disgrace’ Over Police Shooting Comments"): every longer word capitalized and a small word
// ("As", "Over", "With") too, which only title case does. There, capitals mark no names.
bool isTitleCase(const TokenText &tt, int first, int end);

} // namespace saywho::core
