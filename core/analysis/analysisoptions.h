#pragma once

namespace saywho::core {

struct AnalysisOptions
{
    bool findQuotes = true;
    bool findDates = true;
    // Resolve "he"/"she" and "the minister" to a named entity; off leaves them as written.
    bool resolveCoreference = true;
};

} // namespace saywho::core
