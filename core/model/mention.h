#pragma once

#include "entity.h"
#include "provenance.h"
#include "span.h"

#include <cstdint>

namespace saywho::core {

enum class MentionKind : std::uint8_t {
    Name,      // Anthony Blinken, Psaki, the White House
    Pronoun,   // he, she, they
    Nominal,   // the minister, the official
    Anonymous, // a White House official, U.S. officials
};

struct Mention
{
    int id = 0; // stable: survives edits, re-analysis, saving and loading
    Span span;  // the words that refer (titles included: "US Secretary of State Anthony Blinken")
    Span head;  // the name or noun inside the span that carries the reference ("Anthony Blinken")
    MentionKind kind = MentionKind::Name;
    EntityKind entityKind = EntityKind::Person; // what the words say it refers to
    Gender gender = Gender::Unknown;            // from a first name, honorific, pronoun or role noun
    int entity = 0;                             // Entity::id, 0 when unresolved
    Provenance provenance;

    friend bool operator==(const Mention &, const Mention &) = default;
};

// "name", "pronoun", "nominal", "anonymous".
QString mentionKindName(MentionKind kind);

} // namespace saywho::core
