#include "exportsupport.h"

#include <algorithm>

namespace saywho::core::exportsupport {

QHash<int, int> speakerSlots(const Document &doc)
{
    QHash<int, int> bySpeaker;
    for (const Quote &q : doc.quotes())
        if (q.speaker && !bySpeaker.contains(q.speaker))
            bySpeaker.insert(q.speaker, int(bySpeaker.size()));
    return bySpeaker;
}

QString speakerName(const Document &doc, const Quote &q)
{
    if (const Entity *e = doc.entity(q.speaker))
        return e->name;
    if (const Mention *m = doc.mention(q.speakerMention))
        return doc.textOf(m->span).toString();
    return {};
}

QList<Span> lines(const Document &doc)
{
    QList<Span> out;
    const QString &t = doc.text();
    int begin = 0;
    for (int i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t.at(i) == u'\n') {
            if (i > begin)
                out.append({begin, i});
            begin = i + 1;
        }
    }
    return out;
}

QList<Mark> marks(const Document &doc)
{
    QList<Mark> out;
    for (int i = 0; i < doc.quotes().size(); ++i)
        out.append({doc.quotes().at(i).span, Mark::Quote, i});
    for (int i = 0; i < doc.nonQuotes().size(); ++i)
        out.append({doc.nonQuotes().at(i).span, Mark::NonQuote, i});
    for (int i = 0; i < doc.mentions().size(); ++i)
        out.append({doc.mentions().at(i).span, Mark::Mention, i});
    for (int i = 0; i < doc.timeExprs().size(); ++i)
        out.append({doc.timeExprs().at(i).span, Mark::Date, i});
    // Outer before inner: by start, then the longer first, then quotes before what they hold.
    std::stable_sort(out.begin(), out.end(), [](const Mark &a, const Mark &b) {
        if (a.span.begin != b.span.begin)
            return a.span.begin < b.span.begin;
        if (a.span.end != b.span.end)
            return a.span.end > b.span.end;
        return a.kind < b.kind;
    });
    return out;
}

QList<Run> runs(const QList<Mark> &marks, Span span)
{
    QList<int> cuts{span.begin, span.end};
    QList<int> over;
    for (int m = 0; m < marks.size(); ++m) {
        const Span s = marks.at(m).span;
        if (s.isEmpty() || !s.overlaps(span))
            continue;
        over.append(m);
        cuts.append(std::max(s.begin, span.begin));
        cuts.append(std::min(s.end, span.end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<Run> out;
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        Run r{{cuts.at(i), cuts.at(i + 1)}, {}};
        for (int m : over)
            if (marks.at(m).span.contains(r.span))
                r.marks.append(m);
        out.append(r);
    }
    return out;
}

QList<Mark> nested(QList<Mark> marks)
{
    QList<Mark> out;
    QList<Span> open;
    for (const Mark &m : marks) {
        while (!open.isEmpty() && open.last().end <= m.span.begin)
            open.removeLast();
        if (m.span.isEmpty() || (!open.isEmpty() && !open.last().contains(m.span)))
            continue;
        open.append(m.span);
        out.append(m);
    }
    return out;
}

} // namespace saywho::core::exportsupport
