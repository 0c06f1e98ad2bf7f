#include "bratexporter.h"

#include "exportfile.h"

#include "../model/document.h"
#include "../model/exportoffsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

class Writer
{
public:
    explicit Writer(const Document &doc) : m_doc(doc), m_at(doc) {}

    QString ann()
    {
        QHash<int, int> mentionT;
        for (const Mention &m : m_doc.mentions()) {
            const Entity *e = m_doc.entity(m.entity);
            const EntityKind kind = e ? e->kind : m.entityKind;
            const int t = textBound(kind == EntityKind::Person         ? u"Person"_s
                                    : kind == EntityKind::Organization ? u"Organization"_s
                                                                       : u"Group"_s,
                                    m.span);
            mentionT.insert(m.id, t);
            if (e)
                note(t, u"e%1 "_s.arg(e->id) + e->name);
            origin(t, m.provenance);
        }
        for (const Quote &q : m_doc.quotes()) {
            const int t = textBound(u"Quote"_s, q.span);
            attribute(u"Kind"_s, t, q.kind == QuoteKind::Direct ? u"Direct"_s : u"Partial"_s);
            if (q.headline)
                attribute(u"Headline"_s, t, {});
            origin(t, q.provenance);
            if (!q.provenance.rule.isEmpty())
                note(t, u"rule "_s + q.provenance.rule);
            if (mentionT.contains(q.speakerMention))
                m_out += u"R%1\tSaid Arg1:T%2 Arg2:T%3\n"_s.arg(++m_r)
                             .arg(mentionT.value(q.speakerMention))
                             .arg(t);
            else if (const Entity *e = m_doc.entity(q.speaker))
                note(t, u"speaker e%1 "_s.arg(e->id) + e->name);
        }
        for (const NonQuote &n : m_doc.nonQuotes()) {
            const int t = textBound(u"NonQuote"_s, n.span);
            QString kind = nonQuoteKindName(n.kind);
            kind[0] = kind.at(0).toUpper();
            attribute(u"Kind"_s, t, kind);
            origin(t, n.provenance);
        }
        for (const TimeExpr &d : m_doc.timeExprs()) {
            const int t = textBound(u"Date"_s, d.span);
            attribute(u"Type"_s, t, timexTypeName(d.type));
            origin(t, d.provenance);
            note(t, d.value);
        }
        return m_out;
    }

private:
    // "T3\tQuote 10 20;21 30\ttext": fragments split at line breaks, the text with them as spaces.
    int textBound(const QString &type, Span span)
    {
        QStringList fragments;
        int begin = span.begin;
        const QString &text = m_doc.text();
        for (int i = span.begin; i <= span.end; ++i) {
            if (i == span.end || text.at(i) == u'\n') {
                if (i > begin)
                    fragments << u"%1 %2"_s.arg(m_at.at(begin)).arg(m_at.at(i));
                begin = i + 1;
            }
        }
        if (fragments.isEmpty())
            fragments << u"%1 %2"_s.arg(m_at.at(span.begin)).arg(m_at.at(span.end));
        QString covered = m_at.textAt(span).toString();
        covered.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
        m_out += u"T%1\t%2 %3\t%4\n"_s.arg(++m_t).arg(type, fragments.join(u';'), covered);
        return m_t;
    }
    void attribute(const QString &name, int t, const QString &value)
    {
        m_out += u"A%1\t%2 T%3"_s.arg(++m_a).arg(name).arg(t);
        if (!value.isEmpty())
            m_out += u' ' + value;
        m_out += u'\n';
    }
    void origin(int t, const Provenance &p)
    {
        if (p.origin == Origin::User)
            attribute(u"Origin"_s, t, u"User"_s);
        else if (p.user != UserField::None)
            attribute(u"Origin"_s, t, u"Corrected"_s);
    }
    void note(int t, QString text)
    {
        text.replace(u'\n', u' ').replace(u'\t', u' ');
        m_out += u"#%1\tAnnotatorNotes T%2\t"_s.arg(++m_n).arg(t) + text + u'\n';
    }

    const Document &m_doc;
    ExportOffsets m_at;
    QString m_out;
    int m_t = 0, m_a = 0, m_r = 0, m_n = 0;
};

} // namespace

QString BratExporter::name() const
{
    return u"brat"_s;
}

QString BratExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "brat standoff (.txt + .ann)");
}

QString BratExporter::extension() const
{
    return u"ann"_s;
}

Exporter::Destination BratExporter::destination() const
{
    return Destination::Folder;
}

QString BratExporter::annotations(const Document &doc)
{
    return Writer(doc).ann();
}

ExportResult BratExporter::write(const Document &doc, QIODevice &out) const
{
    return put(out, annotations(doc).toUtf8());
}

ExportResult BratExporter::writeFolder(const Document &doc, const QString &dir, const QString &baseName) const
{
    if (!QDir().mkpath(dir))
        return ExportResult::failure(
            QCoreApplication::translate("saywho::core::Export", "cannot create the folder %1")
                .arg(QDir::toNativeSeparators(dir)));
    const ExportResult text = saveFile(QDir(dir).filePath(baseName + u".txt"_s),
                                       [&](QIODevice &out) { return put(out, doc.originalText().toUtf8()); });
    if (!text.ok())
        return text;
    return Exporter::writeFolder(doc, dir, baseName);
}

} // namespace saywho::core
