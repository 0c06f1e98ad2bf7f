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

} // namespace

const QList<SchemaStep> &schemaSteps()
{
    static const QList<SchemaStep> steps{articles(), peopleAndSearch()};
    return steps;
}

int latestSchemaVersion()
{
    return schemaSteps().constLast().version;
}

} // namespace saywho::store
