#pragma once

#include "tokentext.h"

namespace saywho::core {

// Whether tokens [first, end) are a title-case headline ("Chris Christie Calls Hillary Clinton
// ‘A Disgrace’ Over Police Shooting Comments"): every longer word capitalized and a small word
// ("As", "Over", "With") too, which only title case does, or four longer words or more all
// capitalized ("Visa Program Up for Renewal Amid Allegations of Fraud"). There, capitals mark no names.
bool isTitleCase(const TokenText &tt, int first, int end);

// Whether tokens [first, end), a paragraph of their own, are a section heading ("Human Rights.",
// "FULL TEXT.", "An Ambitious, Divisive Legacy."): a few words, every longer one capitalized.
bool isHeading(const TokenText &tt, int first, int end);

} // namespace saywho::core
