#pragma once

#include "tokentext.h"

#include <vector>

namespace saywho::core {

// Drops the lone capitalized words opening a sentence that read as ordinary words ("Think of
// that.", "Preys on …", "Check …"): those followed by a preposition or determiner, or that the
// article also writes in lower case, unless the article names them so elsewhere (mid-sentence, or
// inside a longer name) or they are known first names. headToken holds the first token of each
// mention's head and is kept in step.
void dropSentenceInitialWords(const TokenText &tt, QList<Mention> &mentions, std::vector<int> &headToken);

} // namespace saywho::core
