#include "dateedits.h"

#include "../timex3.h"
#include "edithelpers.h"

namespace saywho::core::edits {

using namespace detail;

namespace {

QString noDate(int id)
{
    return Edit::tr("There is no date d%1.").arg(id);
}

} // namespace

Edit addDate(const Document &doc, Span span, TimexType type, const QString &value)
{
    if (const QString err = spanError(doc, span); !err.isEmpty())
        return Edit::refused(err);
    if (const QString err = timex3Error(type, value); !err.isEmpty())
        return Edit::refused(err);
    if (const int other = overlapping(doc.timeExprs(), span))
        return Edit::refused(
            Edit::tr("The span overlaps date d%1; move or remove that one first.").arg(other));
    TimeExpr t;
    t.id = doc.nextId(Store::TimeExprs);
    t.span = span;
    t.type = type;
    t.value = value;
    t.provenance = Provenance::byUser(UserField::Span | UserField::Kind | UserField::Value);
    Edit e;
    e.patch.insert(t);
    return e;
}

Edit removeDate(const Document &doc, int date)
{
    const TimeExpr *t = doc.timeExpr(date);
    if (!t)
        return Edit::refused(noDate(date));
    Edit e;
    e.patch.erase(*t);
    markRemoved(doc, e.patch, Store::TimeExprs, t->span, t->provenance.origin);
    return e;
}

Edit moveDate(const Document &doc, int date, Span span)
{
    const TimeExpr *t = doc.timeExpr(date);
    if (!t)
        return Edit::refused(noDate(date));
    if (const QString err = spanError(doc, span); !err.isEmpty())
        return Edit::refused(err);
    if (const int other = overlapping(doc.timeExprs(), span, date))
        return Edit::refused(
            Edit::tr("The span overlaps date d%1; move or remove that one first.").arg(other));
    Edit e;
    if (span == t->span)
        return e;
    TimeExpr after = *t;
    after.span = span;
    after.provenance.user |= UserField::Span;
    e.patch.update(*t, after);
    return e;
}

Edit setDate(const Document &doc, int date, TimexType type, const QString &value)
{
    const TimeExpr *t = doc.timeExpr(date);
    if (!t)
        return Edit::refused(noDate(date));
    if (const QString err = timex3Error(type, value); !err.isEmpty())
        return Edit::refused(err);
    TimeExpr after = *t;
    after.type = type;
    after.value = value;
    after.provenance.user |= UserField::Kind | UserField::Value;
    Edit e;
    if (!(after == *t))
        e.patch.update(*t, after);
    return e;
}

Edit setPublicationDate(const Document &doc, const QDate &date)
{
    DocumentMetadata after = doc.metadata();
    after.dct = date.isValid() ? date : QDate();
    after.dctSource = DctSource::User;
    Edit e;
    if (!(after == doc.metadata()))
        e.patch.setMetadata(doc.metadata(), after);
    return e;
}

Edit setParagraphIncluded(const Document &doc, int paragraphBegin, bool included)
{
    const int p = doc.paragraphAt(paragraphBegin);
    if (p < 0 || doc.paragraphs().at(p).span.begin != paragraphBegin)
        return Edit::refused(Edit::tr("No paragraph starts at %1.").arg(paragraphBegin));
    DocumentMetadata after = doc.metadata();
    after.includedParagraphs.removeAll(paragraphBegin);
    after.excludedParagraphs.removeAll(paragraphBegin);
    (included ? after.includedParagraphs : after.excludedParagraphs).append(paragraphBegin);
    Edit e;
    if (!(after == doc.metadata()))
        e.patch.setMetadata(doc.metadata(), after);
    return e;
}

} // namespace saywho::core::edits
