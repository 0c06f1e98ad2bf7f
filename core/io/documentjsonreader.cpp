#include "documentjsonreader.h"

#include "../model/documentcheck.h"
#include "../model/exportoffsets.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// The messages' context, declared so that lupdate files them under the one they are looked up in
// (a free tr() wrapper's calls would be filed under the class they are made from).
class JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(saywho::core::DocumentJsonReader)
};

// "e12" -> 12; 0 for null or anything else.
int idOf(const QJsonValue &v, QChar prefix)
{
    const QString s = v.toString();
    if (s.size() < 2 || s.at(0) != prefix)
        return 0;
    bool ok = false;
    const int id = s.mid(1).toInt(&ok);
    return ok ? id : 0;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

template <typename Enum, typename NameOf>
Enum enumOf(const QJsonValue &v, Enum fallback, int count, NameOf name)
{
    const QString s = v.toString();
    for (int i = 0; i < count; ++i)
        if (name(Enum(i)) == s)
            return Enum(i);
    return fallback;
}

class Reader
{
public:
    explicit Reader(const QJsonObject &root) : m_root(root) {}

    LoadResult read()
    {
        LoadResult r;
        // The version JsonExporter writes; a newer one may mean fields this reader would drop, so
        // it is refused rather than read in part.
        constexpr int readsVersion = 1;
        const int version = m_root.value(u"saywho"_s).toInt();
        if (version > readsVersion) {
            r.error = JsonReaderText::tr(
                          "written by a newer SayWho (format version %1; this SayWho reads up to version %2)")
                          .arg(version)
                          .arg(readsVersion);
            return r;
        }
        if (version != readsVersion) {
            r.error =
                JsonReaderText::tr("not a SayWho JSON document (no \"saywho\": %1 in it)").arg(readsVersion);
            return r;
        }
        const QJsonObject d = m_root.value(u"document"_s).toObject();
        if (!d.value(u"text"_s).isString()) {
            r.error = JsonReaderText::tr("the document has no text (exported before SayWho wrote it)");
            return r;
        }
        r.document = Document(d.value(u"text"_s).toString(), metadata(d));
        Document &doc = r.document;
        const ExportOffsets at(doc);
        m_at = &at;
        DocumentMetadata &meta = doc.metadata();
        meta.excludedParagraphs = positions(d.value(u"excluded_paragraphs"_s));
        meta.includedParagraphs = positions(d.value(u"included_paragraphs"_s));
        doc.setEntities(entities());
        doc.setMentions(mentions(doc));
        QList<Quote> quotes = this->quotes(m_root.value(u"quotes"_s), false);
        quotes += this->quotes(m_root.value(u"headline_quotes"_s), true);
        std::sort(quotes.begin(), quotes.end(),
                  [](const Quote &a, const Quote &b) { return a.span < b.span; });
        doc.setQuotes(std::move(quotes));
        doc.setNonQuotes(nonQuotes());
        doc.setTimeExprs(dates());
        doc.setRemovals(removals());
        m_at = nullptr;
        // A file edited by hand or by another tool can hold what the window and the edits cannot
        // work on; it is refused whole, with the first problem, rather than shown in part.
        const QString problem = m_problem.isEmpty() ? documentInconsistency(doc) : m_problem;
        if (!problem.isEmpty()) {
            r.error = JsonReaderText::tr("inconsistent annotations: %1").arg(problem).simplified();
            r.document = Document();
            return r;
        }
        r.ok = true;
        return r;
    }

private:
    static DocumentMetadata metadata(const QJsonObject &d)
    {
        DocumentMetadata m;
        m.path = d.value(u"path"_s).toString();
        m.title = d.value(u"title"_s).toString();
        m.author = d.value(u"author"_s).toString();
        m.siteName = d.value(u"site_name"_s).toString();
        // An address QUrl cannot parse would be written back as an empty one: it is dropped here.
        const QUrl url(d.value(u"url"_s).toString());
        m.url = url.isValid() ? url : QUrl();
        m.dct = QDate::fromString(d.value(u"dct"_s).toString(), Qt::ISODate);
        m.dctSource = enumOf(d.value(u"dct_source"_s), DctSource::None, 5, dctSourceName);
        return m;
    }

    int pos(const QJsonValue &v) const
    {
        const double d = v.toDouble(-1);
        if (!(d >= 0 && d <= m_at->length() && d == double(int(d)))) {
            if (m_problem.isEmpty())
                m_problem = JsonReaderText::tr("the offset %1 is not a position in the text (%2 characters)")
                                .arg(v.isDouble() ? QString::number(d) : QStringLiteral("(none)"))
                                .arg(m_at->length());
            return 0;
        }
        return m_at->position(int(d));
    }
    Span span(const QJsonObject &o) const { return {pos(o.value(u"start"_s)), pos(o.value(u"end"_s))}; }
    QList<int> positions(const QJsonValue &v) const
    {
        QList<int> out;
        for (const QJsonValue &p : v.toArray())
            out.append(pos(p));
        return out;
    }
    static Provenance provenance(const QJsonObject &o)
    {
        Provenance p;
        p.origin = o.value(u"origin"_s).toString() == u"user" ? Origin::User : Origin::Auto;
        p.rule = o.value(u"rule"_s).toString();
        p.confidence = o.value(u"confidence"_s).toDouble(1.0);
        p.user = userFieldsFromNames(strings(o.value(u"user"_s)));
        return p;
    }

    QList<Entity> entities() const
    {
        QList<Entity> out;
        for (const QJsonValue &v : m_root.value(u"entities"_s).toArray()) {
            const QJsonObject o = v.toObject();
            Entity e;
            e.id = idOf(o.value(u"id"_s), u'e');
            e.name = o.value(u"name"_s).toString();
            e.aliases = strings(o.value(u"aliases"_s));
            e.roles = strings(o.value(u"roles"_s));
            e.claims = strings(o.value(u"claims"_s));
            e.kind = enumOf(o.value(u"kind"_s), EntityKind::Person, 3, entityKindName);
            const QString gender = o.value(u"gender"_s).toString();
            e.gender = gender == u"male"     ? Gender::Male
                       : gender == u"female" ? Gender::Female
                                             : Gender::Unknown;
            e.anonymous = o.value(u"anonymous"_s).toBool();
            e.provenance = provenance(o);
            out.append(e);
        }
        return out;
    }

    QList<Mention> mentions(const Document &doc) const
    {
        QList<Mention> out;
        for (const QJsonValue &v : m_root.value(u"mentions"_s).toArray()) {
            const QJsonObject o = v.toObject();
            Mention m;
            m.id = idOf(o.value(u"id"_s), u'm');
            m.span = m.head = span(o);
            m.entity = idOf(o.value(u"entity"_s), u'e');
            m.kind = enumOf(o.value(u"kind"_s), MentionKind::Name, 4, mentionKindName);
            if (const Entity *e = doc.entity(m.entity)) {
                m.entityKind = e->kind;
                m.gender = e->gender;
            }
            m.provenance = provenance(o);
            out.append(m);
        }
        return out;
    }

    QList<Quote> quotes(const QJsonValue &list, bool headline) const
    {
        QList<Quote> out;
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject o = v.toObject();
            Quote q;
            q.id = idOf(o.value(u"id"_s), u'q');
            q.span = span(o);
            q.kind = o.value(u"kind"_s).toString() == u"partial" ? QuoteKind::Partial : QuoteKind::Direct;
            const QJsonObject speaker = o.value(u"speaker"_s).toObject();
            q.speaker = idOf(speaker.value(u"entity"_s), u'e');
            q.speakerMention = idOf(speaker.value(u"mention"_s).toObject().value(u"id"_s), u'm');
            if (o.value(u"cue"_s).isObject())
                q.cue = span(o.value(u"cue"_s).toObject());
            q.continues = idOf(o.value(u"continues"_s), u'q');
            q.headline = headline;
            q.provenance = provenance(o);
            out.append(q);
        }
        return out;
    }

    QList<NonQuote> nonQuotes() const
    {
        QList<NonQuote> out;
        for (const QJsonValue &v : m_root.value(u"non_quotes"_s).toArray()) {
            const QJsonObject o = v.toObject();
            NonQuote n;
            n.id = idOf(o.value(u"id"_s), u'n');
            n.span = span(o);
            n.kind = enumOf(o.value(u"kind"_s), NonQuoteKind::Scare, 4, nonQuoteKindName);
            n.provenance = provenance(o);
            out.append(n);
        }
        return out;
    }

    QList<TimeExpr> dates() const
    {
        QList<TimeExpr> out;
        for (const QJsonValue &v : m_root.value(u"dates"_s).toArray()) {
            const QJsonObject o = v.toObject();
            TimeExpr t;
            t.id = idOf(o.value(u"id"_s), u't');
            t.span = span(o);
            t.type = enumOf(o.value(u"type"_s), TimexType::Date, 4, timexTypeName);
            t.value = o.value(u"value"_s).toString();
            t.provenance = provenance(o);
            out.append(t);
        }
        return out;
    }

    QList<Removal> removals() const
    {
        QList<Removal> out;
        for (const QJsonValue &v : m_root.value(u"removals"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const Store layer = layerFromName(o.value(u"layer"_s).toString());
            if (layer == Store::Count)
                continue;
            out.append(Removal{idOf(o.value(u"id"_s), u'r'), layer, span(o)});
        }
        return out;
    }

    const QJsonObject &m_root;
    const ExportOffsets *m_at = nullptr;
    mutable QString m_problem; // the first offset that is no position in the text
};

} // namespace

LoadResult readDocumentJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        LoadResult r;
        r.error = JsonReaderText::tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return r;
    }
    if (!parsed.isObject()) {
        LoadResult r;
        r.error = JsonReaderText::tr("not a JSON object");
        return r;
    }
    const QJsonObject root = parsed.object();
    return Reader(root).read();
}

LoadResult readDocumentJson(QIODevice &in)
{
    return readDocumentJson(in.readAll());
}

} // namespace saywho::core
