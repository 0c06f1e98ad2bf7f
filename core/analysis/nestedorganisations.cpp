#include "nestedorganisations.h"

#include "../lexicon/lexicon.h"
#include "../lexicon/wordclass.h"
#include "propername.h"
#include "tokentext.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

constexpr QStringView NestedRule = u"nested-organization";

// Whether token k may stand inside an organisation's name that starts before it: a capitalized word
// that is no title ("Supreme Court Justice": the office starts at Justice; "Police" is both), or a
// lower-case word that joins the parts of a name ("Department of State", "Institute for Policy
// Integrity").
bool inName(const TokenText &tt, int k)
{
    if (!tt.isWord(k) ||
        (tt.has(k, WordClass::Title | WordClass::Honorific) && !tt.has(k, WordClass::OrgWord)))
        return false;
    if (tt.capitalized(k))
        return true;
    return tt.has(k, WordClass::Connector) || tt.isLower(k, u"the") || tt.isLower(k, u"and") ||
           tt.isLower(k, u"for") || tt.isLower(k, u"on");
}

// The name ends in what makes it an organisation's ("Senate Minority" of "Senate Minority Leader"
// is no organisation; "Senate" is): a head word, a known name or an acronym.
bool endsAsOrganisation(const TokenText &tt, const Mention &m, int lastToken)
{
    const Lexicon &lex = Lexicon::instance();
    const QStringView head = tt.doc().textOf(m.head);
    if (lex.isOrganisation(head) || tt.has(lastToken, WordClass::OrgWord | WordClass::OrgName))
        return true;
    if (head.contains(u' '))
        return false;
    bool lower = false;
    for (const QChar c : head)
        lower = lower || c.isLower();
    return !lower;
}

} // namespace

bool NestedOrganisations::isNested(const Mention &m)
{
    return m.provenance.rule == NestedRule;
}

QList<Mention> NestedOrganisations::within(const TokenText &tt, int first, int last,
                                           const std::vector<bool> &unused)
{
    QList<Mention> out;
    for (int j = first; j < last; ++j) {
        if (!tt.isWord(j) || !tt.capitalized(j) || !inName(tt, j))
            continue;
        int end = j + 1;
        while (end < last && inName(tt, end))
            ++end;
        // The longest organisation from j: "Senate Minority" is shortened to "Senate".
        for (; end > j; --end) {
            const NamePhrase::Result name = ProperName::find(tt, j, first, end, unused);
            if (!name.found || name.mention.kind != MentionKind::Name ||
                name.mention.entityKind != EntityKind::Organization ||
                !endsAsOrganisation(tt, name.mention, name.last - 1))
                continue;
            Mention m = name.mention;
            m.provenance.rule = NestedRule.toString();
            m.provenance.confidence = 0.8;
            out.append(m);
            j = name.last - 1;
            break;
        }
    }
    return out;
}

QList<Mention> NestedOrganisations::inMentions(const TokenText &tt, const QList<Mention> &mentions)
{
    QList<Mention> out;
    std::vector<bool> unused;
    int hint = 0;
    for (const Mention &m : mentions) {
        // An owner's name ("Clinton's campaign") is a mention of its own already; a pronoun holds
        // no name, and a name holds another only in the office before it ("CNN anchor Jake Tapper").
        if (m.kind == MentionKind::Pronoun || m.provenance.rule == u"owned-role" ||
            (m.kind == MentionKind::Name &&
             (m.entityKind != EntityKind::Person || m.head.begin <= m.span.begin)))
            continue;
        const Span scanned = m.kind == MentionKind::Name ? Span{m.span.begin, m.head.begin} : m.span;
        const int first = hint = tt.tokenAtFrom(scanned.begin, hint);
        int last = first;
        bool capital = false;
        while (last < tt.size() && tt.at(last).span.begin < scanned.end) {
            capital = capital || (tt.capitalized(last) && last > first);
            ++last;
        }
        // Most role phrases hold no capital after their first word: no name to look for.
        if (!capital &&
            !(tt.capitalized(first) && !tt.has(first, WordClass::FunctionWord | WordClass::Title)))
            continue;
        if (unused.empty())
            unused.assign(size_t(tt.size()), false);
        out.append(within(tt, first, last, unused));
    }
    return out;
}

} // namespace saywho::core
