#pragma once

#include "namephrase.h"

namespace saywho::core {

// A capitalized run read as a name: "US Secretary of State Anthony Blinken", "Mr. Obama", "the
// Elysee Palace", "CNN", "Marcia "Cia" Price". Titles and qualifiers before the name stay out of
// its head; places, named days, codes and ordinary words opening a sentence are no names.
class ProperName final
{
public:
    // Reads from token k; a result not found may still report tokens [first, last) consumed, so
    // that "Wayne" of "Fort Wayne" is not read again.
    static NamePhrase::Result find(const TokenText &tt, int k, int sentenceBegin, int sentenceEnd,
                                   const std::vector<bool> &used);
};

} // namespace saywho::core
