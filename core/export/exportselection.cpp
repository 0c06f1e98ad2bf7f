#include "exportselection.h"

#include "../model/document.h"

#include <QSet>

namespace saywho::core {

namespace {

template <typename T> QList<T> kept(const QList<T> &list, bool wanted, bool userOnly)
{
    QList<T> out;
    if (!wanted)
        return out;
    for (const T &item : list)
        if (!userOnly || item.provenance.userDecided())
            out.append(item);
    return out;
}

} // namespace

Document selectForExport(const Document &doc, const ExportSelection &selection)
{
    if (selection == ExportSelection())
        return doc;
    Document out = doc;
    const QList<Quote> quotes = kept(doc.quotes(), selection.quotes, selection.userOnly);
    QSet<int> speakerMentions, entities;
    for (const Quote &q : quotes) {
        speakerMentions.insert(q.speakerMention);
        entities.insert(q.speaker);
    }
    QList<Mention> mentions;
    for (const Mention &m : doc.mentions()) {
        const bool wanted = selection.people && (!selection.userOnly || m.provenance.userDecided());
        if (wanted || speakerMentions.contains(m.id)) {
            mentions.append(m);
            entities.insert(m.entity);
        }
    }
    QList<Entity> people;
    for (const Entity &e : doc.entities())
        if (entities.contains(e.id))
            people.append(e);
    out.setEntities(std::move(people));
    out.setMentions(std::move(mentions));
    out.setQuotes(quotes);
    out.setNonQuotes(kept(doc.nonQuotes(), selection.nonQuotes, selection.userOnly));
    out.setTimeExprs(kept(doc.timeExprs(), selection.dates, selection.userOnly));
    return out;
}

} // namespace saywho::core
