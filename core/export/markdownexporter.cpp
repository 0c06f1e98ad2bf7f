#include "markdownexporter.h"

#include "exportsupport.h"

#include "../model/document.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("saywho::core::MarkdownExporter", s);
}

// Characters that would start Markdown markup inside a line, backslashed.
QString escaped(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (QStringView(u"\\`*_[]<>#|").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

QString MarkdownExporter::name() const
{
    return u"markdown"_s;
}

QString MarkdownExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "Markdown");
}

QString MarkdownExporter::extension() const
{
    return u"md"_s;
}

QString MarkdownExporter::syntax() const
{
    return u"Markdown"_s;
}

ExportResult MarkdownExporter::write(const Document &doc, QIODevice &out) const
{
    QString md;
    const QString title = doc.metadata().title;
    if (!title.isEmpty())
        md += u"# "_s + escaped(title) + u"\n\n"_s;
    const QList<Span> lines = exportsupport::lines(doc);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringView line = doc.textOf(lines.at(i));
        if (i == 0 && line == title)
            continue;
        md += escaped(line) + u"\n\n"_s;
    }
    if (!doc.quotes().isEmpty()) {
        md += u"## "_s + tr("Quotations") + u"\n\n"_s;
        for (const Quote &q : doc.quotes()) {
            md += u"> "_s + escaped(doc.textOf(q.span)).replace(u'\n', u"\n> "_s) + u"\n>\n"_s;
            const QString who = exportsupport::speakerName(doc, q);
            md += u"> — "_s + (who.isEmpty() ? tr("speaker unknown") : u"**"_s + escaped(who) + u"**"_s);
            md += u" ("_s + quoteKindName(q.kind);
            if (q.provenance.origin == Origin::User || q.provenance.decidedByUser(UserField::Speaker))
                md += u", "_s + tr("corrected");
            md += u")\n\n"_s;
        }
    }
    if (!doc.timeExprs().isEmpty()) {
        md += u"## "_s + tr("Dates") + u"\n\n"_s;
        for (const TimeExpr &t : doc.timeExprs())
            md += u"- "_s + escaped(doc.textOf(t.span)) + u": `"_s + t.value + u"`\n"_s;
        md += u'\n';
    }
    md.chop(1);
    return put(out, md.toUtf8());
}

} // namespace saywho::core
