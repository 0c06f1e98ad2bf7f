#include "quoteedits.h"

#include "edithelpers.h"

namespace saywho::core::edits {

using namespace detail;

namespace {

QString noQuote(int id)
{
    return Edit::tr("There is no quote q%1.").arg(id);
}

// A new person or organisation the user named.
Entity newEntity(const Document &doc, const QString &name, EntityKind kind)
{
    Entity e;
    e.id = doc.nextId(Store::Entities);
    e.name = name;
    e.kind = kind;
    e.provenance = Provenance::byUser(UserField::Name | UserField::Kind);
    return e;
}

int entityNamed(const Document &doc, const QString &name)
{
    for (const Entity &e : doc.entities())
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return e.id;
    for (const Entity &e : doc.entities())
        for (const QString &a : e.aliases)
            if (a.compare(name, Qt::CaseInsensitive) == 0)
                return e.id;
    return 0;
}

// A quotation the user marked: its span and kind are the user's, its speaker is left to the engine.
Quote userQuote(const Document &doc, Span span, QuoteKind kind)
{
    Quote q;
    q.id = doc.nextId(Store::Quotes);
    q.span = span;
    q.kind = kind;
    q.provenance = Provenance::byUser(UserField::Span | UserField::Kind);
    return q;
}

QString overlapError(const Document &doc, Span span, int except)
{
    const int other = overlapping(doc.quotes(), span, except);
    return other ? Edit::tr("The span overlaps quote q%1; move or remove that one first.").arg(other)
                 : QString();
}

} // namespace

Edit setSpeaker(const Document &doc, int quote, int speaker)
{
    const Quote *q = doc.quote(quote);
    if (!q)
        return Edit::refused(noQuote(quote));
    if (speaker && !doc.entity(speaker))
        return Edit::refused(Edit::tr("There is no person or organisation e%1.").arg(speaker));
    Quote after = *q;
    after.speaker = speaker;
    const Mention *m = doc.mention(q->speakerMention);
    if (!m || m->entity != speaker)
        after.speakerMention = speaker ? nearestMention(doc, speaker, q->span) : 0;
    after.provenance.user |= UserField::Speaker;
    Edit e;
    if (after == *q)
        return e;
    e.patch.update(*q, after);
    return e;
}

Edit setSpeakerByName(const Document &doc, int quote, const QString &name, EntityKind kind)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return Edit::refused(Edit::tr("A speaker needs a name."));
    if (const int id = entityNamed(doc, n))
        return setSpeaker(doc, quote, id);
    const Quote *q = doc.quote(quote);
    if (!q)
        return Edit::refused(noQuote(quote));
    Edit e;
    const Entity created = newEntity(doc, n, kind);
    e.patch.insert(created);
    Quote after = *q;
    after.speaker = created.id;
    after.speakerMention = 0;
    after.provenance.user |= UserField::Speaker;
    e.patch.update(*q, after);
    return e;
}

Edit addQuote(const Document &doc, Span span, QuoteKind kind)
{
    if (const QString err = spanError(doc, span); !err.isEmpty())
        return Edit::refused(err);
    if (const QString err = overlapError(doc, span, 0); !err.isEmpty())
        return Edit::refused(err);
    Edit e;
    // A stretch the engine took for a title or scare quote is a quotation now.
    for (const NonQuote &n : doc.nonQuotes()) {
        if (!n.span.overlaps(span))
            continue;
        e.patch.erase(n);
        markRemoved(doc, e.patch, Store::NonQuotes, n.span, n.provenance.origin);
        break; // one removal marker id per patch; a second overlapping non-quote is left to the user
    }
    e.patch.insert(userQuote(doc, span, kind));
    return e;
}

Edit removeQuote(const Document &doc, int quote)
{
    const Quote *q = doc.quote(quote);
    if (!q)
        return Edit::refused(noQuote(quote));
    Edit e;
    e.patch.erase(*q);
    markRemoved(doc, e.patch, Store::Quotes, q->span, q->provenance.origin);
    unlinkContinuations(doc, e.patch, quote);
    return e;
}

Edit moveQuote(const Document &doc, int quote, Span span)
{
    const Quote *q = doc.quote(quote);
    if (!q)
        return Edit::refused(noQuote(quote));
    if (const QString err = spanError(doc, span); !err.isEmpty())
        return Edit::refused(err);
    if (const QString err = overlapError(doc, span, quote); !err.isEmpty())
        return Edit::refused(err);
    Edit e;
    if (span == q->span)
        return e;
    Quote after = *q;
    after.span = span;
    after.provenance.user |= UserField::Span;
    e.patch.update(*q, after);
    return e;
}

Edit setQuoteKind(const Document &doc, int quote, QuoteKind kind)
{
    const Quote *q = doc.quote(quote);
    if (!q)
        return Edit::refused(noQuote(quote));
    Quote after = *q;
    after.kind = kind;
    after.provenance.user |= UserField::Kind;
    Edit e;
    if (!(after == *q))
        e.patch.update(*q, after);
    return e;
}

Edit quoteToNonQuote(const Document &doc, int quote, NonQuoteKind kind)
{
    Edit e = removeQuote(doc, quote);
    if (!e.ok())
        return e;
    NonQuote n;
    n.id = doc.nextId(Store::NonQuotes);
    n.span = doc.quote(quote)->span;
    n.kind = kind;
    n.provenance = Provenance::byUser(UserField::Span | UserField::Kind);
    e.patch.insert(n);
    return e;
}

Edit nonQuoteToQuote(const Document &doc, int nonQuote, QuoteKind kind)
{
    const NonQuote *n = doc.nonQuote(nonQuote);
    if (n)
        if (const QString err = overlapError(doc, n->span, 0); !err.isEmpty())
            return Edit::refused(err);
    Edit e = removeNonQuote(doc, nonQuote);
    if (e.ok())
        e.patch.insert(userQuote(doc, n->span, kind));
    return e;
}

Edit removeNonQuote(const Document &doc, int nonQuote)
{
    const NonQuote *n = doc.nonQuote(nonQuote);
    if (!n)
        return Edit::refused(Edit::tr("There is no title or scare quote n%1.").arg(nonQuote));
    Edit e;
    e.patch.erase(*n);
    markRemoved(doc, e.patch, Store::NonQuotes, n->span, n->provenance.origin);
    return e;
}

} // namespace saywho::core::edits
