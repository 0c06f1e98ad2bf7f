// saywho import --db DB FILE...: many files on all cores; the analysis runs in parallel, the
// library is written on this thread (one connection) in batches of one transaction each.

#include "librarycli.h"

#include "../orderedrunner.h"

#include "analysis/pipeline.h"
#include "io/documentloader.h"
#include "store/library.h"
#include "store/texthash.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMutex>

#include <deque>
#include <memory>

using namespace Qt::StringLiterals;

namespace saywho::app::librarycli {

namespace {

struct Slot
{
    QString path;
    std::optional<core::Document> doc;
    QString error;
};

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringList{u"j"_s, u"jobs"_s}, tr("Files analysed at once (default: all cores)."), u"N"_s});
    parser.addPositionalArgument(u"FILE"_s, tr("Articles to store."), u"FILE..."_s);
    if (!parse(parser, arguments,
               tr("Analyses articles and stores them in the library; one already there is skipped.")))
        return ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(tr("import: no file given"));
        return ExitUsage;
    }
    int jobs = OrderedRunner::defaultThreads();
    if (parser.isSet(u"jobs"_s)) {
        bool ok = false;
        jobs = parser.value(u"jobs"_s).toInt(&ok);
        if (!ok || jobs < 1) {
            printErr(tr("--jobs needs a positive number"));
            return ExitUsage;
        }
    }
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;

    const core::Pipeline pipeline = core::Pipeline::standard();
    // take() may run on a worker thread, deliver() runs here: the queue between them is locked.
    std::deque<std::shared_ptr<Slot>> inFlight;
    QMutex inFlightLock;
    qsizetype next = 0;
    int imported = 0, present = 0, refused = 0;
    QList<std::shared_ptr<Slot>> batch;
    QSet<QString> batchHashes;
    QElapsedTimer progress;
    progress.start();
    QString libraryError;

    auto flush = [&]() {
        if (batch.isEmpty() || !libraryError.isEmpty())
            return;
        QList<const core::Document *> docs;
        for (const auto &s : batch)
            docs.append(&*s->doc);
        QList<qint64> ids;
        const store::StoreResult r = lib.addAll(docs, QStringLiteral(SAYWHO_VERSION), &ids);
        if (r.ok())
            imported += int(batch.size());
        else
            libraryError = r.error;
        batch.clear();
        batchHashes.clear();
    };

    OrderedRunner runner(jobs, 4 * jobs);
    runner.run(
        [&]() -> OrderedRunner::Work {
            if (next >= files.size())
                return {};
            auto slot = std::make_shared<Slot>();
            slot->path = files.at(next++);
            {
                const QMutexLocker lock(&inFlightLock);
                inFlight.push_back(slot);
            }
            return [slot, &pipeline]() {
                core::LoadResult loaded = core::DocumentLoader::loadFile(slot->path);
                if (!loaded.ok) {
                    slot->error = loaded.error;
                    ItemOutput failed;
                    failed.failed = true;
                    return failed;
                }
                pipeline.run(loaded.document);
                slot->doc = std::move(loaded.document);
                return ItemOutput{};
            };
        },
        [&](const ItemOutput &) {
            std::shared_ptr<Slot> slot;
            {
                const QMutexLocker lock(&inFlightLock);
                slot = inFlight.front();
                inFlight.pop_front();
            }
            if (!slot->doc) {
                ++refused;
                printErr(tr("%1: refused: %2").arg(slot->path, slot->error));
            } else {
                const QString hash = store::textHash(slot->doc->originalText());
                store::StoreResult r;
                if (batchHashes.contains(hash) || lib.articles().findByHash(hash, &r)) {
                    ++present;
                } else {
                    batchHashes.insert(hash);
                    batch.append(slot);
                }
            }
            if (batch.size() >= 64)
                flush();
            if (progress.elapsed() >= 1000) {
                printErr(tr("import: %1 of %2 files")
                             .arg(imported + present + refused + batch.size())
                             .arg(files.size()));
                progress.restart();
            }
        });
    flush();
    if (!libraryError.isEmpty()) {
        printErr(tr("import stopped: %1").arg(libraryError));
        return ExitLibrary;
    }
    printErr(tr("imported %1, already there %2, refused %3").arg(imported).arg(present).arg(refused));
    return refused ? ExitFailed : 0;
}

} // namespace saywho::app::librarycli
