#pragma once

#include "../model/span.h"

#include <QList>

#include <functional>

namespace saywho::core {

struct AnalysisOptions
{
    bool findQuotes = true;
    bool findDates = true;
    // Resolve "he"/"she" and "the minister" to a named entity; off leaves them as written.
    bool resolveCoreference = true;

    // For fitting the short-quote model (scripts/fit-short-quotes.py): told the span and the
    // features (ShortQuoteFeatures::names()) of every short quote the model weighs; and, with
    // keepShortQuotes, every one of them is kept as a quotation so that its speaker can be scored.
    std::function<void(Span, const QList<float> &)> shortQuoteObserver;
    bool keepShortQuotes = false;
};

} // namespace saywho::core
