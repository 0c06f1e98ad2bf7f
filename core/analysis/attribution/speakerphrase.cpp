#include "speakerphrase.h"

#include "../../lexicon/wordclass.h"
#include "../nestedorganisations.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// How far an appositive may run between its commas ("Flynn, a top Trump surrogate, said").
constexpr int MaxAppositive = 14;
constexpr int MaxRelativeClause = 32;

} // namespace

SpeakerPhrase::SpeakerPhrase(const Document &doc)
    : m_doc(doc), m_tt(doc), m_tokenMention(size_t(m_tt.size()), -1), m_inQuote(size_t(m_tt.size()), false)
{
    const QList<Mention> &ms = doc.mentions();
    m_mentionFirst.resize(size_t(ms.size()));
    m_mentionLast.resize(size_t(ms.size()));
    int hint = 0;
    for (int i = 0; i < ms.size(); ++i) {
        int k = hint = m_tt.tokenAtFrom(ms.at(i).span.begin, hint);
        m_mentionFirst[size_t(i)] = k;
        // The role around a nested organisation speaks, not the organisation: its words stay the
        // role's ("the chief executive of the National Urban League said").
        const bool nested = NestedOrganisations::isNested(ms.at(i));
        while (k < m_tt.size() && m_tt.at(k).span.begin < ms.at(i).span.end) {
            if (!nested)
                m_tokenMention[size_t(k)] = i;
            ++k;
        }
        m_mentionLast[size_t(i)] = k;
    }
    hint = 0;
    for (const Quote &q : doc.quotes()) {
        int k = hint = m_tt.tokenAtFrom(q.span.begin, hint);
        for (; k < m_tt.size() && m_tt.at(k).span.begin < q.span.end; ++k)
            m_inQuote[size_t(k)] = true;
    }
}

bool SpeakerPhrase::isSpeechVerb(int k) const
{
    if (!m_tt.has(k, WordClass::SpeechVerb) || inQuote(k) || mentionAt(k) >= 0)
        return false;
    // "Trump's claim", "the report", "his remarks": after a possessive or an article it is a noun;
    // so is the bare form after a name that follows an article: "a Donald Trump tweet" (but "the
    // Sierra Club said").
    const int prev = k - 1;
    if (const int m = mentionAt(prev); m >= 0 && lastToken(m) == k && firstToken(m) > 0 &&
                                       m_tt.has(firstToken(m) - 1, WordClass::Determiner) &&
                                       !m_tt.capitalized(firstToken(m) - 1)) {
        const QStringView v = m_tt.view(k);
        const bool bare = !v.endsWith(u"ed") && !v.endsWith(u's') && !v.endsWith(u"ing") && v != u"said" &&
                          v != u"told" && v != u"wrote" && v != u"spoke";
        if (bare)
            return false;
    }
    return !(m_tt.possessive(prev) || m_tt.has(prev, WordClass::Determiner));
}

bool SpeakerPhrase::isStrongSpeechVerb(int k) const
{
    return isSpeechVerb(k) && !m_tt.has(k, WordClass::WeakSpeechVerb);
}

bool SpeakerPhrase::isFiller(int k) const
{
    if (!m_tt.isWord(k))
        return false;
    const QStringView w = m_tt.view(k);
    const qsizetype n = w.size();
    const bool negation = n >= 3 && w.at(n - 1) == u't' &&
                          (w.at(n - 2) == u'\'' || w.at(n - 2) == QChar(0x2019)) && w.at(n - 3) == u'n';
    // Any adverb in -ly ("cynically said") may stand there too.
    const bool adverb = n > 4 && w.endsWith(u"ly") && !m_tt.capitalized(k);
    return negation || adverb || m_tt.has(k, WordClass::Filler);
}

int SpeakerPhrase::subjectBefore(int verb, int limit) const
{
    int k = verb - 1;
    for (;;) {
        // A relative "who" that refers to someone (the mention finder linked it) is the subject;
        // one that does not is a filler ("Flynn, who later said").
        while (k >= limit && isFiller(k) && mentionAt(k) < 0)
            --k;
        // "who in 2010 said": a year with its preposition stands between subject and verb too.
        if (k - 1 >= limit && m_tt.at(k).kind == TokenKind::Number &&
            m_tt.has(k - 1, WordClass::Preposition | WordClass::FunctionWord) && !m_tt.capitalized(k - 1))
            k -= 2;
        else
            break;
    }
    if (k < limit)
        return -1;
    if (m_tt.isPunct(k, u')')) {
        // "Rep. Gwen Moore (D-Wis.) said": skip the parenthesis.
        int j = k - 1;
        while (j >= limit && j > k - MaxAppositive && !m_tt.isPunct(j, u'('))
            --j;
        if (j < limit || !m_tt.isPunct(j, u'('))
            return -1;
        k = j - 1;
        if (k < limit)
            return -1;
    }
    if (m_tt.isPunct(k, u',')) {
        // Skip an appositive back to its opening comma, then the name before it.
        const int appositiveEnd = k;
        int j = k - 1;
        while (j >= limit && j > k - MaxRelativeClause && !m_tt.isPunct(j, u',') && !inQuote(j))
            --j;
        // A relative clause ("Christie, who has campaigned … since February, blasted") may run
        // longer than an appositive.
        // So may a description opened by an article ("Pete Seat, an Indiana GOP consultant whose
        // firm was recently retained by the Kasich campaign, said").
        const bool relative = m_tt.isLower(j + 1, u"who") || m_tt.isLower(j + 1, u"which") ||
                              m_tt.isLower(j + 1, u"a") || m_tt.isLower(j + 1, u"an") ||
                              m_tt.isLower(j + 1, u"the");
        if (j >= limit && m_tt.isPunct(j, u',') && (j > k - MaxAppositive || relative))
            k = j - 1;
        else
            return -1;
        // "Cory Jameson, 22, of Flint, Mich., said", "Clinton, during a town hall in Columbus, Ohio,
        // said": a place after its preposition, or an age, ends an appositive that began further back.
        for (int round = 0; round < 3 && k >= limit; ++round) {
            const int place = mentionAt(k);
            const bool age = place < 0 && m_tt.at(k).kind == TokenKind::Number;
            if (!age && (place < 0 || !isPhrasePreposition(firstToken(place) - 1)))
                break;
            int o = (age ? k : firstToken(place) - 1) - 1;
            while (o >= limit && o > k - MaxAppositive && !m_tt.isPunct(o, u',') && !inQuote(o))
                --o;
            if (o < limit || !m_tt.isPunct(o, u','))
                break;
            j = o;
            k = o - 1;
        }
        // "Another delegate on the Cruz slate, Jim Poolman, said": the name in the apposition
        // speaks when nothing before it does.
        if (const int named = mentionAt(j + 1);
            named >= 0 && firstToken(named) == j + 1 && lastToken(named) == appositiveEnd &&
            m_doc.mentions().at(named).kind == MentionKind::Name && (k < limit || mentionAt(k) < 0))
            return named;
        // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a party label before the
        // appositive too.
        if (k > limit && m_tt.isPunct(k, u')')) {
            int o = k - 1;
            while (o >= limit && o > k - MaxAppositive && !m_tt.isPunct(o, u'('))
                --o;
            if (o > limit && m_tt.isPunct(o, u'('))
                k = o - 1;
        }
    }
    if (k < limit || inQuote(k))
        return -1;
    int m = mentionAt(k);
    // "took to the streets, shouting": the object of a preposition is not the speaker.
    if (m >= 0 && m_tt.has(firstToken(m) - 1, WordClass::Preposition))
        return -1;
    // "a spokesman for the company said", "officials in Washington said": the head before the
    // prepositional phrase speaks.
    for (int h = m >= 0 ? headBeforePhrase(m, limit) : -1; h >= 0; h = headBeforePhrase(h, limit))
        m = h;
    return m;
}

int SpeakerPhrase::headBeforePhrase(int m, int limit) const
{
    int p = firstToken(m) - 1;
    if (m_tt.isLower(p, u"the")) // "Mr. Morgan of the Sierra Club": the name leaves its article out
        --p;
    if (p - 1 < limit || !isPhrasePreposition(p))
        return -1;
    const int h = mentionAt(p - 1);
    return h >= 0 && lastToken(h) == p && !inQuote(p - 1) ? h : -1;
}

bool SpeakerPhrase::isPhrasePreposition(int k) const
{
    static const char16_t *const words[] = {u"for", u"of", u"at", u"from", u"in", u"on", u"with", u"within"};
    if (!m_tt.isWord(k) || m_tt.capitalized(k))
        return false;
    for (const char16_t *w : words)
        if (m_tt.view(k) == QStringView(w))
            return true;
    return false;
}

int SpeakerPhrase::subjectAfter(int verb, int limit) const
{
    int k = verb + 1;
    while (k < limit && m_tt.isWord(k) && (m_tt.isLower(k, u"by") || isFiller(k)))
        ++k;
    // "said the Rev. Peter Wherry", "said 9/11 widow Terry Strada": an article or a few modifiers
    // before a name.
    for (int skip = 0; skip < 3 && k + 1 < limit && mentionAt(k) < 0; ++skip) {
        // "said Concord resident Whit Symms", "said Republican political consultant Chris Russell": a
        // capitalized word that names no one (a place, a party) before a lower-case one too.
        const bool modifier =
            m_tt.at(k).kind == TokenKind::Number ||
            (m_tt.isWord(k) && m_tt.capitalized(k) && !m_tt.has(k, WordClass::FunctionWord) &&
             k + 1 < limit && m_tt.isWord(k + 1) && !m_tt.capitalized(k + 1) &&
             !m_tt.has(k + 1, WordClass::SpeechVerb | WordClass::FunctionWord | WordClass::Filler)) ||
            (m_tt.isWord(k) && !m_tt.capitalized(k) &&
             !m_tt.has(k, WordClass::SpeechVerb | WordClass::Filler | WordClass::Preposition) &&
             (m_tt.isLower(k, u"the") || !m_tt.has(k, WordClass::FunctionWord)));
        if (!modifier)
            break;
        ++k;
    }
    if (mentionAt(k) < 0)
        return -1;
    if (k >= limit || inQuote(k))
        return -1;
    const int m = mentionAt(k);
    if (m < 0 || firstToken(m) != k)
        return -1;
    // "saying it", "told them": an object, not an inverted subject.
    static const WordSet objects = makeWordSet({u"it"_s, u"him"_s, u"her"_s, u"them"_s, u"us"_s, u"me"_s});
    if (objects.contains(m_tt.lower(k)))
        return -1;
    // "Jim Poolman, said he was only …": a pronoun that goes on into a clause is its subject; an
    // inverted one ends the phrase ("“…,” said he.").
    static const WordSet subjects = makeWordSet({u"he"_s, u"she"_s, u"they"_s, u"we"_s, u"i"_s});
    if (subjects.contains(m_tt.lower(k)) && m_tt.isWord(lastToken(m)))
        return -1;
    return m;
}

int SpeakerPhrase::mentionThenVerb(int k, int limit, int &verb) const
{
    const int m = mentionAt(k);
    if (m < 0 || firstToken(m) != k)
        return -1;
    int j = lastToken(m);
    // "“…,” a spokesman for the company said": the phrase after the speaker.
    for (int round = 0; round < 2 && isPhrasePreposition(j); ++round) {
        // The object's mention may hold its article ("the company") or leave it out ("the Sierra Club").
        int object = mentionAt(j + 1);
        if (object < 0 && m_tt.isLower(j + 1, u"the"))
            object = mentionAt(j + 2);
        if (object < 0 || firstToken(object) > j + 2)
            break;
        j = lastToken(object);
    }
    if (m_tt.isPunct(j, u'(')) {
        int e = j + 1;
        while (e < limit && e < j + MaxAppositive && !m_tt.isPunct(e, u')'))
            ++e;
        if (e < limit && m_tt.isPunct(e, u')'))
            j = e + 1;
    }
    // Appositives between the name and the verb, one or several ("Scott Pruitt, the attorney
    // general of Oklahoma, one of the states suing, said"). A role named by an appositive is that
    // person: "Scott's niece, state Del. Marcia Price, shouted".
    int named = -1;
    for (int round = 0; round < 3 && m_tt.isPunct(j, u','); ++round) {
        int e = j + 1;
        if (const int a = mentionAt(e + (m_tt.isWord(e) && !m_tt.capitalized(e) ? 1 : 0));
            named < 0 && a >= 0 && m_doc.mentions().at(a).kind == MentionKind::Name)
            named = a;
        while (e < limit && e < j + MaxAppositive && !m_tt.isPunct(e, u',') && !inQuote(e) &&
               !m_tt.isPunct(e, u'.'))
            ++e;
        if (e >= limit || !m_tt.isPunct(e, u','))
            break;
        j = e + 1;
        int v = j;
        while (v < limit && isFiller(v))
            ++v;
        if (v < limit && isSpeechVerb(v))
            break;
    }
    while (j < limit && isFiller(j))
        ++j;
    if (j < limit && isSpeechVerb(j)) {
        verb = j;
        return named >= 0 && m_doc.mentions().at(m).kind != MentionKind::Name ? named : m;
    }
    return -1;
}

} // namespace saywho::core
