#include "formatrun.h"

#include "model/document.h"

#include <QFont>
#include <QHash>

#include <algorithm>

namespace saywho::ui {

namespace {

// Stacking order: later layers are merged over earlier ones.
enum Order { Dimmed, Title, QuoteTint, NonQuote, Mention, Date };

struct Item
{
    int begin;
    int end;
    int order;
    QTextCharFormat format;
};

} // namespace

FormatRunBuilder::FormatRunBuilder(const core::Document &doc, const SpeakerColors &colors,
                                   const SpeakerPalette &palette)
    : m_doc(doc), m_colors(colors), m_palette(palette)
{
}

QTextCharFormat FormatRunBuilder::quoteFormat(const SpeakerPalette &palette, int slot)
{
    QTextCharFormat f;
    f.setBackground(palette.tint(slot));
    return f;
}

QTextCharFormat FormatRunBuilder::mentionFormat(const SpeakerPalette &palette, int slot, bool attributed,
                                                int emphasisWeight)
{
    QTextCharFormat f;
    f.setForeground(palette.ink(slot));
    // The mention that the attribution rests on is bold; other mentions of a speaker only take
    // the colour, so the eye finds "who said it" first.
    f.setFontWeight(attributed ? QFont::Bold : emphasisWeight);
    return f;
}

QTextCharFormat FormatRunBuilder::dateFormat(const SpeakerPalette &palette)
{
    QTextCharFormat f;
    f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    f.setUnderlineColor(palette.dateInk());
    f.setForeground(palette.dateInk());
    return f;
}

QTextCharFormat FormatRunBuilder::nonQuoteFormat(const SpeakerPalette &palette)
{
    QTextCharFormat f;
    f.setFontItalic(true);
    f.setForeground(palette.titleInk());
    f.setUnderlineStyle(QTextCharFormat::DotLine);
    f.setUnderlineColor(palette.titleInk());
    return f;
}

TextRanges normalizedRanges(TextRanges ranges)
{
    ranges.removeIf([](const std::pair<int, int> &r) { return r.second <= r.first; });
    std::sort(ranges.begin(), ranges.end());
    qsizetype kept = 0;
    for (const auto &r : std::as_const(ranges)) {
        if (kept > 0 && r.first <= ranges[kept - 1].second)
            ranges[kept - 1].second = std::max(ranges[kept - 1].second, r.second);
        else
            ranges[kept++] = r;
    }
    ranges.resize(kept);
    return ranges;
}

QList<FormatRun> FormatRunBuilder::build() const
{
    return buildWithin(nullptr);
}

QList<FormatRun> FormatRunBuilder::build(const TextRanges &ranges) const
{
    return buildWithin(&ranges);
}

QList<FormatRun> FormatRunBuilder::buildWithin(const TextRanges *ranges) const
{
    // Whether [begin, end) meets one of the ranges (always, for a whole build).
    auto wanted = [ranges](int begin, int end) {
        if (!ranges)
            return true;
        auto it = std::upper_bound(ranges->cbegin(), ranges->cend(), begin,
                                   [](int pos, const std::pair<int, int> &r) { return pos < r.second; });
        return it != ranges->cend() && it->first < end;
    };

    std::vector<Item> items;
    items.reserve(
        ranges ? 64 : size_t(m_doc.quotes().size() + m_doc.mentions().size() + m_doc.timeExprs().size() + 8));
    auto add = [&](core::Span s, int order, const QTextCharFormat &format) {
        if (s.end > s.begin && wanted(s.begin, s.end))
            items.push_back({s.begin, s.end, order, format});
    };

    QTextCharFormat dim;
    dim.setForeground(m_palette.dimmedInk());
    for (const core::Paragraph &p : m_doc.paragraphs())
        if (p.excluded)
            add(p.span, Dimmed, dim);

    const QString &title = m_doc.metadata().title;
    if (!title.isEmpty()) {
        const qsizetype at = m_doc.text().indexOf(title);
        // Only a headline at the top of the text is set as one.
        if (at >= 0 && m_doc.text().left(at).trimmed().isEmpty()) {
            QTextCharFormat f;
            f.setProperty(QTextFormat::FontSizeAdjustment, 2);
            f.setFontWeight(QFont::Bold);
            add({int(at), int(at + title.size())}, Title, f);
        }
    }

    // One format per palette slot: a long article has thousands of quotes but a dozen colours, and
    // runs that share a format share its data.
    QHash<int, QTextCharFormat> quoteFormats;
    QHash<int, QTextCharFormat> mentionFormats;
    QList<int> attributedMentions;
    for (const core::Quote &q : m_doc.quotes()) {
        if (m_focus != 0 && q.speaker != m_focus)
            continue;
        if (m_layers & HighlightLayer::Quotes && wanted(q.span.begin, q.span.end)) {
            const int slot = m_colors.slotOf(q.speaker);
            auto f = quoteFormats.constFind(slot);
            if (f == quoteFormats.cend())
                f = quoteFormats.insert(slot, quoteFormat(m_palette, slot));
            add(q.span, QuoteTint, *f);
        }
        if (q.speakerMention)
            attributedMentions.append(q.speakerMention);
    }
    std::sort(attributedMentions.begin(), attributedMentions.end());

    if (m_layers & HighlightLayer::NonQuotes && m_focus == 0) {
        const QTextCharFormat f = nonQuoteFormat(m_palette);
        for (const core::NonQuote &n : m_doc.nonQuotes())
            add(n.span, NonQuote, f);
    }

    if (m_layers & HighlightLayer::Speakers) {
        for (const core::Mention &m : m_doc.mentions()) {
            // Focused on someone: all of their mentions, quoted or not; otherwise speakers only.
            if (m_focus != 0 ? m.entity != m_focus : !m_colors.isSpeaker(m.entity))
                continue;
            if (!wanted(m.span.begin, m.span.end))
                continue;
            const bool attributed =
                std::binary_search(attributedMentions.cbegin(), attributedMentions.cend(), m.id);
            const int slot = m_colors.slotOf(m.entity);
            const int key = slot * 2 + (attributed ? 1 : 0);
            auto f = mentionFormats.constFind(key);
            if (f == mentionFormats.cend())
                f = mentionFormats.insert(key, mentionFormat(m_palette, slot, attributed, m_emphasis));
            add(m.span, Mention, *f);
        }
    }

    if (m_layers & HighlightLayer::Dates && m_focus == 0) {
        const QTextCharFormat f = dateFormat(m_palette);
        for (const core::TimeExpr &t : m_doc.timeExprs())
            add(t.span, Date, f);
    }

    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.begin < b.begin; });

    std::vector<int> bounds;
    bounds.reserve(items.size() * 2 + (ranges ? size_t(ranges->size()) * 2 : 0));
    for (const Item &i : items) {
        bounds.push_back(i.begin);
        bounds.push_back(i.end);
    }
    // A partial build is cut at the ranges' ends, so its runs replace exactly those ranges.
    if (ranges)
        for (const auto &[begin, end] : *ranges) {
            bounds.push_back(begin);
            bounds.push_back(end);
        }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

    // Sweep the boundaries; at most a handful of annotations are open at once.
    QList<FormatRun> runs;
    runs.reserve(qsizetype(items.size()));
    std::vector<const Item *> open;
    size_t next = 0;
    for (size_t b = 0; b + 1 < bounds.size(); ++b) {
        const int from = bounds[b];
        const int to = bounds[b + 1];
        std::erase_if(open, [from](const Item *i) { return i->end <= from; });
        while (next < items.size() && items[next].begin <= from)
            open.push_back(&items[next++]);
        if (open.empty() || !wanted(from, to))
            continue;
        if (open.size() == 1) {
            runs.append({from, to, open.front()->format});
            continue;
        }
        std::sort(open.begin(), open.end(), [](const Item *x, const Item *y) { return x->order < y->order; });
        QTextCharFormat f = open.front()->format;
        for (size_t k = 1; k < open.size(); ++k)
            f.merge(open[k]->format);
        runs.append({from, to, f});
    }
    return runs;
}

} // namespace saywho::ui
