#include "htmlexporter.h"

#include "exportpalette.h"
#include "exportsupport.h"

#include "../model/document.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// The messages' context, declared so that lupdate files them under the one they are looked up in
// (a free tr() wrapper's calls would be filed under the class they are made from).
class HtmlExporterText
{
    Q_DECLARE_TR_FUNCTIONS(saywho::core::HtmlExporter)
};

QString esc(QStringView s)
{
    return s.toString().toHtmlEscaped();
}

QString rgb(std::uint32_t c, double alpha)
{
    return u"rgba(%1,%2,%3,%4)"_s.arg((c >> 16) & 0xff).arg((c >> 8) & 0xff).arg(c & 0xff).arg(alpha);
}

QString style()
{
    QString css =
        uR"(body{font-family:serif;max-width:42em;margin:2em auto;padding:0 1em;line-height:1.5;color:#1f1f1f;background:#fff}
h1{font-size:1.6em}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
.q{background:rgba(128,128,128,.18)}.n{font-style:italic;color:#5b4a8a}
.m{text-decoration:underline dotted}.sm{font-weight:bold}.d{color:#006d77;text-decoration:underline}
.legend span{display:inline-block;margin-right:1em}.sw{width:1em;height:1em;vertical-align:middle}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#26272b}th,td{border-color:#555}
.n{color:#b8a9e0}.d{color:#4fd1c5}}
)"_s;
    for (size_t i = 0; i < SpeakerHues.size(); ++i) {
        css += u".q.s%1,.sw.s%1{background:%2}.sm.s%1{color:%3}\n"_s.arg(i).arg(rgb(SpeakerHues.at(i), 0.22),
                                                                                rgb(SpeakerHues.at(i), 1.0));
    }
    return css;
}

class Writer
{
public:
    explicit Writer(const Document &doc) : m_doc(doc), m_slots(exportsupport::speakerSlots(doc)) {}

    QString html()
    {
        const QString title =
            m_doc.metadata().title.isEmpty() ? HtmlExporterText::tr("Article") : m_doc.metadata().title;
        QString h = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>"_s + esc(title) +
                    u"</title>\n<style>\n"_s + style() + u"</style></head>\n<body>\n"_s;
        h += u"<h1>"_s + esc(title) + u"</h1>\n"_s;
        legend(h);
        h += u"<article>\n"_s;
        const QList<exportsupport::Mark> marks = exportsupport::marks(m_doc);
        const QList<Span> lines = exportsupport::lines(m_doc);
        for (const Span &line : lines) {
            if (line == lines.first() && m_doc.textOf(line) == m_doc.metadata().title)
                continue; // the title, set above
            h += u"<p>"_s;
            for (const exportsupport::Run &run : exportsupport::runs(marks, line))
                h += runHtml(marks, run);
            h += u"</p>\n"_s;
        }
        h += u"</article>\n"_s;
        quoteTable(h);
        dateTable(h);
        h += u"</body></html>\n"_s;
        return h;
    }

private:
    QString slotClass(int entity) const
    {
        const int slot = m_slots.value(entity, -1);
        return slot < 0 ? QString() : u" s%1"_s.arg(slot % int(SpeakerHues.size()));
    }

    QString runHtml(const QList<exportsupport::Mark> &marks, const exportsupport::Run &run) const
    {
        const QString text = esc(m_doc.textOf(run.span));
        if (run.marks.isEmpty())
            return text;
        QStringList classes;
        QString title;
        for (int i : run.marks) {
            const exportsupport::Mark &m = marks.at(i);
            switch (m.kind) {
            case exportsupport::Mark::Quote: {
                const Quote &q = m_doc.quotes().at(m.index);
                classes << u"q"_s + slotClass(q.speaker);
                const QString who = exportsupport::speakerName(m_doc, q);
                title = who.isEmpty() ? HtmlExporterText::tr("speaker unknown") : who;
                break;
            }
            case exportsupport::Mark::NonQuote:
                classes << u"n"_s;
                title = nonQuoteKindName(m_doc.nonQuotes().at(m.index).kind);
                break;
            case exportsupport::Mark::Mention: {
                const Mention &mention = m_doc.mentions().at(m.index);
                classes << (m_slots.contains(mention.entity) ? u"m sm"_s + slotClass(mention.entity)
                                                             : u"m"_s);
                if (const Entity *e = m_doc.entity(mention.entity))
                    title = e->name;
                break;
            }
            case exportsupport::Mark::Date:
                classes << u"d"_s;
                title = m_doc.timeExprs().at(m.index).value;
                break;
            }
        }
        return u"<span class=\"%1\" title=\"%2\">%3</span>"_s.arg(classes.join(u' '), esc(title), text);
    }

    void legend(QString &h) const
    {
        h += u"<p class=\"legend\">"_s;
        QList<int> speakers(m_slots.size());
        for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
            speakers[it.value()] = it.key();
        for (int id : speakers) {
            const Entity *e = m_doc.entity(id);
            h += u"<span><span class=\"sw%1\">&#160;&#160;</span> %2</span>"_s.arg(
                slotClass(id), esc(e ? e->name : QString()));
        }
        h += u"<span><span class=\"q\">“…”</span> %1</span>"_s.arg(
            esc(HtmlExporterText::tr("speaker unknown")));
        h += u"<span><span class=\"d\">%1</span></span>"_s.arg(esc(HtmlExporterText::tr("date")));
        h += u"<span><span class=\"n\">%1</span></span>"_s.arg(
            esc(HtmlExporterText::tr("title, scare quote, nickname")));
        h += u"<span><span class=\"m\">%1</span></span>"_s.arg(
            esc(HtmlExporterText::tr("person or organisation")));
        h += u"</p>\n"_s;
    }

    void quoteTable(QString &h) const
    {
        if (m_doc.quotes().isEmpty())
            return;
        h += u"<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n"_s.arg(
            esc(HtmlExporterText::tr("Quotations")), esc(HtmlExporterText::tr("Speaker")),
            esc(HtmlExporterText::tr("Quotation")), esc(HtmlExporterText::tr("Kind")),
            esc(HtmlExporterText::tr("Origin")));
        for (const Quote &q : m_doc.quotes()) {
            h += u"<tr><td>%1</td><td class=\"q%2\">%3</td><td>%4</td><td>%5</td></tr>\n"_s.arg(
                esc(exportsupport::speakerName(m_doc, q)), slotClass(q.speaker), esc(m_doc.textOf(q.span)),
                quoteKindName(q.kind), originName(q.provenance.origin));
        }
        h += u"</table>\n"_s;
    }

    void dateTable(QString &h) const
    {
        if (m_doc.timeExprs().isEmpty())
            return;
        h += u"<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th></tr>\n"_s.arg(
            esc(HtmlExporterText::tr("Dates")), esc(HtmlExporterText::tr("Expression")),
            esc(HtmlExporterText::tr("Value")));
        for (const TimeExpr &t : m_doc.timeExprs())
            h += u"<tr><td class=\"d\">%1</td><td>%2</td></tr>\n"_s.arg(esc(m_doc.textOf(t.span)),
                                                                        esc(t.value));
        h += u"</table>\n"_s;
    }

    const Document &m_doc;
    QHash<int, int> m_slots;
};

} // namespace

QString HtmlExporter::name() const
{
    return u"html"_s;
}

QString HtmlExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "HTML page");
}

QString HtmlExporter::extension() const
{
    return u"html"_s;
}

QString HtmlExporter::syntax() const
{
    return u"HTML"_s;
}

ExportResult HtmlExporter::write(const Document &doc, QIODevice &out) const
{
    return put(out, Writer(doc).html().toUtf8());
}

} // namespace saywho::core
