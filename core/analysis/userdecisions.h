#pragma once

#include "../model/document.h"
#include "sortedruns.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace saywho::core {

// What a stage must respect before it writes a layer: the annotations the user made or changed
// (kept whole) and the user's removal markers. An automatic annotation that would overlap either is
// not written (spaCy's SpanRuler keeps existing entities; Doc.set_ents(blocked=…) marks "never here").
class UserDecisions final
{
public:
    template <typename T> static QList<T> kept(const QList<T> &layer)
    {
        QList<T> out;
        for (const T &a : layer)
            if (a.provenance.userDecided())
                out.append(a);
        return out;
    }

    UserDecisions() = default;
    // Blocks spans of layer's removal markers and of the given kept annotations.
    UserDecisions(const Document &doc, Store layer) { blockRemovals(doc, layer); }
    void blockRemovals(const Document &doc, Store layer)
    {
        for (const Removal &r : doc.removals())
            if (r.layer == layer)
                add(r.span);
    }
    template <typename T> void block(const QList<T> &annotations)
    {
        for (const T &a : annotations)
            add(a.span);
    }

    // True when an automatic annotation at span would override a user decision.
    bool blocks(Span span) const
    {
        sortIfNeeded();
        // Spans sorted by begin, with the greatest end so far: one binary search per question.
        auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), span.end,
                                   [](const Span &s, int end) { return s.begin < end; });
        if (it == m_spans.cbegin())
            return false;
        return m_maxEnd[size_t(it - m_spans.cbegin()) - 1] > span.begin;
    }
    bool isEmpty() const { return m_spans.empty(); }

    // kept and found merged in span order; found ones the user blocked are dropped.
    template <typename T> QList<T> merged(QList<T> kept, const QList<T> &found) const
    {
        for (const T &a : found)
            if (!blocks(a.span))
                kept.append(a);
        sortRuns(kept.begin(), kept.end(), [](const T &a, const T &b) {
            return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
        });
        return kept;
    }

private:
    void add(Span s)
    {
        if (!s.isEmpty()) {
            m_spans.push_back(s);
            m_sorted = false;
        }
    }
    void sortIfNeeded() const
    {
        if (m_sorted)
            return;
        std::sort(m_spans.begin(), m_spans.end());
        m_maxEnd.resize(m_spans.size());
        int maxEnd = 0;
        for (size_t i = 0; i < m_spans.size(); ++i)
            m_maxEnd[i] = maxEnd = std::max(maxEnd, m_spans[i].end);
        m_sorted = true;
    }

    mutable std::vector<Span> m_spans;
    mutable std::vector<int> m_maxEnd;
    mutable bool m_sorted = true;
};

} // namespace saywho::core
