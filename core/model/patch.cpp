#include "patch.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// Layers with a span stay sorted by (begin, end, id); entities and removals by id. Every list a
// Patch writes keeps that order, so a patch and its inverse give back the very same list.
template <typename T> auto orderKey(const T &a)
{
    return std::tuple(a.span.begin, a.span.end, a.id);
}
auto orderKey(const Entity &e)
{
    return std::tuple(e.id, 0, 0);
}
auto orderKey(const Removal &r)
{
    return std::tuple(r.id, 0, 0);
}

template <typename T> bool inOrder(const T &a, const T &b)
{
    return orderKey(a) < orderKey(b);
}

template <typename T> int idOf(const Patch::Change<T> &c)
{
    return c.before ? c.before->id : c.after ? c.after->id : 0;
}

template <typename T> QString layerName()
{
    if constexpr (std::is_same_v<T, Quote>)
        return u"quote q"_s;
    else if constexpr (std::is_same_v<T, NonQuote>)
        return u"non-quote n"_s;
    else if constexpr (std::is_same_v<T, Mention>)
        return u"mention m"_s;
    else if constexpr (std::is_same_v<T, Entity>)
        return u"entity e"_s;
    else if constexpr (std::is_same_v<T, TimeExpr>)
        return u"date d"_s;
    else
        return u"removal r"_s;
}

// Finds the current value of each touched id with one pass over the list.
template <typename T> QString check(const QList<T> &list, const QList<Patch::Change<T>> &changes)
{
    if (changes.isEmpty())
        return {};
    QHash<int, const Patch::Change<T> *> byId;
    byId.reserve(changes.size());
    for (const auto &c : changes) {
        const int id = idOf(c);
        if (id <= 0)
            return u"an annotation without an id"_s;
        if (c.after && c.before && c.after->id != c.before->id)
            return layerName<T>() + QString::number(id) + u" would change its id"_s;
        if (byId.contains(id))
            return layerName<T>() + QString::number(id) + u" is changed twice in one edit"_s;
        byId.insert(id, &c);
    }
    QSet<int> seen;
    for (const T &a : list) {
        const auto it = byId.constFind(a.id);
        if (it == byId.constEnd())
            continue;
        seen.insert(a.id);
        if (!(*it)->before)
            return layerName<T>() + QString::number(a.id) + u" exists already"_s;
        if (!(*(*it)->before == a))
            return layerName<T>() + QString::number(a.id) + u" has changed since the edit was made"_s;
    }
    for (auto it = byId.constBegin(); it != byId.constEnd(); ++it)
        if (it.value()->before && !seen.contains(it.key()))
            return layerName<T>() + QString::number(it.key()) + u" does not exist"_s;
    return {};
}

// Rebuilds the list in one pass: untouched annotations keep their order, changed and new ones are
// merged in at their sorted place.
template <typename T> void applyTo(QList<T> &list, const QList<Patch::Change<T>> &changes)
{
    if (changes.isEmpty())
        return;
    QHash<int, const Patch::Change<T> *> byId;
    QList<T> incoming;
    for (const auto &c : changes) {
        byId.insert(idOf(c), &c);
        if (c.after)
            incoming.append(*c.after);
    }
    std::sort(incoming.begin(), incoming.end(), inOrder<T>);
    QList<T> out;
    out.reserve(list.size() + incoming.size());
    auto next = incoming.cbegin();
    for (const T &a : std::as_const(list)) {
        if (byId.contains(a.id))
            continue;
        while (next != incoming.cend() && inOrder(*next, a))
            out.append(*next++);
        out.append(a);
    }
    while (next != incoming.cend())
        out.append(*next++);
    list = std::move(out);
}

template <typename T> void invert(QList<Patch::Change<T>> &changes)
{
    for (auto &c : changes)
        std::swap(c.before, c.after);
}

template <typename T> void appendChanges(QList<Patch::Change<T>> &mine, const QList<Patch::Change<T>> &later)
{
    QHash<int, qsizetype> at;
    for (qsizetype i = 0; i < mine.size(); ++i)
        at.insert(idOf(mine.at(i)), i);
    for (const auto &c : later) {
        const auto it = at.constFind(idOf(c));
        if (it == at.constEnd()) {
            at.insert(idOf(c), mine.size());
            mine.append(c);
        } else {
            mine[*it].after = c.after;
        }
    }
    mine.removeIf([](const Patch::Change<T> &c) { return c.before == c.after; });
}

template <typename T> void diff(const QList<T> &from, const QList<T> &to, QList<Patch::Change<T>> &out)
{
    QHash<int, const T *> old;
    old.reserve(from.size());
    for (const T &a : from)
        old.insert(a.id, &a);
    for (const T &b : to) {
        const auto it = old.constFind(b.id);
        if (it == old.constEnd()) {
            out.append({std::nullopt, b});
            continue;
        }
        if (!(**it == b))
            out.append({**it, b});
        old.erase(it);
    }
    for (const T &a : from)
        if (old.contains(a.id))
            out.append({a, std::nullopt});
}

template <typename T>
void noteIds(std::array<int, size_t(Store::Count)> &next, Store layer, const QList<Patch::Change<T>> &changes)
{
    int &n = next[size_t(layer)];
    for (const auto &c : changes)
        if (c.after)
            n = std::max(n, c.after->id + 1);
}

} // namespace

bool Patch::isEmpty() const
{
    return size() == 0;
}

int Patch::size() const
{
    return int(quotes.size() + nonQuotes.size() + mentions.size() + entities.size() + dates.size() +
               removals.size()) +
           (metadataAfter && metadataBefore != metadataAfter ? 1 : 0) + (segmentsAfter ? 1 : 0);
}

Patch Patch::inverted() const
{
    Patch p = *this;
    invert(p.quotes);
    invert(p.nonQuotes);
    invert(p.mentions);
    invert(p.entities);
    invert(p.dates);
    invert(p.removals);
    std::swap(p.metadataBefore, p.metadataAfter);
    std::swap(p.segmentsBefore, p.segmentsAfter);
    return p;
}

void Patch::append(const Patch &later)
{
    appendChanges(quotes, later.quotes);
    appendChanges(nonQuotes, later.nonQuotes);
    appendChanges(mentions, later.mentions);
    appendChanges(entities, later.entities);
    appendChanges(dates, later.dates);
    appendChanges(removals, later.removals);
    if (later.metadataAfter) {
        if (!metadataBefore)
            metadataBefore = later.metadataBefore;
        metadataAfter = later.metadataAfter;
    }
    if (later.segmentsAfter) {
        if (!segmentsBefore)
            segmentsBefore = later.segmentsBefore;
        segmentsAfter = later.segmentsAfter;
    }
}

Patch::Result Patch::apply(Document &doc, Patch *inverse) const
{
    QString e = check(doc.m_quotes, quotes);
    if (e.isEmpty())
        e = check(doc.m_nonQuotes, nonQuotes);
    if (e.isEmpty())
        e = check(doc.m_mentions, mentions);
    if (e.isEmpty())
        e = check(doc.m_entities, entities);
    if (e.isEmpty())
        e = check(doc.m_timeExprs, dates);
    if (e.isEmpty())
        e = check(doc.m_removals, removals);
    if (e.isEmpty() && metadataBefore && !(*metadataBefore == doc.m_meta))
        e = u"the article's properties have changed since the edit was made"_s;
    if (e.isEmpty() && segmentsBefore &&
        !(segmentsBefore->paragraphs == doc.m_paragraphs && segmentsBefore->sentences == doc.m_sentences &&
          segmentsBefore->tokens == doc.m_tokens))
        e = u"the article's paragraphs have changed since the edit was made"_s;
    if (!e.isEmpty())
        return {e};

    applyTo(doc.m_quotes, quotes);
    applyTo(doc.m_nonQuotes, nonQuotes);
    applyTo(doc.m_mentions, mentions);
    applyTo(doc.m_entities, entities);
    applyTo(doc.m_timeExprs, dates);
    applyTo(doc.m_removals, removals);
    noteIds(doc.m_nextId, Store::Quotes, quotes);
    noteIds(doc.m_nextId, Store::NonQuotes, nonQuotes);
    noteIds(doc.m_nextId, Store::Mentions, mentions);
    noteIds(doc.m_nextId, Store::Entities, entities);
    noteIds(doc.m_nextId, Store::TimeExprs, dates);
    noteIds(doc.m_nextId, Store::Removals, removals);
    const std::pair<Store, bool> touched[] = {
        {Store::Quotes, !quotes.isEmpty()},     {Store::NonQuotes, !nonQuotes.isEmpty()},
        {Store::Mentions, !mentions.isEmpty()}, {Store::Entities, !entities.isEmpty()},
        {Store::TimeExprs, !dates.isEmpty()},   {Store::Removals, !removals.isEmpty()},
        {Store::Metadata, bool(metadataAfter)}};
    for (const auto &[layer, yes] : touched)
        if (yes)
            doc.touch(layer);
    if (metadataAfter)
        doc.m_meta = *metadataAfter;
    if (segmentsAfter) {
        doc.setParagraphs(segmentsAfter->paragraphs);
        doc.setSentences(segmentsAfter->sentences);
        doc.setTokens(segmentsAfter->tokens);
    }
    if (inverse)
        *inverse = inverted();
    return {};
}

Patch Patch::between(const Document &from, const Document &to)
{
    Patch p;
    diff(from.m_quotes, to.m_quotes, p.quotes);
    diff(from.m_nonQuotes, to.m_nonQuotes, p.nonQuotes);
    diff(from.m_mentions, to.m_mentions, p.mentions);
    diff(from.m_entities, to.m_entities, p.entities);
    diff(from.m_timeExprs, to.m_timeExprs, p.dates);
    diff(from.m_removals, to.m_removals, p.removals);
    if (!(from.m_meta == to.m_meta))
        p.setMetadata(from.m_meta, to.m_meta);
    if (!(from.m_paragraphs == to.m_paragraphs && from.m_sentences == to.m_sentences &&
          from.m_tokens == to.m_tokens)) {
        p.segmentsBefore = Segments{from.m_paragraphs, from.m_sentences, from.m_tokens};
        p.segmentsAfter = Segments{to.m_paragraphs, to.m_sentences, to.m_tokens};
    }
    return p;
}

} // namespace saywho::core
