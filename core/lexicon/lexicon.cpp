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

QSet<QString> setOf(const QString &name)
{
    const QStringList w = WordListFile::words(name);
    return QSet<QString>(w.cbegin(), w.cend());
}

QSet<QString> linesOf(const QString &name)
{
    QSet<QString> out;
    for (const QStringList &row : WordListFile::rows(name))
        out.insert(row.first());
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
            m_weakSpeechVerbs.insert(f);
        }
    }
    m_speechNouns = linesOf(u"speech_nouns"_s);
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
    }
    for (const QString &n : WordListFile::words(u"first_names_male"_s))
        m_firstNames.insert(n, Gender::Male);
    for (const QString &n : WordListFile::words(u"first_names_female"_s)) {
        // A name used for both (Kim, Jean, Andrea) tells nothing about gender.
        auto it = m_firstNames.find(n);
        if (it != m_firstNames.end() && *it == Gender::Male)
            *it = Gender::Unknown;
        else
            m_firstNames.insert(n, Gender::Female);
    }
    m_organisations = linesOf(u"organisations"_s);
    m_orgWords = setOf(u"org_words"_s);
    m_places = setOf(u"places"_s);
    for (const QString &a : WordListFile::words(u"abbreviations"_s))
        m_abbreviations.insert(a);
    m_functionWords = setOf(u"function_words"_s);
    m_titleCues = setOf(u"title_cues"_s);
    for (const QStringList &row : WordListFile::rows(u"scare_cues"_s))
        m_scareCues.insert(row.first(), row.value(1));
}

} // namespace saywho::core
