#include "htmlnestingscan.h"

#include <QByteArray>
#include <QHash>

#include <algorithm>
#include <array>
#include <string_view>

namespace saywho::core {

namespace {

using namespace std::string_view_literals;

// Void elements never have content; the others are closed implicitly by a sibling or a parent
// (<p>, <li>, <td>…) or by a second start tag (<a>, <button>, <form>), so they never stack up.
constexpr std::array NotNesting = {
    "area"sv,  "base"sv,  "br"sv,       "col"sv,      "embed"sv,    "hr"sv,   "img"sv,    "input"sv,
    "link"sv,  "meta"sv,  "param"sv,    "source"sv,   "track"sv,    "wbr"sv,  "keygen"sv, "p"sv,
    "li"sv,    "dt"sv,    "dd"sv,       "option"sv,   "optgroup"sv, "tr"sv,   "td"sv,     "th"sv,
    "tbody"sv, "thead"sv, "tfoot"sv,    "colgroup"sv, "caption"sv,  "rb"sv,   "rt"sv,     "rtc"sv,
    "rp"sv,    "a"sv,     "button"sv,   "form"sv,     "html"sv,     "head"sv, "body"sv,   "frameset"sv,
    "frame"sv, "image"sv, "basefont"sv, "bgsound"sv};

// Elements whose content is text up to their end tag, not markup.
constexpr std::array RawText = {"script"sv, "style"sv,   "textarea"sv, "title"sv,   "xmp"sv,
                                "iframe"sv, "noembed"sv, "noframes"sv, "noscript"sv};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == ':' || c == '_';
}

template <std::size_t N> bool contains(const std::array<std::string_view, N> &set, std::string_view s)
{
    return std::find(set.begin(), set.end(), s) != set.end();
}

// Index of "</name" (any case) at or after from, or -1.
qsizetype findEndTag(QByteArrayView s, qsizetype from, std::string_view name)
{
    for (qsizetype i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
        qsizetype k = 0;
        while (k < qsizetype(name.size()) && i + 2 + k < s.size() &&
               lower(s.at(i + 2 + k)) == name[size_t(k)])
            ++k;
        if (k == qsizetype(name.size()))
            return i;
    }
    return -1;
}

} // namespace

int HtmlNestingScan::maxDepth(QByteArrayView s, int stopAbove)
{
    QHash<QByteArray, int> open;
    int depth = 0, deepest = 0, foreign = 0;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        if (s.at(i) != '<') {
            ++i;
            continue;
        }
        if (s.sliced(i).startsWith("<!--")) {
            const qsizetype end = s.indexOf("-->", i + 4);
            if (end < 0)
                break;
            i = end + 3;
            continue;
        }
        const bool closing = i + 1 < n && s.at(i + 1) == '/';
        qsizetype j = i + 1 + (closing ? 1 : 0);
        if (j >= n || !((s.at(j) >= 'a' && s.at(j) <= 'z') || (s.at(j) >= 'A' && s.at(j) <= 'Z'))) {
            ++i; // "<!doctype", "<?xml", a bare '<' in text
            continue;
        }
        QByteArray name;
        while (j < n && isNameChar(s.at(j)))
            name.append(lower(s.at(j++)));
        // Find the end of the tag, skipping quoted attribute values.
        char quote = 0;
        while (j < n && (quote || s.at(j) != '>')) {
            const char c = s.at(j);
            if (quote && c == quote)
                quote = 0;
            else if (!quote && (c == '"' || c == '\'') && j > 0 && s.at(j - 1) == '=')
                quote = c;
            ++j;
        }
        const bool selfClosing = j > 0 && j < n && s.at(j - 1) == '/';
        i = j + 1;
        const std::string_view view(name.constData(), size_t(name.size()));
        if (closing) {
            auto it = open.find(name);
            if (it != open.end() && it.value() > 0) {
                --it.value();
                --depth;
                if (name == "svg" || name == "math")
                    --foreign;
            }
            continue;
        }
        if (contains(RawText, view)) {
            const qsizetype end = findEndTag(s, i, view);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        // "<div/>" is an open <div> in HTML; only SVG and MathML know self-closing tags.
        if (contains(NotNesting, view) || (selfClosing && foreign > 0))
            continue;
        ++open[name];
        if (name == "svg" || name == "math")
            ++foreign;
        deepest = std::max(deepest, ++depth);
        if (deepest > stopAbove)
            break;
    }
    return deepest;
}

} // namespace saywho::core
