#include "htmlnestingscan.h"

#include "htmltreemodel.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <string_view>

namespace saywho::core {

namespace {

using namespace std::string_view_literals;

// Their content is text up to their end tag (noscript is not among them: with scripting off,
// which is how Gumbo parses, its content is markup).
constexpr std::array RawText = {"script"sv, "style"sv,  "textarea"sv, "title"sv,
                                "xmp"sv,    "iframe"sv, "noembed"sv,  "noframes"sv};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Index just past the comment that starts at i ("<!--"), or -1 when it never ends. "<!-->" and
// "<!--->" are complete; "--!>" ends a comment as "-->" does.
qsizetype commentEnd(QByteArrayView s, qsizetype i)
{
    if (s.sliced(i).startsWith("<!-->"))
        return i + 5;
    if (s.sliced(i).startsWith("<!--->"))
        return i + 6;
    const qsizetype a = s.indexOf("-->", i + 4);
    const qsizetype b = s.indexOf("--!>", i + 4);
    if (a < 0 && b < 0)
        return -1;
    if (b < 0 || (a >= 0 && a < b))
        return a + 3;
    return b + 4;
}

// Index of "</name" (any case) at or after from, or -1.
qsizetype findEndTag(QByteArrayView s, qsizetype from, const QByteArray &name)
{
    for (qsizetype i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
        qsizetype k = 0;
        while (k < name.size() && i + 2 + k < s.size() && lower(s.at(i + 2 + k)) == name.at(k))
            ++k;
        if (k == name.size())
            return i;
    }
    return -1;
}

} // namespace

int HtmlNestingScan::maxDepth(QByteArrayView s, int stopAbove)
{
    HtmlTreeModel model(stopAbove);
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n && !model.over()) {
        i = s.indexOf('<', i);
        if (i < 0)
            break;
        if (s.sliced(i).startsWith("<!--")) {
            i = commentEnd(s, i);
            if (i < 0)
                break;
            continue;
        }
        const bool closing = i + 1 < n && s.at(i + 1) == '/';
        qsizetype j = i + 1 + (closing ? 1 : 0);
        if (j >= n || !isAsciiLetter(s.at(j))) {
            ++i; // "<!doctype", "<?xml", a bare '<' in text: at worst tags are seen that are not
            continue;
        }
        QByteArray name;
        while (j < n && !isSpace(s.at(j)) && s.at(j) != '/' && s.at(j) != '>')
            name.append(lower(s.at(j++)));
        // The tag ends at the first '>': a '>' inside a quoted value makes the rest of the value
        // look like text, which can only add tags to the estimate, never hide any.
        const qsizetype gt = s.indexOf('>', j);
        const qsizetype tagEnd = gt < 0 ? n : gt;
        const bool selfClosing = gt > 0 && s.at(gt - 1) == '/';
        const QByteArray tagText = QByteArray(s.sliced(i, tagEnd - i).data(), tagEnd - i);
        i = tagEnd + 1;
        if (closing) {
            model.end(name);
            continue;
        }
        const std::string_view view(name.constData(), size_t(name.size()));
        if (!model.inForeign() && std::find(RawText.begin(), RawText.end(), view) != RawText.end()) {
            const qsizetype end = findEndTag(s, i, name);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        if (view == "plaintext" && !model.inForeign())
            break; // everything after it is text
        model.start(name, tagText, selfClosing);
    }
    return model.deepest();
}

} // namespace saywho::core
