#include "searchindex.h"

#include "database.h"
#include "model/userlayer.h"
#include "statement.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saywho::store {

namespace {

StoreResult run(Statement &st)
{
    return st.exec() ? StoreResult{} : st.result();
}

} // namespace

StoreResult SearchIndex::addArticle(qint64 id, const QString &title, const QString &text)
{
    Statement st(m_db.handle(),
                 u"INSERT INTO article_fts (rowid, title, text) VALUES (:id, :title, :text)"_s);
    st.bind(u":id"_s, id).bind(u":title"_s, title).bind(u":text"_s, text);
    return run(st);
}

StoreResult SearchIndex::removeArticle(qint64 id, const QString &title, const QString &text)
{
    Statement st(m_db.handle(), u"INSERT INTO article_fts (article_fts, rowid, title, text) "
                                "VALUES ('delete', :id, :title, :text)"_s);
    st.bind(u":id"_s, id).bind(u":title"_s, title).bind(u":text"_s, text);
    return run(st);
}

StoreResult SearchIndex::addQuote(qint64 rowId, const QString &body)
{
    Statement st(m_db.handle(), u"INSERT INTO quote_fts (rowid, body) VALUES (:id, :body)"_s);
    st.bind(u":id"_s, rowId).bind(u":body"_s, body);
    return run(st);
}

StoreResult SearchIndex::removeQuote(qint64 rowId, const QString &body)
{
    Statement st(m_db.handle(),
                 u"INSERT INTO quote_fts (quote_fts, rowid, body) VALUES ('delete', :id, :body)"_s);
    st.bind(u":id"_s, rowId).bind(u":body"_s, body);
    return run(st);
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
    // The matching ids come from the index alone; only the shown rows get a snippet.
    Statement st(
        m_db.handle(),
        u"SELECT a.id, a.title, a.dct, snippet(article_fts, 1, '[', ']', '…', 12) "
        "FROM article_fts JOIN article a ON a.id = article_fts.rowid "
        "WHERE article_fts MATCH :q AND article_fts.rowid IN ("
        " SELECT t.id FROM article t JOIN article_fts f ON f.rowid = t.id WHERE article_fts MATCH :q2"
        " ORDER BY t.dct DESC, t.id DESC LIMIT :limit) "
        "ORDER BY a.dct DESC, a.id DESC"_s);
    st.bind(u":q"_s, fts).bind(u":q2"_s, fts).bind(u":limit"_s, limit);
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
    Statement st(
        m_db.handle(),
        u"SELECT a.id, a.title, a.dct, q.ann_id, q.begin_pos, snippet(quote_fts, 0, '[', ']', '…', 16) "
        "FROM quote_fts JOIN annotation q ON q.row_id = quote_fts.rowid "
        "JOIN article a ON a.id = q.article_id "
        "WHERE quote_fts MATCH :q AND quote_fts.rowid IN ("
        " SELECT x.row_id FROM quote_fts f JOIN annotation x ON x.row_id = f.rowid"
        " JOIN article t ON t.id = x.article_id WHERE quote_fts MATCH :q2"
        " ORDER BY t.dct DESC, t.id DESC, x.begin_pos LIMIT :limit) "
        "ORDER BY a.dct DESC, a.id DESC, q.begin_pos"_s);
    st.bind(u":q"_s, fts).bind(u":q2"_s, fts).bind(u":limit"_s, limit);
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
