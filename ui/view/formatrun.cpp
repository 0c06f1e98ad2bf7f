#include "formatrun.h"

#include "model/document.h"

#include <QFont>

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

QList<FormatRun> FormatRunBuilder::build() const
{
    std::vector<Item> items;
    items.reserve(size_t(m_doc.quotes().size() + m_doc.mentions().size() + m_doc.timeExprs().size() + 8));

    QTextCharFormat dim;
    dim.setForeground(m_palette.dimmedInk());
    for (const core::Paragraph &p : m_doc.paragraphs())
        if (p.excluded)
            items.push_back({p.span.begin, p.span.end, Dimmed, dim});

    const QString &title = m_doc.metadata().title;
    if (!title.isEmpty()) {
        const qsizetype at = m_doc.text().indexOf(title);
        // Only a headline at the top of the text is set as one.
        if (at >= 0 && m_doc.text().left(at).trimmed().isEmpty()) {
            QTextCharFormat f;
            f.setProperty(QTextFormat::FontSizeAdjustment, 2);
            f.setFontWeight(QFont::Bold);
            items.push_back({int(at), int(at + title.size()), Title, f});
        }
    }

    QList<int> attributedMentions;
    for (const core::Quote &q : m_doc.quotes()) {
        if (m_focus != 0 && q.speaker != m_focus)
            continue;
        if (m_layers & HighlightLayer::Quotes)
            items.push_back(
                {q.span.begin, q.span.end, QuoteTint, quoteFormat(m_palette, m_colors.slotOf(q.speaker))});
        if (q.speakerMention)
            attributedMentions.append(q.speakerMention);
    }
    std::sort(attributedMentions.begin(), attributedMentions.end());

    if (m_layers & HighlightLayer::NonQuotes && m_focus == 0)
        for (const core::NonQuote &n : m_doc.nonQuotes())
            items.push_back({n.span.begin, n.span.end, NonQuote, nonQuoteFormat(m_palette)});

    if (m_layers & HighlightLayer::Speakers) {
        const QList<core::Mention> &mentions = m_doc.mentions();
        for (int i = 0; i < mentions.size(); ++i) {
            const core::Mention &m = mentions.at(i);
            // Focused on someone: all of their mentions, quoted or not; otherwise speakers only.
            if (m_focus != 0 ? m.entity != m_focus : !m_colors.isSpeaker(m.entity))
                continue;
            const bool attributed =
                std::binary_search(attributedMentions.cbegin(), attributedMentions.cend(), m.id);
            items.push_back({m.span.begin, m.span.end, Mention,
                             mentionFormat(m_palette, m_colors.slotOf(m.entity), attributed, m_emphasis)});
        }
    }

    if (m_layers & HighlightLayer::Dates && m_focus == 0)
        for (const core::TimeExpr &t : m_doc.timeExprs())
            items.push_back({t.span.begin, t.span.end, Date, dateFormat(m_palette)});

    std::erase_if(items, [](const Item &i) { return i.end <= i.begin; });
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.begin < b.begin; });

    std::vector<int> bounds;
    bounds.reserve(items.size() * 2);
    for (const Item &i : items) {
        bounds.push_back(i.begin);
        bounds.push_back(i.end);
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
        if (open.empty())
            continue;
        std::sort(open.begin(), open.end(), [](const Item *x, const Item *y) { return x->order < y->order; });
        QTextCharFormat f = open.front()->format;
        for (size_t k = 1; k < open.size(); ++k)
            f.merge(open[k]->format);
        runs.append({from, to, f});
    }
    return runs;
}

} // namespace saywho::ui
