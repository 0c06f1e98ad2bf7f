#include "pipeline.h"

#include "../model/document.h"
#include "attribution/quoteattributor.h"
#include "boilerplatemarker.h"
#include "entitylinker.h"
#include "mentionfinder.h"
#include "paragraphsplitter.h"
#include "quoteclassifier.h"
#include "quotefinder.h"
#include "temporal/temporaltagger.h"
#include "tokenizer.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace saywho::core {

Pipeline Pipeline::standard(const AnalysisOptions &options)
{
    Pipeline p;
    QStringList errors;
    auto add = [&](std::unique_ptr<Stage> s) {
        const QString e = p.append(std::move(s));
        if (!e.isEmpty())
            errors.append(e);
    };
    add(std::make_unique<ParagraphSplitter>());
    add(std::make_unique<BoilerplateMarker>());
    add(std::make_unique<Tokenizer>());
    if (options.findQuotes) {
        add(std::make_unique<QuoteFinder>());
        add(std::make_unique<QuoteClassifier>());
        add(std::make_unique<MentionFinder>());
        add(std::make_unique<EntityLinker>(options.resolveCoreference));
        add(std::make_unique<QuoteAttributor>(options));
    }
    if (options.findDates)
        add(std::make_unique<TemporalTagger>());
    Q_ASSERT_X(errors.isEmpty(), "Pipeline::standard", qPrintable(errors.join(u"; "_s)));
    return p;
}

QString Pipeline::append(std::unique_ptr<Stage> stage)
{
    const Layers missing = stage->needs() & ~m_provided;
    if (missing)
        return u"stage %1 needs layers 0x%2 that no earlier stage provides"_s.arg(
            stage->name(), QString::number(missing.toInt(), 16));
    m_provided |= stage->provides();
    m_stages.push_back(std::move(stage));
    return {};
}

QList<StageTiming> Pipeline::run(Document &doc) const
{
    QList<StageTiming> timings;
    timings.reserve(qsizetype(m_stages.size()));
    QElapsedTimer timer;
    for (const auto &stage : m_stages) {
        timer.start();
        stage->run(doc);
        timings.append({stage->name(), timer.nsecsElapsed()});
    }
    return timings;
}

QStringList Pipeline::stageNames() const
{
    QStringList names;
    for (const auto &s : m_stages)
        names.append(s->name());
    return names;
}

} // namespace saywho::core
