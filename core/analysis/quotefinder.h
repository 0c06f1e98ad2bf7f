#pragma once

#include "stage.h"

namespace saywho::core {

// Finds every top-level quoted stretch: curly, straight, guillemets, German low-high marks and the
// `` '' of old newswire; nested quotes stay inside their outer quote. A quote never crosses a
// paragraph except by the news convention (a continued paragraph re-opens with a mark and only the
// last one closes): each paragraph's piece becomes its own Quote linked by Quote::continues. An
// unclosed mark runs to its paragraph's end, never further.
class QuoteFinder final : public Stage
{
public:
    QString name() const override;
    Layers needs() const override { return Layer::Paragraphs | Layer::Tokens; }
    Layers provides() const override { return Layer::QuoteSpans; }
    Layers writes() const override { return Layer::QuoteSpans; }
    void run(Document &doc) const override;
};

} // namespace saywho::core
