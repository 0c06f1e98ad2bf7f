#include "mentionfinder.h"

#include "../lexicon/lexicon.h"
#include "../lexicon/wordclass.h"
#include "namephrase.h"
#include "tokentext.h"

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

PronounInfo pronoun(const TokenText &tt, int k)
{
    QStringView v = tt.view(k);
    if (v.size() > 7)
        return {};
    // Contractions: he's, she'd, they'll, it's.
    for (qsizetype i = 1; i < v.size(); ++i) {
        if (v.at(i) == u'\'' || v.at(i) == QChar(0x2019)) {
            v.truncate(i);
            break;
        }
    }
    if (v.size() > 4)
        return {};
    const LowerWord w(v);
    if (w == u"he" || w == u"him" || w == u"his")
        return {true, Gender::Male, EntityKind::Person};
    if (w == u"she" || w == u"her" || w == u"hers")
        return {true, Gender::Female, EntityKind::Person};
    if (w == u"they" || w == u"them" || w == u"we")
        return {true, Gender::Unknown, EntityKind::Group};
    if (w == u"i")
        return {true, Gender::Unknown, EntityKind::Person};
    if (w == u"it")
        return {true, Gender::Unknown, EntityKind::Organization};
    return {};
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
        for (const Sentence &s : m_doc.sentences()) {
            if (m_doc.isExcluded(s.span.begin))
                continue;
            const int end = s.firstToken + s.tokenCount;
            for (int k = s.firstToken; k < end; ++k) {
                if (m_used[size_t(k)] || m_tt.at(k).kind != TokenKind::Word)
                    continue;
                visit(k, s.firstToken, end);
            }
        }
        std::sort(m_out.begin(), m_out.end(),
                  [](const Mention &a, const Mention &b) { return a.span < b.span; });
        return m_out;
    }

private:
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
        const NamePhrase::Result det = NamePhrase::roleAfterDeterminer(m_tt, k, sentenceEnd, m_used);
        if (det.found) {
            add(det.mention, det.first, det.last);
            return;
        }
        if (m_tt.capitalized(k)) {
            const NamePhrase::Result name =
                NamePhrase::properName(m_tt, k, sentenceBegin, sentenceEnd, m_used);
            if (name.found)
                add(name.mention, name.first, name.last);
            return;
        }
        const NamePhrase::Result group = NamePhrase::bareGroup(m_tt, k, sentenceBegin, m_used);
        if (group.found) {
            add(group.mention, group.first, group.last);
            return;
        }
        const NamePhrase::Result owned = NamePhrase::roleAfterPossessive(m_tt, k, sentenceBegin, m_used);
        if (owned.found)
            add(owned.mention, owned.first, owned.last);
    }

    void add(Mention m, int first, int last)
    {
        for (int k = first; k < last; ++k)
            m_used[size_t(k)] = true;
        m.provenance.rule = m.kind == MentionKind::Pronoun ? u"pronoun"_s : m.provenance.rule;
        m_out.append(m);
    }

    const Document &m_doc;
    TokenText m_tt;
    const Lexicon &m_lex;
    std::vector<bool> m_used;
    std::vector<bool> m_inQuote;
    QList<Mention> m_out;
};

} // namespace

QString MentionFinder::name() const
{
    return u"mentions"_s;
}

void MentionFinder::run(Document &doc) const
{
    doc.setMentions(Finder(doc).run());
}

} // namespace saywho::core
