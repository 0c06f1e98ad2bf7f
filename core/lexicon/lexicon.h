#pragma once

#include "../model/entity.h"

#include <QHash>
#include <QSet>
#include <QString>

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

    // Lemma of a speech verb form ("told" -> "tell"), or an empty string.
    QString speechVerbLemma(const QString &lower) const { return m_speechVerbs.value(lower); }
    bool isSpeechVerb(const QString &lower) const { return m_speechVerbs.contains(lower); }
    // Weak verbs ("called", "described") report speech only sometimes.
    bool isWeakSpeechVerb(const QString &lower) const { return m_weakSpeechVerbs.contains(lower); }
    bool isSpeechNoun(const QString &lower) const { return m_speechNouns.contains(lower); }
    bool isHonorific(const QString &lowerNoDot) const { return m_honorifics.contains(lowerNoDot); }
    Gender honorificGender(const QString &lowerNoDot) const { return m_honorifics.value(lowerNoDot); }
    bool isTitleWord(const QString &lowerNoDot) const { return m_titles.contains(lowerNoDot); }
    Gender titleGender(const QString &lowerNoDot) const { return m_titles.value(lowerNoDot); }
    bool isRoleNoun(const QString &lower) const { return m_roles.contains(lower); }
    RoleInfo role(const QString &lower) const { return m_roles.value(lower); }
    // Case-sensitive: "Jen" is a first name, "jen" is not.
    Gender firstNameGender(const QString &name) const { return m_firstNames.value(name, Gender::Unknown); }
    bool isFirstName(const QString &name) const { return m_firstNames.contains(name); }
    bool isOrganisation(const QString &name) const { return m_organisations.contains(name); }
    bool isOrgWord(const QString &word) const { return m_orgWords.contains(word); }
    bool isPlace(const QString &name) const { return m_places.contains(name); }
    bool isAbbreviation(const QString &lowerNoDot) const { return m_abbreviations.contains(lowerNoDot); }
    bool isFunctionWord(const QString &word) const { return m_functionWords.contains(word); }
    bool isTitleCue(const QString &lower) const { return m_titleCues.contains(lower); }
    // "scare", "nickname" or empty.
    QString scareCue(const QString &lower) const { return m_scareCues.value(lower); }

private:
    Lexicon();

    QHash<QString, QString> m_speechVerbs; // every speech verb form, weak ones included
    QSet<QString> m_weakSpeechVerbs;
    QSet<QString> m_speechNouns;
    QHash<QString, Gender> m_honorifics;
    QHash<QString, Gender> m_titles;
    QHash<QString, RoleInfo> m_roles;
    QHash<QString, Gender> m_firstNames;
    QSet<QString> m_organisations;
    QSet<QString> m_orgWords;
    QSet<QString> m_places;
    QSet<QString> m_abbreviations;
    QSet<QString> m_functionWords;
    QSet<QString> m_titleCues;
    QHash<QString, QString> m_scareCues;
};

} // namespace saywho::core
