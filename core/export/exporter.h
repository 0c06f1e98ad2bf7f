#pragma once

#include <QString>

class QIODevice;

namespace saywho::core {

class Document;

// What writing an export came to: ok, or one line for the user saying why not.
struct ExportResult
{
    QString error;

    bool ok() const { return error.isEmpty(); }
    static ExportResult failure(const QString &message) { return {message}; }
};

// One export format (ghostwriter's Exporter shape): its name for --format, the extension of its
// files, whether it needs a file (binary) or a folder, and a write to a device. The registry lists
// them for the command line and the export dialog alike. Offsets go through ExportOffsets.
class Exporter
{
public:
    enum class Destination { Stream, File, Folder };

    virtual ~Exporter() = default;

    virtual QString name() const = 0;      // "json", "tei", …
    virtual QString title() const = 0;     // for people, translated: "TEI P5 XML"
    virtual QString extension() const = 0; // without the dot
    // Stream: text that may go to standard output; File: binary, needs a file; Folder: several files.
    virtual Destination destination() const { return Destination::Stream; }
    // The KSyntaxHighlighting definition the preview colours the output with; empty for none.
    virtual QString syntax() const { return {}; }

    // The export of doc to out (a folder format writes its main file: brat's .ann).
    virtual ExportResult write(const Document &doc, QIODevice &out) const = 0;
    // Into folder dir as baseName.extension() (and whatever else the format has beside it), each
    // file through QSaveFile.
    virtual ExportResult writeFolder(const Document &doc, const QString &dir, const QString &baseName) const;

protected:
    Exporter() = default;
    // out.write(bytes), or a failure naming the device's error.
    static ExportResult put(QIODevice &out, const QByteArray &bytes);
};

} // namespace saywho::core
