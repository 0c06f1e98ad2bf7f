#pragma once

#include "temporalresolver.h"
#include "timextokens.h"

#include <QDate>
#include <QList>

namespace saywho::core {

// What the rules see: the sentence's tokens, the resolver and the last day named in the text.
struct RuleContext
{
    const QList<TimexToken> &toks;
    const TemporalResolver &resolver;
    QDate lastDay;
    QDate lastMention;  // the last explicit date of any granularity ("June 1998" -> 1998-06-01)
    QDate localMention; // the same, when named in the current paragraph
    // The quarter a company's report is about ("2021-Q3"), from an earlier sentence, until the text
    // turns to a longer period ("the nine months"): "a year ago" then means that quarter a year back.
    QString reportQuarter;

    int size() const { return int(toks.size()); }
    const TimexToken *at(int i) const { return i >= 0 && i < toks.size() ? &toks.at(i) : nullptr; }
    template <qsizetype N> bool is(int i, const char16_t (&lower)[N]) const
    {
        return i >= 0 && i < toks.size() && toks.at(i).is(lower);
    }
    // Tense of the sentence around tokens [first, last): the nearest cue to the left, else to the right.
    Tense tense(int first, int last) const;
    // Whether "had" stands among the reach tokens ending at i, inside the clause.
    bool pastPerfectBefore(int i, int reach) const;
};

} // namespace saywho::core
