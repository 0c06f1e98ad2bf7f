#pragma once

#include "schema.h"
#include "storeresult.h"

#include "model/patch.h"

#include <QDateTime>
#include <QList>

namespace saywho::store {

class Database;

struct CorrectionEntry
{
    qint64 id = 0;
    qint64 article = 0;
    QDateTime madeAt;
    CorrectionKind kind = CorrectionKind::Edit;
    QString description; // the undo text the window showed ("Set speaker of “…” to Jen Psaki")
    core::Patch patch;   // what it changed: before and after of every annotation it touched
    qint64 reverts = 0;  // the entry this one reverted, 0 when none
    qint64 revertedBy = 0;
};

// The correction log: every edit and re-analysis of an article, when, and its patch, across
// sessions. Article → History lists it; reverting an entry applies its inverse as a new edit.
class CorrectionLog final
{
public:
    explicit CorrectionLog(Database &db) : m_db(db) {}

    StoreResult append(qint64 article, CorrectionKind kind, const QString &description,
                       const core::Patch &patch, qint64 reverts, qint64 *id);
    // Oldest first. Entries whose patch no longer decodes are reported in result, not skipped silently.
    QList<CorrectionEntry> list(qint64 article, StoreResult *result = nullptr);
    std::optional<CorrectionEntry> entry(qint64 id, StoreResult *result = nullptr);

private:
    Database &m_db;
};

} // namespace saywho::store
