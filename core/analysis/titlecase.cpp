#include "titlecase.h"

namespace saywho::core {

bool isTitleCase(const TokenText &tt, int first, int end)
{
    constexpr int MinWords = 3;
    constexpr int MaxTokens = 40; // headlines are short; most sentences need no look
    if (end - first > MaxTokens)
        return false;
    int words = 0;
    bool smallWordCapitalized = false;
    for (int k = first; k < end; ++k) {
        const Token &t = tt.at(k);
        if (t.kind != TokenKind::Word)
            continue;
        if (k > first && t.capitalized && !t.sentenceStart &&
            (t.classes & (WordClass::FunctionWord | WordClass::Preposition | WordClass::Determiner)))
            smallWordCapitalized = true;
        if (t.span.length() < 4 || (t.classes & WordClass::FunctionWord))
            continue;
        if (!t.capitalized)
            return false; // a lower-case word: sentence case, as almost every sentence
        ++words;
    }
    return smallWordCapitalized && words >= MinWords;
}

} // namespace saywho::core
