#include "titlecase.h"

#include "../lexicon/lexicon.h"

namespace saywho::core {

namespace {

// The longer words of tokens [first, end) when every one of them is capitalized, else -1.
// lowerWord: some lower-case word is not one of title case's small words.
int capitalizedWords(const TokenText &tt, int first, int end, bool &smallWordCapitalized, bool &lowerWord)
{
    const Lexicon &lex = Lexicon::instance();
    int words = 0;
    smallWordCapitalized = false;
    lowerWord = false;
    for (int k = first; k < end; ++k) {
        const Token &t = tt.at(k);
        if (t.kind != TokenKind::Word)
            continue;
        if (k > first && t.capitalized && !t.sentenceStart &&
            (t.classes & (WordClass::FunctionWord | WordClass::Preposition | WordClass::Determiner)))
            smallWordCapitalized = true;
        if (!lowerWord && !t.capitalized && !lex.isHeadlineSmallWord(tt.view(k)))
            lowerWord = true; // "met", "did": sentence case, as almost every sentence
        if (t.span.length() < 4 || (t.classes & WordClass::FunctionWord))
            continue;
        if (!t.capitalized)
            return -1;
        ++words;
    }
    return words;
}

} // namespace

bool isTitleCase(const TokenText &tt, int first, int end)
{
    constexpr int MinWords = 3;
    // "Visa Program Up for Renewal Amid Allegations of Fraud": with this many longer words, all
    // capitalized, a line is a headline even when its small words stay lower-case.
    constexpr int ManyWords = 4;
    constexpr int MaxTokens = 40; // headlines are short; most sentences need no look
    if (end - first > MaxTokens)
        return false;
    bool smallWordCapitalized = false;
    bool lowerWord = false;
    const int words = capitalizedWords(tt, first, end, smallWordCapitalized, lowerWord);
    return (smallWordCapitalized && words >= MinWords) || (!lowerWord && words >= ManyWords);
}

bool isHeading(const TokenText &tt, int first, int end)
{
    constexpr int MinWords = 2;
    constexpr int MaxTokens = 8;
    bool smallWordCapitalized = false;
    bool lowerWord = false;
    return end - first <= MaxTokens &&
           capitalizedWords(tt, first, end, smallWordCapitalized, lowerWord) >= MinWords && !lowerWord;
}

} // namespace saywho::core
