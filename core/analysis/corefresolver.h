#pragma once

#include "../model/document.h"

#include <QHash>

namespace saywho::core {

// Resolves pronouns ("he", "she", "they", "it") and role nouns ("the French president", "the
// official") to entities already linked. Antecedents inside quotations are speech, not narration,
// and are skipped.
class CorefResolver final
{
public:
    CorefResolver(const Document &doc, QList<Entity> &entities);

    void resolve(QList<Mention> &mentions);

private:
    int resolvePronoun(const QList<Mention> &mentions, int index) const;
    // A relative "who" right after the comma that ends the mention before it: that mention's entity.
    bool isRelative(const QList<Mention> &mentions, int index) const;
    // The mention before index that is not nested in another (NestedOrganisations), or -1.
    static int outerBefore(const QList<Mention> &mentions, int index);
    int resolveNominal(const QList<Mention> &mentions, int index) const;
    enum class PronounClass { It, Plural, Person };
    PronounClass classOf(const Mention &pronoun) const;
    static bool compatible(PronounClass pronoun, Gender gender, const Entity &e);
    // "his", "her", "their", "its": a pronoun that owns, not one that acts.
    bool isPossessive(const Mention &m) const;
    bool inQuote(Span s) const;
    Entity *entity(int id);

    const Document &m_doc;
    QList<Entity> &m_entities;
    QHash<int, int> m_index; // entity id -> index in m_entities
};

} // namespace saywho::core
