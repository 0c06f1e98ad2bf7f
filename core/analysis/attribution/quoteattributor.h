#pragma once

#include "../analysisoptions.h"
#include "../stage.h"

namespace saywho::core {

// Attributes each quotation to a speaker with an ordered list of named sieves (see sieves.cpp):
// each fills only what is still open and records its name and confidence on the quote.
class QuoteAttributor final : public Stage
{
public:
    explicit QuoteAttributor(const AnalysisOptions &options = {}) : m_options(options) {}
    QString name() const override;
    Layers needs() const override
    {
        return Layer::QuoteSpans | Layer::QuoteKinds | Layer::Mentions | Layer::Entities | Layer::Sentences;
    }
    Layers provides() const override { return Layer::Attribution; }
    Layers writes() const override
    {
        return Layer::Attribution | Layer::Mentions | Layer::Entities | Layer::NonQuotes;
    }
    void run(Document &doc) const override;
    void runCancellable(Document &doc, const RunControl &control) const override;

private:
    AnalysisOptions m_options;
};

} // namespace saywho::core
