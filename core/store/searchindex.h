#pragma once

#include "storeresult.h"

#include <QDate>
#include <QList>
#include <QString>

namespace saywho::store {

class Database;

struct SearchHit
{
    qint64 article = 0;
    QString title;
    QDate dct;
    int quote = 0;    // the quote's annotation id when the hit is in a quote, else 0
    int position = 0; // where in the text the hit's quote starts (0 for article hits)
    QString snippet;  // a few words around the match, the match between [ and ]
};

// Full-text search (SQLite FTS5 with external content over article and annotation, so both
// indexes can be rebuilt from the canonical tables). All FTS SQL lives here: a later PostgreSQL
// library replaces this class alone.
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    // The rowids of both indexes are sort keys, the publication day above the article id or the
    // quote's annotation row id, so "newest first, at most N" reads N entries of an index and
    // stops. The schema's version 3 step computes the same keys in SQL.
    static qint64 articleKey(qint64 id, const QDate &dct);
    static qint64 quoteKey(qint64 rowId, const QDate &dct);

    // The article row must hold its sort key (articleKey) already; these index it.
    StoreResult addArticle(qint64 key, const QString &title, const QString &text);
    StoreResult removeArticle(qint64 key, const QString &title, const QString &text);
    // Gives the quote row its sort key and indexes its words; removal needs the key it was given.
    StoreResult addQuote(qint64 rowId, const QDate &dct, const QString &body);
    StoreResult removeQuote(qint64 key, const QString &body);
    // A changed publication date moves the article and each of its quotes to their new place.
    StoreResult moveArticle(qint64 id, const QDate &dct);
    StoreResult rebuild();

    // The user's words as an FTS query that means "all these words" (or the phrase when quoted),
    // whatever FTS syntax they hold: each word becomes a quoted string.
    static QString toFtsQuery(const QString &userQuery);

    // Articles whose title or text match, newest publication first (then newest import), at most
    // limit; no ranking over all matches.
    QList<SearchHit> articles(const QString &userQuery, int limit, StoreResult *result = nullptr);
    // Quotes whose words match, newest article first.
    QList<SearchHit> quotes(const QString &userQuery, int limit, StoreResult *result = nullptr);

private:
    Database &m_db;
};

} // namespace saywho::store
