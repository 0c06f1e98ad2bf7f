#include "entityedits.h"

#include "edithelpers.h"

namespace saywho::core::edits {

using namespace detail;

namespace {

QString noMention(int id)
{
    return Edit::tr("There is no mention m%1.").arg(id);
}

QString noEntity(int id)
{
    return Edit::tr("There is no person or organisation e%1.").arg(id);
}

void addName(QStringList &list, const QString &name, const QString &except)
{
    if (!name.isEmpty() && name.compare(except, Qt::CaseInsensitive) != 0 &&
        !list.contains(name, Qt::CaseInsensitive))
        list.append(name);
}

Entity splitOff(const Document &doc, const Mention &m, const QString &name)
{
    Entity e;
    e.id = doc.nextId(Store::Entities);
    e.name = name.simplified().isEmpty()
                 ? doc.textOf(m.head.isEmpty() ? m.span : m.head).toString().simplified()
                 : name.simplified();
    e.kind = m.entityKind;
    e.gender = m.gender;
    e.provenance = Provenance::byUser(UserField::Name | UserField::Kind);
    return e;
}

// The mention now refers to entity; quotes it names the speaker of follow it.
void relink(const Document &doc, Patch &p, const Mention &m, int entity)
{
    Mention after = m;
    after.entity = entity;
    after.provenance.user |= UserField::Entity;
    p.update(m, after);
    for (const Quote &q : doc.quotes()) {
        if (q.speakerMention != m.id || q.speaker == entity)
            continue;
        Quote qa = q;
        qa.speaker = entity;
        p.update(q, qa);
    }
}

} // namespace

Edit addMention(const Document &doc, Span span, EntityKind kind, int entity)
{
    if (const QString err = spanError(doc, span); !err.isEmpty())
        return Edit::refused(err);
    if (const int other = overlapping(doc.mentions(), span))
        return Edit::refused(Edit::tr("The span overlaps mention m%1; remove that one first.").arg(other));
    if (entity && !doc.entity(entity))
        return Edit::refused(noEntity(entity));
    Edit e;
    Mention m;
    m.id = doc.nextId(Store::Mentions);
    m.span = m.head = span;
    m.kind = MentionKind::Name;
    m.entityKind = kind;
    m.provenance = Provenance::byUser(UserField::Span | UserField::Kind | UserField::Entity);
    if (!entity) {
        const Entity created = splitOff(doc, m, {});
        e.patch.insert(created);
        entity = created.id;
    }
    m.entity = entity;
    e.patch.insert(m);
    return e;
}

Edit removeMention(const Document &doc, int mention)
{
    const Mention *m = doc.mention(mention);
    if (!m)
        return Edit::refused(noMention(mention));
    Edit e;
    e.patch.erase(*m);
    markRemoved(doc, e.patch, Store::Mentions, m->span, m->provenance.origin);
    // The quote keeps its speaker; only the words that named it are gone.
    for (const Quote &q : doc.quotes()) {
        if (q.speakerMention != mention)
            continue;
        Quote after = q;
        after.speakerMention = 0;
        e.patch.update(q, after);
    }
    if (m->entity)
        dropIfUnused(doc, e.patch, m->entity, mention);
    return e;
}

Edit linkMention(const Document &doc, int mention, int entity)
{
    const Mention *m = doc.mention(mention);
    if (!m)
        return Edit::refused(noMention(mention));
    if (!doc.entity(entity))
        return Edit::refused(noEntity(entity));
    Edit e;
    if (m->entity == entity)
        return e;
    relink(doc, e.patch, *m, entity);
    if (m->entity)
        dropIfUnused(doc, e.patch, m->entity, mention);
    return e;
}

Edit mergeEntities(const Document &doc, int into, int from)
{
    const Entity *to = doc.entity(into);
    const Entity *gone = doc.entity(from);
    if (!to)
        return Edit::refused(noEntity(into));
    if (!gone)
        return Edit::refused(noEntity(from));
    if (into == from)
        return Edit::refused(Edit::tr("An entity cannot be merged with itself."));
    Entity after = *to;
    addName(after.aliases, gone->name, after.name);
    for (const QString &a : gone->aliases)
        addName(after.aliases, a, after.name);
    for (const QStringList *names : {&gone->claims, &gone->aliases})
        for (const QString &n : *names)
            addName(after.claims, n, after.name);
    addName(after.claims, gone->name, after.name);
    for (const QString &r : gone->roles)
        addName(after.roles, r, QString());
    if (after.gender == Gender::Unknown)
        after.gender = gone->gender;
    after.provenance.user |= UserField::Name;
    Edit e;
    e.patch.update(*to, after);
    e.patch.erase(*gone);
    for (const Mention &m : doc.mentions()) {
        if (m.entity != from)
            continue;
        Mention ma = m;
        ma.entity = into;
        e.patch.update(m, ma);
    }
    for (const Quote &q : doc.quotes()) {
        if (q.speaker != from)
            continue;
        Quote qa = q;
        qa.speaker = into;
        e.patch.update(q, qa);
    }
    return e;
}

Edit splitMention(const Document &doc, int mention, const QString &name)
{
    const Mention *m = doc.mention(mention);
    if (!m)
        return Edit::refused(noMention(mention));
    Edit e;
    const Entity created = splitOff(doc, *m, name);
    e.patch.insert(created);
    relink(doc, e.patch, *m, created.id);
    if (m->entity)
        dropIfUnused(doc, e.patch, m->entity, mention);
    return e;
}

Edit renameEntity(const Document &doc, int entity, const QString &name)
{
    const Entity *en = doc.entity(entity);
    if (!en)
        return Edit::refused(noEntity(entity));
    const QString n = name.simplified();
    if (n.isEmpty())
        return Edit::refused(Edit::tr("A person or organisation needs a name."));
    Edit e;
    if (n == en->name)
        return e;
    Entity after = *en;
    addName(after.aliases, en->name, n);
    // The engine's name finds this entity again after a re-analysis; a name the user gave does not
    // claim the engine's entity of that name.
    if (en->provenance.origin == Origin::Auto)
        addName(after.claims, en->name, n);
    after.aliases.removeIf([&](const QString &a) { return a.compare(n, Qt::CaseInsensitive) == 0; });
    after.name = n;
    after.provenance.user |= UserField::Name;
    e.patch.update(*en, after);
    return e;
}

Edit setEntityKind(const Document &doc, int entity, EntityKind kind)
{
    const Entity *en = doc.entity(entity);
    if (!en)
        return Edit::refused(noEntity(entity));
    Edit e;
    if (en->kind == kind)
        return e;
    Entity after = *en;
    after.kind = kind;
    after.provenance.user |= UserField::Kind;
    // The user decided who this is: keep it under its name through a re-analysis.
    addName(after.claims, en->name, QString());
    e.patch.update(*en, after);
    return e;
}

} // namespace saywho::core::edits
