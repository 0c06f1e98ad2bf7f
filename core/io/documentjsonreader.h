#pragma once

#include "documentloader.h"

#include <QByteArray>

class QIODevice;

namespace saywho::core {

// Reads the project's JSON (docs/format.md, as JsonExporter writes it) back into a Document: the
// text, the metadata and every layer the format holds, with the user's layer (origins, the fields
// the user decided, removal markers) and the stable ids. Export, read, export gives the same bytes.
// Tokens, sentences and paragraphs are not in the format: a re-analysis makes them again.
LoadResult readDocumentJson(QIODevice &in);
// One JSON object (one line of JSON Lines).
LoadResult readDocumentJson(const QByteArray &json);

} // namespace saywho::core
