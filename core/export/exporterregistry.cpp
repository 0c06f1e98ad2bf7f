#include "exporterregistry.h"

#include "bratexporter.h"
#include "csvexporter.h"
#include "htmlexporter.h"
#include "jsonformat.h"
#include "markdownexporter.h"
#include "qdpxexporter.h"
#include "teiexporter.h"
#include "w3cexporter.h"

namespace saywho::core {

ExporterRegistry ExporterRegistry::withCoreFormats()
{
    ExporterRegistry r;
    r.add(std::make_unique<JsonFormat>());
    r.add(std::make_unique<HtmlExporter>());
    r.add(std::make_unique<MarkdownExporter>());
    r.add(std::make_unique<TeiExporter>());
    r.add(std::make_unique<BratExporter>());
    r.add(std::make_unique<W3cExporter>());
    r.add(std::make_unique<CsvExporter>());
    r.add(std::make_unique<QdpxExporter>());
    return r;
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    m_exporters.push_back(std::move(exporter));
}

const Exporter *ExporterRegistry::find(const QString &name) const
{
    for (const auto &e : m_exporters)
        if (e->name() == name)
            return e.get();
    return nullptr;
}

QList<const Exporter *> ExporterRegistry::exporters() const
{
    QList<const Exporter *> out;
    for (const auto &e : m_exporters)
        out.append(e.get());
    return out;
}

QStringList ExporterRegistry::names() const
{
    QStringList out;
    for (const auto &e : m_exporters)
        out.append(e->name());
    return out;
}

} // namespace saywho::core
