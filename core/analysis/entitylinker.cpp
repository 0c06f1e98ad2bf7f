#include "entitylinker.h"

#include "corefresolver.h"
#include "../lexicon/lexicon.h"
#include "../model/document.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QStringList nameWords(QStringView head)
{
    QStringList words;
    for (QStringView w : head.split(u' ', Qt::SkipEmptyParts)) {
        if (w.endsWith(u'.') && w.size() <= 3)
            continue; // initials and "Jr."
        words.append(w.toString());
    }
    return words;
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
    explicit Linker(Document &doc) : m_doc(doc), m_lex(Lexicon::instance()) {}

    void run(bool coref)
    {
        QList<Mention> mentions = m_doc.mentions();
        // Full names first so that a surname seen before its full name still joins it.
        for (int pass = 0; pass < 2; ++pass) {
            for (Mention &m : mentions) {
                if (m.kind != MentionKind::Name)
                    continue;
                const bool multi = nameWords(m_doc.textOf(m.head)).size() >= 2;
                if ((pass == 0) != (multi || m.entityKind != EntityKind::Person))
                    continue;
                m.entity = linkName(m);
            }
        }
        for (Mention &m : mentions)
            if (m.kind == MentionKind::Anonymous)
                m.entity = linkAnonymous(m);
        if (coref)
            CorefResolver(m_doc, m_entities).resolve(mentions);
        m_doc.setMentions(std::move(mentions));
        m_doc.setEntities(std::move(m_entities));
    }

private:
    Entity &create(const QString &name, EntityKind kind)
    {
        Entity e;
        e.id = int(m_entities.size()) + 1;
        e.name = name;
        e.kind = kind;
        e.provenance.rule = u"linker"_s;
        m_entities.append(e);
        return m_entities.last();
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
        const QStringList words = nameWords(head);
        if (words.isEmpty())
            return 0;
        const QString surname = words.last();
        Entity *target = nullptr;
        if (words.size() >= 2) {
            // Same surname and no conflicting first name: Hillary Clinton and Bill Clinton stay apart.
            for (Entity &e : m_entities) {
                if (e.kind != EntityKind::Person || e.anonymous)
                    continue;
                const QStringList ew = nameWords(e.name);
                if (ew.isEmpty() || ew.last() != surname)
                    continue;
                if (ew.size() >= 2 && ew.first() != words.first())
                    continue;
                target = &e;
            }
            if (!target) {
                Entity &e = create(words.join(u' '), EntityKind::Person);
                target = &e;
            } else if (words.size() > nameWords(target->name).size()) {
                addAlias(*target, target->name);
                target->name = words.join(u' ');
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
        for (Entity &e : m_entities) {
            if (e.kind != EntityKind::Person || e.anonymous)
                continue;
            const QStringList ew = nameWords(e.name);
            if (ew.isEmpty())
                continue;
            if (ew.last() == w)
                bySurname = &e; // the most recent wins when two share a surname
            else if (ew.size() >= 2 && ew.first() == w && !byFirst)
                byFirst = &e;
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
        for (Entity &e : m_entities) {
            if (e.kind != EntityKind::Person || e.anonymous)
                continue;
            const QString s = nameWords(e.name).value(nameWords(e.name).size() - 1);
            if (s.size() < 5 || s.at(0) != w.at(0))
                continue;
            if (EntityLinker::editDistance(s, w, 2) <= 2) {
                close = &e;
                ++candidates;
            }
        }
        return candidates == 1 ? close : nullptr;
    }

    int linkAnonymous(const Mention &m)
    {
        // "a White House official": a new anonymous source. "U.S. officials": one group per wording.
        QString label = m_doc.textOf(m.span).toString().simplified();
        const QStringList dets{u"a "_s, u"an "_s, u"another "_s, u"one "_s};
        for (const QString &d : dets)
            if (label.startsWith(d, Qt::CaseInsensitive))
                label.remove(0, d.size());
        if (m.entityKind == EntityKind::Group) {
            auto it = m_groups.constFind(label.toLower());
            if (it != m_groups.constEnd())
                return *it;
        }
        Entity &e = create(label, m.entityKind);
        e.anonymous = true;
        e.gender = m.gender;
        e.roles.append(m_doc.textOf(m.head).toString().toLower());
        if (m.entityKind == EntityKind::Group)
            m_groups.insert(label.toLower(), e.id);
        return e.id;
    }

    Document &m_doc;
    const Lexicon &m_lex;
    QList<Entity> m_entities;
    QHash<QString, int> m_orgs;
    QHash<QString, int> m_groups;
};

} // namespace

QString EntityLinker::name() const { return u"entities"_s; }

void EntityLinker::run(Document &doc) const { Linker(doc).run(m_coref); }

int EntityLinker::editDistance(QStringView a, QStringView b, int cap)
{
    if (std::abs(int(a.size()) - int(b.size())) > cap)
        return cap + 1;
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > cap)
            return cap + 1;
        std::swap(prev, cur);
    }
    return std::min(int(prev[b.size()]), cap + 1);
}

} // namespace saywho::core
