#include "teiexporter.h"

#include "exportsupport.h"
#include "xmlwriter.h"

#include "../model/document.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

QString ref(int entity)
{
    return u"#e%1"_s.arg(entity);
}

// The attribute that carries a TIMEX3 value in TEI, and the value: when (an xsd date or time),
// dur (an xsd duration), dur-iso (ISO weeks), or subtype (the TIMEX3 value as it is: PAST_REF,
// 2022-W07-WE, 2022-02-20TNI, sets).
std::pair<QString, QString> dateAttribute(const TimeExpr &t)
{
    static const QRegularExpression xsdDate(uR"(^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$)"_s);
    static const QRegularExpression xsdDuration(
        uR"(^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?!$)(\d+H)?(\d+M)?(\d+S)?)?$)"_s);
    static const QRegularExpression isoWeeks(uR"(^P\d+W$)"_s);
    if ((t.type == TimexType::Date || t.type == TimexType::Time) && xsdDate.match(t.value).hasMatch())
        return {u"when"_s, t.value};
    if (t.type == TimexType::Duration && xsdDuration.match(t.value).hasMatch())
        return {u"dur"_s, t.value};
    if (t.type == TimexType::Duration && isoWeeks.match(t.value).hasMatch())
        return {u"dur-iso"_s, t.value};
    return {u"subtype"_s, t.value};
}

class Writer
{
public:
    Writer(const Document &doc, QIODevice &out) : m_doc(doc), m_x(&out) { m_x.setAutoFormatting(false); }

    bool write()
    {
        m_x.writeStartDocument();
        m_x.writeCharacters(u"\n"_s);
        m_x.writeStartElement(u"TEI"_s);
        m_x.writeDefaultNamespace(u"http://www.tei-c.org/ns/1.0"_s);
        header();
        m_x.writeStartElement(u"text"_s);
        m_x.writeStartElement(u"body"_s);
        const QList<exportsupport::Mark> marks = exportsupport::nested(exportsupport::marks(m_doc));
        for (const Span &line : exportsupport::lines(m_doc))
            paragraph(marks, line);
        m_x.writeEndElement();
        m_x.writeEndElement();
        m_x.writeEndElement();
        m_x.writeEndDocument();
        return !m_x.hasError();
    }

private:
    void line(const QString &name, const QString &text) { m_x.writeTextElement(name, text); }

    void header()
    {
        const DocumentMetadata &meta = m_doc.metadata();
        m_x.writeStartElement(u"teiHeader"_s);
        m_x.writeStartElement(u"fileDesc"_s);
        m_x.writeStartElement(u"titleStmt"_s);
        line(u"title"_s, meta.title);
        if (!meta.author.isEmpty())
            line(u"author"_s, meta.author);
        m_x.writeEndElement();
        m_x.writeStartElement(u"publicationStmt"_s);
        line(u"p"_s, u"Annotated with SayWho."_s);
        m_x.writeEndElement();
        m_x.writeStartElement(u"sourceDesc"_s);
        m_x.writeStartElement(u"bibl"_s);
        if (!meta.siteName.isEmpty())
            line(u"publisher"_s, meta.siteName);
        if (meta.dct.isValid()) {
            m_x.writeStartElement(u"date"_s);
            m_x.writeAttribute(u"when"_s, meta.dct.toString(Qt::ISODate));
            m_x.writeCharacters(meta.dct.toString(Qt::ISODate));
            m_x.writeEndElement();
        }
        if (meta.url.isValid())
            line(u"ref"_s, meta.url.toString());
        else if (!meta.path.isEmpty())
            line(u"idno"_s, meta.path);
        m_x.writeEndElement();
        m_x.writeEndElement();
        m_x.writeEndElement(); // fileDesc
        participants();
        m_x.writeEndElement(); // teiHeader
    }

    void participants()
    {
        QList<const Entity *> people, orgs;
        for (const Entity &e : m_doc.entities())
            (e.kind == EntityKind::Organization ? orgs : people).append(&e);
        if (people.isEmpty() && orgs.isEmpty())
            return;
        m_x.writeStartElement(u"profileDesc"_s);
        m_x.writeStartElement(u"particDesc"_s);
        if (!people.isEmpty()) {
            m_x.writeStartElement(u"listPerson"_s);
            for (const Entity *e : people) {
                const bool group = e->kind == EntityKind::Group;
                m_x.writeStartElement(group ? u"personGrp"_s : u"person"_s);
                m_x.writeAttribute(u"xml:id"_s, u"e%1"_s.arg(e->id));
                if (!group && e->gender != Gender::Unknown)
                    m_x.writeAttribute(u"sex"_s, e->gender == Gender::Male ? u"M"_s : u"F"_s);
                if (group) {
                    line(u"name"_s, e->name);
                } else {
                    line(u"persName"_s, e->name);
                    for (const QString &role : e->roles)
                        line(u"roleName"_s, role);
                }
                m_x.writeEndElement();
            }
            m_x.writeEndElement();
        }
        if (!orgs.isEmpty()) {
            m_x.writeStartElement(u"listOrg"_s);
            for (const Entity *e : orgs) {
                m_x.writeStartElement(u"org"_s);
                m_x.writeAttribute(u"xml:id"_s, u"e%1"_s.arg(e->id));
                line(u"orgName"_s, e->name);
                m_x.writeEndElement();
            }
            m_x.writeEndElement();
        }
        m_x.writeEndElement();
        m_x.writeEndElement();
    }

    void open(const exportsupport::Mark &m)
    {
        switch (m.kind) {
        case exportsupport::Mark::Quote: {
            const Quote &q = m_doc.quotes().at(m.index);
            m_x.writeStartElement(u"q"_s);
            if (q.speaker)
                m_x.writeAttribute(u"who"_s, ref(q.speaker));
            if (q.kind == QuoteKind::Partial)
                m_x.writeAttribute(u"type"_s, u"partial"_s);
            break;
        }
        case exportsupport::Mark::NonQuote:
            switch (m_doc.nonQuotes().at(m.index).kind) {
            case NonQuoteKind::Title:
                m_x.writeStartElement(u"title"_s);
                break;
            case NonQuoteKind::Scare:
                m_x.writeStartElement(u"soCalled"_s);
                break;
            case NonQuoteKind::Nickname:
                m_x.writeStartElement(u"name"_s);
                m_x.writeAttribute(u"type"_s, u"nickname"_s);
                break;
            case NonQuoteKind::Direction:
                m_x.writeStartElement(u"stage"_s);
                break;
            }
            break;
        case exportsupport::Mark::Mention: {
            const Mention &mention = m_doc.mentions().at(m.index);
            const Entity *e = m_doc.entity(mention.entity);
            const EntityKind kind = e ? e->kind : mention.entityKind;
            if (mention.kind != MentionKind::Name) {
                m_x.writeStartElement(u"rs"_s);
                m_x.writeAttribute(u"type"_s, entityKindName(kind));
            } else {
                m_x.writeStartElement(kind == EntityKind::Person         ? u"persName"_s
                                      : kind == EntityKind::Organization ? u"orgName"_s
                                                                         : u"name"_s);
                if (kind == EntityKind::Group)
                    m_x.writeAttribute(u"type"_s, u"group"_s);
            }
            if (e)
                m_x.writeAttribute(u"ref"_s, ref(e->id));
            break;
        }
        case exportsupport::Mark::Date: {
            const TimeExpr &t = m_doc.timeExprs().at(m.index);
            m_x.writeStartElement(u"date"_s);
            m_x.writeAttribute(u"type"_s, timexTypeName(t.type).toLower());
            const auto [attribute, value] = dateAttribute(t);
            if (!value.isEmpty())
                m_x.writeAttribute(attribute, value);
            break;
        }
        }
    }

    void paragraph(const QList<exportsupport::Mark> &marks, Span line)
    {
        m_x.writeStartElement(u"p"_s);
        QList<int> open; // ends of the open marks
        int pos = line.begin;
        const auto text = [&](int to) {
            if (to > pos)
                m_x.writeCharacters(m_doc.textOf({pos, to}).toString());
            pos = std::max(pos, to);
        };
        for (const exportsupport::Mark &m : marks) {
            if (!line.contains(m.span) || m.span.isEmpty())
                continue;
            while (!open.isEmpty() && open.last() <= m.span.begin) {
                text(open.last());
                m_x.writeEndElement();
                open.removeLast();
            }
            text(m.span.begin);
            this->open(m);
            open.append(m.span.end);
        }
        while (!open.isEmpty()) {
            text(open.last());
            m_x.writeEndElement();
            open.removeLast();
        }
        text(line.end);
        m_x.writeEndElement();
        m_x.writeCharacters(u"\n"_s);
    }

    const Document &m_doc;
    XmlWriter m_x;
};

} // namespace

QString TeiExporter::name() const
{
    return u"tei"_s;
}

QString TeiExporter::title() const
{
    return QCoreApplication::translate("saywho::core::Export", "TEI P5 XML");
}

QString TeiExporter::extension() const
{
    return u"xml"_s;
}

QString TeiExporter::syntax() const
{
    return u"XML"_s;
}

ExportResult TeiExporter::write(const Document &doc, QIODevice &out) const
{
    if (!Writer(doc, out).write())
        return ExportResult::failure(out.errorString());
    return {};
}

} // namespace saywho::core
