#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace saywho::core {

class Document;

// The SayWho interchange format (docs/format.md): one JSON object per document, offsets in Unicode
// code points.
class JsonExporter final
{
public:
    static constexpr int FormatVersion = 1;

    static QJsonObject toJson(const Document &doc);
    // Compact, one line: JSON Lines when several documents are written one after another.
    static QByteArray toJsonLine(const Document &doc);
};

} // namespace saywho::core
