#pragma once

#include "../model/mention.h"

#include <vector>

namespace saywho::core {

class TokenText;

// The phrase rules behind MentionFinder for roles and groups (names: ProperName): where one starts
// and ends, and what it refers to. Each function looks at tokens from k and reports the tokens it consumed.
class NamePhrase final
{
public:
    struct Result
    {
        bool found = false;
        Mention mention;
        int first = 0; // tokens [first, last) belong to the mention
        int last = 0;
    };

    // "the minister", "the French president", "a White House official", "the former secretary of state".
    static Result roleAfterDeterminer(const TokenText &tt, int k, int sentenceEnd,
                                      const std::vector<bool> &used);
    // "Obama's former campaign strategist": a role owned by a name (the mention is the role).
    static Result roleAfterPossessive(const TokenText &tt, int k, int sentenceBegin,
                                      const std::vector<bool> &used);
    // "U.S. officials", "senior administration officials", "critics".
    static Result bareGroup(const TokenText &tt, int k, int sentenceBegin, const std::vector<bool> &used);
    // Length (1-3) of a multi-word role starting at k ("secretary of state"), 0 when none.
    static int roleLength(const TokenText &tt, int k, int end);
};

} // namespace saywho::core
