#pragma once

#include "provenance.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace saywho::core {

enum class EntityKind : std::uint8_t { Person, Organization, Group };
enum class Gender : std::uint8_t { Unknown, Male, Female };

// A person, organisation or group that the article mentions; mentions point to it by id.
struct Entity
{
    int id = 0;
    QString name;        // canonical: the longest proper name seen
    QStringList aliases; // other names seen (surname, title + surname, misspellings)
    QStringList roles;   // role nouns bound by apposition ("president", "foreign minister")
    EntityKind kind = EntityKind::Person;
    Gender gender = Gender::Unknown;
    bool anonymous = false; // "a White House official"
    Provenance provenance;
    // Names the user gave this entity (merged in, renamed from): an entity the engine finds again
    // under one of them after a re-analysis is folded into this one, so a merge stays merged.
    QStringList claims;

    friend bool operator==(const Entity &, const Entity &) = default;
};

QString entityKindName(EntityKind kind);

} // namespace saywho::core
