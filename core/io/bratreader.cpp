#include "bratreader.h"

#include "../model/exportoffsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// The messages' context, declared so that lupdate files them under the one they are looked up in
// (a free tr() wrapper's calls would be filed under the class they are made from).
class BratReaderText
{
    Q_DECLARE_TR_FUNCTIONS(saywho::core::BratReader)
};

struct TextBound
{
    QString type;
    Span span;
    QHash<QString, QString> attributes;
    QStringList notes;
};

int number(QStringView id)
{
    return id.size() > 1 ? id.mid(1).toInt() : 0;
}

class Reader
{
public:
    Reader(const QString &text, const QString &path) : m_result{}, m_path(path)
    {
        DocumentMetadata meta;
        meta.path = path;
        m_result.document = Document(text, meta);
    }

    LoadResult read(const QString &ann)
    {
        const ExportOffsets at(m_result.document);
        QSet<QString> skipped;
        for (QStringView line : QStringView(ann).split(u'\n')) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            const QList<QStringView> fields = line.split(u'\t');
            const QStringView id = fields.at(0);
            const QList<QStringView> args = fields.value(1).split(u' ', Qt::SkipEmptyParts);
            if (id.startsWith(u'T') && fields.size() >= 2 && args.size() >= 3) {
                TextBound t;
                t.type = args.at(0).toString();
                const QStringView offsets = fields.at(1).mid(args.at(0).size() + 1);
                const QList<QStringView> fragments = offsets.split(u';');
                bool ok1 = false, ok2 = false;
                const int begin = fragments.first().split(u' ').value(0).toInt(&ok1);
                const int end = fragments.last().split(u' ').value(1).toInt(&ok2);
                if (!ok1 || !ok2 || end < begin) {
                    skipped.insert(BratReaderText::tr("text-bound annotations with unreadable offsets"));
                    continue;
                }
                // Offsets past the end mean the .ann belongs to another text (or an edited one):
                // reading it would attach every annotation to the wrong words.
                if (begin < 0 || end > at.length()) {
                    m_result.error =
                        BratReaderText::tr("%1 has offsets %2-%3 but its text has %4 characters: the .ann "
                                           "does not belong to this .txt")
                            .arg(id.toString())
                            .arg(begin)
                            .arg(end)
                            .arg(at.length());
                    return std::move(m_result);
                }
                t.span = {at.position(begin), at.position(end)};
                m_order.append(number(id));
                m_bounds.insert(number(id), t);
            } else if (id.startsWith(u'A') || id.startsWith(u'M')) {
                if (args.size() >= 2 && m_bounds.contains(number(args.at(1))))
                    m_bounds[number(args.at(1))].attributes.insert(args.at(0).toString(),
                                                                   args.value(2).toString());
            } else if (id.startsWith(u'#')) {
                if (args.size() >= 2 && m_bounds.contains(number(args.at(1))))
                    m_bounds[number(args.at(1))].notes.append(fields.value(2).toString());
            } else if (id.startsWith(u'R') && args.size() >= 3 && args.at(0) == u"Said") {
                m_said.insert(number(args.at(2).mid(5)), number(args.at(1).mid(5)));
            } else {
                skipped.insert(BratReaderText::tr("lines of kind %1").arg(id.left(1)));
            }
        }
        build();
        for (const QString &s : std::as_const(skipped))
            m_result.warnings.append(BratReaderText::tr("%1: skipped %2").arg(m_path, s));
        m_result.ok = true;
        return std::move(m_result);
    }

private:
    static Provenance provenance(const TextBound &t)
    {
        const QString origin = t.attributes.value(u"Origin"_s, u"User"_s);
        if (origin == u"User")
            return Provenance::byUser(UserField::Span | UserField::Kind);
        Provenance p;
        if (origin == u"Corrected")
            p.user = UserField::Kind;
        return p;
    }

    void build()
    {
        Document &doc = m_result.document;
        QList<Entity> entities;
        QHash<QString, int> entityByKey;
        QList<Mention> mentions;
        QHash<int, int> mentionOfT;
        QList<Quote> quotes;
        QList<NonQuote> nonQuotes;
        QList<TimeExpr> dates;
        const auto entityFor = [&](const TextBound &t, EntityKind kind, const QString &note) {
            // A note "e12 Jen Psaki" names the entity; else the words themselves do.
            int id = 0;
            QString name = doc.textOf(t.span).toString();
            if (note.startsWith(u'e') && note.indexOf(u' ') > 1) {
                id = note.mid(1, note.indexOf(u' ') - 1).toInt();
                name = note.mid(note.indexOf(u' ') + 1);
            }
            const QString key = id ? u"#%1"_s.arg(id) : entityKindName(kind) + u':' + name;
            if (!entityByKey.contains(key)) {
                Entity e;
                e.id = id ? id : 0;
                e.name = name;
                e.kind = kind;
                e.provenance = provenance(t);
                entities.append(e);
                entityByKey.insert(key, int(entities.size()) - 1);
            }
            return int(entityByKey.value(key));
        };
        for (int tNumber : std::as_const(m_order)) {
            const TextBound &t = m_bounds.value(tNumber);
            if (t.type == u"Person" || t.type == u"Organization" || t.type == u"Group") {
                const EntityKind kind = t.type == u"Person"         ? EntityKind::Person
                                        : t.type == u"Organization" ? EntityKind::Organization
                                                                    : EntityKind::Group;
                Mention m;
                m.span = m.head = t.span;
                m.entityKind = kind;
                m.entity = -1 - entityFor(t, kind, t.notes.value(0)); // resolved to an id below
                m.provenance = provenance(t);
                mentionOfT.insert(tNumber, int(mentions.size()));
                mentions.append(m);
            } else if (t.type == u"Quote") {
                Quote q;
                q.span = t.span;
                q.kind = t.attributes.value(u"Kind"_s) == u"Partial" ? QuoteKind::Partial : QuoteKind::Direct;
                q.headline = t.attributes.contains(u"Headline"_s);
                q.provenance = provenance(t);
                for (const QString &n : t.notes) {
                    if (n.startsWith(u"rule "))
                        q.provenance.rule = n.mid(5);
                    else if (n.startsWith(u"speaker "))
                        q.speaker = -1 - entityFor(t, EntityKind::Person, n.mid(8));
                }
                quotes.append(q);
                m_quoteT.append(tNumber);
            } else if (t.type == u"NonQuote") {
                NonQuote n;
                n.span = t.span;
                const QString kind = t.attributes.value(u"Kind"_s).toLower();
                for (NonQuoteKind k : {NonQuoteKind::Title, NonQuoteKind::Scare, NonQuoteKind::Nickname,
                                       NonQuoteKind::Direction})
                    if (nonQuoteKindName(k) == kind)
                        n.kind = k;
                n.provenance = provenance(t);
                nonQuotes.append(n);
            } else if (t.type == u"Date") {
                TimeExpr d;
                d.span = t.span;
                const QString type = t.attributes.value(u"Type"_s, u"DATE"_s);
                for (TimexType k : {TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set})
                    if (timexTypeName(k) == type)
                        d.type = k;
                d.value = t.notes.value(0);
                d.provenance = provenance(t);
                dates.append(d);
            }
        }
        // Ids: the entities' own where the notes gave them, fresh ones after the highest otherwise.
        int nextEntity = 1;
        for (const Entity &e : std::as_const(entities))
            nextEntity = std::max(nextEntity, e.id + 1);
        for (Entity &e : entities)
            if (!e.id)
                e.id = nextEntity++;
        const auto entityId = [&](int encoded) {
            return encoded < 0 ? entities.at(-1 - encoded).id : encoded;
        };
        for (int i = 0; i < mentions.size(); ++i) {
            mentions[i].id = i + 1;
            mentions[i].entity = entityId(mentions.at(i).entity);
            mentions[i].gender = Gender::Unknown;
        }
        for (int i = 0; i < quotes.size(); ++i) {
            Quote &q = quotes[i];
            q.id = i + 1;
            q.speaker = entityId(q.speaker);
            const int speakerT = m_said.value(m_quoteT.at(i), 0);
            if (mentionOfT.contains(speakerT)) {
                const Mention &m = mentions.at(mentionOfT.value(speakerT));
                q.speakerMention = m.id;
                q.speaker = m.entity;
            }
        }
        for (int i = 0; i < nonQuotes.size(); ++i)
            nonQuotes[i].id = i + 1;
        for (int i = 0; i < dates.size(); ++i)
            dates[i].id = i + 1;
        const auto bySpan = [](const auto &a, const auto &b) { return a.span < b.span; };
        std::stable_sort(mentions.begin(), mentions.end(), bySpan);
        std::stable_sort(quotes.begin(), quotes.end(), bySpan);
        std::stable_sort(nonQuotes.begin(), nonQuotes.end(), bySpan);
        std::stable_sort(dates.begin(), dates.end(), bySpan);
        doc.setEntities(std::move(entities));
        doc.setMentions(std::move(mentions));
        doc.setQuotes(std::move(quotes));
        doc.setNonQuotes(std::move(nonQuotes));
        doc.setTimeExprs(std::move(dates));
    }

    LoadResult m_result;
    QString m_path;
    QHash<int, TextBound> m_bounds;
    QList<int> m_order;
    QHash<int, int> m_said; // quote T -> speaker mention T
    QList<int> m_quoteT;    // T number of each quote, in quote order before sorting
};

} // namespace

LoadResult BratReader::read(const QString &text, const QString &ann, const QString &path)
{
    return Reader(text, path).read(ann);
}

LoadResult BratReader::readFiles(const QString &path)
{
    const QFileInfo fi(path);
    const QString base = fi.path() + u'/' + fi.completeBaseName();
    QFile txt(base + u".txt"_s), ann(base + u".ann"_s);
    LoadResult r;
    if (!txt.open(QIODevice::ReadOnly)) {
        r.error = BratReaderText::tr("cannot read %1: %2").arg(txt.fileName(), txt.errorString());
        return r;
    }
    if (!ann.open(QIODevice::ReadOnly)) {
        r.error = BratReaderText::tr("cannot read %1: %2").arg(ann.fileName(), ann.errorString());
        return r;
    }
    return read(QString::fromUtf8(txt.readAll()), QString::fromUtf8(ann.readAll()), txt.fileName());
}

QList<LoadResult> BratReader::readFolder(const QString &dir)
{
    QList<LoadResult> out;
    const QFileInfoList anns = QDir(dir).entryInfoList({u"*.ann"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : anns)
        out.append(readFiles(fi.filePath()));
    return out;
}

} // namespace saywho::core
