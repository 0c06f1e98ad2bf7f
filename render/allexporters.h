#pragma once

#include "export/exporterregistry.h"

namespace saywho::render {

// Every export format: core's and PDF and ODT, built once, then only read. What the command line
// and the export dialog list.
const core::ExporterRegistry &allExporters();

} // namespace saywho::render
