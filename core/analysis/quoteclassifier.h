#pragma once

#include "stage.h"

namespace saywho::core {

// Decides what each marked stretch is before anyone attributes it: a direct quotation (standing as
// speech), a partial one (embedded in the writer's sentence), or not a quotation at all: a title
// (CNN's "State of the Union"), a scare quote (so-called "reform") or a nickname (Marcia "Cia"
// Price). Non-quotations move to Document::nonQuotes().
class QuoteClassifier final : public Stage
{
public:
    QString name() const override;
    Layers needs() const override { return Layer::QuoteSpans | Layer::Tokens | Layer::Sentences; }
    Layers provides() const override { return Layer::QuoteKinds; }
    Layers writes() const override { return Layer::QuoteKinds | Layer::NonQuotes; }
    void run(Document &doc) const override;
};

} // namespace saywho::core
