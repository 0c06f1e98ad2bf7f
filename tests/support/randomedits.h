#pragma once

// Random corrections for the property tests: any edit the window or `saywho edit` can make, on
// random annotations of a document, with random (sometimes invalid) arguments.

#include "model/edits/dateedits.h"
#include "model/edits/entityedits.h"
#include "model/edits/quoteedits.h"

#include <QRandomGenerator>

namespace saywho::test {

class RandomEdits
{
public:
    explicit RandomEdits(quint32 seed) : m_rng(seed) {}

    core::Edit next(const core::Document &doc)
    {
        using namespace core;
        using namespace Qt::StringLiterals;
        const int op = int(m_rng.bounded(22));
        switch (op) {
        case 0:
            return edits::setSpeaker(doc, quoteId(doc), entityId(doc));
        case 1:
            return edits::setSpeaker(doc, quoteId(doc), 0);
        case 2:
            return edits::setSpeakerByName(doc, quoteId(doc), u"Person %1"_s.arg(m_rng.bounded(5)),
                                           m_rng.bounded(2) ? EntityKind::Person : EntityKind::Organization);
        case 3:
            return edits::addQuote(doc, span(doc), m_rng.bounded(2) ? QuoteKind::Direct : QuoteKind::Partial);
        case 4:
            return edits::removeQuote(doc, quoteId(doc));
        case 5: {
            const Quote *q = doc.quote(quoteId(doc));
            if (!q)
                return edits::moveQuote(doc, 0, {});
            Span s = q->span;
            (m_rng.bounded(2) ? s.begin : s.end) += int(m_rng.bounded(-6, 7));
            return edits::moveQuote(doc, q->id, s);
        }
        case 6:
            return edits::setQuoteKind(doc, quoteId(doc),
                                       m_rng.bounded(2) ? QuoteKind::Direct : QuoteKind::Partial);
        case 7:
            return edits::quoteToNonQuote(doc, quoteId(doc), NonQuoteKind(m_rng.bounded(3)));
        case 8:
            return edits::nonQuoteToQuote(doc, pick(doc.nonQuotes()), QuoteKind::Direct);
        case 9:
            return edits::addMention(doc, span(doc, 12), EntityKind::Person,
                                     m_rng.bounded(2) ? entityId(doc) : 0);
        case 10:
            return edits::removeMention(doc, pick(doc.mentions()));
        case 11:
            return edits::linkMention(doc, pick(doc.mentions()), entityId(doc));
        case 12:
            return edits::mergeEntities(doc, entityId(doc), entityId(doc));
        case 13:
            return edits::splitMention(doc, pick(doc.mentions()));
        case 14:
            return edits::renameEntity(doc, entityId(doc), u"Renamed %1"_s.arg(m_rng.bounded(4)));
        case 15:
            return edits::setEntityKind(doc, entityId(doc), EntityKind(m_rng.bounded(3)));
        case 16:
            return edits::addDate(doc, span(doc, 10), TimexType::Date,
                                  m_rng.bounded(4) ? u"2022-02-2%1"_s.arg(m_rng.bounded(10)) : u"Feb"_s);
        case 17:
            return edits::removeDate(doc, pick(doc.timeExprs()));
        case 18: {
            const TimeExpr *t = doc.timeExpr(pick(doc.timeExprs()));
            return edits::moveDate(doc, t ? t->id : 0, t ? Span{t->span.begin, t->span.end + 1} : Span{});
        }
        case 19:
            return edits::setDate(doc, pick(doc.timeExprs()),
                                  m_rng.bounded(2) ? TimexType::Duration : TimexType::Date,
                                  m_rng.bounded(2) ? u"P3D"_s : u"2021-06"_s);
        case 20:
            return edits::setPublicationDate(
                doc, m_rng.bounded(3) ? QDate(2022, 2, 1 + int(m_rng.bounded(27))) : QDate());
        default:
            return edits::removeNonQuote(doc, pick(doc.nonQuotes()));
        }
    }

private:
    template <typename T> int pick(const QList<T> &list)
    {
        // Now and then an id that does not exist: the edit must refuse it and change nothing.
        if (list.isEmpty() || m_rng.bounded(20) == 0)
            return int(m_rng.bounded(1, 10000));
        return list.at(qsizetype(m_rng.bounded(int(list.size())))).id;
    }
    int quoteId(const core::Document &doc) { return pick(doc.quotes()); }
    int entityId(const core::Document &doc) { return pick(doc.entities()); }
    core::Span span(const core::Document &doc, int maxLength = 80)
    {
        const int n = int(doc.text().size());
        const int b = int(m_rng.bounded(std::max(1, n - 2)));
        return {b, std::min(n, b + 1 + int(m_rng.bounded(maxLength)))};
    }

    QRandomGenerator m_rng;
};

} // namespace saywho::test
