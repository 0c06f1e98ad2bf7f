#include "lexicon.h"

#include "wordlistfile.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

Gender genderFrom(const QString &code)
{
    if (code == u"m")
        return Gender::Male;
    if (code == u"f")
        return Gender::Female;
    return Gender::Unknown;
}

void fillWords(WordSet &set, const QString &name)
{
    for (const QString &w : WordListFile::words(name))
        set.insert(w, true);
}

void fillLines(WordSet &set, const QString &name)
{
    for (const QStringList &row : WordListFile::rows(name))
        set.insert(row.first(), true);
}

// Every word the temporal word lists hold, as the date stage's lexicon reads them: the first column
// of the table files (each word of a phrase such as "new year's day") and all of the plain lists.
QStringList temporalWords()
{
    QStringList out;
    for (const char16_t *table :
         {u"temporal_months", u"temporal_weekdays", u"temporal_numbers", u"temporal_ordinals",
          u"temporal_units", u"temporal_dayparts", u"temporal_seasons", u"temporal_modifiers",
          u"temporal_tense", u"temporal_phrases", u"temporal_holidays"})
        for (const QStringList &row : WordListFile::rows(QString::fromUtf16(table)))
            if (!row.isEmpty())
                out += row.first().split(u' ', Qt::SkipEmptyParts);
    for (const char16_t *list : {u"temporal_timezones", u"temporal_words", u"temporal_starters"})
        out += WordListFile::words(QString::fromUtf16(list));
    return out;
}

} // namespace

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon; // initialised once, thread-safe, read-only afterwards
    return lexicon;
}

Lexicon::Lexicon()
{
    for (const QStringList &row : WordListFile::rows(u"speech_verbs"_s)) {
        const QStringList forms = row.first().split(u' ', Qt::SkipEmptyParts);
        for (const QString &f : forms)
            m_speechVerbs.insert(f, forms.first());
    }
    for (const QStringList &row : WordListFile::rows(u"speech_verbs_weak"_s)) {
        const QStringList forms = row.first().split(u' ', Qt::SkipEmptyParts);
        for (const QString &f : forms) {
            m_speechVerbs.insert(f, forms.first());
            m_weakSpeechVerbs.insert(f, true);
        }
    }
    fillLines(m_speechNouns, u"speech_nouns"_s);
    for (const QStringList &row : WordListFile::rows(u"honorifics"_s))
        m_honorifics.insert(row.first(), genderFrom(row.value(1)));
    for (const QStringList &row : WordListFile::rows(u"titles"_s))
        m_titles.insert(row.first(), genderFrom(row.value(1)));
    for (const QStringList &row : WordListFile::rows(u"role_nouns"_s)) {
        RoleInfo info;
        const QString kind = row.value(1);
        info.kind = kind == u"g"   ? EntityKind::Group
                    : kind == u"o" ? EntityKind::Organization
                                   : EntityKind::Person;
        info.gender = genderFrom(row.value(2));
        m_roles.insert(row.first(), info);
        if (row.first().contains(u' '))
            m_rolePrefixes.insert(row.first().section(u' ', 0, 0), true);
    }
    for (const QString &n : WordListFile::words(u"first_names_male"_s))
        m_firstNames.insert(n, Gender::Male);
    for (const QString &n : WordListFile::words(u"first_names_female"_s)) {
        // A name used for both (Kim, Jean, Andrea) tells nothing about gender.
        Gender *g = m_firstNames.find(n);
        if (g && *g == Gender::Male)
            *g = Gender::Unknown;
        else
            m_firstNames.insert(n, Gender::Female);
    }
    fillLines(m_organisations, u"organisations"_s);
    for (const QStringList &row : WordListFile::rows(u"organisations"_s))
        if (row.first().contains(u' '))
            m_multiWordStarts.insert(row.first().section(u' ', 0, 0), true);
    for (const QString &w : WordListFile::words(u"places"_s))
        if (w.contains(u' '))
            m_multiWordStarts.insert(w.section(u' ', 0, 0), true);
    fillWords(m_orgWords, u"org_words"_s);
    fillWords(m_places, u"places"_s);
    fillWords(m_abbreviations, u"abbreviations"_s);
    for (const QString &w : WordListFile::words(u"function_words"_s)) {
        m_functionWords.insert(w, true);
        m_functionWords.insert(w.toLower(), true);
    }
    fillWords(m_titleCues, u"title_cues"_s);
    fillWords(m_titleFollowers, u"title_followers"_s);
    fillWords(m_headlineSmallWords, u"headline_small_words"_s);
    fillLines(m_holidays, u"temporal_holidays"_s);
    for (const QStringList &row : WordListFile::rows(u"scare_cues"_s))
        m_scareCues.insert(row.first(), row.value(1));
    fillWords(m_fillers, u"fillers"_s);
    fillWords(m_determiners, u"determiners"_s);
    fillWords(m_connectors, u"name_connectors"_s);
    fillWords(m_prepositions, u"prepositions"_s);
    buildClasses();
}

void Lexicon::buildClasses()
{
    auto mark = [this](const QString &word, quint32 cls, bool capitalizedOnly) {
        if (word.contains(u' '))
            return;
        const QString key = word.toLower();
        Classes *c = m_classes.find(key);
        if (!c) {
            m_classes.insert(key, Classes());
            c = m_classes.find(key);
        }
        (capitalizedOnly ? c->cap : c->any) |= cls;
    };
    auto markAll = [&](const QStringList &words, quint32 cls, bool capitalizedOnly) {
        for (const QString &w : words)
            mark(w, cls, capitalizedOnly);
    };
    // Function words are listed capitalized and in lower case; both count whatever the case.
    markAll(m_functionWords.keys(), WordClass::FunctionWord, false);
    markAll(m_places.keys(), WordClass::Place, true);
    markAll(m_organisations.keys(), WordClass::OrgName, true);
    markAll(m_orgWords.keys(), WordClass::OrgWord, true);
    markAll(m_firstNames.keys(), WordClass::FirstName, true);
    markAll(m_multiWordStarts.keys(), WordClass::MultiStart, true);
    markAll(m_speechVerbs.keys(), WordClass::SpeechVerb, false);
    markAll(m_weakSpeechVerbs.keys(), WordClass::WeakSpeechVerb, false);
    markAll(m_determiners.keys(), WordClass::Determiner, false);
    markAll(m_connectors.keys(), WordClass::Connector, false);
    markAll(m_fillers.keys(), WordClass::Filler, false);
    markAll(m_prepositions.keys(), WordClass::Preposition, false);
    markAll(m_titleCues.keys(), WordClass::TitleCue, false);
    markAll(m_speechNouns.keys(), WordClass::SpeechNoun, false);
    markAll(m_honorifics.keys(), WordClass::Honorific, false);
    markAll(m_titles.keys(), WordClass::Title, false);
    markAll(m_roles.keys(), WordClass::RoleNoun, false);
    markAll(m_rolePrefixes.keys(), WordClass::RolePrefix, false);
    markAll(m_abbreviations.keys(), WordClass::Abbreviation, false);
    markAll(WordListFile::words(u"thing_heads"_s), WordClass::ThingHead, true);
    markAll(temporalWords(), WordClass::Temporal, false);
    for (const QString &r : m_roles.keys())
        if (m_roles.value(r).kind == EntityKind::Group)
            mark(r, WordClass::GroupNoun, false);
}

quint32 Lexicon::classesOf(QStringView word) const
{
    const bool capitalized = !word.isEmpty() && word.at(0).isUpper();
    const LowerWord lower(word);
    const Classes c = m_classes.valueHashed(lower.view(), lower.hash());
    quint32 bits = c.any | (capitalized ? c.cap : 0);
    // "Sen." and "president's": the bare word's classes count too.
    QStringView bare = word;
    if (bare.size() > 1 && bare.endsWith(u'.'))
        bare.chop(1);
    if (bare.size() > 2 && (bare.at(bare.size() - 2) == u'\'' || bare.at(bare.size() - 2) == QChar(0x2019)) &&
        (bare.at(bare.size() - 1) == u's' || bare.at(bare.size() - 1) == u'S'))
        bare.chop(2);
    if (bare.size() != word.size()) {
        const LowerWord lowerBare(bare);
        const Classes b = m_classes.valueHashed(lowerBare.view(), lowerBare.hash());
        bits |= b.any | (capitalized ? b.cap : 0);
    }
    return bits;
}

} // namespace saywho::core
