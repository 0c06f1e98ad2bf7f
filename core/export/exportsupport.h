#pragma once

#include "../model/document.h"

#include <QHash>
#include <QList>
#include <QString>

namespace saywho::core {

// What several formats need alike: speakers in the order they first speak (their colour slot, as
// the window numbers them), the display name of an entity, paragraphs of the original text, and the
// article cut into runs where the set of annotations over it changes.
namespace exportsupport {

// Entity id -> slot (0, 1, …) in the order of each speaker's first quote.
QHash<int, int> speakerSlots(const Document &doc);
QString speakerName(const Document &doc, const Quote &q);

// Text positions of the article's paragraphs: stretches between line breaks, empty ones left out.
QList<Span> lines(const Document &doc);

// One annotation drawn in the article.
struct Mark
{
    enum Kind { Quote, NonQuote, Mention, Date };
    Span span;
    Kind kind = Quote;
    int index = 0; // in the document's list of that kind
};
QList<Mark> marks(const Document &doc);

// Runs of [begin, end) over which the same marks are open, within span.
struct Run
{
    Span span;
    QList<int> marks; // indices into the marks list, outermost first
};
QList<Run> runs(const QList<Mark> &marks, Span span);

// Marks kept properly nested (each inside the one before it or after it), for XML: a mark that
// crosses the border of an open one is left out.
QList<Mark> nested(QList<Mark> marks);

} // namespace exportsupport

} // namespace saywho::core
