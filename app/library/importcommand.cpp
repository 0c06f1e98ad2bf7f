// saywho import --db DB [--format text|json|brat] FILE...: many files on all cores; the reading (and
// for text, the analysis) runs in parallel, the library is written on this thread (one connection)
// in batches of one transaction each. json and brat files carry their annotations, the user's
// corrections among them: they are stored as read, not analysed again.

#include "librarycli.h"

#include "../jobsoption.h"

#include "../orderedrunner.h"

#include "analysis/pipeline.h"
#include "io/bratreader.h"
#include "io/documentjsonreader.h"
#include "io/documentloader.h"
#include "store/library.h"
#include "store/texthash.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <deque>
#include <memory>

using namespace Qt::StringLiterals;

namespace saywho::app::librarycli {

namespace {

enum class Format { Text, Json, Brat };

struct Slot
{
    QString path;
    QString error; // set before reading: refused without being read
    QList<core::Document> docs;
    QStringList warnings;
};

// One file's documents, all or none: a file that fails anywhere is refused whole.
struct Read
{
    QList<core::Document> docs;
    QStringList warnings;
    QString error;
};

// A SayWho JSON export: one document, or JSON Lines of them (what analyze --format json writes
// for several articles into one file).
Read readJsonFile(const QString &path)
{
    Read out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = f.errorString();
        return out;
    }
    const QByteArray bytes = f.readAll();
    core::LoadResult whole = core::readDocumentJson(bytes);
    if (whole.ok) {
        out.docs.append(std::move(whole.document));
        out.warnings = whole.warnings;
        return out;
    }
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    if (lines.size() < 2) {
        out.error = whole.error;
        return out;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        core::LoadResult one = core::readDocumentJson(lines.at(i));
        if (!one.ok) {
            out.docs.clear();
            out.error = tr("line %1: %2").arg(i + 1).arg(one.error);
            return out;
        }
        out.docs.append(std::move(one.document));
        out.warnings += one.warnings;
    }
    return out;
}

Read readFile(Format format, const QString &path, const core::Pipeline &pipeline)
{
    if (format == Format::Json)
        return readJsonFile(path);
    core::LoadResult loaded =
        format == Format::Brat ? core::BratReader::readFiles(path) : core::DocumentLoader::loadFile(path);
    Read out;
    if (!loaded.ok) {
        out.error = loaded.error;
        return out;
    }
    if (format == Format::Text)
        pipeline.run(loaded.document);
    out.docs.append(std::move(loaded.document));
    out.warnings = loaded.warnings;
    return out;
}

// brat: a folder stands for every NAME.ann in it (by name); one without any is refused.
QList<Slot> expand(Format format, const QStringList &arguments)
{
    QList<Slot> out;
    for (const QString &arg : arguments) {
        if (format == Format::Brat && QFileInfo(arg).isDir()) {
            const QFileInfoList anns = QDir(arg).entryInfoList({u"*.ann"_s}, QDir::Files, QDir::Name);
            if (anns.isEmpty())
                out.append({arg, tr("no .ann file in this folder"), {}, {}});
            for (const QFileInfo &fi : anns)
                out.append({fi.filePath(), {}, {}, {}});
        } else {
            out.append({arg, {}, {}, {}});
        }
    }
    return out;
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jobsOption(tr("Files analysed at once (default: all cores).")));
    parser.addOption({u"format"_s,
                      tr("text (default: plain text, Markdown or HTML, analysed), json (SayWho JSON "
                         "with its corrections) or brat (NAME.ann beside NAME.txt, or a folder of them)."),
                      u"FORMAT"_s, u"text"_s});
    parser.addPositionalArgument(u"FILE"_s, tr("Articles to store."), u"FILE..."_s);
    if (!parse(parser, arguments,
               tr("Analyses articles and stores them in the library; one already there is skipped.")))
        return ExitUsage;
    const QString formatName = parser.value(u"format"_s);
    const QHash<QString, Format> formats{
        {u"text"_s, Format::Text}, {u"json"_s, Format::Json}, {u"brat"_s, Format::Brat}};
    if (!formats.contains(formatName)) {
        printErr(tr("import: unknown format '%1' (use text, json or brat)").arg(formatName));
        return ExitUsage;
    }
    const Format format = formats.value(formatName);
    const QStringList arguments2 = parser.positionalArguments();
    if (arguments2.isEmpty()) {
        printErr(tr("import: no file given"));
        return ExitUsage;
    }
    QString jobsError;
    const int jobs = jobsValue(parser, &jobsError);
    if (jobs == 0) {
        printErr(jobsError);
        return ExitUsage;
    }
    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;

    const QList<Slot> files = expand(format, arguments2);
    const core::Pipeline pipeline = core::Pipeline::standard();
    std::deque<std::shared_ptr<Slot>> inFlight;
    QMutex inFlightLock;
    qsizetype next = 0;
    qsizetype done = 0;
    int imported = 0, present = 0, refused = 0;
    QList<const core::Document *> batch;
    QList<std::shared_ptr<Slot>> batchSlots; // owners of batch's documents
    QSet<QString> batchHashes;
    QElapsedTimer progress;
    progress.start();
    QString libraryError;

    auto flush = [&]() {
        if (batch.isEmpty() || !libraryError.isEmpty())
            return;
        QList<qint64> ids;
        const store::StoreResult r = lib.addAll(batch, QStringLiteral(SAYWHO_VERSION), &ids);
        if (r.ok())
            imported += int(batch.size());
        else
            libraryError = r.error;
        batch.clear();
        batchSlots.clear();
        batchHashes.clear();
    };

    OrderedRunner runner(jobs, 4 * jobs);
    runner.run(
        [&]() -> OrderedRunner::Work {
            if (next >= files.size())
                return {};
            auto slot = std::make_shared<Slot>(files.at(next++));
            {
                const QMutexLocker lock(&inFlightLock);
                inFlight.push_back(slot);
            }
            return [slot, format, &pipeline]() {
                if (slot->error.isEmpty()) {
                    Read read = readFile(format, slot->path, pipeline);
                    slot->error = read.error;
                    slot->docs = std::move(read.docs);
                    slot->warnings = std::move(read.warnings);
                }
                ItemOutput out;
                out.failed = !slot->error.isEmpty();
                return out;
            };
        },
        [&](const ItemOutput &) {
            std::shared_ptr<Slot> slot;
            {
                const QMutexLocker lock(&inFlightLock);
                slot = inFlight.front();
                inFlight.pop_front();
            }
            ++done;
            for (const QString &w : std::as_const(slot->warnings))
                printErr(w);
            if (!slot->error.isEmpty()) {
                ++refused;
                printErr(tr("%1: refused: %2").arg(slot->path, slot->error));
            } else {
                for (const core::Document &doc : std::as_const(slot->docs)) {
                    const QString hash = store::textHash(doc.originalText());
                    store::StoreResult r;
                    if (batchHashes.contains(hash) || lib.articles().findByHash(hash, &r)) {
                        ++present;
                    } else {
                        batchHashes.insert(hash);
                        batch.append(&doc);
                    }
                }
                batchSlots.append(slot);
            }
            if (batch.size() >= 64)
                flush();
            if (progress.elapsed() >= 1000) {
                printErr(tr("import: %1 of %2 files").arg(done).arg(files.size()));
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
