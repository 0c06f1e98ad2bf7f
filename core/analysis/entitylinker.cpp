#include "entitylinker.h"

#include "../lexicon/lexicon.h"
#include "../lexicon/wordkey.h"
#include "../model/document.h"
#include "corefresolver.h"
#include "nestedorganisations.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <array>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

bool isSpace(QChar c)
{
    return c.unicode() < 128 ? (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r') : c.isSpace();
}

// Calls f on each word of a name except initials and "Jr." (a full stop within three letters).
template <typename F> void forEachNameWord(QStringView head, F f)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= head.size(); ++i) {
        const bool space = i == head.size() || isSpace(head.at(i));
        if (!space && start < 0) {
            start = i;
        } else if (space && start >= 0) {
            const QStringView w = head.mid(start, i - start);
            if (!(w.endsWith(u'.') && w.size() <= 3))
                f(w);
            start = -1;
        }
    }
}

// Views into head, which must outlive them: a name is linked per mention, and copying each word
// into a list of its own cost more than the linking.
using NameWords = QVarLengthArray<QStringView, 8>;
NameWords nameWords(QStringView head)
{
    NameWords words;
    forEachNameWord(head, [&](QStringView w) { words.append(w); });
    return words;
}

QString joined(const NameWords &words)
{
    QString out;
    for (const QStringView w : words) {
        if (!out.isEmpty())
            out += u' ';
        out += w;
    }
    return out;
}

int nameWordCount(QStringView head)
{
    int n = 0;
    forEachNameWord(head, [&](QStringView) { ++n; });
    return n;
}

QString withoutArticle(QString s)
{
    if (s.startsWith(u"the "_s, Qt::CaseInsensitive))
        s.remove(0, 4);
    return s;
}

class Linker
{
public:
    explicit Linker(Document &doc) : m_doc(doc) {}

    void run(bool coref)
    {
        QList<Mention> mentions = m_doc.mentions();
        // Room for an entity per mention, the most there can be: the lists do not move what they
        // hold as they grow.
        m_entities.reserve(mentions.size());
        m_keys.reserve(mentions.size());
        // Full names first so that a surname seen before its full name still joins it.
        for (int pass = 0; pass < 2; ++pass) {
            for (Mention &m : mentions) {
                if (m.kind != MentionKind::Name)
                    continue;
                const bool multi = nameWordCount(m_doc.textOf(m.head)) >= 2;
                if ((pass == 0) != (multi || m.entityKind != EntityKind::Person))
                    continue;
                m.entity = linkName(m);
            }
        }
        for (Mention &m : mentions)
            if (m.kind == MentionKind::Anonymous || m.provenance.rule == u"owned-role")
                m.entity = linkAnonymous(m);
        linkAppositions(mentions);
        if (coref)
            CorefResolver(m_doc, m_entities).resolve(mentions);
        m_doc.setMentions(std::move(mentions));
        m_doc.setEntities(std::move(m_entities));
    }

private:
    // The first and last word of each entity's name, kept beside m_entities: every name mention
    // is compared with every person seen so far.
    struct NameKey
    {
        QString first;
        QString last;
        int words = 0;
    };

    Entity &create(const QString &name, EntityKind kind, bool anonymous = false)
    {
        Entity e;
        e.id = int(m_entities.size()) + 1;
        e.name = name;
        e.kind = kind;
        e.provenance.rule = u"linker"_s;
        e.anonymous = anonymous;
        m_entities.append(std::move(e));
        m_keys.append(keyOf(name));
        if (kind == EntityKind::Person && !anonymous)
            index(m_entities.last());
        return m_entities.last();
    }

    void index(const Entity &e)
    {
        const NameKey &k = m_keys.at(e.id - 1);
        if (k.words == 0)
            return;
        m_bySurname[k.last].append(e.id);
        if (k.words >= 2)
            m_byFirst[k.first].append(e.id);
        m_byInitial[k.last.at(0)].append(e.id);
    }

    Entity &byId(int id) { return m_entities[id - 1]; }

    static NameKey keyOf(const QString &name)
    {
        const NameWords w = nameWords(name);
        if (w.isEmpty())
            return {};
        return {w.first().toString(), w.last().toString(), int(w.size())};
    }

    void rename(Entity &e, const QString &name)
    {
        e.name = name;
        const NameKey k = keyOf(name);
        m_keys[e.id - 1] = k;
        if (k.words >= 2 && !m_byFirst.value(k.first).contains(e.id))
            m_byFirst[k.first].append(e.id);
        if (!m_bySurname.value(k.last).contains(e.id))
            m_bySurname[k.last].append(e.id);
    }

    void addAlias(Entity &e, const QString &alias)
    {
        if (alias != e.name && !e.aliases.contains(alias))
            e.aliases.append(alias);
    }

    void addRoles(Entity &e, const Mention &m)
    {
        if (m.head.begin <= m.span.begin)
            return;
        const QString role = m_doc.textOf({m.span.begin, m.head.begin}).toString().simplified().toLower();
        if (!role.isEmpty() && !e.roles.contains(role))
            e.roles.append(role);
    }

    int linkName(const Mention &m)
    {
        const QString head = m_doc.textOf(m.head).toString();
        if (m.entityKind != EntityKind::Person) {
            const QString key = withoutArticle(head);
            auto it = m_orgs.constFind(key.toLower());
            if (it != m_orgs.constEnd())
                return *it;
            Entity &e = create(key, m.entityKind);
            m_orgs.insert(key.toLower(), e.id);
            return e.id;
        }
        const NameWords words = nameWords(head);
        if (words.isEmpty())
            return 0;
        const QString surname = words.last().toString();
        Entity *target = nullptr;
        if (words.size() >= 2) {
            // Same surname and no conflicting first name: Hillary Clinton and Bill Clinton stay apart.
            for (const int id : m_bySurname.value(surname)) {
                const NameKey &k = m_keys.at(id - 1);
                if (k.last == surname && (k.words < 2 || k.first == words.first()))
                    target = &byId(id);
            }
            if (!target) {
                Entity &e = create(joined(words), EntityKind::Person);
                target = &e;
            } else if (words.size() > m_keys.at(target->id - 1).words) {
                addAlias(*target, target->name);
                rename(*target, joined(words));
            }
        } else {
            target = findBySingleWord(surname);
            if (!target)
                target = &create(surname, EntityKind::Person);
        }
        addAlias(*target, head);
        addRoles(*target, m);
        if (target->gender == Gender::Unknown)
            target->gender = m.gender;
        return target->id;
    }

    Entity *findBySingleWord(const QString &w)
    {
        Entity *bySurname = nullptr;
        Entity *byFirst = nullptr;
        for (const int id : m_bySurname.value(w))
            if (m_keys.at(id - 1).last == w)
                bySurname = &byId(id); // the most recent wins when two share a surname
        for (const int id : m_byFirst.value(w)) {
            if (m_keys.at(id - 1).first == w) {
                byFirst = &byId(id);
                break;
            }
        }
        if (bySurname)
            return bySurname;
        if (byFirst)
            return byFirst;
        // A misspelled repeat: one candidate within a small edit distance.
        if (w.size() < 5)
            return nullptr;
        Entity *close = nullptr;
        int candidates = 0;
        for (const int id : m_byInitial.value(w.at(0))) {
            const QString &s = m_keys.at(id - 1).last;
            if (s.size() < 5 || s.at(0) != w.at(0) || (close && close->id == id))
                continue;
            if (EntityLinker::editDistance(s, w, 2) <= 2) {
                close = &byId(id);
                ++candidates;
            }
        }
        return candidates == 1 ? close : nullptr;
    }

    // Whether only `gap` (spaces and the given punctuation or words) stands between two mentions.
    static bool onlyBetween(QStringView gap, QStringView what) { return gap.trimmed() == what; }

    // "The bank's finance director, Maria Costa, told …", "A spokesman for the ministry, Tom Okoro,
    // said …", "Maria Costa, the bank's finance director, said …": a role in apposition to a
    // person's name is that person, one entity with the role among its roles.
    void linkAppositions(QList<Mention> &mentions)
    {
        auto isRole = [](const Mention &m) {
            return m.entityKind == EntityKind::Person && m.kind != MentionKind::Name &&
                   m.kind != MentionKind::Pronoun;
        };
        auto isPerson = [&](const Mention &m) {
            return m.kind == MentionKind::Name && m.entityKind == EntityKind::Person && m.entity &&
                   !byId(m.entity).anonymous;
        };
        const QStringView text = m_doc.text();
        auto gap = [&](const Mention &a, const Mention &b) {
            return a.span.end <= b.span.begin ? text.mid(a.span.end, b.span.begin - a.span.end)
                                              : QStringView();
        };
        // The comma that closes an appositive: ", Maria Costa," (or its sentence's end).
        auto closed = [&](const Mention &m) {
            qsizetype i = m.span.end;
            while (i < text.size() && text.at(i) == u' ')
                ++i;
            return i < text.size() && (text.at(i) == u',' || text.at(i) == u'.');
        };
        // An organisation nested in a role ("the head of the Urban League, Maria Costa,") stands
        // between no role and its name: the walk passes over it.
        QList<int> outer;
        outer.reserve(mentions.size());
        for (int i = 0; i < mentions.size(); ++i)
            if (!NestedOrganisations::isNested(mentions.at(i)))
                outer.append(i);
        for (int n = 0; n + 1 < outer.size(); ++n) {
            const int i = outer.at(n);
            const Mention &name = mentions.at(outer.at(n + 1));
            // The role before ", Name,", or the role a phrase qualifies: "A spokesman for the ministry".
            int role = -1;
            if (isPerson(name) && onlyBetween(gap(mentions.at(i), name), u",") && closed(name)) {
                role = i;
                if (!isRole(mentions.at(role)) && n > 0) {
                    const int before = outer.at(n - 1);
                    const QString between =
                        gap(mentions.at(before), mentions.at(role)).toString().simplified();
                    for (const char16_t *w :
                         {u"for", u"of", u"at", u"with", u"for the", u"of the", u"at the"})
                        if (between == QStringView(w))
                            role = before;
                }
                if (!isRole(mentions.at(role)))
                    role = -1;
            }
            int named = outer.at(n + 1);
            // "Maria Costa, the bank's finance director,": the role after the name.
            if (role < 0 && isPerson(mentions.at(i)) && isRole(name) &&
                onlyBetween(gap(mentions.at(i), name), u",") && closed(name)) {
                role = outer.at(n + 1);
                named = i;
            }
            if (role < 0)
                continue;
            Mention &r = mentions[role];
            Entity &person = byId(mentions.at(named).entity);
            const QString label = m_doc.textOf(r.span).toString().simplified().toLower();
            if (!person.roles.contains(label))
                person.roles.append(label);
            if (person.gender == Gender::Unknown)
                person.gender = r.gender;
            r.entity = person.id;
        }
    }

    // "U.S. officials" and "US officials" are one group.
    static QString groupKey(const QString &label) { return label.toLower().remove(u'.'); }

    int linkAnonymous(const Mention &m)
    {
        // "a White House official": a new anonymous source. "U.S. officials": one group per wording.
        QString label = m_doc.textOf(m.span).toString().simplified();
        const QStringList dets{u"a "_s, u"an "_s, u"another "_s, u"one "_s};
        for (const QString &d : dets)
            if (label.startsWith(d, Qt::CaseInsensitive))
                label.remove(0, d.size());
        // A group, or a role its owner pins down ("Trump's campaign", "Johnson's doctor"), is one
        // entity however often the article repeats the wording.
        const bool definite = m.entityKind == EntityKind::Group || m.provenance.rule == u"owned-role";
        if (definite) {
            auto it = m_groups.constFind(groupKey(label));
            if (it != m_groups.constEnd())
                return *it;
        }
        Entity &e = create(label, m.entityKind, true);
        e.gender = m.gender;
        e.roles.append(m_doc.textOf(m.head).toString().toLower());
        if (definite)
            m_groups.insert(groupKey(label), e.id);
        return e.id;
    }

    Document &m_doc;
    QList<Entity> m_entities;
    QList<NameKey> m_keys; // m_keys[id - 1] belongs to the entity with that id
    // Named people (not anonymous sources) by the words of their names, as entity ids.
    QHash<WordKey, QList<int>> m_bySurname;
    QHash<WordKey, QList<int>> m_byFirst;
    QHash<QChar, QList<int>> m_byInitial;
    QHash<WordKey, int> m_orgs;
    QHash<WordKey, int> m_groups;
};

} // namespace

QString EntityLinker::name() const
{
    return u"entities"_s;
}

void EntityLinker::run(Document &doc) const
{
    // Entities already here were kept for the user's decisions (a re-analysis copies them in); the
    // mentions whose entity the user chose keep it.
    const QList<Entity> kept = doc.entities();
    QHash<int, int> pinned;
    for (const Mention &m : doc.mentions())
        if (m.provenance.origin == Origin::User || m.provenance.decidedByUser(UserField::Entity))
            pinned.insert(m.id, m.entity);

    Linker(doc).run(m_coref);
    if (kept.isEmpty() && pinned.isEmpty())
        return;

    // The linker numbers its entities 1..n; give them ids the kept ones do not use.
    QList<Entity> found = doc.entities();
    QHash<int, int> ids;
    for (Entity &e : found) {
        const int id = doc.allocateId(Store::Entities);
        ids.insert(e.id, id);
        e.id = id;
    }
    // An entity found under a name the user gave or merged is the user's entity.
    QHash<QString, int> claimed;
    for (const Entity &e : kept)
        for (const QStringList &names : {QStringList{e.name}, e.aliases, e.claims})
            for (const QString &n : names)
                claimed.insert(n.toCaseFolded(), e.id);
    for (const Entity &e : std::as_const(found)) {
        int owner = claimed.value(e.name.toCaseFolded());
        for (qsizetype i = 0; !owner && i < e.aliases.size(); ++i)
            owner = claimed.value(e.aliases.at(i).toCaseFolded());
        if (owner)
            ids.insert(ids.key(e.id), owner);
    }
    QList<Mention> mentions = doc.mentions();
    QSet<int> used;
    for (Mention &m : mentions) {
        const auto pin = pinned.constFind(m.id);
        m.entity = pin != pinned.constEnd() ? *pin : ids.value(m.entity, 0);
        used.insert(m.entity);
    }
    // Found entities folded into the user's, or left without a mention by the pinned ones, go.
    found.removeIf([&](const Entity &e) { return !used.contains(e.id); });
    QList<Entity> entities = kept + found;
    std::sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) { return a.id < b.id; });
    doc.setMentions(std::move(mentions));
    doc.setEntities(std::move(entities));
}

int EntityLinker::editDistance(QStringView a, QStringView b, int cap)
{
    if (std::abs(int(a.size()) - int(b.size())) > cap)
        return cap + 1;
    // Names are short: two rows on the stack, no allocation for a comparison made per mention.
    constexpr qsizetype MaxLength = 63;
    if (a.size() > MaxLength || b.size() > MaxLength)
        return a.compare(b, Qt::CaseInsensitive) == 0 ? 0 : cap + 1;
    std::array<int, MaxLength + 1> prevRow, curRow;
    std::array<char16_t, MaxLength> lowerB;
    for (qsizetype j = 0; j < b.size(); ++j)
        lowerB[size_t(j)] = b.at(j).toLower().unicode();
    int *prev = prevRow.data(), *cur = curRow.data();
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        const char16_t ca = a.at(i - 1).toLower().unicode();
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = ca == lowerB[size_t(j - 1)] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > cap)
            return cap + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], cap + 1);
}

} // namespace saywho::core
