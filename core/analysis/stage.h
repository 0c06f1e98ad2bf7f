#pragma once

#include <QFlags>
#include <QString>

namespace saywho::core {

class Document;
class RunControl;

// The annotation layers a stage needs before it runs and fills when it does.
enum class Layer : unsigned {
    None = 0,
    Paragraphs = 1u << 0,
    Tokens = 1u << 1,
    Sentences = 1u << 2,
    QuoteSpans = 1u << 3,
    Mentions = 1u << 4,
    Entities = 1u << 5,
    Attribution = 1u << 6,
    QuoteKinds = 1u << 7,
    TimeExprs = 1u << 8,
    NonQuotes = 1u << 9, // titles, scare quotes, nicknames, stage directions
    Metadata = 1u << 10, // the publication date a dateline supplies
};
Q_DECLARE_FLAGS(Layers, Layer)
Q_DECLARE_OPERATORS_FOR_FLAGS(Layers)

// One step of the analysis pipeline. Stages are immutable after construction so one pipeline can
// run on many documents at once from several threads.
class Stage
{
public:
    virtual ~Stage() = default;
    virtual QString name() const = 0;
    virtual Layers needs() const = 0; // "requires" is a C++20 keyword
    virtual Layers provides() const = 0;
    // Every layer the stage changes, its own and others (the pipeline checks each run against it).
    virtual Layers writes() const = 0;
    virtual void run(Document &doc) const = 0;
    // The same, looking at control's cancellation flag inside its long loops and returning early
    // when it is set. Stages whose work is short keep this default.
    virtual void runCancellable(Document &doc, const RunControl &control) const
    {
        (void)control;
        run(doc);
    }
};

} // namespace saywho::core
