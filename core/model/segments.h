#pragma once

#include "span.h"

#include <QtGlobal>

#include <cstdint>

namespace saywho::core {

enum class TokenKind : std::uint8_t { Word, Number, Punct, QuoteMark, Symbol };

struct Token
{
    Span span;
    TokenKind kind = TokenKind::Word;
    bool capitalized = false; // first character is an upper-case letter
    bool sentenceStart = false;
    bool hyphenated = false; // "full-scale", "late-November", "2021-03-03"
    quint32 classes = 0;     // WordClass bits from the lexicon (words only)

    friend bool operator==(const Token &, const Token &) = default;
};

struct Sentence
{
    Span span;
    int firstToken = 0; // index into Document::tokens()
    int tokenCount = 0;

    friend bool operator==(const Sentence &, const Sentence &) = default;
};

struct Paragraph
{
    Span span;
    bool excluded = false; // trailing boilerplate ("See also", comment forms): shown dimmed, not analysed

    friend bool operator==(const Paragraph &, const Paragraph &) = default;
};

} // namespace saywho::core
