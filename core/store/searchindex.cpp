#include "searchindex.h"

#include "database.h"
#include "model/userlayer.h"
#include "statement.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace saywho::store {

namespace {

StoreResult run(Statement &st)
{
    return st.exec() ? StoreResult{} : st.result();
}

// 22 bits of days reach the year 6770; the ids below them have 32 (articles) and 40 bits (rows).
qint64 dayOf(const QDate &dct)
{
    return dct.isValid() ? std::clamp<qint64>(dct.toJulianDay(), 0, (qint64(1) << 22) - 1) : 0;
}

} // namespace

qint64 SearchIndex::articleKey(qint64 id, const QDate &dct)
{
    return (dayOf(dct) << 32) | id;
}

qint64 SearchIndex::quoteKey(qint64 rowId, const QDate &dct)
{
    return (dayOf(dct) << 40) | rowId;
}

StoreResult SearchIndex::addArticle(qint64 key, const QString &title, const QString &text)
{
    Statement st(m_db.handle(),
                 u"INSERT INTO article_fts (rowid, title, text) VALUES (:id, :title, :text)"_s);
    st.bind(u":id"_s, key).bind(u":title"_s, title).bind(u":text"_s, text);
    return run(st);
}

StoreResult SearchIndex::removeArticle(qint64 key, const QString &title, const QString &text)
{
    Statement st(m_db.handle(), u"INSERT INTO article_fts (article_fts, rowid, title, text) "
                                "VALUES ('delete', :id, :title, :text)"_s);
    st.bind(u":id"_s, key).bind(u":title"_s, title).bind(u":text"_s, text);
    return run(st);
}

StoreResult SearchIndex::addQuote(qint64 rowId, const QDate &dct, const QString &body)
{
    const qint64 key = quoteKey(rowId, dct);
    Statement keyed(m_db.handle(), u"UPDATE annotation SET sort_key = :k WHERE row_id = :r"_s);
    keyed.bind(u":k"_s, key).bind(u":r"_s, rowId);
    if (StoreResult r = run(keyed); !r.ok())
        return r;
    Statement st(m_db.handle(), u"INSERT INTO quote_fts (rowid, body) VALUES (:id, :body)"_s);
    st.bind(u":id"_s, key).bind(u":body"_s, body);
    return run(st);
}

StoreResult SearchIndex::removeQuote(qint64 key, const QString &body)
{
    Statement st(m_db.handle(),
                 u"INSERT INTO quote_fts (quote_fts, rowid, body) VALUES ('delete', :id, :body)"_s);
    st.bind(u":id"_s, key).bind(u":body"_s, body);
    return run(st);
}

StoreResult SearchIndex::moveArticle(qint64 id, const QDate &dct)
{
    Statement old(m_db.handle(), u"SELECT sort_key, title, text FROM article WHERE id = :id"_s);
    old.bind(u":id"_s, id);
    if (!old.exec() || !old.next())
        return old.error().isEmpty() ? StoreResult::failed(u"there is no article %1"_s.arg(id))
                                     : old.result();
    const qint64 key = articleKey(id, dct);
    if (old.value(0).toLongLong() == key)
        return {};
    if (StoreResult r =
            removeArticle(old.value(0).toLongLong(), old.value(1).toString(), old.value(2).toString());
        !r.ok())
        return r;
    Statement keyed(m_db.handle(), u"UPDATE article SET sort_key = :k WHERE id = :id"_s);
    keyed.bind(u":k"_s, key).bind(u":id"_s, id);
    if (StoreResult r = run(keyed); !r.ok())
        return r;
    if (StoreResult r = addArticle(key, old.value(1).toString(), old.value(2).toString()); !r.ok())
        return r;
    Statement quotes(m_db.handle(), u"SELECT row_id, sort_key, body FROM annotation "
                                    "WHERE article_id = :a AND layer = :l"_s);
    quotes.bind(u":a"_s, id).bind(u":l"_s, int(core::Store::Quotes));
    if (!quotes.exec())
        return quotes.result();
    QList<std::tuple<qint64, qint64, QString>> rows;
    while (quotes.next())
        rows.append({quotes.value(0).toLongLong(), quotes.value(1).toLongLong(), quotes.value(2).toString()});
    for (const auto &[row, oldKey, body] : rows) {
        if (StoreResult r = removeQuote(oldKey, body); !r.ok())
            return r;
        if (StoreResult r = addQuote(row, dct, body); !r.ok())
            return r;
    }
    return {};
}

StoreResult SearchIndex::rebuild()
{
    for (const QString &sql : {u"INSERT INTO article_fts (article_fts) VALUES ('rebuild')"_s,
                               u"INSERT INTO quote_fts (quote_fts) VALUES ('rebuild')"_s}) {
        if (StoreResult r = m_db.exec(sql); !r.ok())
            return r;
    }
    return {};
}

QString SearchIndex::toFtsQuery(const QString &userQuery)
{
    const QString q = userQuery.trimmed();
    auto quoted = [](QString s) { return u'"' + s.replace(u'"', u"\"\""_s) + u'"'; };
    // A query in double quotes is a phrase: FTS5 matches its tokens in order.
    if (q.size() > 2 && q.startsWith(u'"') && q.endsWith(u'"'))
        return quoted(q.mid(1, q.size() - 2));
    static const QRegularExpression space(u"\\s+"_s);
    QStringList words;
    for (const QString &w : q.split(space, Qt::SkipEmptyParts))
        words.append(quoted(w));
    return words.join(u' ');
}

QList<SearchHit> SearchIndex::articles(const QString &userQuery, int limit, StoreResult *result)
{
    QList<SearchHit> hits;
    const QString fts = toFtsQuery(userQuery);
    if (fts.isEmpty())
        return hits;
    // The index walks its rowids (sort keys) downwards and stops at the limit; only the shown
    // rows get a snippet.
    Statement st(m_db.handle(),
                 u"SELECT a.id, a.title, a.dct, h.snippet FROM ("
                 " SELECT rowid AS k, snippet(article_fts, 1, '[', ']', '…', 12) AS snippet"
                 " FROM article_fts WHERE article_fts MATCH :q ORDER BY rowid DESC LIMIT :limit) h "
                 "JOIN article a ON a.sort_key = h.k ORDER BY h.k DESC"_s);
    st.bind(u":q"_s, fts).bind(u":limit"_s, limit);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return hits;
    }
    while (st.next())
        hits.append({st.value(0).toLongLong(), st.value(1).toString(),
                     QDate::fromString(st.value(2).toString(), Qt::ISODate), 0, 0, st.value(3).toString()});
    if (result)
        *result = {};
    return hits;
}

QList<SearchHit> SearchIndex::quotes(const QString &userQuery, int limit, StoreResult *result)
{
    QList<SearchHit> hits;
    const QString fts = toFtsQuery(userQuery);
    if (fts.isEmpty())
        return hits;
    // Within one day the page is cut by row id; the rows shown are then put in article and text order.
    Statement st(m_db.handle(),
                 u"SELECT a.id, a.title, a.dct, q.ann_id, q.begin_pos, h.snippet FROM ("
                 " SELECT rowid AS k, snippet(quote_fts, 0, '[', ']', '…', 16) AS snippet"
                 " FROM quote_fts WHERE quote_fts MATCH :q ORDER BY rowid DESC LIMIT :limit) h "
                 "JOIN annotation q ON q.sort_key = h.k JOIN article a ON a.id = q.article_id "
                 "ORDER BY a.sort_key DESC, q.begin_pos"_s);
    st.bind(u":q"_s, fts).bind(u":limit"_s, limit);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return hits;
    }
    while (st.next())
        hits.append({st.value(0).toLongLong(), st.value(1).toString(),
                     QDate::fromString(st.value(2).toString(), Qt::ISODate), st.value(3).toInt(),
                     st.value(4).toInt(), st.value(5).toString()});
    if (result)
        *result = {};
    return hits;
}

} // namespace saywho::store
