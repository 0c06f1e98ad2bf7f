#include "personrepository.h"

#include "annotationcodec.h"
#include "database.h"
#include "schema.h"
#include "statement.h"

#include "model/userlayer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace saywho::core;

namespace saywho::store {

namespace {

// A person is matched against people, an organisation or group against organisations and groups.
int kindClass(EntityKind k)
{
    return k == EntityKind::Person ? 0 : 1;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QList<LibraryPerson> readPeople(Statement &st)
{
    QList<LibraryPerson> out;
    while (st.next())
        out.append({st.value(0).toLongLong(), st.value(1).toString(), EntityKind(st.value(2).toInt()),
                    st.value(3).toInt(), st.value(4).toInt()});
    return out;
}

// The counts the Library's People list shows; the subqueries go through annotation_person.
const QString personColumns =
    u"p.id, p.name, p.kind, "
    "(SELECT COUNT(DISTINCT e.article_id) FROM annotation e WHERE e.person_id = p.id), "
    "(SELECT COUNT(*) FROM annotation q WHERE q.speaker_person = p.id)"_s;

} // namespace

QString PersonRepository::nameKey(const QString &name)
{
    QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.isMark() || c == u'.')
            continue;
        if (c.isSpace() || c == u'-' || c == u'\u2010') {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(u' ');
        space = false;
        out.append(c.toCaseFolded());
    }
    return out;
}

qint64 PersonRepository::resolve(const Entity &entity, StoreResult *result)
{
    const QString key = nameKey(entity.name);
    const int cls = kindClass(entity.kind);
    auto byKey = [&](const QString &k, bool surnamesOnly) -> QList<qint64> {
        Statement st(m_db.handle(),
                     u"SELECT DISTINCT n.person_id FROM person_name n JOIN person p ON p.id = n.person_id "
                     "WHERE n.name_key = :k AND (p.kind = 0) = (:c = 0) "
                     "AND n.surname = :s ORDER BY n.person_id"_s);
        st.bind(u":k"_s, k).bind(u":c"_s, cls).bind(u":s"_s, surnamesOnly ? 1 : 0);
        QList<qint64> ids;
        if (!st.exec()) {
            *result = st.result();
            return ids;
        }
        while (st.next())
            ids.append(st.value(0).toLongLong());
        return ids;
    };
    *result = {};
    // The full name first, then each alias of several words: the oldest person holding it.
    QStringList keys{key};
    for (const QString &a : entity.aliases) {
        const QString k = nameKey(a);
        if (k.contains(u' ') && !keys.contains(k))
            keys.append(k);
    }
    for (const QString &k : keys) {
        const QList<qint64> ids = byKey(k, false);
        if (!result->ok())
            return 0;
        if (!ids.isEmpty())
            return ids.first();
    }
    // A lone surname ("Blinken") joins the one person it is the surname of, never a guess among several.
    if (!key.contains(u' ') && entity.kind == EntityKind::Person) {
        const QList<qint64> ids = byKey(key, true);
        if (!result->ok())
            return 0;
        if (ids.size() == 1)
            return ids.first();
    }
    Statement st(m_db.handle(), u"INSERT INTO person (name, kind, created_at) VALUES (:n, :k, :t)"_s);
    st.bind(u":n"_s, entity.name).bind(u":k"_s, int(entity.kind)).bind(u":t"_s, now());
    if (!st.exec()) {
        *result = st.result();
        return 0;
    }
    return st.lastInsertId();
}

StoreResult PersonRepository::addNames(qint64 person, const Entity &entity)
{
    QList<std::pair<QString, bool>> names{{nameKey(entity.name), false}};
    for (const QString &a : entity.aliases)
        names.append({nameKey(a), false});
    if (entity.kind == EntityKind::Person && entity.name.contains(u' '))
        names.append({nameKey(entity.name).section(u' ', -1), true});
    for (const auto &[k, surname] : names) {
        if (k.isEmpty())
            continue;
        Statement st(m_db.handle(),
                     u"INSERT INTO person_name (person_id, name_key, surname) VALUES (:p, :k, :s) "
                     "ON CONFLICT (person_id, name_key) DO NOTHING"_s);
        st.bind(u":p"_s, person).bind(u":k"_s, k).bind(u":s"_s, surname ? 1 : 0);
        if (!st.exec())
            return st.result();
    }
    return {};
}

StoreResult PersonRepository::link(qint64 entityRow, const Entity &entity)
{
    if (entity.anonymous || nameKey(entity.name).isEmpty())
        return {};
    StoreResult r;
    const qint64 person = resolve(entity, &r);
    if (!r.ok())
        return r;
    if (r = addNames(person, entity); !r.ok())
        return r;
    return assign(entityRow, person);
}

StoreResult PersonRepository::assign(qint64 entityRow, qint64 person, qint64 onlyFrom)
{
    Statement st(m_db.handle(),
                 onlyFrom ? u"UPDATE annotation SET person_id = :p WHERE row_id = :r AND person_id = :f"_s
                          : u"UPDATE annotation SET person_id = :p WHERE row_id = :r"_s);
    st.bind(u":p"_s, person).bind(u":r"_s, entityRow);
    if (onlyFrom)
        st.bind(u":f"_s, onlyFrom);
    if (!st.exec())
        return st.result();
    // The entity's quotes repeat its person (the "quotes by" index).
    Statement quotes(
        m_db.handle(),
        u"UPDATE annotation SET speaker_person = (SELECT e.person_id FROM annotation e WHERE e.row_id = :r) "
        "WHERE layer = :l AND (article_id, speaker) IN "
        "(SELECT article_id, ann_id FROM annotation WHERE row_id = :r2)"_s);
    quotes.bind(u":r"_s, entityRow).bind(u":l"_s, int(Store::Quotes)).bind(u":r2"_s, entityRow);
    return quotes.exec() ? StoreResult{} : quotes.result();
}

QList<LibraryPerson> PersonRepository::find(const QString &name, StoreResult *result)
{
    const QString key = nameKey(name);
    Statement st(m_db.handle(), u"SELECT %1 FROM person p WHERE p.id IN (SELECT person_id FROM person_name "
                                "WHERE name_key = :k AND surname = 0) ORDER BY p.id"_s.arg(personColumns));
    st.bind(u":k"_s, key);
    QList<LibraryPerson> out;
    if (st.exec())
        out = readPeople(st);
    if (out.isEmpty() && st.error().isEmpty()) {
        Statement sur(m_db.handle(),
                      u"SELECT %1 FROM person p WHERE p.id IN (SELECT person_id FROM person_name "
                      "WHERE name_key = :k) ORDER BY p.id"_s.arg(personColumns));
        sur.bind(u":k"_s, key);
        if (sur.exec())
            out = readPeople(sur);
        if (result)
            *result = sur.error().isEmpty() ? StoreResult{} : sur.result();
        return out;
    }
    if (result)
        *result = st.error().isEmpty() ? StoreResult{} : st.result();
    return out;
}

QList<LibraryPerson> PersonRepository::all(StoreResult *result)
{
    Statement st(m_db.handle(),
                 u"SELECT %1 FROM person p ORDER BY p.name COLLATE NOCASE, p.id"_s.arg(personColumns));
    QList<LibraryPerson> out;
    if (st.exec())
        out = readPeople(st);
    if (result)
        *result = st.error().isEmpty() ? StoreResult{} : st.result();
    return out;
}

std::optional<LibraryPerson> PersonRepository::person(qint64 id)
{
    Statement st(m_db.handle(), u"SELECT %1 FROM person p WHERE p.id = :id"_s.arg(personColumns));
    st.bind(u":id"_s, id);
    if (!st.exec())
        return std::nullopt;
    const QList<LibraryPerson> people = readPeople(st);
    if (people.isEmpty())
        return std::nullopt;
    return people.first();
}

QList<LibraryQuote> PersonRepository::quotesBy(qint64 person, int limit, StoreResult *result)
{
    QList<LibraryQuote> out;
    Statement st(
        m_db.handle(),
        u"SELECT a.id, a.title, a.dct, q.ann_id, q.begin_pos, q.body, e.body FROM ("
        " SELECT article_id, ann_id, begin_pos, body, speaker, sort_key FROM annotation"
        " WHERE speaker_person = :p ORDER BY sort_key DESC LIMIT :limit) q "
        "JOIN annotation e ON e.article_id = q.article_id AND e.layer = :el AND e.ann_id = q.speaker "
        "JOIN article a ON a.id = q.article_id ORDER BY a.sort_key DESC, q.begin_pos"_s);
    st.bind(u":el"_s, int(Store::Entities)).bind(u":p"_s, person);
    st.bind(u":limit"_s, limit);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return out;
    }
    while (st.next())
        out.append({st.value(0).toLongLong(), st.value(1).toString(),
                    QDate::fromString(st.value(2).toString(), Qt::ISODate), st.value(3).toInt(),
                    st.value(4).toInt(), st.value(5).toString(), st.value(6).toString()});
    if (result)
        *result = {};
    return out;
}

QList<qint64> PersonRepository::articlesMentioning(qint64 person, StoreResult *result)
{
    QList<qint64> out;
    Statement st(m_db.handle(), u"SELECT DISTINCT e.article_id FROM annotation e WHERE e.person_id = :p "
                                "ORDER BY e.article_id DESC"_s);
    st.bind(u":p"_s, person);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return out;
    }
    while (st.next())
        out.append(st.value(0).toLongLong());
    if (result)
        *result = {};
    return out;
}

QList<qint64> PersonRepository::entityRows(qint64 person, StoreResult *result)
{
    QList<qint64> out;
    Statement st(m_db.handle(), u"SELECT row_id FROM annotation WHERE person_id = :p ORDER BY row_id"_s);
    st.bind(u":p"_s, person);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return out;
    }
    while (st.next())
        out.append(st.value(0).toLongLong());
    if (result)
        *result = {};
    return out;
}

StoreResult PersonRepository::log(int kind, const QByteArray &data)
{
    Statement st(m_db.handle(), u"INSERT INTO person_log (made_at, kind, data) VALUES (:t, :k, :d)"_s);
    st.bind(u":t"_s, now()).bind(u":k"_s, kind).bind(u":d"_s, QString::fromUtf8(data));
    return st.exec() ? StoreResult{} : st.result();
}

StoreResult PersonRepository::merge(qint64 into, qint64 from, PersonMerge *undo)
{
    const auto a = person(into);
    const auto b = person(from);
    if (!a || !b || into == from)
        return StoreResult::failed(u"no such pair of library people"_s);
    PersonMerge m{into, from, b->name, b->kind, {}, {}, {}};
    Statement names(m_db.handle(), u"SELECT name_key FROM person_name WHERE person_id = :p"_s);
    names.bind(u":p"_s, from);
    if (!names.exec())
        return names.result();
    while (names.next())
        m.fromNames.append(names.value(0).toString());
    Statement had(m_db.handle(), u"SELECT name_key FROM person_name WHERE person_id = :p"_s);
    had.bind(u":p"_s, into);
    if (!had.exec())
        return had.result();
    QSet<QString> intoNames;
    while (had.next())
        intoNames.insert(had.value(0).toString());
    for (const QString &k : std::as_const(m.fromNames))
        if (!intoNames.contains(k))
            m.addedNames.append(k);
    Statement rows(m_db.handle(), u"SELECT row_id FROM annotation WHERE person_id = :p"_s);
    rows.bind(u":p"_s, from);
    if (!rows.exec())
        return rows.result();
    while (rows.next())
        m.entityRows.append(rows.value(0).toLongLong());
    for (const QString &sql : {u"UPDATE annotation SET person_id = :i WHERE person_id = :f"_s,
                               u"UPDATE annotation SET speaker_person = :i WHERE speaker_person = :f"_s}) {
        Statement move(m_db.handle(), sql);
        move.bind(u":i"_s, into).bind(u":f"_s, from);
        if (!move.exec())
            return move.result();
    }
    Statement moveNames(m_db.handle(), u"INSERT INTO person_name (person_id, name_key, surname) "
                                       "SELECT :i, name_key, surname FROM person_name WHERE person_id = :f "
                                       "ON CONFLICT (person_id, name_key) DO NOTHING"_s);
    moveNames.bind(u":i"_s, into).bind(u":f"_s, from);
    if (!moveNames.exec())
        return moveNames.result();
    Statement drop(m_db.handle(), u"DELETE FROM person WHERE id = :f"_s);
    drop.bind(u":f"_s, from);
    if (!drop.exec())
        return drop.result();
    if (undo)
        *undo = m;
    QJsonArray rowsJson;
    for (qint64 r : m.entityRows)
        rowsJson.append(r);
    return log(
        int(PersonChange::Merge),
        codec::toBytes(
            {{u"into"_s, into}, {u"from"_s, from}, {u"fromName"_s, m.fromName}, {u"rows"_s, rowsJson}}));
}

StoreResult PersonRepository::unmerge(const PersonMerge &m)
{
    Statement add(m_db.handle(),
                  u"INSERT INTO person (id, name, kind, created_at) VALUES (:id, :n, :k, :t)"_s);
    add.bind(u":id"_s, m.from).bind(u":n"_s, m.fromName).bind(u":k"_s, int(m.fromKind)).bind(u":t"_s, now());
    if (!add.exec())
        return add.result();
    // The names the merge gave into are its no more: each name finds the person it found before.
    for (const QString &k : m.addedNames) {
        Statement drop(m_db.handle(), u"DELETE FROM person_name WHERE person_id = :p AND name_key = :k"_s);
        drop.bind(u":p"_s, m.into).bind(u":k"_s, k);
        if (!drop.exec())
            return drop.result();
    }
    for (const QString &k : m.fromNames) {
        Statement n(m_db.handle(),
                    u"INSERT INTO person_name (person_id, name_key, surname) VALUES (:p, :k, "
                    "(SELECT COALESCE(MAX(surname), 0) FROM person_name WHERE name_key = :k2))"_s);
        n.bind(u":p"_s, m.from).bind(u":k"_s, k).bind(u":k2"_s, k);
        if (!n.exec())
            return n.result();
    }
    for (qint64 row : m.entityRows) {
        if (StoreResult r = assign(row, m.from); !r.ok())
            return r;
    }
    return log(int(PersonChange::UndoMerge),
               codec::toBytes({{u"person"_s, m.into}, {u"restored"_s, m.from}}));
}

StoreResult PersonRepository::split(qint64 personId, const QList<qint64> &entityRows, const QString &name,
                                    qint64 *newPerson)
{
    const auto p = person(personId);
    if (!p || entityRows.isEmpty() || nameKey(name).isEmpty())
        return StoreResult::failed(u"nothing to split"_s);
    Statement add(m_db.handle(), u"INSERT INTO person (name, kind, created_at) VALUES (:n, :k, :t)"_s);
    add.bind(u":n"_s, name).bind(u":k"_s, int(p->kind)).bind(u":t"_s, now());
    if (!add.exec())
        return add.result();
    const qint64 id = add.lastInsertId();
    Entity named;
    named.name = name;
    named.kind = p->kind;
    if (StoreResult r = addNames(id, named); !r.ok())
        return r;
    QJsonArray rowsJson;
    for (qint64 row : entityRows) {
        if (StoreResult r = assign(row, id, personId); !r.ok())
            return r;
        rowsJson.append(row);
    }
    if (newPerson)
        *newPerson = id;
    return log(int(PersonChange::Split),
               codec::toBytes({{u"person"_s, personId}, {u"new"_s, id}, {u"rows"_s, rowsJson}}));
}

StoreResult PersonRepository::unsplit(const PersonSplit &split)
{
    if (!person(split.person) || !person(split.created))
        return StoreResult::failed(u"no such pair of library people"_s);
    for (const QString &sql : {u"UPDATE annotation SET person_id = :p WHERE person_id = :c"_s,
                               u"UPDATE annotation SET speaker_person = :p WHERE speaker_person = :c"_s,
                               u"DELETE FROM person WHERE id = :c"_s}) {
        Statement st(m_db.handle(), sql);
        if (sql.contains(u":p"_s))
            st.bind(u":p"_s, split.person);
        st.bind(u":c"_s, split.created);
        if (!st.exec())
            return st.result();
    }
    return log(int(PersonChange::UndoSplit),
               codec::toBytes({{u"person"_s, split.person}, {u"removed"_s, split.created}}));
}

QList<PersonAppearance> PersonRepository::appearances(qint64 person, StoreResult *result)
{
    QList<PersonAppearance> out;
    Statement st(m_db.handle(),
                 u"SELECT e.row_id, e.article_id, a.title, a.dct, e.body, (SELECT COUNT(*) FROM annotation q "
                 "WHERE q.article_id = e.article_id AND q.layer = :ql AND q.speaker = e.ann_id) "
                 "FROM annotation e JOIN article a ON a.id = e.article_id WHERE e.person_id = :p "
                 "ORDER BY a.sort_key DESC, e.row_id"_s);
    st.bind(u":ql"_s, int(Store::Quotes)).bind(u":p"_s, person);
    if (!st.exec()) {
        if (result)
            *result = st.result();
        return out;
    }
    while (st.next())
        out.append({st.value(0).toLongLong(), st.value(1).toLongLong(), st.value(2).toString(),
                    QDate::fromString(st.value(3).toString(), Qt::ISODate), st.value(4).toString(),
                    st.value(5).toInt()});
    if (result)
        *result = {};
    return out;
}

} // namespace saywho::store
