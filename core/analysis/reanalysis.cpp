#include "reanalysis.h"

#include "runcontrol.h"

#include "canonicalorder.h"
#include "pipeline.h"
#include "userdecisions.h"

#include <QHash>
#include <QSet>

namespace saywho::core {

namespace {

quint64 spanKey(Span s)
{
    return (quint64(quint32(s.begin)) << 32) | quint32(s.end);
}

// Old ids for fresh automatic annotations found where current had an automatic one.
template <typename T> QHash<int, int> idsBySpan(const QList<T> &fresh, const QList<T> &current)
{
    QSet<int> used;
    for (const T &a : fresh)
        used.insert(a.id);
    QHash<quint64, int> old;
    for (const T &a : current)
        if (!a.provenance.userDecided() && !used.contains(a.id))
            old.insert(spanKey(a.span), a.id);
    QHash<int, int> remap;
    for (const T &a : fresh) {
        if (a.provenance.userDecided())
            continue;
        const auto it = old.constFind(spanKey(a.span));
        if (it != old.constEnd()) {
            remap.insert(a.id, *it);
            old.erase(it);
        }
    }
    return remap;
}

QHash<int, int> entityIdsByName(const QList<Entity> &fresh, const QList<Entity> &current)
{
    QSet<int> used;
    for (const Entity &e : fresh)
        used.insert(e.id);
    QHash<QString, int> old;
    for (const Entity &e : current)
        if (!e.provenance.userDecided() && !used.contains(e.id))
            old.insert(entityKindName(e.kind) + u'\n' + e.name, e.id);
    QHash<int, int> remap;
    for (const Entity &e : fresh) {
        if (e.provenance.userDecided())
            continue;
        const auto it = old.constFind(entityKindName(e.kind) + u'\n' + e.name);
        if (it != old.constEnd()) {
            remap.insert(e.id, *it);
            old.erase(it);
        }
    }
    return remap;
}

template <typename T> QList<T> renumbered(QList<T> list, const QHash<int, int> &remap)
{
    for (T &a : list)
        a.id = remap.value(a.id, a.id);
    return list;
}

int mapped(const QHash<int, int> &remap, int id)
{
    return remap.value(id, id);
}

} // namespace

Document Reanalysis::withUserDecisions(const Document &doc)
{
    Document fresh = doc.unannotated();
    const QList<Quote> quotes = UserDecisions::kept(doc.quotes());
    const QList<Mention> mentions = UserDecisions::kept(doc.mentions());
    // Entities the user made or changed, and those a user decision points at.
    QSet<int> needed;
    for (const Quote &q : quotes)
        if (q.provenance.decidedByUser(UserField::Speaker) && q.speaker)
            needed.insert(q.speaker);
    for (const Mention &m : mentions)
        if (m.entity)
            needed.insert(m.entity);
    QList<Entity> entities;
    for (const Entity &e : doc.entities())
        if (e.provenance.userDecided() || needed.contains(e.id))
            entities.append(e);
    fresh.setQuotes(quotes);
    fresh.setNonQuotes(UserDecisions::kept(doc.nonQuotes()));
    fresh.setMentions(mentions);
    fresh.setEntities(entities);
    fresh.setTimeExprs(UserDecisions::kept(doc.timeExprs()));
    fresh.setRemovals(doc.removals());
    return fresh;
}

void Reanalysis::keepIds(Document &fresh, const Document &current)
{
    const QHash<int, int> quoteIds = idsBySpan(fresh.quotes(), current.quotes());
    const QHash<int, int> mentionIds = idsBySpan(fresh.mentions(), current.mentions());
    const QHash<int, int> entityIds = entityIdsByName(fresh.entities(), current.entities());
    const QHash<int, int> nonQuoteIds = idsBySpan(fresh.nonQuotes(), current.nonQuotes());
    const QHash<int, int> dateIds = idsBySpan(fresh.timeExprs(), current.timeExprs());

    QList<Mention> mentions = renumbered(fresh.mentions(), mentionIds);
    for (Mention &m : mentions)
        m.entity = mapped(entityIds, m.entity);
    QList<Quote> quotes = renumbered(fresh.quotes(), quoteIds);
    fresh.setEntities(renumbered(fresh.entities(), entityIds));
    fresh.setMentions(std::move(mentions));
    // A reference to what the engine no longer finds (the words that named a speaker) is dropped;
    // the user's speaker itself stays.
    for (Quote &q : quotes) {
        q.speaker = mapped(entityIds, q.speaker);
        q.speakerMention = mapped(mentionIds, q.speakerMention);
        q.continues = mapped(quoteIds, q.continues);
        if (q.speaker && !fresh.entity(q.speaker))
            q.speaker = 0;
        if (q.speakerMention && !fresh.mention(q.speakerMention))
            q.speakerMention = 0;
    }
    fresh.setQuotes(std::move(quotes));
    fresh.setNonQuotes(renumbered(fresh.nonQuotes(), nonQuoteIds));
    fresh.setTimeExprs(renumbered(fresh.timeExprs(), dateIds));
    putInCanonicalOrder(fresh);
}

Document Reanalysis::run(const Pipeline &pipeline, const Document &current)
{
    const RunControl never;
    return run(pipeline, current, never);
}

Document Reanalysis::run(const Pipeline &pipeline, const Document &current, const RunControl &control)
{
    Document fresh = withUserDecisions(current);
    pipeline.run(fresh, control);
    if (!control.isCancelled())
        keepIds(fresh, current);
    return fresh;
}

} // namespace saywho::core
