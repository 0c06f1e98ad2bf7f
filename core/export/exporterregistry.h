#pragma once

#include "exporter.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace saywho::core {

// The export formats, in the order the command line and the dialog list them. Built once and then
// only read: the core formats (withCoreFormats), and those of libraries above core (the PDF and ODT
// of render/) added by whoever builds the registry.
class ExporterRegistry final
{
public:
    ExporterRegistry() = default;
    ExporterRegistry(ExporterRegistry &&) = default;
    ExporterRegistry &operator=(ExporterRegistry &&) = default;

    // json, html, markdown, tei, brat, w3c, csv, qdpx.
    static ExporterRegistry withCoreFormats();

    void add(std::unique_ptr<Exporter> exporter);
    // nullptr for a name that is none.
    const Exporter *find(const QString &name) const;
    QList<const Exporter *> exporters() const;
    QStringList names() const;

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

} // namespace saywho::core
