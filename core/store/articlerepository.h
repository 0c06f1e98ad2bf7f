#pragma once

#include "storeresult.h"

#include "model/document.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace saywho::store {

class Database;
class SearchIndex;

struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QDate dct;
    QString site;
    QString path;
    int quotes = 0;
    int corrections = 0;
    QDateTime importedAt;
    QDateTime lastOpened;
};

// What the article table holds of a document: its texts and metadata, not its annotations.
struct StoredArticle
{
    qint64 id = 0;
    QString text;
    QString originalText;
    QList<core::SourceRun> runs;
    core::DocumentMetadata metadata;
    QList<int> nextIds;
    QString engineVersion;
};

// The article table: one row per stored article, found by id or by the hash of its text.
class ArticleRepository final
{
public:
    ArticleRepository(Database &db, SearchIndex &search) : m_db(db), m_search(search) {}

    std::optional<qint64> findByHash(const QString &hash, StoreResult *result = nullptr);
    StoreResult insert(const core::Document &doc, const QString &engineVersion, qint64 *id);
    std::optional<StoredArticle> read(qint64 id, StoreResult *result = nullptr);
    // Metadata, id counters and (after a re-analysis) the engine version.
    StoreResult update(qint64 id, const core::Document &doc, const QString &engineVersion = {});
    StoreResult markOpened(qint64 id);
    QList<ArticleSummary> list(StoreResult *result = nullptr);
    QList<qint64> ids(StoreResult *result = nullptr);

private:
    Database &m_db;
    SearchIndex &m_search;
};

} // namespace saywho::store
