#include "articlerepository.h"

#include "annotationcodec.h"
#include "database.h"
#include "searchindex.h"
#include "statement.h"
#include "texthash.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace saywho::core;

namespace saywho::store {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString nextIdsOf(const Document &doc)
{
    QStringList ids;
    for (int i = 0; i < int(Store::Count); ++i)
        ids.append(QString::number(doc.nextId(Store(i))));
    return ids.join(u',');
}

QVariant runsOf(const Document &doc)
{
    const QList<SourceRun> runs = doc.sourceRuns();
    if (runs.isEmpty())
        return {};
    QJsonArray a;
    for (const SourceRun &r : runs)
        a.append(QJsonArray{r.textBegin, r.originalBegin, r.length});
    return QString::fromUtf8(codec::toBytes({{u"runs"_s, a}}));
}

// The original text only when it differs from text() (CRLF files, Markdown).
QVariant originalOf(const Document &doc)
{
    return doc.originalText() == doc.text() ? QVariant() : QVariant(doc.originalText());
}

QString dctOf(const DocumentMetadata &m)
{
    return m.dct.isValid() ? m.dct.toString(Qt::ISODate) : QString();
}

} // namespace

std::optional<qint64> ArticleRepository::findByHash(const QString &hash, StoreResult *result)
{
    Statement st(m_db.handle(), u"SELECT id FROM article WHERE text_hash = :h"_s);
    st.bind(u":h"_s, hash);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return std::nullopt;
    }
    if (result)
        *result = {};
    if (!st.next())
        return std::nullopt;
    return st.value(0).toLongLong();
}

StoreResult ArticleRepository::insert(const Document &doc, const QString &engineVersion, qint64 *id)
{
    const DocumentMetadata &m = doc.metadata();
    Statement st(
        m_db.handle(),
        u"INSERT INTO article (text_hash, title, path, url, author, site, dct, dct_source, next_ids, "
        "engine_version, imported_at, opened_at, metadata, text, original_text, source_runs) VALUES (:h, "
        ":title, :path, :url, :author, :site, :dct, :ds, :ids, :ev, :at, :at2, :meta, :text, :orig, :runs)"_s);
    st.bind(u":h"_s, textHash(doc.originalText()))
        .bind(u":title"_s, m.title)
        .bind(u":path"_s, m.path)
        .bind(u":url"_s, m.url.toString(QUrl::FullyEncoded))
        .bind(u":author"_s, m.author)
        .bind(u":site"_s, m.siteName)
        .bind(u":dct"_s, dctOf(m).isEmpty() ? QVariant() : QVariant(dctOf(m)))
        .bind(u":ds"_s, int(m.dctSource))
        .bind(u":ids"_s, nextIdsOf(doc))
        .bind(u":ev"_s, engineVersion)
        .bind(u":at"_s, nowUtc())
        .bind(u":at2"_s, nowUtc())
        .bind(u":meta"_s, QString::fromUtf8(codec::toBytes(codec::encode(m))))
        .bind(u":text"_s, doc.text())
        .bind(u":orig"_s, originalOf(doc))
        .bind(u":runs"_s, runsOf(doc));
    if (!st.exec())
        return st.result();
    *id = st.lastInsertId();
    const qint64 key = SearchIndex::articleKey(*id, m.dct);
    Statement keyed(m_db.handle(), u"UPDATE article SET sort_key = :k WHERE id = :id"_s);
    keyed.bind(u":k"_s, key).bind(u":id"_s, *id);
    if (!keyed.exec())
        return keyed.result();
    return m_search.addArticle(key, m.title, doc.text());
}

std::optional<StoredArticle> ArticleRepository::read(qint64 id, StoreResult *result)
{
    Statement st(m_db.handle(),
                 u"SELECT text, original_text, source_runs, metadata, next_ids, engine_version "
                 "FROM article WHERE id = :id"_s);
    st.bind(u":id"_s, id);
    auto fail = [&](const QString &why) -> std::optional<StoredArticle> {
        if (result)
            *result = StoreResult::failed(why, st.busy());
        return std::nullopt;
    };
    if (!st.exec())
        return fail(st.error());
    if (!st.next())
        return fail(u"there is no article %1 in the library"_s.arg(id));
    StoredArticle a;
    a.id = id;
    a.text = st.value(0).toString();
    a.originalText = st.value(1).isNull() ? a.text : st.value(1).toString();
    if (!st.value(2).isNull()) {
        const auto o = codec::fromBytes(st.value(2).toString().toUtf8());
        if (!o)
            return fail(u"the text map of article %1 cannot be read"_s.arg(id));
        for (const QJsonValue &v : o->value(u"runs"_s).toArray()) {
            const QJsonArray r = v.toArray();
            a.runs.append({r.at(0).toInt(), r.at(1).toInt(), r.at(2).toInt()});
        }
    }
    const auto meta = codec::fromBytes(st.value(3).toString().toUtf8());
    if (!meta || !codec::decode(*meta, a.metadata))
        return fail(u"the metadata of article %1 cannot be read"_s.arg(id));
    for (const QString &n : st.value(4).toString().split(u','))
        a.nextIds.append(n.toInt());
    a.engineVersion = st.value(5).toString();
    if (result)
        *result = {};
    return a;
}

StoreResult ArticleRepository::update(qint64 id, const Document &doc, const QString &engineVersion)
{
    const DocumentMetadata &m = doc.metadata();
    Statement old(m_db.handle(), u"SELECT title, sort_key FROM article WHERE id = :id"_s);
    old.bind(u":id"_s, id);
    if (!old.exec() || !old.next())
        return old.error().isEmpty() ? StoreResult::failed(u"no article %1"_s.arg(id)) : old.result();
    const QString oldTitle = old.value(0).toString();
    const qint64 key = old.value(1).toLongLong();
    Statement st(m_db.handle(),
                 u"UPDATE article SET title = :title, path = :path, url = :url, author = :author, "
                 "site = :site, dct = :dct, dct_source = :ds, next_ids = :ids, metadata = :meta, "
                 "engine_version = COALESCE(:ev, engine_version) WHERE id = :id"_s);
    st.bind(u":title"_s, m.title)
        .bind(u":path"_s, m.path)
        .bind(u":url"_s, m.url.toString(QUrl::FullyEncoded))
        .bind(u":author"_s, m.author)
        .bind(u":site"_s, m.siteName)
        .bind(u":dct"_s, dctOf(m).isEmpty() ? QVariant() : QVariant(dctOf(m)))
        .bind(u":ds"_s, int(m.dctSource))
        .bind(u":ids"_s, nextIdsOf(doc))
        .bind(u":meta"_s, QString::fromUtf8(codec::toBytes(codec::encode(m))))
        .bind(u":ev"_s, engineVersion.isEmpty() ? QVariant() : QVariant(engineVersion))
        .bind(u":id"_s, id);
    if (!st.exec())
        return st.result();
    if (oldTitle != m.title) {
        if (StoreResult r = m_search.removeArticle(key, oldTitle, doc.text()); !r.ok())
            return r;
        if (StoreResult r = m_search.addArticle(key, m.title, doc.text()); !r.ok())
            return r;
    }
    return m_search.moveArticle(id, m.dct);
}

StoreResult ArticleRepository::markOpened(qint64 id)
{
    Statement st(m_db.handle(), u"UPDATE article SET opened_at = :t WHERE id = :id"_s);
    st.bind(u":t"_s, nowUtc()).bind(u":id"_s, id);
    return st.exec() ? StoreResult{} : st.result();
}

QList<ArticleSummary> ArticleRepository::list(StoreResult *result)
{
    QList<ArticleSummary> out;
    Statement st(
        m_db.handle(),
        u"SELECT a.id, a.title, a.dct, a.site, a.path, "
        "(SELECT COUNT(*) FROM annotation q WHERE q.article_id = a.id AND q.layer = %1), "
        "(SELECT COUNT(*) FROM correction c WHERE c.article_id = a.id AND c.kind <> 1), "
        "a.imported_at, a.opened_at FROM article a ORDER BY a.sort_key DESC"_s.arg(int(Store::Quotes)));
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return out;
    }
    while (st.next())
        out.append({st.value(0).toLongLong(), st.value(1).toString(),
                    QDate::fromString(st.value(2).toString(), Qt::ISODate), st.value(3).toString(),
                    st.value(4).toString(), st.value(5).toInt(), st.value(6).toInt(),
                    QDateTime::fromString(st.value(7).toString(), Qt::ISODateWithMs),
                    QDateTime::fromString(st.value(8).toString(), Qt::ISODateWithMs)});
    if (result)
        *result = {};
    return out;
}

QList<qint64> ArticleRepository::ids(StoreResult *result)
{
    QList<qint64> out;
    Statement st(m_db.handle(), u"SELECT id FROM article ORDER BY id"_s);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return out;
    }
    while (st.next())
        out.append(st.value(0).toLongLong());
    if (result)
        *result = {};
    return out;
}

} // namespace saywho::store
