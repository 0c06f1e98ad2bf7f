#pragma once

#include <QString>

namespace saywho::store {

// What a store operation says back: empty error when it worked. busy is set when another process
// held the library longer than the busy timeout, so a caller can say so and try again.
struct StoreResult
{
    QString error;
    bool busy = false;
    bool ok() const { return error.isEmpty(); }
    static StoreResult failed(const QString &why, bool busy = false) { return {why, busy}; }
};

} // namespace saywho::store
