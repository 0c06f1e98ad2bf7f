#pragma once

#include <gumbo.h>

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>

namespace saywho::core {

enum class BlockKind : std::uint8_t { Text, Heading, ListItem, Preformatted };

// One run of text between block boundaries: a paragraph, a heading, a list item, a table cell.
struct HtmlBlock
{
    QString text;   // white space collapsed; '\n' where the page had <br>
    QString marker; // "• " or "3. " on the first block of a list item
    BlockKind kind = BlockKind::Text;
    bool meta = false;                  // inside a byline, date or caption element
    int chars = 0;                      // non-space characters
    int linkChars = 0;                  // non-space characters inside links
    const GumboNode *element = nullptr; // innermost block-level element

    double linkDensity() const { return chars ? double(linkChars) / chars : 0.0; }
};

// The readable text of a page as a flat list of blocks in document order, without the parts a
// reader never sees or that are page chrome: scripts, styles, forms, navigation, hidden elements
// and (unless lenient) elements whose class names say clutter.
class HtmlBlocks final
{
public:
    struct Range
    {
        int first = 0; // index of the element's first block
        int end = 0;   // one past its last
    };

    // lenient keeps what only class names or page-chrome tags condemn, for pages whose whole body
    // sits in a <form> or under a class like "has-sidebar".
    static HtmlBlocks flatten(const GumboNode *body, bool lenient = false);

    QList<HtmlBlock> blocks;
    QHash<const GumboNode *, Range> ranges; // every element that contains at least one block
};

} // namespace saywho::core
