#include "htmltreemodel.h"

#include <algorithm>

namespace saywho::core {

namespace {

using namespace std::string_view_literals;
using Names = std::initializer_list<std::string_view>;

constexpr Names Void = {"area"sv,  "base"sv,  "basefont"sv, "bgsound"sv, "br"sv,    "col"sv,    "embed"sv,
                        "frame"sv, "hr"sv,    "image"sv,    "img"sv,     "input"sv, "keygen"sv, "link"sv,
                        "meta"sv,  "param"sv, "source"sv,   "track"sv,   "wbr"sv};
constexpr Names Formatting = {"a"sv,    "b"sv, "big"sv,   "code"sv,   "em"sv,     "font"sv, "i"sv,
                              "nobr"sv, "s"sv, "small"sv, "strike"sv, "strong"sv, "tt"sv,   "u"sv};
// Elements that put a marker into the list of active formatting elements.
constexpr Names Markers = {"td"sv, "th"sv, "caption"sv, "applet"sv, "object"sv, "marquee"sv, "template"sv};
// The boundaries of "has an element in scope"; the button scope adds <button>.
constexpr Names Scope = {
    "applet"sv,         "caption"sv,       "html"sv, "table"sv, "td"sv, "th"sv, "marquee"sv,
    "object"sv,         "template"sv,      "mi"sv,   "mo"sv,    "mn"sv, "ms"sv, "mtext"sv,
    "annotation-xml"sv, "foreignobject"sv, "desc"sv, "title"sv};
// The "special" category: an end tag for an ordinary element stops at them, and a new <li>, <dd>
// or <dt> closes an old one only across ordinary elements (and address, div, p).
constexpr Names Special = {"address"sv,
                           "applet"sv,
                           "article"sv,
                           "aside"sv,
                           "blockquote"sv,
                           "body"sv,
                           "button"sv,
                           "caption"sv,
                           "center"sv,
                           "colgroup"sv,
                           "dd"sv,
                           "details"sv,
                           "dir"sv,
                           "div"sv,
                           "dl"sv,
                           "dt"sv,
                           "fieldset"sv,
                           "figcaption"sv,
                           "figure"sv,
                           "footer"sv,
                           "form"sv,
                           "frameset"sv,
                           "h1"sv,
                           "h2"sv,
                           "h3"sv,
                           "h4"sv,
                           "h5"sv,
                           "h6"sv,
                           "head"sv,
                           "header"sv,
                           "hgroup"sv,
                           "html"sv,
                           "li"sv,
                           "listing"sv,
                           "main"sv,
                           "marquee"sv,
                           "menu"sv,
                           "nav"sv,
                           "noscript"sv,
                           "object"sv,
                           "ol"sv,
                           "p"sv,
                           "plaintext"sv,
                           "pre"sv,
                           "section"sv,
                           "select"sv,
                           "summary"sv,
                           "table"sv,
                           "tbody"sv,
                           "td"sv,
                           "template"sv,
                           "tfoot"sv,
                           "th"sv,
                           "thead"sv,
                           "tr"sv,
                           "ul"sv,
                           "xmp"sv,
                           "mi"sv,
                           "mo"sv,
                           "mn"sv,
                           "ms"sv,
                           "mtext"sv,
                           "annotation-xml"sv,
                           "foreignobject"sv,
                           "desc"sv};
// Start tags that close an open <p> (in button scope) first.
constexpr Names ClosesP = {"address"sv, "article"sv, "aside"sv,  "blockquote"sv, "center"sv,   "details"sv,
                           "dialog"sv,  "dir"sv,     "div"sv,    "dl"sv,         "fieldset"sv, "figcaption"sv,
                           "figure"sv,  "footer"sv,  "header"sv, "hgroup"sv,     "main"sv,     "menu"sv,
                           "nav"sv,     "ol"sv,      "p"sv,      "section"sv,    "summary"sv,  "ul"sv,
                           "h1"sv,      "h2"sv,      "h3"sv,     "h4"sv,         "h5"sv,       "h6"sv,
                           "pre"sv,     "listing"sv, "form"sv,   "table"sv,      "hr"sv,       "xmp"sv};
constexpr Names RubyImplied = {"rb"sv, "rp"sv, "rt"sv, "rtc"sv};
constexpr Names TableContext = {"table"sv, "template"sv, "html"sv};
// An end tag is looked for this far down the stack; further down it is ignored (never closes).
constexpr qsizetype EndTagSearch = 256;

bool in(Names set, std::string_view s)
{
    return std::find(set.begin(), set.end(), s) != set.end();
}

} // namespace

std::string_view HtmlTreeModel::at(qsizetype i) const
{
    return {m_stack[i].constData(), size_t(m_stack[i].size())};
}

qsizetype HtmlTreeModel::findInScope(Names targets, Names boundaries) const
{
    for (qsizetype i = top(); i >= 0 && top() - i < EndTagSearch; --i) {
        if (in(targets, at(i)))
            return i;
        if (in(boundaries, at(i)) || in(Scope, at(i)))
            return -1;
    }
    return -1;
}

qsizetype HtmlTreeModel::findSpecialStop(Names targets, Names passThrough) const
{
    for (qsizetype i = top(); i >= 0 && top() - i < EndTagSearch; --i) {
        if (in(targets, at(i)))
            return i;
        if (in(Special, at(i)) && !in(passThrough, at(i)))
            return -1;
    }
    return -1;
}

void HtmlTreeModel::popTo(qsizetype index)
{
    index = std::max<qsizetype>(index, 0); // "not found" never empties more than the stack
    while (m_stack.size() > index) {
        const QByteArray name = m_stack.takeLast();
        const QByteArray key = m_keys.takeLast();
        const std::string_view n(name.constData(), size_t(name.size()));
        if (n == "svg" || n == "math")
            --m_foreign;
        if (in(Markers, n))
            clearFormattingToMarker();
        // A formatting element closed by another's end tag stays active and is reopened later.
        else if (m_stack.size() > index && in(Formatting, n))
            addFormatting(key);
    }
}

void HtmlTreeModel::removeAt(qsizetype index)
{
    const std::string_view n = at(index);
    if (n == "svg" || n == "math")
        --m_foreign;
    m_stack.removeAt(index);
    m_keys.removeAt(index);
}

void HtmlTreeModel::addFormatting(const QByteArray &key)
{
    // The "Noah's Ark" clause: at most three identical entries after the last marker.
    qsizetype same = 0, first = -1;
    for (qsizetype i = m_formatting.size() - 1; i >= 0 && !m_formatting[i].isEmpty(); --i)
        if (m_formatting[i] == key) {
            ++same;
            first = i;
        }
    if (same >= 3)
        m_formatting.removeAt(first);
    m_formatting.append(key);
}

void HtmlTreeModel::clearFormattingToMarker()
{
    while (!m_formatting.isEmpty()) {
        const bool marker = m_formatting.back().isEmpty();
        m_formatting.removeLast();
        if (marker)
            break;
    }
}

void HtmlTreeModel::push(const QByteArray &name, const QByteArray &tagText)
{
    m_stack.append(name);
    m_keys.append(tagText);
    if (name == "svg" || name == "math")
        ++m_foreign;
    if (in(Markers, at(top())))
        m_formatting.append(QByteArray());
    measure();
}

void HtmlTreeModel::measure()
{
    m_deepest = std::max(m_deepest, int(m_stack.size() + m_formatting.size()));
}

void HtmlTreeModel::start(const QByteArray &name, const QByteArray &tagText, bool selfClosing)
{
    const std::string_view n(name.constData(), size_t(name.size()));
    if (in(Void, n) || n == "html" || n == "head" || n == "body" || (selfClosing && inForeign()))
        return;
    if (inForeign()) {
        push(name, tagText);
        return;
    }
    const bool table =
        std::any_of(m_stack.cbegin(), m_stack.cend(), [](const QByteArray &e) { return e == "table"; });
    if (n == "td" || n == "th" || n == "tr" || n == "tbody" || n == "thead" || n == "tfoot" ||
        n == "caption" || n == "colgroup") {
        if (!table)
            return; // ignored outside a table
        qsizetype i = -1;
        if (n == "td" || n == "th")
            i = findInScope({"td"sv, "th"sv}, TableContext);
        else if (n == "tr")
            i = findInScope({"tr"sv}, TableContext);
        else if (n == "tbody" || n == "thead" || n == "tfoot")
            i = findInScope({"tbody"sv, "thead"sv, "tfoot"sv}, TableContext);
        else
            i = findInScope({"table"sv}, {}) + 1; // back to the table: everything above it closes
        if (i > 0)
            popTo(i);
        if (n != "colgroup")
            push(name, tagText);
        return;
    }
    if (in(ClosesP, n)) {
        if (const qsizetype p = findInScope({"p"sv}, {"button"sv}); p >= 0)
            popTo(p);
    }
    if (n == "li") {
        if (const qsizetype i = findSpecialStop({"li"sv}, {"address"sv, "div"sv, "p"sv}); i >= 0)
            popTo(i);
    } else if (n == "dd" || n == "dt") {
        if (const qsizetype i = findSpecialStop({"dd"sv, "dt"sv}, {"address"sv, "div"sv, "p"sv}); i >= 0)
            popTo(i);
    } else if (n == "option" || n == "optgroup") {
        if (!m_stack.isEmpty() && at(top()) == "option")
            popTo(top());
    } else if (in(RubyImplied, n)) {
        if (findInScope({"ruby"sv}, {}) >= 0)
            while (!m_stack.isEmpty() && in(RubyImplied, at(top())) &&
                   (n == "rb" || n == "rtc" || at(top()) != "rtc"))
                popTo(top());
    } else if (n == "button") {
        if (const qsizetype i = findInScope({"button"sv}, {}); i >= 0)
            popTo(i);
    } else if (n == "a" || n == "nobr") {
        // The adoption agency closes the open one; only that element is sure to go.
        if (const qsizetype i = findInScope({n}, {}); i >= 0)
            removeAt(i);
    } else if (n == "table") {
        // A table opened in a table closes the open one, if one is in scope (a <template> is not).
        if (!m_stack.isEmpty() && in({"table"sv, "tbody"sv, "thead"sv, "tfoot"sv, "tr"sv}, at(top())))
            if (const qsizetype i = findInScope({"table"sv}, {}); i >= 0)
                popTo(i);
    } else if (n == "form") {
        if (std::any_of(m_stack.cbegin(), m_stack.cend(), [](const QByteArray &e) { return e == "form"; }))
            return; // a form inside a form is dropped
    } else if (n == "select") {
        if (const qsizetype i = findInScope({"select"sv}, {}); i >= 0)
            popTo(i);
    }
    push(name, tagText);
}

void HtmlTreeModel::end(const QByteArray &name)
{
    const std::string_view n(name.constData(), size_t(name.size()));
    qsizetype i = -1;
    if (inForeign())
        i = findInScope({n}, {});
    else if (in(Formatting, n))
        i = findInScope({n}, {});
    else if (n == "p")
        i = findInScope({"p"sv}, {"button"sv});
    else if (n == "li")
        i = findInScope({"li"sv}, {"ol"sv, "ul"sv});
    else if (in(Special, n) || in(RubyImplied, n))
        i = findInScope({n}, {});
    else
        i = findSpecialStop({n}, {});
    if (i < 0) {
        // An end tag for a formatting element that is only in the list removes it from the list.
        if (in(Formatting, n))
            for (qsizetype k = m_formatting.size() - 1; k >= 0 && !m_formatting[k].isEmpty(); --k)
                if (m_formatting[k].startsWith('<' + name)) {
                    m_formatting.removeAt(k);
                    break;
                }
        return;
    }
    if (in(Formatting, n) && !inForeign())
        removeAt(i); // the adoption agency keeps what was opened inside it
    else
        popTo(i);
}

} // namespace saywho::core
