#include "documentcheck.h"

#include "document.h"
#include "timex3.h"

#include <QCoreApplication>
#include <QSet>

namespace saywho::core {

namespace {

// The messages' context, declared so that lupdate files them under the one they are looked up in
// (a free tr() wrapper's calls would be filed under the class they are made from).
class DocumentCheckText
{
    Q_DECLARE_TR_FUNCTIONS(saywho::core::DocumentCheck)
};

QString spanProblem(Span s, int length, bool mayBeEmpty)
{
    if (s.begin < 0 || s.end > length)
        return DocumentCheckText::tr("[%1, %2) lies outside the text (%3 characters)")
            .arg(s.begin)
            .arg(s.end)
            .arg(length);
    if (s.end < s.begin || (!mayBeEmpty && s.end == s.begin))
        return DocumentCheckText::tr("[%1, %2) is empty or reversed").arg(s.begin).arg(s.end);
    return {};
}

// The first problem of one layer: ids and spans. what names the layer for the message ("quote").
template <typename T> QString layerProblem(const QList<T> &list, int length, const QString &what)
{
    QSet<int> seen;
    seen.reserve(list.size());
    for (const T &a : list) {
        if (a.id <= 0 || a.id > maxAnnotationId)
            return DocumentCheckText::tr("%1: the id %2 lies outside 1 to %3")
                .arg(what)
                .arg(a.id)
                .arg(maxAnnotationId);
        if (seen.contains(a.id))
            return DocumentCheckText::tr("%1: the id %2 is used twice").arg(what).arg(a.id);
        seen.insert(a.id);
        if constexpr (requires { a.span; }) {
            const QString p = spanProblem(a.span, length, false);
            if (!p.isEmpty())
                return DocumentCheckText::tr("%1 %2: %3").arg(what).arg(a.id).arg(p);
        }
    }
    return {};
}

QString quoteProblem(const Document &doc, const Quote &q, Span previous)
{
    const int length = int(doc.text().size());
    if (q.span.begin < previous.end)
        return DocumentCheckText::tr("quote %1 overlaps the quote before it").arg(q.id);
    if (q.cue != Span{}) {
        const QString p = spanProblem(q.cue, length, true);
        if (!p.isEmpty())
            return DocumentCheckText::tr("the cue of quote %1: %2").arg(q.id).arg(p);
    }
    if (q.speaker && !doc.entity(q.speaker))
        return DocumentCheckText::tr("quote %1 names a speaker (entity %2) that does not exist")
            .arg(q.id)
            .arg(q.speaker);
    if (q.speakerMention && !doc.mention(q.speakerMention))
        return DocumentCheckText::tr("quote %1 names a speaker mention (%2) that does not exist")
            .arg(q.id)
            .arg(q.speakerMention);
    if (q.continues && (q.continues == q.id || !doc.quote(q.continues)))
        return DocumentCheckText::tr("quote %1 continues a quote (%2) that does not exist")
            .arg(q.id)
            .arg(q.continues);
    return {};
}

} // namespace

QString documentInconsistency(const Document &doc)
{
    const int length = int(doc.text().size());
    for (const QString &p : {layerProblem(doc.entities(), length, DocumentCheckText::tr("entity")),
                             layerProblem(doc.mentions(), length, DocumentCheckText::tr("mention")),
                             layerProblem(doc.quotes(), length, DocumentCheckText::tr("quote")),
                             layerProblem(doc.nonQuotes(), length, DocumentCheckText::tr("non-quote")),
                             layerProblem(doc.timeExprs(), length, DocumentCheckText::tr("date")),
                             layerProblem(doc.removals(), length, DocumentCheckText::tr("removal"))})
        if (!p.isEmpty())
            return p;
    for (const Mention &m : doc.mentions()) {
        if (!m.span.contains(m.head) || m.head.isEmpty())
            return DocumentCheckText::tr("mention %1: its head lies outside it").arg(m.id);
        if (m.entity && !doc.entity(m.entity))
            return DocumentCheckText::tr("mention %1 refers to an entity (%2) that does not exist")
                .arg(m.id)
                .arg(m.entity);
    }
    Span previous;
    for (const Quote &q : doc.quotes()) {
        const QString p = quoteProblem(doc, q, previous);
        if (!p.isEmpty())
            return p;
        previous = q.span;
    }
    for (const TimeExpr &t : doc.timeExprs()) {
        // The value is the file's, and may be long or hold line breaks; the message stays one line.
        if (timex3Error(t.type, t.value).isEmpty())
            continue;
        const QString shown = (t.value.size() > 40 ? t.value.left(40) + u'…' : t.value).simplified();
        return DocumentCheckText::tr("date %1: \"%2\" is not a TIMEX3 value of type %3")
            .arg(t.id)
            .arg(shown, timexTypeName(t.type));
    }
    return {};
}

} // namespace saywho::core
