#pragma once

#include "stage.h"

namespace saywho::core {

// Finds the words that can refer to a speaker: proper names with their titles ("US Secretary of
// State Anthony Blinken"), organisations ("the White House", "CNN"), role nouns ("the minister"),
// anonymous sources ("a White House official") and groups ("U.S. officials"), and pronouns outside
// quotations. Places and nationalities are capitalized too but never mentions.
class MentionFinder final : public Stage
{
public:
    QString name() const override;
    Layers needs() const override { return Layer::Tokens | Layer::Sentences | Layer::QuoteSpans; }
    Layers provides() const override { return Layer::Mentions; }
    Layers writes() const override { return Layer::Mentions; }
    void run(Document &doc) const override;
};

} // namespace saywho::core
