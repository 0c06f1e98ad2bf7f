#pragma once

#include "stage.h"

namespace saywho::core {

// Marks the clutter paragraphs of a copied web page ("See also …", "Share this:", and everything from
// "Leave a Reply" on) as excluded, so later stages skip them and the view dims them. It runs right
// after ParagraphSplitter and only sets Paragraph::excluded; it never drops text.
class BoilerplateMarker final : public Stage
{
public:
    QString name() const override;
    Layers needs() const override { return Layer::Paragraphs; }
    Layers provides() const override { return Layer::Paragraphs; }
    Layers writes() const override { return Layer::Paragraphs; }
    void run(Document &doc) const override;
};

} // namespace saywho::core
