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
    // One forward search for "--", checking what follows: searching for "-->" and for "--!>"
    // separately would run to the end of the page for every comment that has only the other one.
    for (qsizetype k = s.indexOf("--", i + 4); k >= 0; k = s.indexOf("--", k + 1)) {
        if (k + 2 < s.size() && s.at(k + 2) == '>')
            return k + 3;
        if (k + 3 < s.size() && s.at(k + 2) == '!' && s.at(k + 3) == '>')
            return k + 4;
    }
    return -1;
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

int HtmlNestingScan::mostAttributes(QByteArrayView s, int stopAbove)
{
    const qsizetype n = s.size();
    int most = 0;
    for (qsizetype i = s.indexOf('<'); i >= 0 && most <= stopAbove; i = i < n ? s.indexOf('<', i) : -1) {
        ++i;
        if (i >= n || !isAsciiLetter(s.at(i)))
            continue;
        while (i < n && !isSpace(s.at(i)) && s.at(i) != '/' && s.at(i) != '>')
            ++i;
        int count = 0;
        while (i < n && s.at(i) != '>') {
            if (isSpace(s.at(i)) || s.at(i) == '/') {
                ++i;
                continue;
            }
            ++count;
            while (i < n && !isSpace(s.at(i)) && s.at(i) != '=' && s.at(i) != '>')
                ++i;
            while (i < n && isSpace(s.at(i)))
                ++i;
            if (i >= n || s.at(i) != '=')
                continue;
            ++i;
            while (i < n && isSpace(s.at(i)))
                ++i;
            if (i < n && (s.at(i) == '"' || s.at(i) == '\'')) {
                const qsizetype close = s.indexOf(s.at(i), i + 1);
                i = close < 0 ? n : close + 1;
            } else {
                while (i < n && !isSpace(s.at(i)) && s.at(i) != '>')
                    ++i;
            }
        }
        most = std::max(most, count);
    }
    return most;
}

} // namespace saywho::core
