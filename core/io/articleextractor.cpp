#include "articleextractor.h"

#include "boilerplate.h"
#include "htmlblocks.h"
#include "htmldom.h"
#include "pagemetadata.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// A block of at least this many letters with few links reads as article prose.
constexpr int ProseChars = 25;
constexpr double ProseMaxLinkDensity = 0.35;
// Blocks that are mostly link text are navigation or "related" lists.
constexpr double LinkListDensity = 0.5;
// Meta-classed blocks (bylines, datelines, captions) are dropped only when they are short.
constexpr int MaxMetaChars = 200;
// Clutter costs more than prose earns, so a page's footer line does not pull the whole <body> in.
constexpr qint64 BadWeight = 2;
// Below this, a strict pass probably pruned the article itself; try again leniently.
constexpr int MinArticleChars = 200;

struct Scored
{
    HtmlBlocks flat;
    QList<Boilerplate::Kind> boilerplate;
    QList<bool> prose;
    const GumboNode *best = nullptr;
    HtmlBlocks::Range range;
    qint64 bestProse = 0;
};

bool isProse(const HtmlBlock &b, Boilerplate::Kind kind)
{
    return b.kind != BlockKind::Heading && !b.meta && kind == Boilerplate::Kind::None &&
           b.chars >= ProseChars && b.linkDensity() < ProseMaxLinkDensity;
}

Scored score(const GumboNode *body, bool lenient)
{
    Scored s;
    s.flat = HtmlBlocks::flatten(body, lenient);
    const QList<HtmlBlock> &blocks = s.flat.blocks;
    const Boilerplate &bp = Boilerplate::instance();
    // Prefix sums of good and bad characters, so any element's score is two subtractions.
    QList<qint64> good(blocks.size() + 1, 0), bad(blocks.size() + 1, 0);
    // After a comment section starts ("Leave a Reply", "Comments (2)"), prose is readers' prose: it
    // counts against an element, not for it. A "Comments" link above the article does not count.
    bool inComments = false;
    qint64 proseSoFar = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const HtmlBlock &b = blocks.at(i);
        const Boilerplate::Kind kind = bp.classify(b.text);
        if (kind == Boilerplate::Kind::Tail && proseSoFar >= MinArticleChars &&
            b.linkDensity() < LinkListDensity)
            inComments = true;
        const bool prose = !inComments && isProse(b, kind);
        if (prose)
            proseSoFar += b.chars;
        s.boilerplate.append(kind);
        s.prose.append(prose);
        qint64 g = 0, x = 0;
        if (prose) {
            g = b.chars - b.linkChars;
            x = b.linkChars;
        } else if (b.kind != BlockKind::Heading || kind != Boilerplate::Kind::None) {
            x = b.chars;
        }
        good[i + 1] = good[i] + g;
        bad[i + 1] = bad[i] + x;
    }
    qint64 bestScore = 0;
    for (auto it = s.flat.ranges.cbegin(); it != s.flat.ranges.cend(); ++it) {
        const HtmlBlocks::Range r = it.value();
        const qint64 g = good[r.end] - good[r.first];
        const qint64 sc = g - BadWeight * (bad[r.end] - bad[r.first]);
        const int len = r.end - r.first;
        // Ties go to the smaller element, then to the earlier one, so the result does not depend
        // on hash order.
        if (!s.best || sc > bestScore ||
            (sc == bestScore && (len < s.range.end - s.range.first ||
                                 (len == s.range.end - s.range.first && r.first < s.range.first)))) {
            s.best = it.key();
            s.range = r;
            bestScore = sc;
            s.bestProse = g;
        }
    }
    return s;
}

bool isByline(const HtmlBlock &b, const PageMetadata &meta)
{
    if (b.chars > 80)
        return false;
    if (b.text.startsWith(u"By "_s) || b.text.startsWith(u"by "_s))
        return true;
    return !meta.author.isEmpty() && b.text.compare(meta.author, Qt::CaseInsensitive) == 0;
}

// "Posted 14 March 2002", "Updated 5 November 2024": the page's date line.
bool isDateLine(const HtmlBlock &b)
{
    if (b.chars > 60 || !std::any_of(b.text.cbegin(), b.text.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    if (b.meta)
        return true;
    for (const QString &word : {u"Posted"_s, u"Published"_s, u"Updated"_s, u"Last updated"_s, u"Dated"_s})
        if (b.text.startsWith(word, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QString ArticleExtractor::extract(const GumboNode *root, const PageMetadata &meta)
{
    const GumboNode *body = html::findFirst(root, GUMBO_TAG_BODY);
    if (!body)
        body = root;
    Scored s = score(body, false);
    if (s.bestProse < MinArticleChars) {
        Scored lenient = score(body, true);
        if (lenient.bestProse > s.bestProse)
            s = std::move(lenient);
    }
    if (!s.best)
        return {};

    const QList<HtmlBlock> &blocks = s.flat.blocks;
    QList<const HtmlBlock *> kept;
    for (int i = s.range.first; i < s.range.end; ++i) {
        const HtmlBlock &b = blocks.at(i);
        const Boilerplate::Kind kind = s.boilerplate.at(i);
        if (kind == Boilerplate::Kind::Tail && !kept.isEmpty())
            break;
        if (kind != Boilerplate::Kind::None)
            continue;
        // A date line stays when the page gives no date otherwise: the date stage may use it.
        if (isDateLine(b)) {
            if (meta.published.isValid())
                continue;
        } else if (b.meta && b.chars <= MaxMetaChars) {
            continue;
        }
        if (isByline(b, meta))
            continue;
        if (b.kind != BlockKind::Heading && b.linkDensity() > LinkListDensity)
            continue;
        kept.append(&b);
    }

    // A heading with nothing under it introduced something that was dropped ("More from World").
    QList<const HtmlBlock *> text;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const HtmlBlock *b = kept.at(i);
        if (b->kind == BlockKind::Heading &&
            (i + 1 == kept.size() || kept.at(i + 1)->kind == BlockKind::Heading))
            continue;
        text.append(b);
    }

    // The headline comes first, once, even when the page keeps it outside the article's element;
    // what stood before it inside the element (kickers, breadcrumbs) goes unless it is prose. Old
    // pages put it on the first line of a <br>-separated block.
    const QString headline = meta.headline.isEmpty() ? meta.title : meta.headline;
    QStringList out;
    qsizetype at = -1;
    bool firstLineOnly = false;
    if (!headline.isEmpty()) {
        out.append(headline);
        for (qsizetype i = 0; i < text.size() && at < 0; ++i) {
            const QString &t = text.at(i)->text;
            if (t.compare(headline, Qt::CaseInsensitive) == 0) {
                at = i;
            } else if (t.startsWith(headline + u'\n', Qt::CaseInsensitive)) {
                at = i;
                firstLineOnly = true;
            }
        }
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const HtmlBlock *b = text.at(i);
        if (i < at && !s.prose.at(b - blocks.constData()))
            continue;
        if (i == at && !firstLineOnly)
            continue;
        out.append(b->marker + (i == at ? b->text.mid(headline.size() + 1) : b->text));
    }
    return out.join(u"\n\n"_s);
}

} // namespace saywho::core
