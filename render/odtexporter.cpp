#include "odtexporter.h"

#include "articletextdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace saywho::render {

QString OdtExporter::name() const
{
    return u"odt"_s;
}

QString OdtExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "OpenDocument text");
}

QString OdtExporter::extension() const
{
    return u"odt"_s;
}

core::Exporter::Destination OdtExporter::destination() const
{
    return Destination::File;
}

core::ExportResult OdtExporter::write(const core::Document &doc, QIODevice &out) const
{
    const auto text = articleTextDocument(doc);
    // The ODF writer closes its device when done, which a QSaveFile must not be: into memory first.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(text.get()))
        return core::ExportResult::failure(
            QCoreApplication::translate("saywho::core::Export", "the OpenDocument writer failed"));
    return put(out, bytes);
}

} // namespace saywho::render
