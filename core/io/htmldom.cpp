#include "htmldom.h"

using namespace Qt::StringLiterals;

namespace saywho::core::html {

const GumboVector *childrenOf(const GumboNode *n)
{
    if (!n)
        return nullptr;
    switch (n->type) {
    case GUMBO_NODE_DOCUMENT:
        return &n->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &n->v.element.children;
    default:
        return nullptr;
    }
}

QString unknownTagName(const GumboNode *n)
{
    if (!isElement(n) || !n->v.element.original_tag.data)
        return {};
    const GumboStringPiece &tag = n->v.element.original_tag; // "<name attr=…>" as written
    QString name;
    for (size_t i = 1; i < tag.length; ++i) {
        const char c = tag.data[i];
        if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
            break;
        name.append(QChar::fromLatin1(c).toLower());
    }
    return name;
}

QString attribute(const GumboNode *n, const char *name)
{
    if (!isElement(n))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttribute(const GumboNode *n, const char *name)
{
    return isElement(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

QString textContent(const GumboNode *n, qsizetype maxChars)
{
    QString out;
    bool space = false;
    QList<const GumboNode *> stack{n};
    while (!stack.isEmpty() && out.size() < maxChars) {
        const GumboNode *cur = stack.takeLast();
        if (cur->type == GUMBO_NODE_TEXT || cur->type == GUMBO_NODE_WHITESPACE ||
            cur->type == GUMBO_NODE_CDATA) {
            for (const QChar c : QString::fromUtf8(cur->v.text.text)) {
                if (c.isSpace()) {
                    space = true;
                } else {
                    if (space && !out.isEmpty())
                        out.append(u' ');
                    space = false;
                    out.append(c);
                }
            }
            continue;
        }
        const GumboTag t = tagOf(cur);
        if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE ||
            t == GUMBO_TAG_NOSCRIPT)
            continue;
        if (t == GUMBO_TAG_BR)
            space = true;
        if (const GumboVector *kids = childrenOf(cur))
            for (unsigned i = kids->length; i-- > 0;)
                stack.append(static_cast<const GumboNode *>(kids->data[i]));
    }
    return out.left(maxChars);
}

QString rawText(const GumboNode *n)
{
    QString out;
    if (const GumboVector *kids = childrenOf(n))
        for (unsigned i = 0; i < kids->length; ++i) {
            const auto *c = static_cast<const GumboNode *>(kids->data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA)
                out += QString::fromUtf8(c->v.text.text);
        }
    return out;
}

const GumboNode *findFirst(const GumboNode *root, GumboTag tag)
{
    const GumboNode *found = nullptr;
    forEachElement(root, [&](const GumboNode *n) {
        if (found)
            return false;
        if (n->v.element.tag == tag) {
            found = n;
            return false;
        }
        return true;
    });
    return found;
}

bool hasAncestor(const GumboNode *n, GumboTag tag)
{
    for (const GumboNode *p = n ? n->parent : nullptr; p; p = p->parent)
        if (tagOf(p) == tag)
            return true;
    return false;
}

} // namespace saywho::core::html
