#include "allexporters.h"

#include "odtexporter.h"
#include "pdfexporter.h"

namespace saywho::render {

const core::ExporterRegistry &allExporters()
{
    static const core::ExporterRegistry registry = [] {
        core::ExporterRegistry r = core::ExporterRegistry::withCoreFormats();
        r.add(std::make_unique<PdfExporter>());
        r.add(std::make_unique<OdtExporter>());
        return r;
    }();
    return registry;
}

} // namespace saywho::render
