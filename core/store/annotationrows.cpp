#include "annotationrows.h"

#include "annotationcodec.h"
#include "database.h"
#include "searchindex.h"
#include "statement.h"

#include "model/patch.h"

using namespace Qt::StringLiterals;
using namespace saywho::core;

namespace saywho::store {

namespace {

// What each layer puts in the shared columns.
struct RowFields
{
    Store layer;
    Span span;
    Provenance provenance;
    QVariant speaker;
    QVariant body;
};

RowFields fields(const Quote &q, const Document &doc)
{
    return {Store::Quotes, q.span, q.provenance, q.speaker ? QVariant(q.speaker) : QVariant(),
            doc.textOf(q.span).toString()};
}
RowFields fields(const NonQuote &n, const Document &)
{
    return {Store::NonQuotes, n.span, n.provenance, {}, {}};
}
RowFields fields(const Mention &m, const Document &)
{
    return {Store::Mentions, m.span, m.provenance, {}, {}};
}
RowFields fields(const Entity &e, const Document &)
{
    return {Store::Entities, {}, e.provenance, {}, e.name};
}
RowFields fields(const TimeExpr &t, const Document &)
{
    return {Store::TimeExprs, t.span, t.provenance, {}, {}};
}
RowFields fields(const Removal &r, const Document &)
{
    return {Store::Removals, r.span, Provenance::byUser({}), {}, {}};
}

template <typename T> Store layerOf();
template <> Store layerOf<Quote>()
{
    return Store::Quotes;
}
template <> Store layerOf<NonQuote>()
{
    return Store::NonQuotes;
}
template <> Store layerOf<Mention>()
{
    return Store::Mentions;
}
template <> Store layerOf<Entity>()
{
    return Store::Entities;
}
template <> Store layerOf<TimeExpr>()
{
    return Store::TimeExprs;
}
template <> Store layerOf<Removal>()
{
    return Store::Removals;
}

} // namespace

template <typename T> StoreResult AnnotationRows::put(qint64 article, const T &a, const Document &doc)
{
    const RowFields f = fields(a, doc);
    // An entity keeps its library person when it is rewritten under the same name; a renamed one
    // is linked again by name.
    QVariant person;
    if constexpr (std::is_same_v<T, Entity>) {
        Statement old(m_db.handle(), u"SELECT person_id, body FROM annotation "
                                     "WHERE article_id = :a AND layer = :l AND ann_id = :id"_s);
        old.bind(u":a"_s, article).bind(u":l"_s, int(f.layer)).bind(u":id"_s, a.id);
        if (!old.exec())
            return old.result();
        // A NULL read back is bound as a typed empty value, not as NULL: keep only a real id.
        if (old.next() && old.value(1).toString() == a.name && !old.value(0).isNull())
            person = old.value(0).toLongLong();
    }
    if (StoreResult r = remove(article, a); !r.ok())
        return r;
    // A quote carries its speaker's library person, so "quotes by" reads one index in date order.
    Statement st(
        m_db.handle(),
        u"INSERT INTO annotation (article_id, layer, ann_id, begin_pos, end_pos, origin, user_fields, "
        "rule, confidence, speaker, data, body, person_id, speaker_person) VALUES (:a, :l, :id, :b, :e, "
        ":o, :u, :r, :c, :sp, :d, :body, :p, (SELECT e.person_id FROM annotation e WHERE e.article_id = :a2 "
        "AND e.layer = :el AND e.ann_id = :sp2))"_s);
    st.bind(u":a2"_s, article).bind(u":el"_s, int(Store::Entities)).bind(u":sp2"_s, f.speaker);
    st.bind(u":a"_s, article)
        .bind(u":l"_s, int(f.layer))
        .bind(u":id"_s, a.id)
        .bind(u":b"_s, f.span.begin)
        .bind(u":e"_s, f.span.end)
        .bind(u":o"_s, int(f.provenance.origin))
        .bind(u":u"_s, int(f.provenance.user.toInt()))
        .bind(u":r"_s, f.provenance.rule)
        .bind(u":c"_s, f.provenance.confidence)
        .bind(u":sp"_s, f.speaker)
        .bind(u":d"_s, QString::fromUtf8(codec::toBytes(codec::encode(a))))
        .bind(u":body"_s, f.body)
        .bind(u":p"_s, person);
    if (!st.exec())
        return st.result();
    if (f.layer == Store::Quotes)
        return m_search.addQuote(st.lastInsertId(), doc.metadata().dct, f.body.toString());
    if constexpr (std::is_same_v<T, Entity>)
        return setSpeakerPerson(article, a.id, person);
    return {};
}

StoreResult AnnotationRows::setSpeakerPerson(qint64 article, int entity, const QVariant &person)
{
    Statement st(m_db.handle(), u"UPDATE annotation SET speaker_person = :p "
                                "WHERE article_id = :a AND layer = :l AND speaker = :e"_s);
    st.bind(u":p"_s, person).bind(u":a"_s, article).bind(u":l"_s, int(Store::Quotes)).bind(u":e"_s, entity);
    return st.exec() ? StoreResult{} : st.result();
}

template <typename T> StoreResult AnnotationRows::remove(qint64 article, const T &a)
{
    const Store layer = layerOf<T>();
    if (layer == Store::Entities) {
        if (StoreResult r = setSpeakerPerson(article, a.id, QVariant()); !r.ok())
            return r;
    }
    if (layer == Store::Quotes) {
        Statement old(m_db.handle(), u"SELECT sort_key, body FROM annotation "
                                     "WHERE article_id = :a AND layer = :l AND ann_id = :id"_s);
        old.bind(u":a"_s, article).bind(u":l"_s, int(layer)).bind(u":id"_s, a.id);
        if (!old.exec())
            return old.result();
        if (old.next()) {
            if (StoreResult r = m_search.removeQuote(old.value(0).toLongLong(), old.value(1).toString());
                !r.ok())
                return r;
        }
    }
    Statement st(m_db.handle(),
                 u"DELETE FROM annotation WHERE article_id = :a AND layer = :l AND ann_id = :id"_s);
    st.bind(u":a"_s, article).bind(u":l"_s, int(layer)).bind(u":id"_s, a.id);
    return st.exec() ? StoreResult{} : st.result();
}

StoreResult AnnotationRows::insertAll(qint64 article, const Document &doc)
{
    auto all = [&](const auto &list) -> StoreResult {
        for (const auto &a : list) {
            if (StoreResult r = put(article, a, doc); !r.ok())
                return r;
        }
        return {};
    };
    for (StoreResult r : {all(doc.quotes()), all(doc.nonQuotes()), all(doc.mentions()), all(doc.entities()),
                          all(doc.timeExprs()), all(doc.removals())}) {
        if (!r.ok())
            return r;
    }
    return {};
}

template <typename T>
StoreResult AnnotationRows::applyChanges(qint64 article, const auto &changes, const Document &doc)
{
    for (const auto &c : changes) {
        const StoreResult r = c.after ? put<T>(article, *c.after, doc) : remove<T>(article, *c.before);
        if (!r.ok())
            return r;
    }
    return {};
}

StoreResult AnnotationRows::apply(qint64 article, const Patch &patch, const Document &after)
{
    for (StoreResult r : {applyChanges<Quote>(article, patch.quotes, after),
                          applyChanges<NonQuote>(article, patch.nonQuotes, after),
                          applyChanges<Mention>(article, patch.mentions, after),
                          applyChanges<Entity>(article, patch.entities, after),
                          applyChanges<TimeExpr>(article, patch.dates, after),
                          applyChanges<Removal>(article, patch.removals, after)}) {
        if (!r.ok())
            return r;
    }
    return {};
}

StoreResult AnnotationRows::readAll(qint64 article, Document &doc)
{
    Statement st(m_db.handle(), u"SELECT layer, ann_id, data FROM annotation WHERE article_id = :a "
                                "ORDER BY layer, begin_pos, end_pos, ann_id"_s);
    st.bind(u":a"_s, article);
    if (!st.exec())
        return st.result();
    QList<Quote> quotes;
    QList<NonQuote> nonQuotes;
    QList<Mention> mentions;
    QList<Entity> entities;
    QList<TimeExpr> dates;
    QList<Removal> removals;
    const int textLength = int(doc.text().size());
    auto read = [&](const QJsonObject &o, auto &list) {
        typename std::decay_t<decltype(list)>::value_type a;
        if (!codec::decode(o, a))
            return false;
        if constexpr (!std::is_same_v<decltype(a), Entity>) {
            if (a.span.end > textLength)
                return false;
        }
        list.append(a);
        return true;
    };
    while (st.next()) {
        const auto o = codec::fromBytes(st.value(2).toString().toUtf8());
        bool ok = bool(o);
        if (ok) {
            switch (Store(st.value(0).toInt())) {
            case Store::Quotes:
                ok = read(*o, quotes);
                break;
            case Store::NonQuotes:
                ok = read(*o, nonQuotes);
                break;
            case Store::Mentions:
                ok = read(*o, mentions);
                break;
            case Store::Entities:
                ok = read(*o, entities);
                break;
            case Store::TimeExprs:
                ok = read(*o, dates);
                break;
            case Store::Removals:
                ok = read(*o, removals);
                break;
            default:
                ok = false;
            }
        }
        if (!ok)
            return StoreResult::failed(u"annotation %1 of layer %2 of article %3 cannot be read"_s.arg(
                st.value(1).toString(), st.value(0).toString(), QString::number(article)));
    }
    doc.setQuotes(quotes);
    doc.setNonQuotes(nonQuotes);
    doc.setMentions(mentions);
    doc.setEntities(entities);
    doc.setTimeExprs(dates);
    doc.setRemovals(removals);
    return {};
}

QList<std::pair<qint64, Entity>> AnnotationRows::unlinkedEntities(qint64 article, StoreResult *result)
{
    QList<std::pair<qint64, Entity>> out;
    Statement st(m_db.handle(), u"SELECT row_id, data FROM annotation WHERE article_id = :a AND layer = :l "
                                "AND person_id IS NULL"_s);
    st.bind(u":a"_s, article).bind(u":l"_s, int(Store::Entities));
    if (!st.exec()) {
        *result = st.result();
        return out;
    }
    while (st.next()) {
        Entity e;
        if (const auto o = codec::fromBytes(st.value(1).toString().toUtf8()); o && codec::decode(*o, e))
            out.append({st.value(0).toLongLong(), e});
    }
    *result = {};
    return out;
}

} // namespace saywho::store
