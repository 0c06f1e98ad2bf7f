#pragma once

#include "storeresult.h"

#include "model/entity.h"

#include <QDate>
#include <QList>
#include <QString>

namespace saywho::store {

class Database;

struct LibraryPerson
{
    qint64 id = 0;
    QString name;
    core::EntityKind kind = core::EntityKind::Person;
    int articles = 0;
    int quotes = 0;
};

struct LibraryQuote
{
    qint64 article = 0;
    QString title;
    QDate dct;
    int quote = 0; // annotation id in its article
    int position = 0;
    QString text;
    QString speaker; // the article's name for the speaker
};

// A merge of two library people, kept so that it can be undone exactly (and logged).
struct PersonMerge
{
    qint64 into = 0;
    qint64 from = 0;
    QString fromName;
    core::EntityKind fromKind = core::EntityKind::Person;
    QStringList fromNames;    // name keys that were from's
    QStringList addedNames;   // those of them into did not have before
    QList<qint64> entityRows; // annotation rows that pointed at from
};

// A split, kept so that it can be undone exactly: the entity rows moved from person to created.
struct PersonSplit
{
    qint64 person = 0;
    qint64 created = 0;
    QString name;
    QList<qint64> entityRows;
};

// Where a library person appears: one entity of one article, with that article's name for it.
struct PersonAppearance
{
    qint64 entityRow = 0;
    qint64 article = 0;
    QString title;
    QDate dct;
    QString name;
    int quotes = 0;
};

// The people (and organisations) of the whole library: one library person for the same person in
// many articles, linked by full name, alias, or an unambiguous surname. The user can merge and
// split them; every change is logged and returns what undoes it.
class PersonRepository final
{
public:
    explicit PersonRepository(Database &db) : m_db(db) {}

    // The key two names must share to be the same person: case, accents of the Latin alphabet,
    // periods and spacing do not count ("Anthony J. Blinken" and "anthony j blinken").
    static QString nameKey(const QString &name);

    // Links an article's entity (its annotation row) to a library person, creating one when no
    // name matches. Anonymous and nameless entities stay unlinked.
    StoreResult link(qint64 entityRow, const core::Entity &entity);

    // People whose name, alias or (when only one person has it) surname is name.
    QList<LibraryPerson> find(const QString &name, StoreResult *result = nullptr);
    QList<LibraryPerson> all(StoreResult *result = nullptr);
    std::optional<LibraryPerson> person(qint64 id);
    // Every quote whose speaker is one of person's entities, newest article first.
    QList<LibraryQuote> quotesBy(qint64 person, int limit, StoreResult *result = nullptr);
    // Ids of the articles that mention person.
    QList<qint64> articlesMentioning(qint64 person, StoreResult *result = nullptr);
    // The annotation rows of person's entities (what a split moves).
    QList<qint64> entityRows(qint64 person, StoreResult *result = nullptr);
    // Each entity of person, newest article first: what the user chooses from when splitting.
    QList<PersonAppearance> appearances(qint64 person, StoreResult *result = nullptr);

    StoreResult merge(qint64 into, qint64 from, PersonMerge *undo);
    StoreResult unmerge(const PersonMerge &merge);
    // Moves the given entity rows to a new person named name; newPerson gets its id.
    StoreResult split(qint64 person, const QList<qint64> &entityRows, const QString &name, qint64 *newPerson);
    // Undoes a split: everything of the created person goes back (entities linked to it since
    // included), and the created person is gone.
    StoreResult unsplit(const PersonSplit &split);

private:
    qint64 resolve(const core::Entity &entity, StoreResult *result);
    StoreResult addNames(qint64 person, const core::Entity &entity);
    // Gives an entity row (and so its quotes) a person; with onlyFrom, only if it had that one.
    StoreResult assign(qint64 entityRow, qint64 person, qint64 onlyFrom = 0);
    StoreResult log(int kind, const QByteArray &data);

    Database &m_db;
};

} // namespace saywho::store
