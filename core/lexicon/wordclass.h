#pragma once

#include <QtGlobal>

namespace saywho::core {

// Lexical classes of a token, looked up once by the tokenizer and kept on Token::classes, so the
// rule stages test bits instead of hashing the same word again and again.
namespace WordClass {
enum : quint32 {
    // Matched as written (case-sensitive)
    FunctionWord = 1u << 0,
    Place = 1u << 1,
    OrgName = 1u << 2, // a known organisation written as one word (CNN, Kremlin)
    OrgWord = 1u << 3, // Department, Party, Times
    FirstName = 1u << 4,
    MultiStart = 1u << 5, // first word of a multi-word organisation or place
    // Matched in lower case
    SpeechVerb = 1u << 6,
    WeakSpeechVerb = 1u << 7,
    Determiner = 1u << 8,
    Connector = 1u << 9,
    Filler = 1u << 10,
    TitleCue = 1u << 11,
    SpeechNoun = 1u << 12,
    // Matched in lower case without a final period or possessive ("Sen." "president's")
    Honorific = 1u << 13,
    Title = 1u << 14,
    RoleNoun = 1u << 15,
    RolePrefix = 1u << 16,
    Abbreviation = 1u << 17,
    GroupNoun = 1u << 18,
    Preposition = 1u << 19,
    // Any word of the temporal word lists (resources/lexicon/temporal_*.txt): only tokens with this
    // bit need the date stage's own lookup.
    Temporal = 1u << 20,
    // Capitalized: ends the name of a place, law, plan or event ("Bay", "Amendment", "Plan").
    ThingHead = 1u << 21,
};
}

} // namespace saywho::core
