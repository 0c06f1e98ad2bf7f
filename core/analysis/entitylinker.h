#pragma once

#include "stage.h"

namespace saywho::core {

// Clusters mentions into entities: a full name, its surname, title + surname, an unambiguous
// misspelled repeat (Blingen after Blinken); role nouns bound by apposition ("French President
// Emmanuel Macron" lets "the French president" refer to him); pronouns to the nearest compatible
// person, preferring sentence subjects; anonymous sources each their own entity.
class EntityLinker final : public Stage
{
public:
    explicit EntityLinker(bool resolveCoreference = true) : m_coref(resolveCoreference) {}
    QString name() const override;
    Layers needs() const override { return Layer::Mentions | Layer::Sentences; }
    Layers provides() const override { return Layer::Entities; }
    Layers writes() const override { return Layer::Entities | Layer::Mentions; }
    void run(Document &doc) const override;

    // Levenshtein distance, capped: returns cap + 1 when larger (exposed for tests).
    static int editDistance(QStringView a, QStringView b, int cap);

private:
    bool m_coref;
};

} // namespace saywho::core
