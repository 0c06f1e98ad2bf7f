#include "htmlblocks.h"

#include "htmlclassifier.h"
#include "htmldom.h"

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// Never text a reader sees as part of the article, however lenient the pass.
bool isHidden(const GumboNode *n)
{
    switch (n->v.element.tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_LABEL:
        return true;
    case GUMBO_TAG_UNKNOWN:
        // Gumbo 0.10 predates <dialog>; pop-ups are never the article.
        if (html::unknownTagName(n) == u"dialog")
            return true;
        break;
    default:
        break;
    }
    if (html::hasAttribute(n, "hidden") || html::attribute(n, "aria-hidden").trimmed() == u"true")
        return true;
    QString style = html::attribute(n, "style").toLower();
    style.remove(u' ');
    return style.contains(u"display:none"_s) || style.contains(u"visibility:hidden"_s);
}

// Page chrome: site navigation, headers, footers, sidebars, forms, and what class names condemn.
bool isChrome(const GumboNode *n)
{
    const GumboTag tag = n->v.element.tag;
    switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIELDSET:
        return true;
    case GUMBO_TAG_HEADER:
        // An article's own <header> holds its headline; the site's holds the logo and menus.
        return !html::hasAncestor(n, GUMBO_TAG_ARTICLE) && !html::hasAncestor(n, GUMBO_TAG_MAIN);
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ARTICLE:
        return false;
    default:
        break;
    }
    static const QStringList chromeRoles = {
        u"navigation"_s, u"banner"_s,      u"contentinfo"_s, u"complementary"_s, u"search"_s,
        u"dialog"_s,     u"alertdialog"_s, u"menu"_s,        u"menubar"_s,       u"toolbar"_s};
    if (chromeRoles.contains(html::attribute(n, "role").trimmed().toLower()))
        return true;
    if (html::attribute(n, "itemprop") == u"articleBody")
        return false;
    return HtmlClassifier::instance().isClutter(n);
}

bool isBlockLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
        return true;
    default:
        return false;
    }
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

bool isDroppedChar(char16_t c)
{
    // Soft hyphen, zero-width space, word joiner, byte-order mark: invisible, and they split words.
    return c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF || (c < 0x20 && c != u'\n' && c != u'\t');
}

class Flattener
{
public:
    explicit Flattener(bool lenient) : m_lenient(lenient) {}

    HtmlBlocks run(const GumboNode *body);

private:
    struct Frame
    {
        const GumboNode *node;
        unsigned next = 0; // next child to visit
        int firstBlock = 0;
        bool entered = false; // counters below were raised on entry
        bool block = false;
        bool link = false;
        bool time = false;
        bool pre = false;
        bool meta = false;
        int heading = 0;
        bool list = false;
        bool ordered = false;
        int itemCount = 0;
    };

    void enter(Frame &f);
    void leave(const Frame &f);
    void text(const QString &s);
    void flush();

    bool m_lenient;
    HtmlBlocks m_out;
    QList<Frame> m_stack;
    QString m_buf;
    bool m_space = false;
    int m_chars = 0, m_linkChars = 0, m_timeChars = 0;
    int m_links = 0, m_times = 0, m_pre = 0, m_meta = 0;
    QString m_pendingMarker;
};

void Flattener::enter(Frame &f)
{
    const GumboNode *n = f.node;
    const GumboTag tag = n->v.element.tag;
    f.entered = true;
    f.firstBlock = int(m_out.blocks.size());
    f.block = isBlockLevel(tag);
    if (f.block)
        flush();
    if (tag == GUMBO_TAG_BR) {
        // Pages without <p> separate paragraphs with <br><br>: a second break ends the block.
        if (!m_pre && m_buf.endsWith(u'\n'))
            flush();
        else
            m_buf.append(u'\n');
        m_space = false;
    } else if (tag == GUMBO_TAG_A && html::hasAttribute(n, "href")) {
        f.link = true;
        ++m_links;
    } else if (tag == GUMBO_TAG_TIME) {
        f.time = true;
        ++m_times;
    } else if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP ||
               tag == GUMBO_TAG_PLAINTEXT) {
        f.pre = true;
        ++m_pre;
    } else if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
        f.list = true;
        f.ordered = tag == GUMBO_TAG_OL;
    } else if (tag == GUMBO_TAG_LI) {
        // The nearest list frame numbers its items.
        for (qsizetype i = m_stack.size() - 2; i >= 0; --i) {
            if (m_stack[i].list) {
                Frame &list = m_stack[i];
                ++list.itemCount;
                m_pendingMarker = list.ordered ? QString::number(list.itemCount) + u". "_s : u"\u2022 "_s;
                break;
            }
        }
        if (m_pendingMarker.isEmpty())
            m_pendingMarker = u"\u2022 "_s;
    }
    f.heading = headingLevel(tag);
    if (tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_ADDRESS ||
        (f.block && HtmlClassifier::instance().isMeta(n))) {
        f.meta = true;
        ++m_meta;
    }
}

void Flattener::leave(const Frame &f)
{
    if (f.block)
        flush();
    if (f.link)
        --m_links;
    if (f.time)
        --m_times;
    if (f.pre)
        --m_pre;
    if (f.meta)
        --m_meta;
    if (f.node->v.element.tag == GUMBO_TAG_LI)
        m_pendingMarker.clear();
    const int end = int(m_out.blocks.size());
    if (end > f.firstBlock)
        m_out.ranges.insert(f.node, {f.firstBlock, end});
}

void Flattener::text(const QString &s)
{
    for (const QChar qc : s) {
        char16_t c = qc.unicode();
        if (isDroppedChar(c))
            continue;
        if (c == 0x00A0)
            c = u' ';
        if (m_pre) {
            m_buf.append(QChar(c));
            if (!QChar(c).isSpace()) {
                ++m_chars;
                m_linkChars += m_links > 0;
                m_timeChars += m_times > 0;
            }
            continue;
        }
        if (QChar(c).isSpace()) {
            m_space = true;
            continue;
        }
        if (m_space && !m_buf.isEmpty() && m_buf.back() != u'\n')
            m_buf.append(u' ');
        m_space = false;
        m_buf.append(QChar(c));
        ++m_chars;
        m_linkChars += m_links > 0;
        m_timeChars += m_times > 0;
    }
}

void Flattener::flush()
{
    QString text;
    if (m_pre) {
        text = m_buf;
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        while (text.startsWith(u'\n'))
            text.remove(0, 1);
    } else {
        // Lines from <br>: trimmed, at most one empty line in a row.
        QStringList lines;
        for (const QString &l : m_buf.split(u'\n')) {
            const QString t = l.trimmed();
            if (!t.isEmpty() || (!lines.isEmpty() && !lines.back().isEmpty()))
                lines.append(t);
        }
        while (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        text = lines.join(u'\n');
    }
    if (m_chars > 0 && !text.isEmpty()) {
        HtmlBlock b;
        b.text = text;
        b.chars = m_chars;
        b.linkChars = m_linkChars;
        // A block that is only a <time> is the page's date line.
        b.meta = m_meta > 0 || m_timeChars == m_chars;
        b.marker = std::exchange(m_pendingMarker, QString());
        int heading = 0;
        const GumboNode *element = nullptr;
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            const Frame &f = m_stack.at(i);
            if (!element && f.block)
                element = f.node;
            if (!heading && f.heading)
                heading = f.heading;
        }
        b.element = element;
        b.kind = heading               ? BlockKind::Heading
                 : m_pre               ? BlockKind::Preformatted
                 : !b.marker.isEmpty() ? BlockKind::ListItem
                                       : BlockKind::Text;
        m_out.blocks.append(b);
    }
    m_buf.clear();
    m_space = false;
    m_chars = m_linkChars = m_timeChars = 0;
}

HtmlBlocks Flattener::run(const GumboNode *body)
{
    if (!html::isElement(body))
        return {};
    m_stack.append({body});
    while (!m_stack.isEmpty()) {
        Frame &top = m_stack.back();
        if (!top.entered)
            enter(top);
        const GumboVector *kids = html::childrenOf(top.node);
        if (!kids || top.next >= kids->length) {
            const Frame done = m_stack.takeLast();
            leave(done);
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(kids->data[top.next++]);
        switch (child->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            text(QString::fromUtf8(child->v.text.text));
            break;
        case GUMBO_NODE_ELEMENT:
            if (isHidden(child) || (!m_lenient && isChrome(child)))
                break;
            m_stack.append({child});
            break;
        default:
            break; // comments, templates
        }
    }
    flush();
    return std::move(m_out);
}

} // namespace

HtmlBlocks HtmlBlocks::flatten(const GumboNode *body, bool lenient)
{
    return Flattener(lenient).run(body);
}

} // namespace saywho::core
