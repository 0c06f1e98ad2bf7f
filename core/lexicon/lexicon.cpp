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
        info.kind = kind == u"g" ? EntityKind::Group : kind == u"o" ? EntityKind::Organization : EntityKind::Person;
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
    for (const QStringList &row : WordListFile::rows(u"scare_cues"_s))
        m_scareCues.insert(row.first(), row.value(1));
}

} // namespace saywho::core
