#pragma once

#include "model/span.h"

#include <QList>

namespace saywho::core {
class Document;
}

namespace saywho::ui {

// What a correction acts on: the annotations at one place of the text (a highlight right-clicked,
// the view's cursor), the rows chosen in a panel, and the text selected.
struct CorrectionTarget
{
    int quote = 0;
    int nonQuote = 0;
    int mention = 0;
    int entity = 0;
    int date = 0;
    QList<int> entities; // people chosen in the People panel (merge)
    core::Span selection;

    // Everything at position of doc, and the selection.
    static CorrectionTarget at(const core::Document &doc, int position, core::Span selection = {});
};

} // namespace saywho::ui
