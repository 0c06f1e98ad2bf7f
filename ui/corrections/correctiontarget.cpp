#include "correctiontarget.h"

#include "model/document.h"

namespace saywho::ui {

namespace {

template <typename T> int covering(const QList<T> &list, int position)
{
    for (const T &a : list)
        if (a.span.contains(position))
            return a.id;
    return 0;
}

} // namespace

CorrectionTarget CorrectionTarget::at(const core::Document &doc, int position, core::Span selection)
{
    CorrectionTarget t;
    t.selection = selection;
    if (position < 0)
        return t;
    t.quote = covering(doc.quotes(), position);
    t.nonQuote = covering(doc.nonQuotes(), position);
    t.mention = covering(doc.mentions(), position);
    t.date = covering(doc.timeExprs(), position);
    if (const core::Mention *m = doc.mention(t.mention))
        t.entity = m->entity;
    else if (const core::Quote *q = doc.quote(t.quote))
        t.entity = q->speaker;
    if (t.entity)
        t.entities = {t.entity};
    return t;
}

} // namespace saywho::ui
