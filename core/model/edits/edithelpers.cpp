#include "edithelpers.h"

#include <QCoreApplication>
#include <QSet>

namespace saywho::core::edits::detail {

QString spanError(const Document &doc, Span span)
{
    if (span.begin < 0 || span.end > doc.text().size() || span.isEmpty())
        return Edit::tr("The span %1–%2 is not a range inside the article (0–%3).")
            .arg(span.begin)
            .arg(span.end)
            .arg(doc.text().size());
    if (doc.textOf(span).trimmed().isEmpty())
        return Edit::tr("The span %1–%2 holds only white space.").arg(span.begin).arg(span.end);
    return {};
}

void markRemoved(const Document &doc, Patch &p, Store layer, Span span, Origin origin)
{
    if (origin != Origin::Auto)
        return;
    Removal r;
    r.id = doc.nextId(Store::Removals);
    r.layer = layer;
    r.span = span;
    p.insert(r);
}

void unlinkContinuations(const Document &doc, Patch &p, int quote)
{
    for (const Quote &q : doc.quotes()) {
        if (q.continues != quote)
            continue;
        Quote after = q;
        after.continues = 0;
        p.update(q, after);
    }
}

int nearestMention(const Document &doc, int entity, Span span)
{
    const int paragraph = doc.paragraphAt(span.begin);
    int best = 0;
    int bestDistance = 0;
    for (const Mention &m : doc.mentions()) {
        if (m.entity != entity)
            continue;
        // Before the quote in its paragraph first, then anywhere by distance.
        const bool samePara = doc.paragraphAt(m.span.begin) == paragraph;
        const int distance = (m.span.end <= span.begin ? span.begin - m.span.end : m.span.begin - span.end) +
                             (samePara ? 0 : 1 << 24);
        if (m.span.overlaps(span))
            continue;
        if (!best || distance < bestDistance) {
            best = m.id;
            bestDistance = distance;
        }
    }
    return best;
}

void dropIfUnused(const Document &doc, Patch &p, int entity, int exceptMention)
{
    const Entity *e = doc.entity(entity);
    if (!e)
        return;
    QSet<int> changedMentions, changedQuotes;
    for (const auto &c : p.mentions) {
        const int id = c.before ? c.before->id : c.after->id;
        changedMentions.insert(id);
        if (c.after && c.after->entity == entity && id != exceptMention)
            return;
    }
    for (const auto &c : p.quotes) {
        const int id = c.before ? c.before->id : c.after->id;
        changedQuotes.insert(id);
        if (c.after && c.after->speaker == entity)
            return;
    }
    for (const Mention &m : doc.mentions())
        if (m.entity == entity && m.id != exceptMention && !changedMentions.contains(m.id))
            return;
    for (const Quote &q : doc.quotes())
        if (q.speaker == entity && !changedQuotes.contains(q.id))
            return;
    p.erase(*e);
}

} // namespace saywho::core::edits::detail
