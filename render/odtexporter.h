#pragma once

#include "export/exporter.h"

namespace saywho::render {

// OpenDocument Text through QTextDocumentWriter: the highlighted article and the quote table.
class OdtExporter final : public core::Exporter
{
public:
    QString name() const override;
    QString title() const override;
    QString extension() const override;
    Destination destination() const override;
    core::ExportResult write(const core::Document &doc, QIODevice &out) const override;
};

} // namespace saywho::render
