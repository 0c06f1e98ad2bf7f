#pragma once

#include "../stage.h"

namespace saywho::core {

class TemporalResolver;
struct TimexMatch;

// Finds TIMEX3 expressions (DATE, TIME, DURATION, SET) sentence by sentence and normalizes them
// against the publication date: from --dct, else a dateline at the top of the text, else none
// (relative values stay underspecified). Rule families run at every token and the longest match
// wins, so "Friday, Oct. 23" beats "Friday" and "two days ago" beats "two days".
class TemporalTagger final : public Stage
{
public:
    QString name() const override;
    Layers needs() const override { return Layer::Tokens | Layer::Sentences; }
    Layers provides() const override { return Layer::TimeExprs; }
    Layers writes() const override { return Layer::TimeExprs | Layer::Metadata; }
    void run(Document &doc) const override;
    void runCancellable(Document &doc, const RunControl &control) const override;
};

} // namespace saywho::core
