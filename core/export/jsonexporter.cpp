#include "jsonexporter.h"

#include "../model/codepointmap.h"
#include "../model/document.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

class Writer
{
public:
    explicit Writer(const Document &doc) : m_doc(doc), m_map(doc.originalText()) {}

    int offset(int pos) const { return m_map.toCodePoint(m_doc.originalOffset(pos)); }

    // Adds start, end and text of span to o.
    void span(QJsonObject &o, Span s) const
    {
        o.insert(u"start"_s, offset(s.begin));
        o.insert(u"end"_s, offset(s.end));
        o.insert(u"text"_s, m_doc.textOf(s).toString());
    }
    QJsonObject spanObject(Span s) const
    {
        QJsonObject o;
        span(o, s);
        return o;
    }
    static QString entityId(int id) { return u"e"_s + QString::number(id); }

    QJsonObject document() const
    {
        const DocumentMetadata &m = m_doc.metadata();
        QJsonObject o;
        o.insert(u"path"_s, m.path);
        o.insert(u"title"_s, m.title);
        o.insert(u"dct"_s, m.dct.isValid() ? QJsonValue(m.dct.toString(Qt::ISODate)) : QJsonValue());
        o.insert(u"dct_source"_s, dctSourceName(m.dctSource));
        o.insert(u"length"_s, m_map.toCodePoint(int(m_doc.originalText().size())));
        if (!m.url.isEmpty())
            o.insert(u"url"_s, m.url.toString());
        if (!m.author.isEmpty())
            o.insert(u"author"_s, m.author);
        if (!m.siteName.isEmpty())
            o.insert(u"site_name"_s, m.siteName);
        return o;
    }

    QJsonArray entities() const
    {
        QJsonArray a;
        for (const Entity &e : m_doc.entities()) {
            QJsonObject o;
            o.insert(u"id"_s, entityId(e.id));
            o.insert(u"name"_s, e.name);
            o.insert(u"kind"_s, entityKindName(e.kind));
            o.insert(u"aliases"_s, QJsonArray::fromStringList(e.aliases));
            if (!e.roles.isEmpty())
                o.insert(u"roles"_s, QJsonArray::fromStringList(e.roles));
            if (e.gender != Gender::Unknown)
                o.insert(u"gender"_s, e.gender == Gender::Male ? u"male"_s : u"female"_s);
            if (e.anonymous)
                o.insert(u"anonymous"_s, true);
            o.insert(u"origin"_s, originName(e.provenance.origin));
            a.append(o);
        }
        return a;
    }

    QJsonArray mentions() const
    {
        QJsonArray a;
        for (const Mention &m : m_doc.mentions()) {
            QJsonObject o = spanObject(m.span);
            o.insert(u"entity"_s, m.entity ? QJsonValue(entityId(m.entity)) : QJsonValue());
            a.append(o);
        }
        return a;
    }

    // The body's quotations, or with headline set the headline's.
    QJsonArray quotes(bool headline) const
    {
        QJsonArray a;
        for (const Quote &q : m_doc.quotes()) {
            if (q.headline != headline)
                continue;
            QJsonObject o;
            o.insert(u"id"_s, u"q"_s + QString::number(q.id));
            span(o, q.span);
            o.insert(u"kind"_s, quoteKindName(q.kind));
            const Entity *e = q.speaker ? m_doc.entity(q.speaker) : nullptr;
            if (e || q.speakerMention >= 0) {
                QJsonObject sp;
                sp.insert(u"entity"_s, e ? QJsonValue(entityId(e->id)) : QJsonValue());
                sp.insert(u"name"_s, e ? QJsonValue(e->name) : QJsonValue());
                if (q.speakerMention >= 0 && q.speakerMention < m_doc.mentions().size())
                    sp.insert(u"mention"_s, spanObject(m_doc.mentions().at(q.speakerMention).span));
                else
                    sp.insert(u"mention"_s, QJsonValue());
                o.insert(u"speaker"_s, sp);
            } else {
                o.insert(u"speaker"_s, QJsonValue());
            }
            o.insert(u"cue"_s, q.cue.isEmpty() ? QJsonValue() : QJsonValue(spanObject(q.cue)));
            if (q.continues)
                o.insert(u"continues"_s, u"q"_s + QString::number(q.continues));
            o.insert(u"rule"_s, q.provenance.rule.isEmpty() ? QJsonValue() : QJsonValue(q.provenance.rule));
            o.insert(u"confidence"_s, q.provenance.confidence);
            o.insert(u"origin"_s, originName(q.provenance.origin));
            a.append(o);
        }
        return a;
    }

    QJsonArray nonQuotes() const
    {
        QJsonArray a;
        for (const NonQuote &n : m_doc.nonQuotes()) {
            QJsonObject o = spanObject(n.span);
            o.insert(u"kind"_s, nonQuoteKindName(n.kind));
            a.append(o);
        }
        return a;
    }

    QJsonArray dates() const
    {
        QJsonArray a;
        for (const TimeExpr &t : m_doc.timeExprs()) {
            QJsonObject o = spanObject(t.span);
            o.insert(u"type"_s, timexTypeName(t.type));
            o.insert(u"value"_s, t.value);
            o.insert(u"rule"_s, t.provenance.rule);
            o.insert(u"origin"_s, originName(t.provenance.origin));
            a.append(o);
        }
        return a;
    }

private:
    const Document &m_doc;
    CodePointMap m_map;
};

} // namespace

QJsonObject JsonExporter::toJson(const Document &doc)
{
    const Writer w(doc);
    QJsonObject root;
    root.insert(u"saywho"_s, FormatVersion);
    root.insert(u"document"_s, w.document());
    root.insert(u"entities"_s, w.entities());
    root.insert(u"mentions"_s, w.mentions());
    root.insert(u"quotes"_s, w.quotes(false));
    root.insert(u"headline_quotes"_s, w.quotes(true));
    root.insert(u"non_quotes"_s, w.nonQuotes());
    root.insert(u"dates"_s, w.dates());
    return root;
}

QByteArray JsonExporter::toJsonLine(const Document &doc)
{
    return QJsonDocument(toJson(doc)).toJson(QJsonDocument::Compact);
}

} // namespace saywho::core
