#pragma once

#include "edit.h"

namespace saywho::core::edits::detail {

// Empty when span is a non-empty range inside the text.
QString spanError(const Document &doc, Span span);
// The id of the first annotation of list overlapping span (other than except), or 0.
template <typename T> int overlapping(const QList<T> &list, Span span, int except = 0)
{
    for (const T &a : list)
        if (a.id != except && a.span.overlaps(span))
            return a.id;
    return 0;
}
// A removal marker for an automatic annotation, so that a re-analysis does not bring it back.
void markRemoved(const Document &doc, Patch &p, Store layer, Span span, Origin origin);
// The quotes that continue quote and would point at nothing once it is gone.
void unlinkContinuations(const Document &doc, Patch &p, int quote);
// A mention of entity near span, preferring one before it in the same paragraph; 0 when none.
int nearestMention(const Document &doc, int entity, Span span);
// Drops entity when nothing refers to it any more once the patch is applied (ignoring mention except).
void dropIfUnused(const Document &doc, Patch &p, int entity, int exceptMention);

} // namespace saywho::core::edits::detail
