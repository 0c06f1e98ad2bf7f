// saywho export --db DB ID|--all --format F [--output PATH]: stored articles, with the user's
// corrections, in any export format. One article goes to standard output (text formats) or to
// --output; --all writes one file per article into the folder --output, named by id and title,
// except csv, which makes one table of every quote in the library.

#include "librarycli.h"

#include "../jobsoption.h"

#include "allexporters.h"
#include "export/csvexporter.h"
#include "export/exportfile.h"
#include "model/document.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrentMap>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace saywho::app::librarycli {

namespace {

using Destination = core::Exporter::Destination;

// "12-harbour-plan-divides-town": the id keeps names unique, the title makes them readable; ASCII
// only so the names survive any file system and archive tool.
QString baseName(qint64 id, const QString &title)
{
    QString slug;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (c.isMark())
            continue; // the accent of a decomposed letter: "é" gives "e"
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    slug.truncate(60);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QString::number(id) : QString::number(id) + u'-' + slug;
}

// One article into folder (its file, or brat's pair).
core::ExportResult writeInto(const core::Exporter &exporter, const core::Document &doc, qint64 id,
                             const QString &folder)
{
    const QString base = baseName(id, doc.metadata().title);
    if (exporter.destination() == Destination::Folder)
        return exporter.writeFolder(doc, folder, base);
    return core::exportToFile(exporter, doc, QDir(folder).filePath(base + u'.' + exporter.extension()));
}

bool toStdout(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) &&
           std::fflush(stdout) == 0;
}

int exportOne(store::Library &lib, const core::Exporter &exporter, qint64 id, const QString &output)
{
    store::StoreResult r;
    const auto doc = lib.load(id, &r);
    if (!doc) {
        printErr(r.error);
        return ExitFailed;
    }
    core::ExportResult written;
    if (exporter.destination() == Destination::Folder) {
        if (QFileInfo(output).isFile() || !QDir().mkpath(output)) {
            printErr(tr("export: cannot make the folder %1").arg(output));
            return ExitFailed;
        }
        written = writeInto(exporter, *doc, id, output);
    } else if (!output.isEmpty()) {
        written = core::exportToFile(exporter, *doc, output);
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ExitFailed;
        written = exporter.write(*doc, out);
    }
    if (!written.ok()) {
        printErr(tr("article %1: %2").arg(id).arg(written.error));
        return ExitFailed;
    }
    return 0;
}

// Every quote of the library in one table, with CsvExporter's header and rows so the columns are
// those of a one-article export.
int exportCsvTable(store::Library &lib, const QList<qint64> &ids, const QString &output)
{
    std::unique_ptr<QSaveFile> file;
    if (!output.isEmpty()) {
        file = std::make_unique<QSaveFile>(output);
        if (!file->open(QIODevice::WriteOnly)) {
            printErr(tr("export: cannot write %1: %2").arg(output, file->errorString()));
            return ExitFailed;
        }
    }
    const auto put = [&](const QByteArray &bytes) {
        return file ? file->write(bytes) == bytes.size() : toStdout(bytes);
    };
    bool ok = put(core::CsvExporter::header());
    int failed = 0;
    for (qint64 id : ids) {
        store::StoreResult r;
        const auto doc = lib.load(id, &r);
        if (!doc) {
            printErr(r.error);
            ++failed;
            continue;
        }
        ok = ok && put(core::CsvExporter::rows(*doc));
    }
    if (file && (!ok || failed)) {
        // A table missing articles is not what was asked for: nothing is left of it.
        file->cancelWriting();
        file->commit();
    } else if (file && !file->commit()) {
        ok = false;
    }
    if (!ok) {
        printErr(tr("export: cannot write %1: %2")
                     .arg(file ? output : tr("standard output"), file ? file->errorString() : QString()));
        return ExitFailed;
    }
    return failed ? ExitFailed : 0;
}

struct Item
{
    qint64 id = 0;
    std::optional<core::Document> doc;
    QString error;
};

// Loads on this thread (the library's connection lives here) in batches, writes each batch on all
// cores (pdf and odt too: QTextDocument and QPdfWriter are reentrant).
int exportAll(store::Library &lib, const core::Exporter &exporter, const QList<qint64> &ids,
              const QString &folder, int jobs)
{
    if (QFileInfo(folder).isFile() || !QDir().mkpath(folder)) {
        printErr(tr("export: cannot make the folder %1").arg(folder));
        return ExitFailed;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    const qsizetype batchSize = 8 * jobs;
    int written = 0, failed = 0;
    QElapsedTimer progress;
    progress.start();
    for (qsizetype from = 0; from < ids.size(); from += batchSize) {
        QList<Item> batch;
        for (qsizetype i = from; i < std::min(ids.size(), from + batchSize); ++i) {
            Item item;
            item.id = ids.at(i);
            store::StoreResult r;
            item.doc = lib.load(item.id, &r);
            if (!item.doc)
                item.error = r.error;
            batch.append(std::move(item));
        }
        const auto write = [&](Item &item) {
            if (!item.doc)
                return;
            const core::ExportResult r = writeInto(exporter, *item.doc, item.id, folder);
            if (!r.ok())
                item.error = tr("article %1: %2").arg(item.id).arg(r.error);
            item.doc.reset();
        };
        if (jobs > 1)
            QtConcurrent::blockingMap(&pool, batch, write);
        else
            std::for_each(batch.begin(), batch.end(), write);
        for (const Item &item : std::as_const(batch)) {
            if (item.error.isEmpty()) {
                ++written;
            } else {
                ++failed;
                printErr(item.error);
            }
        }
        if (progress.elapsed() >= 1000) {
            printErr(tr("export: %1 of %2 articles").arg(written + failed).arg(ids.size()));
            progress.restart();
        }
    }
    printErr(tr("exported %1 articles to %2, failed %3").arg(written).arg(folder).arg(failed));
    return failed ? ExitFailed : 0;
}

} // namespace

int runExport(const QStringList &arguments)
{
    const core::ExporterRegistry &formats = render::allExporters();
    QCommandLineParser parser;
    parser.addOption({u"format"_s, tr("The export format: %1.").arg(formats.names().join(u", "_s)),
                      u"FORMAT"_s, u"json"_s});
    parser.addOption({u"output"_s,
                      tr("A file (pdf, odt and qdpx need one), a folder (brat, and every format but csv "
                         "with --all); without it, text formats go to standard output."),
                      u"PATH"_s});
    parser.addOption({u"all"_s, tr("Every article of the library.")});
    parser.addOption(jobsOption(tr("Articles written at once (default: all cores).")));
    parser.addPositionalArgument(u"ID"_s, tr("The article's id (saywho list), or --all."));
    if (!parse(parser, arguments, tr("Exports stored articles with their corrections.")))
        return ExitUsage;
    const QString formatName = parser.value(u"format"_s);
    const core::Exporter *exporter = formats.find(formatName);
    if (!exporter) {
        printErr(tr("export: unknown format '%1' (use %2)").arg(formatName, formats.names().join(u", "_s)));
        return ExitUsage;
    }
    const bool all = parser.isSet(u"all"_s);
    const QStringList positional = parser.positionalArguments();
    if (all == !positional.isEmpty() || positional.size() > 1) {
        printErr(tr("export: give one article id or --all"));
        return ExitUsage;
    }
    QString jobsError;
    const int jobs = jobsValue(parser, &jobsError);
    if (jobs == 0) {
        printErr(jobsError);
        return ExitUsage;
    }
    const QString output = parser.value(u"output"_s);
    const bool table = all && exporter->name() == u"csv";
    const Destination d = exporter->destination();
    if (output.isEmpty() && ((all && !table) || d == Destination::Folder)) {
        printErr(tr("export: --format %1 %2 writes into a folder: give --output FOLDER")
                     .arg(exporter->name(), all ? u"--all"_s : QString()));
        return ExitUsage;
    }
    if (output.isEmpty() && d == Destination::File) {
        printErr(tr("export: --format %1 is not text: give --output FILE").arg(exporter->name()));
        return ExitUsage;
    }
    if (!output.isEmpty() && (d == Destination::Folder || (all && !table)) && QFileInfo(output).isFile()) {
        printErr(tr("export: %1 is a file; this export needs a folder").arg(output));
        return ExitUsage;
    }
    if (!output.isEmpty() && d != Destination::Folder && !(all && !table) && QFileInfo(output).isDir()) {
        printErr(tr("export: %1 is a folder; this export needs a file").arg(output));
        return ExitUsage;
    }
    qint64 id = 0;
    if (!all && !(id = articleArg(positional.first())))
        return ExitUsage;

    store::Library lib;
    if (!openLibrary(parser, lib))
        return ExitLibrary;
    if (!all)
        return exportOne(lib, *exporter, id, output);
    store::StoreResult r;
    const QList<qint64> ids = lib.articles().ids(&r);
    if (!r.ok()) {
        printErr(r.error);
        return ExitLibrary;
    }
    if (table)
        return exportCsvTable(lib, ids, output);
    return exportAll(lib, *exporter, ids, output, jobs);
}

} // namespace saywho::app::librarycli
