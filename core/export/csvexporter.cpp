#include "csvexporter.h"

#include "exportsupport.h"

#include "../model/document.h"
#include "../model/exportoffsets.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saywho::core {

QString CsvExporter::name() const
{
    return u"csv"_s;
}

QString CsvExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "CSV table of quotations");
}

QString CsvExporter::extension() const
{
    return u"csv"_s;
}

QString CsvExporter::syntax() const
{
    return u"CSV"_s;
}

QString CsvExporter::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray CsvExporter::header()
{
    return "article,speaker,quote,kind,start,end,rule,origin\r\n";
}

QByteArray CsvExporter::rows(const Document &doc)
{
    const ExportOffsets at(doc);
    const DocumentMetadata &m = doc.metadata();
    const QString article = !m.title.isEmpty() ? m.title : QFileInfo(m.path).fileName();
    QString out;
    for (const Quote &q : doc.quotes()) {
        const QStringList row{field(article),
                              field(exportsupport::speakerName(doc, q)),
                              field(at.textAt(q.span).toString()),
                              quoteKindName(q.kind),
                              QString::number(at.at(q.span.begin)),
                              QString::number(at.at(q.span.end)),
                              field(q.provenance.rule),
                              originName(q.provenance.origin)};
        out += row.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

ExportResult CsvExporter::write(const Document &doc, QIODevice &out) const
{
    return put(out, header() + rows(doc));
}

} // namespace saywho::core
