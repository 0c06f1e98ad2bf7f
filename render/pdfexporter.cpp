#include "pdfexporter.h"

#include "articletextdocument.h"

#include "model/document.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace saywho::render {

QString PdfExporter::name() const
{
    return u"pdf"_s;
}

QString PdfExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "PDF document");
}

QString PdfExporter::extension() const
{
    return u"pdf"_s;
}

core::Exporter::Destination PdfExporter::destination() const
{
    return Destination::File;
}

core::ExportResult PdfExporter::write(const core::Document &doc, QIODevice &out) const
{
    if (!out.isWritable())
        return core::ExportResult::failure(
            QCoreApplication::translate("saywho::core::Export", "the output refused the data"));
    QPdfWriter pdf(&out);
    pdf.setCreator(u"SayWho"_s);
    pdf.setTitle(doc.metadata().title);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    pdf.setResolution(300);
    const auto text = articleTextDocument(doc);
    text->print(&pdf);
    return {};
}

} // namespace saywho::render
