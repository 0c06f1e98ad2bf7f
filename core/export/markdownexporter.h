#pragma once

#include "exporter.h"

namespace saywho::core {

// The article as Markdown paragraphs under its title, then each quotation as a block quote with its
// speaker.
class MarkdownExporter final : public Exporter
{
public:
    QString name() const override;
    QString title() const override;
    QString extension() const override;
    QString syntax() const override;
    ExportResult write(const Document &doc, QIODevice &out) const override;
};

} // namespace saywho::core
