#pragma once

#include "analysisoptions.h"
#include "stage.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace saywho::core {

class Document;
class RunControl;

struct StageTiming
{
    QString stage;
    qint64 nanoseconds = 0;
    // Layers the stage changed without declaring them in writes(): a programming error.
    QStringList undeclaredWrites;
};

// Runs stages in order. The order is checked when the pipeline is built: a stage whose required
// layers no earlier stage provides is a programming error, reported by build().
class Pipeline final
{
public:
    // The standard SayWho pipeline: segmentation, quotes, mentions, entities, attribution, dates.
    static Pipeline standard(const AnalysisOptions &options = {});

    Pipeline() = default;
    Pipeline(Pipeline &&) = default;
    Pipeline &operator=(Pipeline &&) = default;

    // Returns an error message when the stage needs a layer nobody provides yet.
    QString append(std::unique_ptr<Stage> stage);

    // Runs every stage; re-entrant (const), so one Pipeline can serve many threads. Each stage's
    // writes are checked against what it declares; the layers come out in (span, id) order.
    QList<StageTiming> run(Document &doc) const;
    // The same, reporting each stage to control before it runs and stopping as soon as control is
    // cancelled (between stages, and inside the long ones): the document is then incomplete.
    QList<StageTiming> run(Document &doc, const RunControl &control) const;

    QStringList stageNames() const;

private:
    std::vector<std::unique_ptr<Stage>> m_stages;
    Layers m_provided;
};

} // namespace saywho::core
