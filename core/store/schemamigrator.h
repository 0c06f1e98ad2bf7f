#pragma once

#include "storeresult.h"

namespace saywho::store {

class Database;

// Brings a library to the schema this build writes: reads PRAGMA user_version, applies every later
// step of schemaSteps() in one transaction (all or nothing) and sets the version. A library from a
// newer SayWho is refused before anything is written.
class SchemaMigrator final
{
public:
    // upTo < 0: the latest version. (Tests stop earlier to build old libraries.)
    static StoreResult migrate(Database &db, int upTo = -1);
    // user_version of the open database, or -1 with result set when it cannot be read.
    static int version(Database &db, StoreResult *result = nullptr);
};

} // namespace saywho::store
