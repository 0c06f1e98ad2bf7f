#pragma once

#include "exporter.h"

#include <QString>

#include <functional>

namespace saywho::core {

// Writes an export to a file through QSaveFile: an unwritable destination, a full disk or a failed
// format gives a clear error and leaves no partial file (an existing file stays as it was).
ExportResult exportToFile(const Exporter &exporter, const Document &doc, const QString &path);
// The same for an arbitrary producer of the bytes.
ExportResult saveFile(const QString &path, const std::function<ExportResult(QIODevice &)> &write);

} // namespace saywho::core
