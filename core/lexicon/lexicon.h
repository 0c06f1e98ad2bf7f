#pragma once

#include "../model/entity.h"

#include "wordclass.h"
#include "wordset.h"

#include <QString>
#include <QStringView>

namespace saywho::core {

struct RoleInfo
{
    EntityKind kind = EntityKind::Person;
    Gender gender = Gender::Unknown;
};

// The word lists behind the quote and speaker rules, loaded once from resources/lexicon and never
// changed afterwards, so every thread can read it. Lookups take lower-case keys unless they say
// otherwise.
class Lexicon final
{
public:
    static const Lexicon &instance();

    // WordClass bits of a word as written (see wordclass.h).
    quint32 classesOf(QStringView word) const;

    // Lemma of a speech verb form ("told" -> "tell"), or an empty string.
    QString speechVerbLemma(QStringView lower) const { return m_speechVerbs.value(lower); }
    bool isSpeechVerb(QStringView lower) const { return m_speechVerbs.contains(lower); }
    // Weak verbs ("called", "described") report speech only sometimes.
    bool isWeakSpeechVerb(QStringView lower) const { return m_weakSpeechVerbs.contains(lower); }
    bool isSpeechNoun(QStringView lower) const { return m_speechNouns.contains(lower); }
    bool isHonorific(QStringView lowerNoDot) const { return m_honorifics.contains(lowerNoDot); }
    Gender honorificGender(QStringView lowerNoDot) const { return m_honorifics.value(lowerNoDot); }
    bool isTitleWord(QStringView lowerNoDot) const { return m_titles.contains(lowerNoDot); }
    Gender titleGender(QStringView lowerNoDot) const { return m_titles.value(lowerNoDot); }
    bool isRoleNoun(QStringView lower) const { return m_roles.contains(lower); }
    RoleInfo role(QStringView lower) const { return m_roles.value(lower); }
    // First word of a multi-word role ("secretary" of "secretary of state").
    bool isRolePrefix(QStringView lower) const { return m_rolePrefixes.contains(lower); }
    // Case-sensitive: "Jen" is a first name, "jen" is not. Function words are listed capitalized
    // and lower case.
    Gender firstNameGender(QStringView name) const { return m_firstNames.value(name, Gender::Unknown); }
    bool isFirstName(QStringView name) const { return m_firstNames.contains(name); }
    bool isOrganisation(QStringView name) const { return m_organisations.contains(name); }
    // First word of a multi-word organisation or place ("White" of "White House").
    bool startsMultiWordName(QStringView word) const { return m_multiWordStarts.contains(word); }
    bool isOrgWord(QStringView word) const { return m_orgWords.contains(word); }
    bool isPlace(QStringView name) const { return m_places.contains(name); }
    bool isAbbreviation(QStringView lowerNoDot) const { return m_abbreviations.contains(lowerNoDot); }
    bool isFunctionWord(QStringView word) const { return m_functionWords.contains(word); }
    bool isTitleCue(QStringView lower) const { return m_titleCues.contains(lower); }
    // "star", "podcast": a noun after a quoted title-case name that makes it a work's title.
    bool isTitleFollower(QStringView lower) const { return m_titleFollowers.contains(lower); }
    // "for", "of", "amid": the small words title case leaves in lower case.
    bool isHeadlineSmallWord(QStringView lower) const { return m_headlineSmallWords.contains(lower); }
    // "christmas", "labor day": a holiday's name (temporal_holidays), never a person's.
    bool isHoliday(QStringView lower) const { return m_holidays.contains(lower); }
    // "scare", "nickname" or empty.
    QString scareCue(QStringView lower) const { return m_scareCues.value(lower); }

private:
    Lexicon();

    WordTable<QString> m_speechVerbs; // every speech verb form, weak ones included
    WordSet m_weakSpeechVerbs;
    WordSet m_speechNouns;
    WordTable<Gender> m_honorifics;
    WordTable<Gender> m_titles;
    WordTable<RoleInfo> m_roles;
    WordSet m_rolePrefixes;
    WordTable<Gender> m_firstNames;
    WordSet m_organisations;
    WordSet m_multiWordStarts;
    WordSet m_orgWords;
    WordSet m_places;
    WordSet m_abbreviations;
    WordSet m_functionWords;
    WordSet m_titleCues;
    WordSet m_titleFollowers;
    WordSet m_headlineSmallWords;
    WordSet m_holidays;
    WordTable<QString> m_scareCues;
    WordSet m_fillers;
    WordSet m_determiners;
    WordSet m_connectors;
    WordSet m_prepositions;
    // Classes keyed in lower case: `any` whatever the case of the token, `cap` only when it is
    // capitalized (names, places, organisations).
    struct Classes
    {
        quint32 any = 0;
        quint32 cap = 0;
    };
    WordTable<Classes> m_classes;

    void buildClasses();
};

} // namespace saywho::core
