#pragma once

#include "stage.h"

namespace saywho::core {

// Paragraphs: blank-line separated blocks; inside a block a line break starts a new paragraph when
// the line before ends a sentence or is a short heading, and is a soft wrap otherwise.
class ParagraphSplitter final : public Stage
{
public:
    QString name() const override;
    Layers needs() const override { return Layer::None; }
    Layers provides() const override { return Layer::Paragraphs; }
    Layers writes() const override { return Layer::Paragraphs; }
    void run(Document &doc) const override;
};

} // namespace saywho::core
