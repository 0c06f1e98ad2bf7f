#include "schemasteps.h"

#include "schema.h"

using namespace Qt::StringLiterals;

namespace saywho::store {

namespace {

// Version 1: articles, their annotations (one table: every layer shares id, span, origin, rule,
// confidence and a compact JSON body) and the correction log.
SchemaStep articles()
{
    return {1,
            u"articles, annotations and the correction log"_s,
            {u"CREATE TABLE article ("
             "id INTEGER PRIMARY KEY,"
             "text_hash TEXT NOT NULL UNIQUE,"
             "title TEXT NOT NULL DEFAULT '',"
             "path TEXT NOT NULL DEFAULT '',"
             "url TEXT NOT NULL DEFAULT '',"
             "author TEXT NOT NULL DEFAULT '',"
             "site TEXT NOT NULL DEFAULT '',"
             "dct TEXT,"
             "dct_source INTEGER NOT NULL DEFAULT 0,"
             "next_ids TEXT NOT NULL,"
             "engine_version TEXT NOT NULL,"
             "imported_at TEXT NOT NULL,"
             "opened_at TEXT,"
             // The long columns last: SQLite reads a row's columns in order, so the list and the
             // search sort never walk an article's text.
             "metadata TEXT NOT NULL,"
             "text TEXT NOT NULL,"
             "original_text TEXT,"
             "source_runs TEXT)"_s,
             u"CREATE INDEX article_dct ON article (dct, id)"_s,
             u"CREATE TABLE annotation ("
             "row_id INTEGER PRIMARY KEY,"
             "article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
             "layer INTEGER NOT NULL,"
             "ann_id INTEGER NOT NULL,"
             "begin_pos INTEGER NOT NULL,"
             "end_pos INTEGER NOT NULL,"
             "origin INTEGER NOT NULL,"
             "user_fields INTEGER NOT NULL,"
             "rule TEXT NOT NULL DEFAULT '',"
             "confidence REAL NOT NULL,"
             "speaker INTEGER,"
             "data TEXT NOT NULL,"
             "body TEXT,"
             "UNIQUE (article_id, layer, ann_id))"_s,
             u"CREATE INDEX annotation_speaker ON annotation (article_id, layer, speaker)"_s,
             u"CREATE TABLE correction ("
             "id INTEGER PRIMARY KEY,"
             "article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
             "made_at TEXT NOT NULL,"
             "kind INTEGER NOT NULL,"
             "description TEXT NOT NULL,"
             "patch TEXT NOT NULL,"
             "reverts INTEGER)"_s,
             u"CREATE INDEX correction_article ON correction (article_id, id)"_s}};
}

// Version 2: people across the library, and full-text search over articles and quotes. Existing
// entities are linked to people by Library::open (the rule lives in C++, not in SQL).
SchemaStep peopleAndSearch()
{
    return {
        2,
        u"library people and full-text search"_s,
        {u"CREATE TABLE person ("
         "id INTEGER PRIMARY KEY,"
         "name TEXT NOT NULL,"
         "kind INTEGER NOT NULL,"
         "created_at TEXT NOT NULL)"_s,
         u"CREATE TABLE person_name ("
         "person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
         "name_key TEXT NOT NULL,"
         "surname INTEGER NOT NULL DEFAULT 0,"
         "PRIMARY KEY (person_id, name_key))"_s,
         u"CREATE INDEX person_name_key ON person_name (name_key)"_s,
         u"ALTER TABLE annotation ADD COLUMN person_id INTEGER REFERENCES person(id) ON DELETE SET NULL"_s,
         u"CREATE INDEX annotation_person ON annotation (person_id)"_s,
         u"CREATE TABLE person_log ("
         "id INTEGER PRIMARY KEY,"
         "made_at TEXT NOT NULL,"
         "kind INTEGER NOT NULL,"
         "data TEXT NOT NULL)"_s,
         u"CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article', content_rowid='id')"_s,
         u"CREATE VIRTUAL TABLE quote_fts USING fts5(body, content='annotation', content_rowid='row_id')"_s,
         u"INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM article"_s,
         u"INSERT INTO quote_fts (rowid, body) SELECT row_id, body FROM annotation WHERE layer = %1"_s.arg(
             int(core::Store::Quotes))}};
}

// Version 3: every search answers newest first from an index, so it stops at the page it shows
// instead of sorting all matches. The full-text rowids become sort keys (publication day above the
// article or annotation row id; SearchIndex computes them), and each quote carries its speaker's
// library person. The quote index reads quotes only (the view): entity names are not quotes. The
// indexes leave out the rows without a key (most rows are not quotes, nor linked entities).
SchemaStep newestFirst()
{
    const QString quotes = QString::number(int(core::Store::Quotes));
    const QString entities = QString::number(int(core::Store::Entities));
    const QString day = u"COALESCE(MIN(MAX(CAST(julianday(%1) + 0.5 AS INTEGER), 0), 4194303), 0)"_s;
    return {
        3,
        u"newest-first search keys and quote speakers"_s,
        {u"DROP TABLE article_fts"_s, u"DROP TABLE quote_fts"_s,
         u"ALTER TABLE article ADD COLUMN sort_key INTEGER"_s,
         u"UPDATE article SET sort_key = (%1 << 32) | id"_s.arg(day.arg(u"dct"_s)),
         u"CREATE UNIQUE INDEX article_sort ON article (sort_key)"_s,
         u"ALTER TABLE annotation ADD COLUMN sort_key INTEGER"_s,
         u"ALTER TABLE annotation ADD COLUMN speaker_person INTEGER REFERENCES person(id) ON DELETE SET NULL"_s,
         u"UPDATE annotation SET sort_key = (%1 << 40) | row_id WHERE layer = %2"_s.arg(
             day.arg(u"(SELECT a.dct FROM article a WHERE a.id = annotation.article_id)"_s), quotes),
         u"UPDATE annotation SET speaker_person = (SELECT e.person_id FROM annotation e "
         "WHERE e.article_id = annotation.article_id AND e.layer = %1 AND e.ann_id = annotation.speaker) "
         "WHERE layer = %2"_s.arg(entities, quotes),
         u"CREATE UNIQUE INDEX annotation_sort ON annotation (sort_key) WHERE sort_key IS NOT NULL"_s,
         u"CREATE INDEX annotation_speaker_person ON annotation (speaker_person, sort_key) "
         "WHERE speaker_person IS NOT NULL"_s,
         u"DROP INDEX annotation_person"_s,
         u"CREATE INDEX annotation_person ON annotation (person_id, article_id) WHERE person_id IS NOT NULL"_s,
         u"CREATE VIEW quote_text AS SELECT sort_key, body FROM annotation WHERE layer = %1"_s.arg(quotes),
         u"CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article', content_rowid='sort_key')"_s,
         u"CREATE VIRTUAL TABLE quote_fts USING fts5(body, content='quote_text', content_rowid='sort_key')"_s,
         u"INSERT INTO article_fts (article_fts) VALUES ('rebuild')"_s,
         u"INSERT INTO quote_fts (quote_fts) VALUES ('rebuild')"_s}};
}

} // namespace

const QList<SchemaStep> &schemaSteps()
{
    static const QList<SchemaStep> steps{articles(), peopleAndSearch(), newestFirst()};
    return steps;
}

int latestSchemaVersion()
{
    return schemaSteps().constLast().version;
}

} // namespace saywho::store
