#pragma once

#include "exporter.h"

namespace saywho::core {

// REFI-QDA project exchange (.qdpx): a zip of project.qde (urn:QDA-XML:project:1.0) and the article
// as a text source under sources/, so MAXQDA, NVivo and ATLAS.ti users bring the quotes in as coded
// segments: one code per speaker and one per quote kind. GUIDs are name-based (UUID v5), so the same
// document exports to the same bytes.
class QdpxExporter final : public Exporter
{
public:
    QString name() const override;
    QString title() const override;
    QString extension() const override;
    Destination destination() const override;
    QString syntax() const override;
    ExportResult write(const Document &doc, QIODevice &out) const override;

    // project.qde alone (the preview shows it).
    static QByteArray project(const Document &doc);
};

} // namespace saywho::core
