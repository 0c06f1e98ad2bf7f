#pragma once

#include "exporter.h"

namespace saywho::core {

// The project's own format (docs/format.md) in the registry: JsonExporter's object and a newline.
class JsonFormat final : public Exporter
{
public:
    QString name() const override;
    QString title() const override;
    QString extension() const override;
    QString syntax() const override;
    ExportResult write(const Document &doc, QIODevice &out) const override;
};

} // namespace saywho::core
