#include "schemamigrator.h"

#include "database.h"
#include "schemasteps.h"

#include <QCoreApplication>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace saywho::store {

int SchemaMigrator::version(Database &db, StoreResult *result)
{
    StoreResult r;
    const QVariant v = db.scalar(u"PRAGMA user_version"_s, &r);
    if (result)
        *result = r;
    return r.ok() ? v.toInt() : -1;
}

StoreResult SchemaMigrator::migrate(Database &db, int upTo)
{
    const int target = upTo < 0 ? latestSchemaVersion() : upTo;
    StoreResult r;
    const int current = version(db, &r);
    if (!r.ok())
        return r;
    if (current > latestSchemaVersion())
        return StoreResult::failed(
            QCoreApplication::translate("saywho::store::SchemaMigrator",
                                        "This library was written by a newer SayWho (library version %1; "
                                        "this SayWho reads up to version %2). It was left untouched.")
                .arg(current)
                .arg(latestSchemaVersion()));
    if (current >= target)
        return {};
    Transaction tx(db);
    if (!tx.begun().ok())
        return tx.begun();
    // Another process may have migrated while this one waited for the write lock.
    const int locked = version(db, &r);
    if (!r.ok())
        return r;
    if (locked >= target)
        return {};
    for (const SchemaStep &step : schemaSteps()) {
        if (step.version <= locked || step.version > target)
            continue;
        for (const QString &sql : step.statements) {
            if (StoreResult s = db.exec(sql); !s.ok())
                return StoreResult::failed(
                    u"schema step %1 (%2): %3"_s.arg(step.version).arg(step.summary, s.error), s.busy);
        }
    }
    // PRAGMA takes no bound values; target is an int of ours.
    if (StoreResult s = db.exec(u"PRAGMA user_version = %1"_s.arg(target)); !s.ok())
        return s;
    return tx.commit();
}

} // namespace saywho::store
