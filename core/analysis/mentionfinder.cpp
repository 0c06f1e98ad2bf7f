#include "mentionfinder.h"

#include "userdecisions.h"

#include "../lexicon/lexicon.h"
#include "../lexicon/wordclass.h"
#include "../lexicon/wordkey.h"
#include "namephrase.h"
#include "nestedorganisations.h"
#include "propername.h"
#include "sentenceinitialwords.h"
#include "sortedruns.h"
#include "titlecase.h"
#include "tokentext.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

struct PronounInfo
{
    bool found = false;
    Gender gender = Gender::Unknown;
    EntityKind kind = EntityKind::Person;
};

// Up to four UTF-16 units in one number, 16 bits each (a word holds no U+0000, so lengths differ).
template <qsizetype N> constexpr quint64 packed(const char16_t (&word)[N])
{
    static_assert(N - 1 <= 4);
    quint64 key = 0;
    for (qsizetype i = 0; i + 1 < N; ++i)
        key = key << 16 | word[i];
    return key;
}

PronounInfo pronoun(const TokenText &tt, int k)
{
    QStringView v = tt.view(k);
    if (v.isEmpty() || v.size() > 7)
        return {};
    // Every pronoun below starts with one of these letters: most words go no further.
    switch (v.at(0).unicode() | 0x20) {
    case u'h':
    case u's':
    case u't':
    case u'w':
    case u'i':
        break;
    default:
        return {};
    }
    // Contractions: he's, she'd, they'll, it's.
    for (qsizetype i = 1; i < v.size(); ++i) {
        if (v.at(i) == u'\'' || v.at(i) == QChar(0x2019)) {
            v.truncate(i);
            break;
        }
    }
    if (v.size() > 4)
        return {};
    // Lower-cased as LowerWord does, into one number: the pronouns are then a switch, not a
    // dozen string comparisons for every short word starting with one of the letters above.
    quint64 key = 0;
    for (const QChar c : v) {
        const char16_t u = c.unicode();
        key = key << 16 |
              ((u >= u'A' && u <= u'Z') ? char16_t(u + 32) : (u < 0x80 ? u : c.toLower().unicode()));
    }
    switch (key) {
    case packed(u"he"):
    case packed(u"him"):
    case packed(u"his"):
        return {true, Gender::Male, EntityKind::Person};
    case packed(u"she"):
    case packed(u"her"):
    case packed(u"hers"):
        return {true, Gender::Female, EntityKind::Person};
    case packed(u"they"):
    case packed(u"them"):
    case packed(u"we"):
        return {true, Gender::Unknown, EntityKind::Group};
    case packed(u"i"):
        return {true, Gender::Unknown, EntityKind::Person};
    case packed(u"it"):
        return {true, Gender::Unknown, EntityKind::Organization};
    default:
        return {};
    }
}

class Finder
{
public:
    explicit Finder(const Document &doc)
        : m_doc(doc), m_tt(doc), m_lex(Lexicon::instance()), m_used(size_t(m_tt.size()), false),
          m_inQuote(size_t(m_tt.size()), false)
    {
        for (const Quote &q : doc.quotes()) {
            for (int k = m_tt.tokenAt(q.span.begin); k < m_tt.size() && m_tt.at(k).span.begin < q.span.end;
                 ++k)
                m_inQuote[size_t(k)] = true;
        }
        // The words of a title ("State of the Union") name a work, not a person.
        for (const NonQuote &n : doc.nonQuotes()) {
            if (n.kind != NonQuoteKind::Title)
                continue;
            for (int k = m_tt.tokenAt(n.span.begin); k < m_tt.size() && m_tt.at(k).span.begin < n.span.end;
                 ++k)
                m_used[size_t(k)] = true;
        }
    }

    QList<Mention> run()
    {
        // Title-case headlines last, once the article's own sentences have named everyone; so too
        // a paragraph's run-in heading ("Veto Power Impedes Peace Efforts: Eliminating …").
        QList<const Sentence *> headlines;
        QList<std::pair<const Sentence *, int>> runIns; // with the heading's colon
        int paragraph = 0; // sentences run in text order: each paragraph lookup walks on from here
        for (const Sentence &s : m_doc.sentences()) {
            const int p = m_doc.paragraphAtFrom(s.span.begin, paragraph);
            paragraph = std::max(p, paragraph);
            if (p >= 0 && m_doc.paragraphs().at(p).excluded)
                continue;
            const int end = s.firstToken + s.tokenCount;
            if (isTitleCase(m_tt, s.firstToken, end) ||
                (wholeParagraph(s, p) && isHeading(m_tt, s.firstToken, end))) {
                headlines.append(&s);
            } else if (const int colon = runInHeadingEnd(s, p); colon > 0) {
                runIns.append({&s, colon});
                visitTokens(s, colon + 1, end);
            } else {
                visitSentence(s);
            }
        }
        if (!headlines.isEmpty() || !runIns.isEmpty()) {
            m_named.reserve(m_out.size() * 2);
            for (const Mention &m : std::as_const(m_out)) {
                if (m.kind != MentionKind::Name)
                    continue;
                const QStringView head = m_doc.textOf(m.head);
                m_named.insert(head);
                if (m.entityKind == EntityKind::Person && head.lastIndexOf(u' ') > 0)
                    m_named.insert(head.mid(head.lastIndexOf(u' ') + 1));
            }
            m_titleCase = true;
            for (const Sentence *s : std::as_const(headlines))
                visitSentence(*s);
            for (const auto &[sentence, colon] : std::as_const(runIns))
                visitTokens(*sentence, sentence->firstToken, colon);
        }
        dropSentenceInitialWords(m_tt, m_out, m_headToken);
        m_out.append(NestedOrganisations::inMentions(m_tt, m_out));
        // In text order but for the headlines and run-in headings, visited last, and the
        // organisations nested in other mentions: a few runs to merge, not a list to sort.
        sortRuns(m_out.begin(), m_out.end(),
                 [](const Mention &a, const Mention &b) { return a.span < b.span; });
        return m_out;
    }

private:
    // s lies in paragraph p (or none, -1).
    bool wholeParagraph(const Sentence &s, int p) const
    {
        if (p < 0)
            return false;
        const Span para = m_doc.paragraphs().at(p).span;
        return para.begin == s.span.begin && s.span.end >= para.end;
    }

    // The colon ending a title-case run-in heading at the start of a paragraph, with text after it
    // ("The Gap Goes On: It was under …"), or -1.
    int runInHeadingEnd(const Sentence &s, int p) const
    {
        constexpr int MaxTokens = 12;
        if (p < 0 || m_doc.paragraphs().at(p).span.begin != s.span.begin)
            return -1;
        const int end = s.firstToken + s.tokenCount;
        for (int k = s.firstToken + 1; k < end && k <= s.firstToken + MaxTokens; ++k) {
            if (!m_tt.isPunct(k, u':'))
                continue;
            return k + 1 < end && isTitleCase(m_tt, s.firstToken, k) ? k : -1;
        }
        return -1;
    }

    void visitSentence(const Sentence &s) { visitTokens(s, s.firstToken, s.firstToken + s.tokenCount); }

    // Names, roles and pronouns starting in [from, end) of the sentence, none reaching past end.
    void visitTokens(const Sentence &s, int from, int end)
    {
        for (int k = from; k < end; ++k) {
            if (m_used[size_t(k)] || m_tt.at(k).kind != TokenKind::Word)
                continue;
            visit(k, s.firstToken, end);
        }
    }

    // In a title-case headline, a capitalized run is a name only as far as the article names it
    // elsewhere (in full, or a person by surname): the longest such prefix, or nothing.
    NamePhrase::Result headlineName(int k, int sentenceBegin, int sentenceEnd) const
    {
        NamePhrase::Result name = ProperName::find(m_tt, k, sentenceBegin, sentenceEnd, m_used);
        while (name.found && name.last > k) {
            // "… Abandon Republican Party for …": a known organisation needs no other mention.
            if (m_named.contains(m_doc.textOf(name.mention.head)) ||
                (name.mention.entityKind == EntityKind::Organization &&
                 m_lex.isOrganisation(m_doc.textOf(name.mention.head))))
                return name;
            const int shorter = name.last - 1;
            if (shorter <= k)
                break;
            name = ProperName::find(m_tt, k, sentenceBegin, shorter, m_used);
        }
        return {};
    }

    void visit(int k, int sentenceBegin, int sentenceEnd)
    {
        // "his wife", "my father": a possessive determiner before a role is a nominal mention,
        // not a pronoun.
        if (!m_inQuote[size_t(k)] && m_tt.has(k, WordClass::Determiner)) {
            const NamePhrase::Result det = NamePhrase::roleAfterDeterminer(m_tt, k, sentenceEnd, m_used);
            if (det.found) {
                add(det.mention, det.first, det.last);
                return;
            }
        }
        if (relativeWho(k))
            return;
        if (!m_inQuote[size_t(k)]) {
            const PronounInfo p = pronoun(m_tt, k);
            if (p.found) {
                Mention m;
                m.span = m.head = m_tt.at(k).span;
                m.kind = MentionKind::Pronoun;
                m.gender = p.gender;
                m.entityKind = p.kind;
                add(m, k, k + 1);
                return;
            }
        }
        // The phrase finders below answer nothing for a word outside their word class: asked only
        // for words in it, most words skip building and dropping an empty result each. A
        // determiner outside quotations was asked above already, and nothing since changes the answer.
        if (m_inQuote[size_t(k)] && m_tt.has(k, WordClass::Determiner)) {
            const NamePhrase::Result det = NamePhrase::roleAfterDeterminer(m_tt, k, sentenceEnd, m_used);
            if (det.found) {
                add(det.mention, det.first, det.last);
                return;
            }
        }
        if (m_tt.capitalized(k)) {
            const NamePhrase::Result name =
                m_titleCase ? headlineName(k, sentenceBegin, sentenceEnd)
                            : ProperName::find(m_tt, k, sentenceBegin, sentenceEnd, m_used);
            if (name.found)
                add(name.mention, name.first, name.last);
            else
                for (int j = k; j < name.last; ++j)
                    m_used[size_t(j)] = true; // a place or a named day: none of its words is a name
            return;
        }
        if (m_tt.has(k, WordClass::GroupNoun)) {
            const NamePhrase::Result group = NamePhrase::bareGroup(m_tt, k, sentenceBegin, m_used);
            if (group.found) {
                add(group.mention, group.first, group.last);
                return;
            }
        }
        if (m_tt.has(k, WordClass::RoleNoun)) {
            const NamePhrase::Result owned = NamePhrase::roleAfterPossessive(m_tt, k, sentenceBegin, m_used);
            if (owned.found)
                add(owned.mention, owned.first, owned.last);
        }
    }

    // "said Scott Reed, the Chamber's strategist, who added …": a relative "who" right after a person
    // and its comma refers to that person and is the subject of the clause it opens; a source is
    // named by it as much as by "he".
    bool relativeWho(int k)
    {
        // The comma first: it is the cheaper test and rules out most words.
        if (m_inQuote[size_t(k)] || !m_tt.isPunct(k - 1, u',') || !m_tt.isLower(k, u"who") || m_out.isEmpty())
            return false;
        const Mention &before = m_out.last();
        if (before.entityKind == EntityKind::Organization || before.span.end > m_tt.at(k - 1).span.begin ||
            m_tt.tokenAt(before.span.end) != k - 1)
            return false;
        Mention m;
        m.span = m.head = m_tt.at(k).span;
        m.kind = MentionKind::Pronoun;
        m.gender = before.gender;
        m.entityKind = before.entityKind;
        add(m, k, k + 1);
        return true;
    }

    void add(Mention m, int first, int last)
    {
        for (int k = first; k < last; ++k)
            m_used[size_t(k)] = true;
        m.provenance.rule = m.kind == MentionKind::Pronoun ? u"pronoun"_s : m.provenance.rule;
        m_out.append(m);
        m_headToken.push_back(m_tt.tokenAtFrom(m.head.begin, first));
    }

    const Document &m_doc;
    TokenText m_tt;
    const Lexicon &m_lex;
    std::vector<bool> m_used;
    std::vector<bool> m_inQuote;
    QList<Mention> m_out;
    std::vector<int> m_headToken; // first token of each m_out entry's head, until sorting
    bool m_titleCase = false;     // visiting title-case headlines
    QSet<WordView> m_named;       // names the article's other sentences use
};

} // namespace

QString MentionFinder::name() const
{
    return u"mentions"_s;
}

void MentionFinder::run(Document &doc) const
{
    const QList<Mention> kept = UserDecisions::kept(doc.mentions());
    UserDecisions user(doc, Store::Mentions);
    user.block(kept);
    QList<Mention> found = Finder(doc).run();
    found.removeIf([&](const Mention &m) { return user.blocks(m.span); });
    for (Mention &m : found)
        m.id = doc.allocateId(Store::Mentions);
    doc.setMentions(user.merged(kept, found));
}

} // namespace saywho::core
