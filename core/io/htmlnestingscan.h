#pragma once

#include <QByteArrayView>

namespace saywho::core {

// Estimates how deeply a page nests its elements, before Gumbo sees it: Gumbo's tree builder slows
// down with the square of the nesting depth (20 000 nested <div>s take seconds, 50 000 <span>s
// minutes), so a hostile page must be refused first. A byte scanner (no regular expressions) feeds
// start and end tags to HtmlTreeModel, which errs high, never low.
class HtmlNestingScan final
{
public:
    // Deeper pages are refused; real articles stay below 100.
    static constexpr int MaxDepth = 3000;

    // The estimated maximum depth of utf8, or a number above stopAbove as soon as it is passed.
    static int maxDepth(QByteArrayView utf8, int stopAbove = MaxDepth);

    // Gumbo checks each attribute of an element against all the element's earlier ones, so an
    // element with 100 000 attributes takes minutes; real elements have a few dozen at most.
    static constexpr int MaxAttributes = 1000;
    // The most attributes any tag of utf8 has (an estimate that errs high: text such as
    // "<b c d" in a script counts as a tag), or a number above stopAbove once it is passed.
    static int mostAttributes(QByteArrayView utf8, int stopAbove = MaxAttributes);
};

} // namespace saywho::core
