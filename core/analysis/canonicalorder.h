#pragma once

#include "../model/document.h"

#include <algorithm>
#include <tuple>

namespace saywho::core {

// Layers with spans in (begin, end, id) order and entities by id: the order Patch keeps, so that an
// edit and its inverse give back the very same lists, and a re-analysis diffs cleanly.
inline void putInCanonicalOrder(Document &doc)
{
    auto bySpan = [&doc](const auto &list, auto set) {
        using T = std::decay_t<decltype(list.first())>;
        auto before = [](const T &a, const T &b) {
            return std::tuple(a.span.begin, a.span.end, a.id) < std::tuple(b.span.begin, b.span.end, b.id);
        };
        if (std::is_sorted(list.cbegin(), list.cend(), before))
            return;
        QList<T> sorted = list;
        std::sort(sorted.begin(), sorted.end(), before);
        (doc.*set)(std::move(sorted));
    };
    bySpan(doc.quotes(), &Document::setQuotes);
    bySpan(doc.nonQuotes(), &Document::setNonQuotes);
    bySpan(doc.mentions(), &Document::setMentions);
    bySpan(doc.timeExprs(), &Document::setTimeExprs);
    const QList<Entity> &entities = doc.entities();
    auto byId = [](const Entity &a, const Entity &b) { return a.id < b.id; };
    if (!std::is_sorted(entities.cbegin(), entities.cend(), byId)) {
        QList<Entity> sorted = entities;
        std::sort(sorted.begin(), sorted.end(), byId);
        doc.setEntities(std::move(sorted));
    }
}

} // namespace saywho::core
