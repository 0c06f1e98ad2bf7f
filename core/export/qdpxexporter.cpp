#include "qdpxexporter.h"

#include "exportsupport.h"
#include "xmlwriter.h"
#include "zipwriter.h"

#include "../model/document.h"
#include "../model/exportoffsets.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// The namespace of SayWho's name-based GUIDs.
const QUuid GuidSpace(0x5a1f0c2e, 0x8d3b, 0x4e7a, 0x9c, 0x41, 0x2b, 0x6d, 0x0e, 0x77, 0x13, 0x58);

QString guid(const Document &doc, const QString &what)
{
    return QUuid::createUuidV5(GuidSpace, doc.metadata().path + u'|' + doc.metadata().title + u'|' + what)
        .toString(QUuid::WithoutBraces);
}

QString sourceGuid(const Document &doc)
{
    return guid(doc, u"source"_s);
}

} // namespace

QByteArray QdpxExporter::project(const Document &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    XmlWriter x(&buffer);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    const ExportOffsets at(doc);
    const QString user = guid(doc, u"user"_s);
    const QString title = doc.metadata().title.isEmpty() ? u"Article"_s : doc.metadata().title;

    x.writeStartDocument();
    x.writeStartElement(u"Project"_s);
    x.writeDefaultNamespace(u"urn:QDA-XML:project:1.0"_s);
    x.writeAttribute(u"name"_s, title);
    x.writeAttribute(u"origin"_s, u"SayWho"_s);
    x.writeAttribute(u"creatingUserGUID"_s, user);
    x.writeStartElement(u"Users"_s);
    x.writeEmptyElement(u"User"_s);
    x.writeAttribute(u"guid"_s, user);
    x.writeAttribute(u"name"_s, u"SayWho"_s);
    x.writeEndElement();

    // The code book: Speakers > one code each, Quotation kinds > direct, partial.
    QList<int> speakers;
    for (const Quote &q : doc.quotes())
        if (q.speaker && !speakers.contains(q.speaker))
            speakers.append(q.speaker);
    x.writeStartElement(u"CodeBook"_s);
    x.writeStartElement(u"Codes"_s);
    x.writeStartElement(u"Code"_s);
    x.writeAttribute(u"guid"_s, guid(doc, u"code:speakers"_s));
    x.writeAttribute(u"name"_s, u"Speakers"_s);
    x.writeAttribute(u"isCodable"_s, u"false"_s);
    for (int id : speakers) {
        x.writeEmptyElement(u"Code"_s);
        x.writeAttribute(u"guid"_s, guid(doc, u"code:e%1"_s.arg(id)));
        x.writeAttribute(u"name"_s, doc.entity(id) ? doc.entity(id)->name : QString());
        x.writeAttribute(u"isCodable"_s, u"true"_s);
    }
    x.writeEndElement();
    x.writeStartElement(u"Code"_s);
    x.writeAttribute(u"guid"_s, guid(doc, u"code:kinds"_s));
    x.writeAttribute(u"name"_s, u"Quotation kinds"_s);
    x.writeAttribute(u"isCodable"_s, u"false"_s);
    for (QuoteKind k : {QuoteKind::Direct, QuoteKind::Partial}) {
        x.writeEmptyElement(u"Code"_s);
        x.writeAttribute(u"guid"_s, guid(doc, u"code:kind:"_s + quoteKindName(k)));
        x.writeAttribute(u"name"_s, quoteKindName(k));
        x.writeAttribute(u"isCodable"_s, u"true"_s);
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();

    x.writeStartElement(u"Sources"_s);
    x.writeStartElement(u"TextSource"_s);
    x.writeAttribute(u"guid"_s, sourceGuid(doc));
    x.writeAttribute(u"name"_s, title);
    x.writeAttribute(u"plainTextPath"_s, u"internal://"_s + sourceGuid(doc) + u".txt"_s);
    x.writeAttribute(u"creatingUser"_s, user);
    for (const Quote &q : doc.quotes()) {
        const QString sel = guid(doc, u"quote:q%1"_s.arg(q.id));
        x.writeStartElement(u"PlainTextSelection"_s);
        x.writeAttribute(u"guid"_s, sel);
        x.writeAttribute(u"name"_s, at.textAt(q.span).toString());
        x.writeAttribute(u"startPosition"_s, QString::number(at.at(q.span.begin)));
        x.writeAttribute(u"endPosition"_s, QString::number(at.at(q.span.end)));
        x.writeAttribute(u"creatingUser"_s, user);
        QStringList codes{guid(doc, u"code:kind:"_s + quoteKindName(q.kind))};
        if (q.speaker)
            codes.prepend(guid(doc, u"code:e%1"_s.arg(q.speaker)));
        for (const QString &code : codes) {
            x.writeStartElement(u"Coding"_s);
            x.writeAttribute(u"guid"_s, guid(doc, sel + code));
            x.writeAttribute(u"creatingUser"_s, user);
            x.writeEmptyElement(u"CodeRef"_s);
            x.writeAttribute(u"targetGUID"_s, code);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return bytes;
}

QString QdpxExporter::name() const
{
    return u"qdpx"_s;
}

QString QdpxExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "REFI-QDA project (MAXQDA, NVivo, ATLAS.ti)");
}

QString QdpxExporter::extension() const
{
    return u"qdpx"_s;
}

Exporter::Destination QdpxExporter::destination() const
{
    return Destination::File;
}

QString QdpxExporter::syntax() const
{
    return u"XML"_s;
}

ExportResult QdpxExporter::write(const Document &doc, QIODevice &out) const
{
    ZipWriter zip;
    zip.add(u"project.qde"_s, project(doc));
    zip.add(u"sources/"_s + sourceGuid(doc) + u".txt"_s, doc.originalText().toUtf8());
    if (!zip.write(out))
        return ExportResult::failure(out.errorString());
    return {};
}

} // namespace saywho::core
