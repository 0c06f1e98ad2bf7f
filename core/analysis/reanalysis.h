#pragma once

#include "../model/document.h"

namespace saywho::core {

class Pipeline;
class RunControl;

// Article → Re-analyse, `saywho reanalyze`: every automatic annotation recomputed, every user
// decision kept. The user's annotations go into a fresh document before the pipeline runs, whose
// stages respect them; annotations found again where they were keep their ids.
class Reanalysis final
{
public:
    static Document run(const Pipeline &pipeline, const Document &current);
    // The same, stopping when control is cancelled (the result is then incomplete: drop it).
    static Document run(const Pipeline &pipeline, const Document &current, const RunControl &control);
    // The user's decisions of doc in a fresh, un-analysed document of the same text and metadata.
    static Document withUserDecisions(const Document &doc);
    // Gives annotations of fresh that current held at the same place (an entity: the same name and
    // kind) current's ids, and points every reference at them.
    static void keepIds(Document &fresh, const Document &current);
};

} // namespace saywho::core
