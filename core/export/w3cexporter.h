#pragma once

#include "exporter.h"

namespace saywho::core {

// W3C Web Annotation (JSON-LD): an AnnotationCollection with one annotation per quote and per date.
// Each target has a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code
// points into the original text); the body names the speaker (and the kind) or the date's value.
class W3cExporter final : public Exporter
{
public:
    static constexpr int AffixLength = 32; // code units of prefix and suffix

    QString name() const override;
    QString title() const override;
    QString extension() const override;
    QString syntax() const override;
    ExportResult write(const Document &doc, QIODevice &out) const override;
};

} // namespace saywho::core
