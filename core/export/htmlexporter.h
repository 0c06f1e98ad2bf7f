#pragma once

#include "exporter.h"

namespace saywho::core {

// One standalone HTML file that works offline: no script, nothing loaded from anywhere. The article
// with the app's highlights (a speaker's quotes in the speaker's hue), a legend, and tables of the
// quotes (speaker, quote, kind, origin) and dates (expression, value). Light and dark by the
// reader's colour scheme.
class HtmlExporter final : public Exporter
{
public:
    QString name() const override;
    QString title() const override;
    QString extension() const override;
    QString syntax() const override;
    ExportResult write(const Document &doc, QIODevice &out) const override;
};

} // namespace saywho::core
