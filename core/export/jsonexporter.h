#pragma once

#include <QByteArray>

class QIODevice;
class QJsonValue;

namespace saywho::core {

class Document;

// The SayWho interchange format (docs/format.md): one JSON object per document, offsets in Unicode
// code points. Streamed by JsonWriter: no tree is built, the text goes out as UTF-8 once.
class JsonExporter final
{
public:
    static constexpr int FormatVersion = 1;

    // Writes the document as one compact JSON object (no newline) to out; false if out refused.
    static bool write(const Document &doc, QIODevice *out);
    // The same with an "id" member first, the id of the JSON Lines record it answers.
    static bool write(const Document &doc, QIODevice *out, const QJsonValue &id);
    // The same object and a newline: one line of JSON Lines.
    static QByteArray toJsonLine(const Document &doc);
};

} // namespace saywho::core
