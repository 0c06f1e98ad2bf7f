#pragma once

#include <Qt>

namespace saywho::ui {

// Item roles shared by the panel models, their proxy and the controllers that read selections.
enum ModelRole {
    SortRole = Qt::UserRole + 1, // the value a column sorts by (positions, counts, ISO values)
    SpanBeginRole,               // UTF-16 position of the row's span in the document
    SpanEndRole,
    EntityIdRole, // the row's person (speaker of a quote, or the entity itself)
};

} // namespace saywho::ui
