#include "annotationcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace saywho::core;

namespace saywho::store::codec {

namespace {

QJsonArray spanJson(Span s)
{
    return {s.begin, s.end};
}

bool readSpan(const QJsonValue &v, Span &s)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 2)
        return false;
    s.begin = a.at(0).toInt(-1);
    s.end = a.at(1).toInt(-1);
    return s.begin >= 0 && s.end >= s.begin;
}

template <typename E> bool readEnum(const QJsonValue &v, E &out, int count)
{
    const int n = v.toInt(-1);
    if (n < 0 || n >= count)
        return false;
    out = E(n);
    return true;
}

QJsonObject provJson(const Provenance &p)
{
    QJsonObject o;
    if (p.origin == Origin::User)
        o[u"o"_s] = 1;
    if (!p.rule.isEmpty())
        o[u"r"_s] = p.rule;
    if (p.confidence != 1.0)
        o[u"c"_s] = p.confidence;
    if (p.user != UserField::None)
        o[u"u"_s] = int(p.user.toInt());
    return o;
}

void readProv(const QJsonValue &v, Provenance &p)
{
    const QJsonObject o = v.toObject();
    p.origin = o.value(u"o"_s).toInt() == 1 ? Origin::User : Origin::Auto;
    p.rule = o.value(u"r"_s).toString();
    p.confidence = o.value(u"c"_s).toDouble(1.0);
    p.user = UserFields::fromInt(o.value(u"u"_s).toInt() & 0x3f);
}

QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QStringList readStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QJsonArray ints(const QList<int> &l)
{
    QJsonArray a;
    for (int i : l)
        a.append(i);
    return a;
}

QList<int> readInts(const QJsonValue &v)
{
    QList<int> out;
    for (const QJsonValue &i : v.toArray())
        out.append(i.toInt());
    return out;
}

template <typename T> QJsonArray changesJson(const QList<Patch::Change<T>> &changes)
{
    QJsonArray a;
    for (const auto &c : changes) {
        QJsonObject o;
        if (c.before)
            o[u"b"_s] = encode(*c.before);
        if (c.after)
            o[u"a"_s] = encode(*c.after);
        a.append(o);
    }
    return a;
}

template <typename T> bool readChanges(const QJsonValue &v, QList<Patch::Change<T>> &out)
{
    for (const QJsonValue &cv : v.toArray()) {
        const QJsonObject o = cv.toObject();
        Patch::Change<T> c;
        if (o.contains(u"b"_s)) {
            T t;
            if (!decode(o.value(u"b"_s).toObject(), t))
                return false;
            c.before = t;
        }
        if (o.contains(u"a"_s)) {
            T t;
            if (!decode(o.value(u"a"_s).toObject(), t))
                return false;
            c.after = t;
        }
        out.append(c);
    }
    return true;
}

QJsonObject segmentsJson(const Patch::Segments &s)
{
    QJsonArray paragraphs, sentences, tokens;
    for (const Paragraph &p : s.paragraphs)
        paragraphs.append(QJsonArray{p.span.begin, p.span.end, p.excluded ? 1 : 0});
    for (const Sentence &x : s.sentences)
        sentences.append(QJsonArray{x.span.begin, x.span.end, x.firstToken, x.tokenCount});
    for (const Token &t : s.tokens)
        tokens.append(QJsonArray{t.span.begin, t.span.end, int(t.kind),
                                 int(t.capitalized) | int(t.sentenceStart) << 1 | int(t.hyphenated) << 2,
                                 qint64(t.classes)});
    return {{u"p"_s, paragraphs}, {u"s"_s, sentences}, {u"t"_s, tokens}};
}

Patch::Segments readSegments(const QJsonObject &o)
{
    Patch::Segments s;
    for (const QJsonValue &v : o.value(u"p"_s).toArray()) {
        const QJsonArray a = v.toArray();
        s.paragraphs.append({{a.at(0).toInt(), a.at(1).toInt()}, a.at(2).toInt() != 0});
    }
    for (const QJsonValue &v : o.value(u"s"_s).toArray()) {
        const QJsonArray a = v.toArray();
        s.sentences.append({{a.at(0).toInt(), a.at(1).toInt()}, a.at(2).toInt(), a.at(3).toInt()});
    }
    for (const QJsonValue &v : o.value(u"t"_s).toArray()) {
        const QJsonArray a = v.toArray();
        Token t;
        t.span = {a.at(0).toInt(), a.at(1).toInt()};
        t.kind = TokenKind(qBound(0, a.at(2).toInt(), int(TokenKind::Symbol)));
        const int flags = a.at(3).toInt();
        t.capitalized = flags & 1;
        t.sentenceStart = flags & 2;
        t.hyphenated = flags & 4;
        t.classes = quint32(a.at(4).toInteger());
        s.tokens.append(t);
    }
    return s;
}

} // namespace

QJsonObject encode(const Quote &q)
{
    QJsonObject o{
        {u"id"_s, q.id}, {u"s"_s, spanJson(q.span)}, {u"k"_s, int(q.kind)}, {u"p"_s, provJson(q.provenance)}};
    if (q.speaker)
        o[u"sp"_s] = q.speaker;
    if (q.speakerMention)
        o[u"sm"_s] = q.speakerMention;
    if (!q.cue.isEmpty())
        o[u"cue"_s] = spanJson(q.cue);
    if (q.continues)
        o[u"cont"_s] = q.continues;
    if (q.headline)
        o[u"h"_s] = true;
    return o;
}

bool decode(const QJsonObject &o, Quote &q)
{
    q.id = o.value(u"id"_s).toInt();
    q.speaker = o.value(u"sp"_s).toInt();
    q.speakerMention = o.value(u"sm"_s).toInt();
    q.continues = o.value(u"cont"_s).toInt();
    q.headline = o.value(u"h"_s).toBool();
    if (o.contains(u"cue"_s) && !readSpan(o.value(u"cue"_s), q.cue))
        return false;
    readProv(o.value(u"p"_s), q.provenance);
    return q.id > 0 && readSpan(o.value(u"s"_s), q.span) &&
           readEnum(o.value(u"k"_s), q.kind, int(QuoteKind::Partial) + 1);
}

QJsonObject encode(const NonQuote &n)
{
    return {
        {u"id"_s, n.id}, {u"s"_s, spanJson(n.span)}, {u"k"_s, int(n.kind)}, {u"p"_s, provJson(n.provenance)}};
}

bool decode(const QJsonObject &o, NonQuote &n)
{
    n.id = o.value(u"id"_s).toInt();
    readProv(o.value(u"p"_s), n.provenance);
    return n.id > 0 && readSpan(o.value(u"s"_s), n.span) &&
           readEnum(o.value(u"k"_s), n.kind, int(NonQuoteKind::Direction) + 1);
}

QJsonObject encode(const Mention &m)
{
    QJsonObject o{{u"id"_s, m.id},
                  {u"s"_s, spanJson(m.span)},
                  {u"hd"_s, spanJson(m.head)},
                  {u"k"_s, int(m.kind)},
                  {u"ek"_s, int(m.entityKind)},
                  {u"g"_s, int(m.gender)},
                  {u"p"_s, provJson(m.provenance)}};
    if (m.entity)
        o[u"e"_s] = m.entity;
    return o;
}

bool decode(const QJsonObject &o, Mention &m)
{
    m.id = o.value(u"id"_s).toInt();
    m.entity = o.value(u"e"_s).toInt();
    readProv(o.value(u"p"_s), m.provenance);
    return m.id > 0 && readSpan(o.value(u"s"_s), m.span) && readSpan(o.value(u"hd"_s), m.head) &&
           readEnum(o.value(u"k"_s), m.kind, int(MentionKind::Anonymous) + 1) &&
           readEnum(o.value(u"ek"_s), m.entityKind, int(EntityKind::Group) + 1) &&
           readEnum(o.value(u"g"_s), m.gender, int(Gender::Female) + 1);
}

QJsonObject encode(const Entity &e)
{
    QJsonObject o{{u"id"_s, e.id},
                  {u"n"_s, e.name},
                  {u"k"_s, int(e.kind)},
                  {u"g"_s, int(e.gender)},
                  {u"p"_s, provJson(e.provenance)}};
    if (!e.aliases.isEmpty())
        o[u"al"_s] = strings(e.aliases);
    if (!e.roles.isEmpty())
        o[u"ro"_s] = strings(e.roles);
    if (!e.claims.isEmpty())
        o[u"cl"_s] = strings(e.claims);
    if (e.anonymous)
        o[u"an"_s] = true;
    return o;
}

bool decode(const QJsonObject &o, Entity &e)
{
    e.id = o.value(u"id"_s).toInt();
    e.name = o.value(u"n"_s).toString();
    e.aliases = readStrings(o.value(u"al"_s));
    e.roles = readStrings(o.value(u"ro"_s));
    e.claims = readStrings(o.value(u"cl"_s));
    e.anonymous = o.value(u"an"_s).toBool();
    readProv(o.value(u"p"_s), e.provenance);
    return e.id > 0 && readEnum(o.value(u"k"_s), e.kind, int(EntityKind::Group) + 1) &&
           readEnum(o.value(u"g"_s), e.gender, int(Gender::Female) + 1);
}

QJsonObject encode(const TimeExpr &t)
{
    return {{u"id"_s, t.id},
            {u"s"_s, spanJson(t.span)},
            {u"t"_s, int(t.type)},
            {u"v"_s, t.value},
            {u"p"_s, provJson(t.provenance)}};
}

bool decode(const QJsonObject &o, TimeExpr &t)
{
    t.id = o.value(u"id"_s).toInt();
    t.value = o.value(u"v"_s).toString();
    readProv(o.value(u"p"_s), t.provenance);
    return t.id > 0 && readSpan(o.value(u"s"_s), t.span) &&
           readEnum(o.value(u"t"_s), t.type, int(TimexType::Set) + 1);
}

QJsonObject encode(const Removal &r)
{
    return {{u"id"_s, r.id}, {u"l"_s, int(r.layer)}, {u"s"_s, spanJson(r.span)}};
}

bool decode(const QJsonObject &o, Removal &r)
{
    r.id = o.value(u"id"_s).toInt();
    return r.id > 0 && readSpan(o.value(u"s"_s), r.span) &&
           readEnum(o.value(u"l"_s), r.layer, int(Store::Count));
}

QJsonObject encode(const DocumentMetadata &m)
{
    QJsonObject o;
    auto put = [&](const char16_t *key, const QString &v) {
        if (!v.isEmpty())
            o[QString::fromUtf16(key)] = v;
    };
    put(u"path", m.path);
    put(u"url", m.url.toString(QUrl::FullyEncoded));
    put(u"title", m.title);
    put(u"author", m.author);
    put(u"site", m.siteName);
    if (m.dct.isValid())
        o[u"dct"_s] = m.dct.toString(Qt::ISODate);
    o[u"dctSource"_s] = int(m.dctSource);
    if (!m.includedParagraphs.isEmpty())
        o[u"included"_s] = ints(m.includedParagraphs);
    if (!m.excludedParagraphs.isEmpty())
        o[u"excluded"_s] = ints(m.excludedParagraphs);
    return o;
}

bool decode(const QJsonObject &o, DocumentMetadata &m)
{
    m.path = o.value(u"path"_s).toString();
    m.url = QUrl(o.value(u"url"_s).toString(), QUrl::StrictMode);
    m.title = o.value(u"title"_s).toString();
    m.author = o.value(u"author"_s).toString();
    m.siteName = o.value(u"site"_s).toString();
    m.dct = QDate::fromString(o.value(u"dct"_s).toString(), Qt::ISODate);
    m.includedParagraphs = readInts(o.value(u"included"_s));
    m.excludedParagraphs = readInts(o.value(u"excluded"_s));
    return readEnum(o.value(u"dctSource"_s), m.dctSource, int(DctSource::User) + 1);
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> fromBytes(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !d.isObject())
        return std::nullopt;
    return d.object();
}

QByteArray encodePatch(const Patch &p)
{
    QJsonObject o;
    auto put = [&](const char16_t *key, const QJsonArray &a) {
        if (!a.isEmpty())
            o[QString::fromUtf16(key)] = a;
    };
    put(u"quotes", changesJson(p.quotes));
    put(u"nonQuotes", changesJson(p.nonQuotes));
    put(u"mentions", changesJson(p.mentions));
    put(u"entities", changesJson(p.entities));
    put(u"dates", changesJson(p.dates));
    put(u"removals", changesJson(p.removals));
    if (p.metadataBefore)
        o[u"metaBefore"_s] = encode(*p.metadataBefore);
    if (p.metadataAfter)
        o[u"metaAfter"_s] = encode(*p.metadataAfter);
    if (p.segmentsBefore)
        o[u"segBefore"_s] = segmentsJson(*p.segmentsBefore);
    if (p.segmentsAfter)
        o[u"segAfter"_s] = segmentsJson(*p.segmentsAfter);
    return toBytes(o);
}

std::optional<Patch> decodePatch(const QByteArray &json)
{
    const auto o = fromBytes(json);
    if (!o)
        return std::nullopt;
    Patch p;
    if (!readChanges(o->value(u"quotes"_s), p.quotes) ||
        !readChanges(o->value(u"nonQuotes"_s), p.nonQuotes) ||
        !readChanges(o->value(u"mentions"_s), p.mentions) ||
        !readChanges(o->value(u"entities"_s), p.entities) || !readChanges(o->value(u"dates"_s), p.dates) ||
        !readChanges(o->value(u"removals"_s), p.removals))
        return std::nullopt;
    auto meta = [&](const char16_t *key, std::optional<DocumentMetadata> &out) {
        const QString k = QString::fromUtf16(key);
        if (!o->contains(k))
            return true;
        DocumentMetadata m;
        if (!decode(o->value(k).toObject(), m))
            return false;
        out = m;
        return true;
    };
    if (!meta(u"metaBefore", p.metadataBefore) || !meta(u"metaAfter", p.metadataAfter))
        return std::nullopt;
    if (o->contains(u"segBefore"_s))
        p.segmentsBefore = readSegments(o->value(u"segBefore"_s).toObject());
    if (o->contains(u"segAfter"_s))
        p.segmentsAfter = readSegments(o->value(u"segAfter"_s).toObject());
    return p;
}

} // namespace saywho::store::codec
