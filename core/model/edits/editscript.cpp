#include "editscript.h"

#include "dateedits.h"
#include "entityedits.h"
#include "quoteedits.h"

#include "../codepointmap.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saywho::core::edits {

namespace {

// "q3" (with the given prefix) or 3 or "3"; 0 when it is none of them.
int idOf(const QJsonValue &v, QChar prefix)
{
    if (v.isDouble())
        return v.toInt() > 0 ? v.toInt() : 0;
    QString s = v.toString().trimmed();
    if (s.startsWith(prefix))
        s.remove(0, 1);
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n > 0 ? n : 0;
}

// A position of text() from a code point offset of the original text (what the JSON prints).
int textPosition(const Document &doc, int codePoint)
{
    const CodePointMap map(doc.originalText());
    const int original = map.toUtf16(codePoint);
    // originalOffset() only grows with the position: the first text position that reaches it.
    int lo = 0, hi = int(doc.text().size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (doc.originalOffset(mid) < original)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::optional<Span> spanOf(const Document &doc, const QJsonObject &o, QString *why)
{
    const QJsonValue s = o.value(u"start"_s), e = o.value(u"end"_s);
    if (!s.isDouble() || !e.isDouble()) {
        *why = Edit::tr("\"start\" and \"end\" (code points) are needed");
        return std::nullopt;
    }
    const int length = CodePointMap(doc.originalText()).toCodePoint(int(doc.originalText().size()));
    if (s.toInt() < 0 || e.toInt() <= s.toInt() || e.toInt() > length) {
        *why = Edit::tr("the span %1–%2 is not inside the article's %3 code points")
                   .arg(s.toInt())
                   .arg(e.toInt())
                   .arg(length);
        return std::nullopt;
    }
    return Span{textPosition(doc, s.toInt()), textPosition(doc, e.toInt())};
}

std::optional<QuoteKind> quoteKindOf(const QJsonValue &v)
{
    if (v.isUndefined() || v.toString() == u"direct"_s)
        return QuoteKind::Direct;
    if (v.toString() == u"partial"_s)
        return QuoteKind::Partial;
    return std::nullopt;
}

std::optional<TimexType> timexTypeOf(const QJsonValue &v)
{
    const QString t = v.toString().toUpper();
    for (TimexType type : {TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set})
        if (timexTypeName(type) == t)
            return type;
    return std::nullopt;
}

std::optional<EntityKind> entityKindOf(const QJsonValue &v)
{
    if (v.isUndefined())
        return EntityKind::Person;
    for (EntityKind k : {EntityKind::Person, EntityKind::Organization, EntityKind::Group})
        if (entityKindName(k) == v.toString())
            return k;
    return std::nullopt;
}

Edit needs(const char *field, const char *what)
{
    return Edit::refused(Edit::tr("\"%1\" (%2) is needed").arg(QString::fromLatin1(field), Edit::tr(what)));
}

} // namespace

QStringList scriptOps()
{
    return {u"set-speaker"_s,    u"remove-quote"_s,        u"add-quote"_s,     u"move-quote"_s,
            u"set-quote-kind"_s, u"merge-entities"_s,      u"rename-entity"_s, u"set-entity-kind"_s,
            u"remove-mention"_s, u"link-mention"_s,        u"set-date"_s,      u"add-date"_s,
            u"remove-date"_s,    u"set-publication-date"_s};
}

Edit fromScript(const Document &doc, const QJsonObject &o)
{
    const QString op = o.value(u"op"_s).toString();
    const int quote = idOf(o.value(u"quote"_s), u'q');
    // Dates print as "t4" (TIMEX3); "d4" names the same date.
    const int date = idOf(o.value(u"date"_s), u't') ? idOf(o.value(u"date"_s), u't') : idOf(o.value(u"date"_s), u'd');
    const int mention = idOf(o.value(u"mention"_s), u'm');
    const int entity = idOf(o.value(u"entity"_s), u'e');
    QString why;
    if (op == u"set-speaker"_s) {
        if (!quote)
            return needs("quote", QT_TRANSLATE_NOOP("saywho::core::Edit", "a quote id such as q3"));
        const QJsonValue speaker = o.value(u"speaker"_s);
        if (speaker.isNull())
            return setSpeaker(doc, quote, 0);
        static const QRegularExpression entityId(u"^e[0-9]+$"_s);
        const QString name = speaker.toString().trimmed();
        if (name.isEmpty())
            return needs("speaker",
                         QT_TRANSLATE_NOOP("saywho::core::Edit", "an entity id, a name, or null for nobody"));
        if (entityId.match(name).hasMatch())
            return doc.entity(idOf(speaker, u'e'))
                       ? setSpeaker(doc, quote, idOf(speaker, u'e'))
                       : Edit::refused(Edit::tr("there is no entity %1").arg(name));
        const auto kind = entityKindOf(o.value(u"kind"_s));
        if (!kind)
            return Edit::refused(Edit::tr("\"kind\" is person, organization or group"));
        return setSpeakerByName(doc, quote, name, *kind);
    }
    if (op == u"remove-quote"_s)
        return quote ? removeQuote(doc, quote)
                     : needs("quote", QT_TRANSLATE_NOOP("saywho::core::Edit", "a quote id such as q3"));
    if (op == u"add-quote"_s || op == u"move-quote"_s) {
        const auto span = spanOf(doc, o, &why);
        if (!span)
            return Edit::refused(why);
        if (op == u"move-quote"_s)
            return quote ? moveQuote(doc, quote, *span)
                         : needs("quote", QT_TRANSLATE_NOOP("saywho::core::Edit", "a quote id such as q3"));
        const auto kind = quoteKindOf(o.value(u"kind"_s));
        return kind ? addQuote(doc, *span, *kind) : Edit::refused(Edit::tr("\"kind\" is direct or partial"));
    }
    if (op == u"set-quote-kind"_s) {
        const auto kind = quoteKindOf(o.value(u"kind"_s));
        if (!quote || !kind || o.value(u"kind"_s).isUndefined())
            return needs("quote\", \"kind",
                         QT_TRANSLATE_NOOP("saywho::core::Edit", "a quote id, and direct or partial"));
        return setQuoteKind(doc, quote, *kind);
    }
    if (op == u"merge-entities"_s) {
        const int into = idOf(o.value(u"into"_s), u'e'), from = idOf(o.value(u"from"_s), u'e');
        if (!into || !from)
            return needs("into\", \"from",
                         QT_TRANSLATE_NOOP("saywho::core::Edit", "two entity ids such as e2"));
        return mergeEntities(doc, into, from);
    }
    if (op == u"rename-entity"_s)
        return entity ? renameEntity(doc, entity, o.value(u"name"_s).toString().trimmed())
                      : needs("entity", QT_TRANSLATE_NOOP("saywho::core::Edit", "an entity id"));
    if (op == u"set-entity-kind"_s) {
        const auto kind = entityKindOf(o.value(u"kind"_s));
        if (!entity || !kind || o.value(u"kind"_s).isUndefined())
            return needs(
                "entity\", \"kind",
                QT_TRANSLATE_NOOP("saywho::core::Edit", "an entity id, and person, organization or group"));
        return setEntityKind(doc, entity, *kind);
    }
    if (op == u"remove-mention"_s)
        return mention ? removeMention(doc, mention)
                       : needs("mention", QT_TRANSLATE_NOOP("saywho::core::Edit", "a mention id such as m5"));
    if (op == u"link-mention"_s)
        return mention ? linkMention(doc, mention, entity)
                       : needs("mention", QT_TRANSLATE_NOOP("saywho::core::Edit", "a mention id such as m5"));
    if (op == u"set-date"_s || op == u"remove-date"_s) {
        if (!date)
            return needs("date", QT_TRANSLATE_NOOP("saywho::core::Edit", "a date id such as t4"));
        const TimeExpr *t = doc.timeExpr(date);
        if (!t)
            return Edit::refused(Edit::tr("there is no date t%1").arg(date));
        if (op == u"remove-date"_s)
            return removeDate(doc, date);
        const auto type = o.contains(u"type"_s) ? timexTypeOf(o.value(u"type"_s)) : std::optional(t->type);
        if (!type)
            return Edit::refused(Edit::tr("\"type\" is DATE, TIME, DURATION or SET"));
        return setDate(doc, date, *type, o.value(u"value"_s).toString());
    }
    if (op == u"add-date"_s) {
        const auto span = spanOf(doc, o, &why);
        if (!span)
            return Edit::refused(why);
        const auto type =
            o.contains(u"type"_s) ? timexTypeOf(o.value(u"type"_s)) : std::optional(TimexType::Date);
        if (!type)
            return Edit::refused(Edit::tr("\"type\" is DATE, TIME, DURATION or SET"));
        return addDate(doc, *span, *type, o.value(u"value"_s).toString());
    }
    if (op == u"set-publication-date"_s) {
        const QDate d = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
        if (!d.isValid() && !o.value(u"date"_s).isNull())
            return needs("date", QT_TRANSLATE_NOOP("saywho::core::Edit", "YYYY-MM-DD, or null for unknown"));
        return setPublicationDate(doc, d);
    }
    return Edit::refused(Edit::tr("unknown op \"%1\"; the ops are %2").arg(op, scriptOps().join(u", "_s)));
}

} // namespace saywho::core::edits
