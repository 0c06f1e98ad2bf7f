#include "w3cexporter.h"

#include "exportsupport.h"

#include "../model/document.h"
#include "../model/exportoffsets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

class Writer
{
public:
    explicit Writer(const Document &doc) : m_doc(doc), m_at(doc) {}

    QJsonObject collection()
    {
        QJsonArray items;
        for (const Quote &q : m_doc.quotes()) {
            QJsonArray body;
            const QString who = exportsupport::speakerName(m_doc, q);
            if (!who.isEmpty())
                body.append(textual(u"identifying"_s, who));
            body.append(textual(u"classifying"_s, quoteKindName(q.kind) + u" quotation"_s));
            items.append(annotation(u"q%1"_s.arg(q.id), q.span, body, q.provenance));
        }
        for (const TimeExpr &t : m_doc.timeExprs()) {
            QJsonArray body{textual(u"describing"_s, t.value),
                            textual(u"classifying"_s, timexTypeName(t.type))};
            items.append(annotation(u"t%1"_s.arg(t.id), t.span, body, t.provenance));
        }
        return QJsonObject{
            {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
            {u"id"_s, base()},
            {u"type"_s, u"AnnotationCollection"_s},
            {u"label"_s, m_doc.metadata().title},
            {u"total"_s, items.size()},
            {u"first"_s, QJsonObject{{u"id"_s, base() + u"/page1"_s},
                                     {u"type"_s, u"AnnotationPage"_s},
                                     {u"startIndex"_s, 0},
                                     {u"items"_s, items}}},
        };
    }

private:
    QString source() const
    {
        const DocumentMetadata &m = m_doc.metadata();
        if (m.url.isValid())
            return m.url.toString();
        return m.path.isEmpty() ? u"urn:saywho:article"_s : u"urn:saywho:file:"_s + m.path;
    }
    QString base() const { return u"urn:saywho:annotations:"_s + source(); }

    static QJsonObject textual(const QString &purpose, const QString &value)
    {
        return {{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value}};
    }

    QJsonObject annotation(const QString &id, Span span, const QJsonArray &body, const Provenance &p) const
    {
        const QString &text = m_at.originalText();
        const int b = m_doc.originalOffset(span.begin), e = m_doc.originalOffset(span.end);
        int pb = std::max(0, b - W3cExporter::AffixLength);
        int se = std::min(int(text.size()), e + W3cExporter::AffixLength);
        // Never cut a surrogate pair.
        if (pb > 0 && text.at(pb).isLowSurrogate())
            --pb;
        if (se < text.size() && text.at(se).isLowSurrogate())
            ++se;
        const QJsonArray selectors{
            QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                        {u"exact"_s, m_at.textAt(span).toString()},
                        {u"prefix"_s, text.mid(pb, b - pb)},
                        {u"suffix"_s, text.mid(e, se - e)}},
            QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                        {u"start"_s, m_at.at(span.begin)},
                        {u"end"_s, m_at.at(span.end)}},
        };
        QJsonObject a{{u"id"_s, base() + u'#' + id},
                      {u"type"_s, u"Annotation"_s},
                      {u"motivation"_s, u"tagging"_s},
                      {u"body"_s, body},
                      {u"target"_s, QJsonObject{{u"source"_s, source()}, {u"selector"_s, selectors}}}};
        a.insert(u"creator"_s, QJsonObject{{u"type"_s, p.userDecided() ? u"Person"_s : u"Software"_s},
                                           {u"name"_s, p.userDecided() ? u"user"_s : u"SayWho"_s}});
        return a;
    }

    const Document &m_doc;
    ExportOffsets m_at;
};

} // namespace

QString W3cExporter::name() const
{
    return u"w3c"_s;
}

QString W3cExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "W3C Web Annotation (JSON-LD)");
}

QString W3cExporter::extension() const
{
    return u"jsonld"_s;
}

QString W3cExporter::syntax() const
{
    return u"JSON"_s;
}

ExportResult W3cExporter::write(const Document &doc, QIODevice &out) const
{
    return put(out, QJsonDocument(Writer(doc).collection()).toJson(QJsonDocument::Indented));
}

} // namespace saywho::core
