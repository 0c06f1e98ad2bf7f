#pragma once

#include <gumbo.h>

#include <QList>
#include <QString>

namespace saywho::core::html {

// Small read-only helpers over Gumbo's tree. Every walk is iterative: a hostile page may nest
// thousands of elements and must not exhaust the stack.

inline bool isElement(const GumboNode *n)
{
    return n && n->type == GUMBO_NODE_ELEMENT;
}
inline GumboTag tagOf(const GumboNode *n)
{
    return isElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}
const GumboVector *childrenOf(const GumboNode *n);
// The lower-case name of an element Gumbo has no GumboTag for ("dialog", "my-widget").
QString unknownTagName(const GumboNode *n);

// The attribute's value, or an empty string when the element has none.
QString attribute(const GumboNode *n, const char *name);
bool hasAttribute(const GumboNode *n, const char *name);

// The element's text with white space collapsed and trimmed, stopping after maxChars characters;
// scripts, styles and templates contribute nothing.
QString textContent(const GumboNode *n, qsizetype maxChars = 4096);

// The raw text of a <script> or <style> element (its single text child).
QString rawText(const GumboNode *n);

// Every element under root (root included) in document order. visit returns false to skip the
// element's children.
template <typename Visit> void forEachElement(const GumboNode *root, Visit &&visit)
{
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *n = stack.takeLast();
        if (n->type == GUMBO_NODE_ELEMENT && !visit(n))
            continue;
        if (const GumboVector *kids = childrenOf(n))
            for (unsigned i = kids->length; i-- > 0;)
                stack.append(static_cast<const GumboNode *>(kids->data[i]));
    }
}

// The first element under root with the given tag, or nullptr.
const GumboNode *findFirst(const GumboNode *root, GumboTag tag);
// True when n has an ancestor with the given tag.
bool hasAncestor(const GumboNode *n, GumboTag tag);

} // namespace saywho::core::html
