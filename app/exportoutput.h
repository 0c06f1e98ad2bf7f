#pragma once

#include "orderedrunner.h"

#include <QSaveFile>
#include <QString>

#include <memory>

namespace saywho::core {
class Document;
class Exporter;
} // namespace saywho::core

namespace saywho::app {

// Where `saywho analyze --format F [--output PATH]` puts its exports. Text formats go to standard
// output without --output, or all into the one file PATH (JSON Lines for json, one table for csv);
// a file format (pdf, odt, qdpx) needs --output FILE; brat, and any format but json, csv and text
// given several inputs, need --output FOLDER: one export per article there, named after its file.
class ExportOutput final
{
public:
    enum class Mode { Stdout, OneFile, Folder };

    // A usage error in *error when the format cannot go where it is asked to.
    ExportOutput(const core::Exporter &exporter, const QString &output, qsizetype inputs, QString *error);

    Mode mode() const { return m_mode; }
    // Opens the one file or makes the folder; false with a message when it cannot.
    bool open(QString *error);

    // Runs on a worker thread: the bytes for standard output or the one file, or the export written
    // into the folder (messages in err).
    ItemOutput exportDocument(const core::Document &doc, const QString &inputPath, qsizetype index) const;

    // On the calling thread, in order: the item's bytes to standard output or the one file.
    bool deliver(const ItemOutput &o);
    // Commits the one file (nothing is left of it when anything failed); false when it could not.
    bool finish(bool ok, QString *error);

private:
    const core::Exporter &m_exporter;
    QString m_output;
    Mode m_mode = Mode::Stdout;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace saywho::app
