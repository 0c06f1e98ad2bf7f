#include "corefresolver.h"

#include "nestedorganisations.h"
#include "tokentext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// How far back a pronoun looks for its antecedent, in sentences, and a role noun, in mentions.
constexpr int PronounWindow = 6;
constexpr int NominalWindow = 300;

} // namespace

CorefResolver::CorefResolver(const Document &doc, QList<Entity> &entities) : m_doc(doc), m_entities(entities)
{
    for (int i = 0; i < m_entities.size(); ++i)
        m_index.insert(m_entities.at(i).id, i);
}

Entity *CorefResolver::entity(int id)
{
    // The linker numbers its entities 1..n in order: the list position answers without hashing,
    // which the walk back over earlier mentions asks for each of them.
    if (id > 0 && id <= m_entities.size() && m_entities.at(id - 1).id == id)
        return &m_entities[id - 1];
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_entities[*it];
}

bool CorefResolver::inQuote(Span s) const
{
    const QList<Quote> &qs = m_doc.quotes();
    auto it = std::upper_bound(qs.cbegin(), qs.cend(), s.begin,
                               [](int p, const Quote &q) { return p < q.span.begin; });
    if (it == qs.cbegin())
        return false;
    --it;
    return it->span.contains(s.begin);
}

CorefResolver::PronounClass CorefResolver::classOf(const Mention &p) const
{
    const QStringView w = m_doc.textOf(p.span);
    if (w.size() != 2 && w.size() != 4)
        return PronounClass::Person; // neither "it" nor "they" nor "them"
    if (TokenText::equalsLower(w, u"it"))
        return PronounClass::It;
    if (TokenText::equalsLower(w, u"they") || TokenText::equalsLower(w, u"them"))
        return PronounClass::Plural;
    return PronounClass::Person;
}

bool CorefResolver::compatible(PronounClass c, Gender gender, const Entity &e)
{
    if (c == PronounClass::It)
        return e.kind == EntityKind::Organization;
    if (c == PronounClass::Plural)
        return e.kind == EntityKind::Group || e.kind == EntityKind::Organization;
    if (e.kind != EntityKind::Person)
        return false;
    return e.gender == Gender::Unknown || gender == Gender::Unknown || e.gender == gender;
}

bool CorefResolver::isPossessive(const Mention &m) const
{
    if (m.kind != MentionKind::Pronoun)
        return false;
    const QStringView w = m_doc.textOf(m.span);
    if (w.size() < 3 || w.size() > 5)
        return false; // the length rules out most mentions before any comparison
    for (const char16_t *p : {u"his", u"her", u"hers", u"their", u"its"})
        if (TokenText::equalsLower(w, QStringView(p)))
            return true;
    return false;
}

bool CorefResolver::isRelative(const QList<Mention> &mentions, int index) const
{
    const Mention &p = mentions.at(index);
    if (!TokenText::equalsLower(m_doc.textOf(p.span), u"who"))
        return false;
    const int before = outerBefore(mentions, index);
    if (before < 0)
        return false;
    // The antecedent ends at the comma before "who" (the finder made it so; a later stage may have
    // dropped it).
    const Span between{mentions.at(before).span.end, p.span.begin};
    return between.begin <= between.end && m_doc.textOf(between).trimmed() == u",";
}

int CorefResolver::outerBefore(const QList<Mention> &mentions, int index)
{
    int j = index - 1;
    while (j >= 0 && NestedOrganisations::isNested(mentions.at(j)))
        --j;
    return j;
}

int CorefResolver::resolvePronoun(const QList<Mention> &mentions, int index) const
{
    const Mention &p = mentions.at(index);
    const QStringView w = m_doc.textOf(p.span);
    if (TokenText::equalsLower(w, u"i") || TokenText::equalsLower(w, u"we"))
        return 0;
    const int sentence = m_doc.sentenceAt(p.span.begin);
    // Walk back sentence by sentence; in each, the first compatible mention (the subject) wins. An
    // owner's pronoun is no subject: "In her 2003 book, Clinton noted …" is about Clinton whoever
    // "her" was taken for, while "He met with Putin" is still about whoever "He" is.
    // A sentence holds a few dozen mentions; a text without sentence breaks may hold a million,
    // and walking all of them for every pronoun is quadratic: the walk stops after MaxWalk.
    constexpr int MaxWalk = 256;
    // What the pronoun can stand for, read once: the walk asks it of every mention it passes.
    const PronounClass pronounClass = classOf(p);
    int j = index - 1;
    for (int s = sentence; s >= 0 && s > sentence - PronounWindow; --s) {
        const Span ss = m_doc.sentences().at(s).span;
        int best = 0, bestOwner = 0;
        while (j >= 0 && j >= index - MaxWalk && mentions.at(j).span.begin >= ss.begin) {
            const Mention &m = mentions.at(j);
            const Entity *e = m.entity ? const_cast<CorefResolver *>(this)->entity(m.entity) : nullptr;
            // An organisation nested in a role ("the head of the Urban League") is not what the
            // sentence is about; the role is.
            if (e && !inQuote(m.span) && compatible(pronounClass, p.gender, *e) &&
                !NestedOrganisations::isNested(m))
                (isPossessive(m) ? bestOwner : best) = e->id;
            --j;
        }
        if (best || bestOwner)
            return best ? best : bestOwner;
    }
    return 0;
}

int CorefResolver::resolveNominal(const QList<Mention> &mentions, int index) const
{
    const Mention &n = mentions.at(index);
    const QString head = m_doc.textOf(n.head).toString().toLower();
    const QString phrase = m_doc.textOf(n.span).toString().toLower();
    // Modifiers between the determiner and the head ("french" in "the french president").
    // A view after the first space, as QString::section(u' ', 1) reads it, without that call's
    // splitting and copies.
    const qsizetype space = phrase.indexOf(u' ');
    QStringView modifiers = space < 0 ? QStringView() : QStringView(phrase).mid(space + 1);
    modifiers.chop(qMin(modifiers.size(), head.size()));
    modifiers = modifiers.trimmed();
    auto fits = [&](const Entity &e) {
        if (e.kind != n.entityKind)
            return false;
        for (const QString &role : e.roles)
            if (role.endsWith(head) && (modifiers.isEmpty() || role.contains(modifiers)))
                return true;
        return false;
    };
    // The walk below passes up to NominalWindow mentions, most of them naming entities the role
    // does not fit. When the document has fewer entities than that, asking each of them once first
    // spares the walk for a role noun that fits none, which is most of them.
    if (m_entities.size() <= NominalWindow &&
        std::none_of(m_entities.cbegin(), m_entities.cend(), [&](const Entity &e) { return fits(e); }))
        return 0;
    for (int j = index - 1; j >= 0 && j >= index - NominalWindow; --j) {
        const Mention &m = mentions.at(j);
        if (!m.entity || m.kind == MentionKind::Pronoun)
            continue;
        const Entity *e = const_cast<CorefResolver *>(this)->entity(m.entity);
        if (e && fits(*e))
            return e->id;
    }
    return 0;
}

void CorefResolver::resolve(QList<Mention> &mentions)
{
    for (int i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        if (m.entity)
            continue;
        if (m.kind == MentionKind::Pronoun) {
            if (inQuote(m.span))
                continue;
            m.entity = isRelative(mentions, i) ? mentions.at(outerBefore(mentions, i)).entity
                                               : resolvePronoun(mentions, i);
            Entity *e = m.entity ? entity(m.entity) : nullptr;
            if (e && e->gender == Gender::Unknown && m.gender != Gender::Unknown)
                e->gender = m.gender; // "Psaki ... she said": now we know
            if (m.entity)
                m.provenance.rule = u"pronoun"_s;
        } else if (m.kind == MentionKind::Nominal) {
            m.entity = resolveNominal(mentions, i);
            if (m.entity)
                m.provenance.rule = u"nominal"_s;
        }
    }
}

} // namespace saywho::core
