#include "jsonexporter.h"

#include "jsonwriter.h"

#include "../model/document.h"
#include "../model/exportoffsets.h"

#include <QBuffer>
#include <QJsonValue>

namespace saywho::core {

namespace {

// Members are written in ascending order of their keys, the order QJsonObject kept them in when the
// format was first written through it; tst_jsonexporter holds the output to that order. A new field
// goes in at its place in the alphabet.
class Writer
{
public:
    Writer(const Document &doc, JsonWriter &w) : m_doc(doc), m_at(doc), m_w(w) {}

    void root(const QJsonValue *id = nullptr)
    {
        m_w.beginObject();
        if (id) {
            m_w.key("id");
            m_w.value(*id);
        }
        m_w.key("dates");
        dates();
        m_w.key("document");
        document();
        m_w.key("entities");
        entities();
        m_w.key("headline_quotes");
        quotes(true);
        m_w.key("mentions");
        mentions();
        m_w.key("non_quotes");
        nonQuotes();
        m_w.key("quotes");
        quotes(false);
        if (!m_doc.removals().isEmpty()) {
            m_w.key("removals");
            removals();
        }
        m_w.key("saywho");
        m_w.value(JsonExporter::FormatVersion);
        m_w.endObject();
    }

private:
    int offset(int pos) const { return m_at.at(pos); }
    // The text at a span's offsets, from the original as the offsets are: with CRLF line endings a
    // span across a line break holds the "\r" too.
    QStringView textAt(Span s) const { return m_at.textAt(s); }

    // "origin" and "user" of an annotation whose origin the format leaves out while it is auto.
    void userMembers(const Provenance &p, bool origin)
    {
        if (origin)
            string("origin", originName(p.origin));
        if (p.user != UserField::None)
            stringList("user", userFieldNames(p.user));
    }
    void positions(const char *key, const QList<int> &list)
    {
        if (list.isEmpty())
            return;
        m_w.key(key);
        m_w.beginArray();
        for (int pos : list)
            m_w.value(offset(pos));
        m_w.endArray();
    }

    void string(const char *key, QStringView s)
    {
        m_w.key(key);
        m_w.value(s);
    }
    void stringOrNull(const char *key, const QString &s)
    {
        m_w.key(key);
        if (s.isEmpty())
            m_w.null();
        else
            m_w.value(QStringView(s));
    }
    void stringList(const char *key, const QStringList &list)
    {
        m_w.key(key);
        m_w.beginArray();
        for (const QString &s : list)
            m_w.value(QStringView(s));
        m_w.endArray();
    }
    void entityRef(const char *key, int id)
    {
        m_w.key(key);
        if (!id) {
            m_w.null();
            return;
        }
        m_w.prefixedNumber('e', id);
    }
    void quoteRef(const char *key, int id)
    {
        m_w.key(key);
        m_w.prefixedNumber('q', id);
    }

    // The members end, start, text of span, for an object that has no other key between them.
    void spanMembers(Span s)
    {
        m_w.key("end");
        m_w.value(offset(s.end));
        m_w.key("start");
        m_w.value(offset(s.begin));
        string("text", textAt(s));
    }
    void document()
    {
        const DocumentMetadata &m = m_doc.metadata();
        m_w.beginObject();
        if (!m.author.isEmpty())
            string("author", m.author);
        m_w.key("dct");
        if (m.dct.isValid())
            m_w.value(m.dct.toString(Qt::ISODate));
        else
            m_w.null();
        string("dct_source", dctSourceName(m.dctSource));
        positions("excluded_paragraphs", m.excludedParagraphs);
        positions("included_paragraphs", m.includedParagraphs);
        m_w.key("length");
        m_w.value(m_at.length());
        string("path", m.path);
        if (!m.siteName.isEmpty())
            string("site_name", m.siteName);
        string("text", m_doc.originalText());
        string("title", m.title);
        if (m.url.isValid())
            string("url", m.url.toString());
        m_w.endObject();
    }

    void entities()
    {
        m_w.beginArray();
        for (const Entity &e : m_doc.entities()) {
            m_w.beginObject();
            stringList("aliases", e.aliases);
            if (e.anonymous) {
                m_w.key("anonymous");
                m_w.value(true);
            }
            if (!e.claims.isEmpty())
                stringList("claims", e.claims);
            if (e.gender != Gender::Unknown)
                string("gender", e.gender == Gender::Male ? u"male" : u"female");
            entityRef("id", e.id);
            string("kind", entityKindName(e.kind));
            string("name", e.name);
            string("origin", originName(e.provenance.origin));
            if (!e.roles.isEmpty())
                stringList("roles", e.roles);
            userMembers(e.provenance, false);
            m_w.endObject();
        }
        m_w.endArray();
    }

    void mentions()
    {
        m_w.beginArray();
        for (const Mention &m : m_doc.mentions()) {
            m_w.beginObject();
            m_w.key("end");
            m_w.value(offset(m.span.end));
            entityRef("entity", m.entity);
            m_w.key("id");
            m_w.prefixedNumber('m', m.id);
            string("kind", mentionKindName(m.kind));
            if (m.provenance.origin == Origin::User)
                string("origin", originName(m.provenance.origin));
            m_w.key("start");
            m_w.value(offset(m.span.begin));
            string("text", textAt(m.span));
            userMembers(m.provenance, false);
            m_w.endObject();
        }
        m_w.endArray();
    }

    // The body's quotations, or with headline set the headline's.
    void quotes(bool headline)
    {
        m_w.beginArray();
        for (const Quote &q : m_doc.quotes()) {
            if (q.headline != headline)
                continue;
            m_w.beginObject();
            m_w.key("confidence");
            m_w.value(q.provenance.confidence);
            if (q.continues)
                quoteRef("continues", q.continues);
            m_w.key("cue");
            if (q.cue.isEmpty()) {
                m_w.null();
            } else {
                m_w.beginObject();
                spanMembers(q.cue);
                m_w.endObject();
            }
            m_w.key("end");
            m_w.value(offset(q.span.end));
            quoteRef("id", q.id);
            string("kind", quoteKindName(q.kind));
            string("origin", originName(q.provenance.origin));
            stringOrNull("rule", q.provenance.rule);
            speaker(q);
            m_w.key("start");
            m_w.value(offset(q.span.begin));
            string("text", textAt(q.span));
            userMembers(q.provenance, false);
            m_w.endObject();
        }
        m_w.endArray();
    }

    void speaker(const Quote &q)
    {
        m_w.key("speaker");
        const Entity *e = q.speaker ? m_doc.entity(q.speaker) : nullptr;
        const Mention *m = m_doc.mention(q.speakerMention);
        if (!e && !m) {
            m_w.null();
            return;
        }
        m_w.beginObject();
        entityRef("entity", e ? e->id : 0);
        if (m) {
            m_w.key("mention");
            m_w.beginObject();
            m_w.key("end");
            m_w.value(offset(m->span.end));
            m_w.key("id");
            m_w.prefixedNumber('m', m->id);
            m_w.key("start");
            m_w.value(offset(m->span.begin));
            string("text", textAt(m->span));
            m_w.endObject();
        } else {
            m_w.key("mention");
            m_w.null();
        }
        m_w.key("name");
        if (e)
            m_w.value(QStringView(e->name));
        else
            m_w.null();
        m_w.endObject();
    }

    void nonQuotes()
    {
        m_w.beginArray();
        for (const NonQuote &n : m_doc.nonQuotes()) {
            m_w.beginObject();
            m_w.key("end");
            m_w.value(offset(n.span.end));
            m_w.key("id");
            m_w.prefixedNumber('n', n.id);
            string("kind", nonQuoteKindName(n.kind));
            if (n.provenance.origin == Origin::User)
                string("origin", originName(n.provenance.origin));
            m_w.key("start");
            m_w.value(offset(n.span.begin));
            string("text", textAt(n.span));
            userMembers(n.provenance, false);
            m_w.endObject();
        }
        m_w.endArray();
    }

    void dates()
    {
        m_w.beginArray();
        for (const TimeExpr &t : m_doc.timeExprs()) {
            m_w.beginObject();
            m_w.key("end");
            m_w.value(offset(t.span.end));
            m_w.key("id");
            m_w.prefixedNumber('t', t.id);
            string("origin", originName(t.provenance.origin));
            string("rule", t.provenance.rule);
            m_w.key("start");
            m_w.value(offset(t.span.begin));
            string("text", textAt(t.span));
            string("type", timexTypeName(t.type));
            userMembers(t.provenance, false);
            string("value", t.value);
            m_w.endObject();
        }
        m_w.endArray();
    }

    void removals()
    {
        m_w.beginArray();
        for (const Removal &r : m_doc.removals()) {
            m_w.beginObject();
            m_w.key("end");
            m_w.value(offset(r.span.end));
            m_w.key("id");
            m_w.prefixedNumber('r', r.id);
            string("layer", layerName(r.layer));
            m_w.key("start");
            m_w.value(offset(r.span.begin));
            m_w.endObject();
        }
        m_w.endArray();
    }

    const Document &m_doc;
    ExportOffsets m_at;
    JsonWriter &m_w;
};

} // namespace

bool JsonExporter::write(const Document &doc, QIODevice *out)
{
    JsonWriter w(out);
    Writer(doc, w).root();
    return w.finish();
}

bool JsonExporter::write(const Document &doc, QIODevice *out, const QJsonValue &id)
{
    JsonWriter w(out);
    Writer(doc, w).root(&id);
    return w.finish();
}

QByteArray JsonExporter::toJsonLine(const Document &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(doc, &buffer);
    bytes.append('\n');
    return bytes;
}

} // namespace saywho::core
