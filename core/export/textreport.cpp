#include "textreport.h"

#include "../model/document.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("saywho::core::TextReport", s, disambiguation, n);
}

QString oneLine(QStringView s, int max = 110)
{
    QString out = s.toString().simplified();
    if (out.size() > max)
        out = out.left(max - 1) + QChar(0x2026);
    return out;
}

// A quote and its speaker, on two lines.
QString quoteLines(const Document &doc, const Quote &q)
{
    QString out;
    const Entity *e = q.speaker ? doc.entity(q.speaker) : nullptr;
    QString who = e ? e->name : tr("(unknown speaker)");
    if (const Mention *m = doc.mention(q.speakerMention)) {
        const QString as = doc.textOf(m->span).toString();
        if (e && as != e->name)
            who += u" ["_s + oneLine(as, 40) + u"]"_s;
    }
    out += u"  q%1 %2 %3\n"_s.arg(q.id).arg(quoteKindName(q.kind), -7).arg(oneLine(doc.textOf(q.span)));
    out += u"      "_s + tr("speaker: %1").arg(who);
    if (!q.provenance.rule.isEmpty())
        out += u"   "_s +
               tr("by %1 (%2)").arg(q.provenance.rule, QString::number(q.provenance.confidence, 'f', 2));
    out += u'\n';
    return out;
}

} // namespace

QString TextReport::render(const Document &doc)
{
    QString out;
    const DocumentMetadata &m = doc.metadata();
    out += u"== "_s + (m.path.isEmpty() ? tr("(pasted text)") : m.path) + u'\n';
    if (!m.title.isEmpty())
        out += tr("Title: %1").arg(m.title) + u'\n';
    out +=
        tr("Publication date: %1 (%2)")
            .arg(m.dct.isValid() ? m.dct.toString(Qt::ISODate) : tr("unknown"), dctSourceName(m.dctSource)) +
        u'\n';

    const auto headline = [](const Quote &q) { return q.headline; };
    const int inHeadline = int(std::count_if(doc.quotes().cbegin(), doc.quotes().cend(), headline));
    if (inHeadline > 0) {
        out += u'\n' + tr("Headline quotes (%n):", nullptr, inHeadline) + u'\n';
        for (const Quote &q : doc.quotes())
            if (q.headline)
                out += quoteLines(doc, q);
    }
    out += u'\n' + tr("Quotes (%n):", nullptr, int(doc.quotes().size()) - inHeadline) + u'\n';
    for (const Quote &q : doc.quotes())
        if (!q.headline)
            out += quoteLines(doc, q);
    if (!doc.nonQuotes().isEmpty()) {
        out += u'\n' + tr("Not quotations:") + u'\n';
        for (const NonQuote &n : doc.nonQuotes())
            out += u"  %1 %2\n"_s.arg(nonQuoteKindName(n.kind), -9).arg(oneLine(doc.textOf(n.span)));
    }
    out += u'\n' + tr("People and organisations:") + u'\n';
    for (const Entity &e : doc.entities()) {
        out += u"  e%1 %2 (%3)"_s.arg(e.id).arg(e.name, entityKindName(e.kind));
        if (!e.aliases.isEmpty())
            out += u" — "_s + e.aliases.join(u", "_s);
        out += u'\n';
    }
    if (!doc.timeExprs().isEmpty()) {
        out += u'\n' + tr("Dates:") + u'\n';
        for (const TimeExpr &t : doc.timeExprs())
            out += u"  %1 %2 %3\n"_s.arg(oneLine(doc.textOf(t.span), 40), -30)
                       .arg(timexTypeName(t.type), -9)
                       .arg(t.value);
    }
    return out;
}

} // namespace saywho::core
