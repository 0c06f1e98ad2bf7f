#pragma once

#include <QString>

namespace saywho::core {

enum class Origin { Auto, User };

// Who produced an annotation: the engine (with the rule that decided and how sure it is) or the user.
// A re-analysis replaces only Auto annotations.
struct Provenance
{
    Origin origin = Origin::Auto;
    QString rule;
    double confidence = 1.0;

    static Provenance user() { return {Origin::User, QString(), 1.0}; }
};

QString originName(Origin origin);

} // namespace saywho::core
