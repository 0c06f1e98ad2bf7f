#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

namespace saywho::core {

enum class Origin { Auto, User };

// What of an annotation the user decided. A re-analysis never recomputes a field marked here, and
// keeps an annotation with any mark whole (its span wins over what the engine would find there).
enum class UserField : unsigned {
    None = 0,
    Span = 1u << 0,    // drawn or moved by the user
    Kind = 1u << 1,    // quote kind, non-quote kind, mention or entity kind, TIMEX3 type
    Speaker = 1u << 2, // a quote's speaker (including "nobody")
    Value = 1u << 3,   // a date's TIMEX3 value
    Entity = 1u << 4,  // the entity a mention refers to
    Name = 1u << 5,    // an entity's name (renamed, merged into, split off)
};
Q_DECLARE_FLAGS(UserFields, UserField)
Q_DECLARE_OPERATORS_FOR_FLAGS(UserFields)

// Who produced an annotation: the engine (with the rule that decided and how sure it is) or the user.
// A re-analysis replaces only annotations the user made no decision on.
struct Provenance
{
    Origin origin = Origin::Auto;
    QString rule;
    double confidence = 1.0;
    UserFields user; // the user's changes to an automatic annotation (all of them for a user-made one)

    static Provenance byUser(UserFields fields)
    {
        Provenance p{Origin::User, QString(), 1.0, fields};
        return p;
    }
    // True when the user made or changed it: the engine must leave it as it is.
    bool userDecided() const { return origin == Origin::User || user != UserField::None; }
    bool decidedByUser(UserField f) const { return user.testFlag(f); }

    friend bool operator==(const Provenance &, const Provenance &) = default;
};

QString originName(Origin origin);
// The names of the fields, in UserField order ("span", "kind", "speaker", "value", "entity", "name"),
// and back (unknown names are ignored).
QStringList userFieldNames(UserFields fields);
UserFields userFieldsFromNames(const QStringList &names);

} // namespace saywho::core
