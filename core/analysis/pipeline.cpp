#include "pipeline.h"

#include "../model/document.h"
#include "attribution/quoteattributor.h"
#include "boilerplatemarker.h"
#include "canonicalorder.h"
#include "entitylinker.h"
#include "mentionfinder.h"
#include "paragraphsplitter.h"
#include "quoteclassifier.h"
#include "quotefinder.h"
#include "runcontrol.h"
#include "temporal/temporaltagger.h"
#include "tokenizer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <tuple>

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

namespace {

// The declared layers that allow a change of each list of a Document.
struct StoreRule
{
    Store store;
    const char *name;
    Layers writers;
};
constexpr StoreRule StoreRules[] = {
    {Store::Paragraphs, "paragraphs", Layer::Paragraphs},
    {Store::Tokens, "tokens", Layer::Tokens},
    {Store::Sentences, "sentences", Layer::Sentences},
    {Store::Quotes, "quotes", Layer::QuoteSpans | Layer::QuoteKinds | Layer::Attribution},
    {Store::NonQuotes, "non-quotes", Layer::NonQuotes},
    {Store::Mentions, "mentions", Layer::Mentions},
    {Store::Entities, "entities", Layer::Entities},
    {Store::TimeExprs, "dates", Layer::TimeExprs},
    {Store::Metadata, "metadata", Layer::Metadata},
    {Store::Removals, "removals", Layer::None},
};

// A paragraph that went on from one the classifier found to be no quotation (a stage direction)
// continues nothing: the link would point at an id no quote has.
void dropDanglingContinuations(Document &doc)
{
    QList<Quote> quotes = doc.quotes();
    bool changed = false;
    for (Quote &q : quotes)
        if (q.continues && !doc.quote(q.continues)) {
            q.continues = 0;
            changed = true;
        }
    if (changed)
        doc.setQuotes(std::move(quotes));
}

} // namespace

QList<StageTiming> Pipeline::run(Document &doc) const
{
    const RunControl never;
    return run(doc, never);
}

QList<StageTiming> Pipeline::run(Document &doc, const RunControl &control) const
{
    QList<StageTiming> timings;
    timings.reserve(qsizetype(m_stages.size()));
    QElapsedTimer timer;
    const int count = int(m_stages.size());
    for (int i = 0; i < count; ++i) {
        const Stage *stage = m_stages[size_t(i)].get();
        control.report(i, count, stage->name());
        if (control.isCancelled())
            return timings;
        quint64 before[size_t(Store::Count)];
        for (const StoreRule &r : StoreRules)
            before[size_t(r.store)] = doc.revision(r.store);
        timer.start();
        stage->runCancellable(doc, control);
        StageTiming t{stage->name(), timer.nsecsElapsed(), {}};
        for (const StoreRule &r : StoreRules)
            if (doc.revision(r.store) != before[size_t(r.store)] && !(stage->writes() & r.writers))
                t.undeclaredWrites.append(QString::fromLatin1(r.name));
        if (!t.undeclaredWrites.isEmpty())
            qWarning("pipeline: stage %s writes %s without declaring it", qPrintable(t.stage),
                     qPrintable(t.undeclaredWrites.join(u", "_s)));
        timings.append(t);
    }
    if (control.isCancelled())
        return timings;
    control.report(count, count, QString());
    dropDanglingContinuations(doc);
    putInCanonicalOrder(doc);
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
