#pragma once

#include "temporallexicon.h"

#include "../../model/segments.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace saywho::core {

class Document;

// The shape of a token that starts with a digit, parsed once so the rules compare integers.
enum class NumShape : std::uint8_t {
    None,
    Int,       // 24, 1998, 1,000 (commas dropped)
    Ordinal,   // 24th, 1st
    Decade,    // 1990s, '90s
    Clock,     // 10:30
    IsoDate,   // 2021-03-03
    SlashDate, // 03/03/2021, 3/3/21
    Fraction,  // 1/2
    NumUnit,   // 14-day, 16-hour (unit in TimexToken::tail)
    Other,     // 3-1, 2.5, 10th-century ...
};

// One token as the temporal rules see it: its span, its lexicon entry (found once by a hash
// lookup of its lower-case form), and for numbers their parsed value.
struct TimexToken
{
    int begin = 0;
    int end = 0;                        // excludes a possessive "'s" ("Friday's" -> "Friday")
    int fullEnd = 0;                    // the whole token
    const TemporalWord *full = nullptr; // entry of the whole lower-case token ("year's")
    const TemporalWord *word = nullptr; // entry without the possessive, or of the whole token
    const TemporalWord *head = nullptr; // hyphenated "late-November": "late"
    const TemporalWord *tail = nullptr; // ... and "november"; "14-day": "day"
    NumShape shape = NumShape::None;
    int n1 = -1, n2 = -1, n3 = -1; // parsed numbers, in the order written
    int digits = 0;                // digits of n1
    TokenKind kind = TokenKind::Word;
    bool capitalized = false;
    bool sentenceStart = false;
    bool possessive = false;
    bool pastForm = false;   // an unlisted word ending in -ed
    bool pluralForm = false; // an unlisted word ending in -s
    bool futureForm = false; // "he'll", "they'll"
    bool longSuffix = false; // "day-long": head is the unit
    bool punct = false;      // punctuation or symbol
    QChar first;             // first character, for punctuation checks

    // Compares with a lower-case literal; the length check spares most comparisons, and the rest
    // compare inline (the rules ask this tens of thousands of times per article).
    template <qsizetype N> bool is(const char16_t (&lower)[N]) const
    {
        if (!full || full->text.size() != N - 1)
            return false;
        const QChar *text = full->text.constData();
        for (qsizetype i = 0; i + 1 < N; ++i)
            if (text[i].unicode() != lower[i])
                return false;
        return true;
    }
    // True when a rule could start here: a known word, a number or a hyphenated compound.
    bool mayStart() const
    {
        return (full && full->starter) || (word && word->starter) || head || shape != NumShape::None;
    }
    bool isPunct(char16_t c) const { return punct && first == QChar(c) && end - begin == 1; }
};

// Builds TimexTokens for a range of document tokens, reusing one lower-case buffer so the scan
// allocates nothing per token.
class TimexTokens final
{
public:
    static QList<TimexToken> build(const Document &doc, int firstToken, int count);
};

} // namespace saywho::core
