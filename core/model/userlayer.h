#pragma once

#include "span.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace saywho::core {

// The annotation lists of a Document, named for revision counters, id counters and removal markers.
enum class Store : std::uint8_t {
    Paragraphs,
    Tokens,
    Sentences,
    Mentions,
    Entities,
    Quotes,
    NonQuotes,
    TimeExprs,
    Metadata,
    Removals,
    Count
};

// "The user removed this": an automatic annotation that a re-analysis must not bring back. It
// blocks every automatic annotation of its layer that overlaps its span.
struct Removal
{
    int id = 0;
    Store layer = Store::Quotes;
    Span span;

    friend bool operator==(const Removal &, const Removal &) = default;
};

// The JSON name of a layer ("quotes", "non_quotes", "mentions", "entities", "dates", ...), and back:
// Store::Count for a name that is none.
QString layerName(Store layer);
Store layerFromName(QStringView name);

} // namespace saywho::core
