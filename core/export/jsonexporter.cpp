#include "jsonexporter.h"

#include "jsonwriter.h"

#include "../model/codepointmap.h"
#include "../model/document.h"

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
    Writer(const Document &doc, JsonWriter &w) : m_doc(doc), m_map(doc.originalText()), m_w(w) {}

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
        m_w.key("saywho");
        m_w.value(JsonExporter::FormatVersion);
        m_w.endObject();
    }

private:
    int offset(int pos) const { return m_map.toCodePoint(m_doc.originalOffset(pos)); }
    // The text at a span's offsets, from the original as the offsets are: with CRLF line endings a
    // span across a line break holds the "\r" too.
    QStringView textAt(Span s) const
    {
        const int b = m_doc.originalOffset(s.begin), e = m_doc.originalOffset(s.end);
        return QStringView(m_doc.originalText()).mid(b, e - b);
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
    void spanObject(const char *key, Span s)
    {
        m_w.key(key);
        m_w.beginObject();
        spanMembers(s);
        m_w.endObject();
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
        m_w.key("length");
        m_w.value(m_map.toCodePoint(int(m_doc.originalText().size())));
        string("path", m.path);
        if (!m.siteName.isEmpty())
            string("site_name", m.siteName);
        string("title", m.title);
        if (!m.url.isEmpty())
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
            if (e.gender != Gender::Unknown)
                string("gender", e.gender == Gender::Male ? u"male" : u"female");
            entityRef("id", e.id);
            string("kind", entityKindName(e.kind));
            string("name", e.name);
            string("origin", originName(e.provenance.origin));
            if (!e.roles.isEmpty())
                stringList("roles", e.roles);
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
            m_w.key("start");
            m_w.value(offset(m.span.begin));
            string("text", textAt(m.span));
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
            spanObject("mention", m->span);
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
            string("kind", nonQuoteKindName(n.kind));
            m_w.key("start");
            m_w.value(offset(n.span.begin));
            string("text", textAt(n.span));
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
            string("origin", originName(t.provenance.origin));
            string("rule", t.provenance.rule);
            m_w.key("start");
            m_w.value(offset(t.span.begin));
            string("text", textAt(t.span));
            string("type", timexTypeName(t.type));
            string("value", t.value);
            m_w.endObject();
        }
        m_w.endArray();
    }

    const Document &m_doc;
    CodePointMap m_map;
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
