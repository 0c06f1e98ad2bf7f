#pragma once

#include "storeresult.h"

#include "model/document.h"

#include <QVariant>

namespace saywho::core {
class Patch;
}

namespace saywho::store {

class Database;
class SearchIndex;

// The annotation table: one row per annotation of every layer, keyed by (article, layer, id).
// Quotes keep their text in body (the quote index reads it) and their speaker's entity id;
// entities keep their name in body and the library person they belong to, which their quotes
// repeat (speaker_person).
class AnnotationRows final
{
public:
    AnnotationRows(Database &db, SearchIndex &search) : m_db(db), m_search(search) {}

    // Every annotation layer and removal marker of doc.
    StoreResult insertAll(qint64 article, const core::Document &doc);
    // The rows a patch touches, as they are in after (the document the patch produced).
    StoreResult apply(qint64 article, const core::Patch &patch, const core::Document &after);
    // Fills doc's annotation layers and removals from the rows; false names the bad row.
    StoreResult readAll(qint64 article, core::Document &doc);
    // Entity rows of an article that have no library person yet: (row id, entity).
    QList<std::pair<qint64, core::Entity>> unlinkedEntities(qint64 article, StoreResult *result);

private:
    template <typename T> StoreResult put(qint64 article, const T &a, const core::Document &doc);
    template <typename T> StoreResult remove(qint64 article, const T &a);
    StoreResult setSpeakerPerson(qint64 article, int entity, const QVariant &person);
    template <typename T>
    StoreResult applyChanges(qint64 article, const auto &changes, const core::Document &doc);

    Database &m_db;
    SearchIndex &m_search;
};

} // namespace saywho::store
