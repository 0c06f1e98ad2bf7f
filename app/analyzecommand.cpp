#include "analyzecommand.h"

#include "jobsoption.h"

#include "exportoutput.h"
#include "orderedrunner.h"

#include "allexporters.h"
#include "analysis/pipeline.h"
#include "export/jsonexporter.h"
#include "export/textreport.h"
#include "io/documentloader.h"
#include "io/sidecarmetadata.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace saywho::app {

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitInput = 3;
constexpr int ExitOutput = 4;

QString tr(const char *s)
{
    return QCoreApplication::translate("saywho::app::Analyze", s);
}

void printErr(const QString &line)
{
    QTextStream err(stderr);
    err << u"saywho: "_s << line << u'\n';
}

QByteArray errLine(const QString &line)
{
    return (u"saywho: "_s + line + u'\n').toUtf8();
}

struct Settings
{
    QDate dct;
    bool text = false;
    const ExportOutput *output = nullptr; // the format, and where it goes
    const core::Pipeline *pipeline = nullptr;
};

void applyDct(const Settings &s, core::Document &doc)
{
    if (s.dct.isValid()) {
        doc.metadata().dct = s.dct;
        doc.metadata().dctSource = core::DctSource::Argument;
    }
}

// One file: its result on standard output, its refusal or warnings on standard error.
ItemOutput analyzeFile(const Settings &s, const QString &path, qsizetype index)
{
    ItemOutput o;
    core::LoadResult loaded = core::DocumentLoader::loadFile(path);
    if (!loaded.ok) {
        o.err = errLine(u"%1: %2"_s.arg(path, loaded.error));
        o.failed = true;
        return o;
    }
    for (const QString &w : loaded.warnings)
        o.err += errLine(u"%1: %2"_s.arg(path, w));
    core::Document &doc = loaded.document;
    applyDct(s, doc);
    s.pipeline->run(doc);
    if (s.text) {
        o.out = core::TextReport::render(doc).toUtf8() + '\n';
        return o;
    }
    ItemOutput exported = s.output->exportDocument(doc, path, index);
    exported.err.prepend(o.err);
    return exported;
}

// The line for a JSON Lines record SayWho could not analyse: {"id": …, "error": "…"}.
ItemOutput recordError(const QJsonValue &id, const QString &message)
{
    ItemOutput o;
    o.failed = true;
    QJsonObject e{{u"error"_s, message}};
    QByteArray line = QJsonDocument(QJsonObject{{u"id"_s, id}}).toJson(QJsonDocument::Compact);
    // {"id":…} + ,"error":"…"} keeps the id first, as in a result line.
    line.chop(1);
    line += ',' + QJsonDocument(e).toJson(QJsonDocument::Compact).mid(1) + '\n';
    o.out = line;
    return o;
}

// One JSON Lines record, {"id": …, "text": …, "dct": …, "title": …, "url": …}: one result line
// with the record's id, or an error line.
ItemOutput analyzeRecord(const Settings &s, const QByteArray &line, qint64 lineNumber)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return recordError(QJsonValue(), tr("not JSON (%1)").arg(error.errorString()));
    if (!json.isObject())
        return recordError(QJsonValue(), tr("not a JSON object"));
    const QJsonObject record = json.object();
    const QJsonValue id = record.value(u"id"_s);
    const QJsonValue text = record.value(u"text"_s);
    if (!text.isString())
        return recordError(id, tr("no \"text\" string"));
    core::LoadResult loaded = core::DocumentLoader::fromText(text.toString());
    if (!loaded.ok)
        return recordError(id, loaded.error);
    core::Document &doc = loaded.document;
    ItemOutput o;
    // Warnings name the record by its id; a line number counts only within one process's share.
    const QString source = id.isString()   ? tr("record %1").arg(id.toString())
                           : id.isDouble() ? tr("record %1").arg(id.toInteger())
                                           : tr("line %1").arg(lineNumber);
    for (const QString &w : core::SidecarMetadata::applyObject(record, source, doc.metadata()))
        o.err += errLine(w);
    applyDct(s, doc);
    s.pipeline->run(doc);
    QBuffer buffer(&o.out);
    buffer.open(QIODevice::WriteOnly);
    core::JsonExporter::write(doc, &buffer, id.isUndefined() ? QJsonValue() : id);
    o.out.append('\n');
    return o;
}

// Writes an item's output in order; false once standard output refuses.
bool emitOutput(const ItemOutput &o)
{
    if (!o.err.isEmpty())
        std::fwrite(o.err.constData(), 1, size_t(o.err.size()), stderr);
    if (!o.out.isEmpty() &&
        std::fwrite(o.out.constData(), 1, size_t(o.out.size()), stdout) != size_t(o.out.size()))
        return false;
    return std::fflush(stdout) == 0;
}

} // namespace

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find quotations, speakers and dates in news articles."));
    parser.addHelpOption();
    const QCommandLineOption dctOpt(u"dct"_s, tr("Publication date used to resolve relative dates."),
                                    u"YYYY-MM-DD"_s);
    const core::ExporterRegistry &formats = render::allExporters();
    const QCommandLineOption formatOpt(u"format"_s,
                                       tr("Output format: json (default), text, or an export format: %1.")
                                           .arg(formats.names().join(u", "_s)),
                                       u"json|text|"_s + formats.names().join(u'|'), u"json"_s);
    const QCommandLineOption outputOpt(
        u"output"_s,
        tr("Write the output to PATH: a file (pdf, odt, qdpx; all articles for json, csv) or a folder "
           "(brat, or one file per article)."),
        u"PATH"_s);
    const QCommandLineOption jobsOpt = jobsOption(tr("Analyse N articles at once (default: one per core)."));
    const QCommandLineOption jsonlOpt(
        u"jsonl"_s, tr("Read JSON Lines from standard input ({\"id\", \"text\", \"dct\", \"title\", \"url\"} "
                       "a line) and write one result line per input line, in order."));
    parser.addOption(dctOpt);
    parser.addOption(formatOpt);
    parser.addOption(outputOpt);
    parser.addOption(jobsOpt);
    parser.addOption(jsonlOpt);
    parser.addPositionalArgument(u"FILE"_s, tr("Article files to analyse."), u"FILE..."_s);

    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    Settings settings;
    const QString format = parser.value(formatOpt);
    const core::Exporter *exporter = formats.find(format);
    if (!exporter && format != u"text") {
        printErr(tr("unknown format '%1' (use text or %2)").arg(format, formats.names().join(u", "_s)));
        return ExitUsage;
    }
    settings.text = format == u"text";
    if (parser.isSet(dctOpt)) {
        settings.dct = QDate::fromString(parser.value(dctOpt), Qt::ISODate);
        if (!settings.dct.isValid()) {
            printErr(tr("--dct wants a date as YYYY-MM-DD, not '%1'").arg(parser.value(dctOpt)));
            return ExitUsage;
        }
    }
    QString jobsError;
    const int jobs = jobsValue(parser, &jobsError);
    if (jobs == 0) {
        printErr(jobsError);
        return ExitUsage;
    }
    const bool jsonl = parser.isSet(jsonlOpt);
    const QStringList files = parser.positionalArguments();
    if (jsonl && (!files.isEmpty() || format != u"json" || parser.isSet(outputOpt))) {
        printErr(tr("--jsonl reads standard input and writes JSON to standard output; give no FILE, "
                    "no --output and no other --format"));
        return ExitUsage;
    }
    if (settings.text && parser.isSet(outputOpt)) {
        printErr(tr("--format text goes to standard output; give no --output"));
        return ExitUsage;
    }
    if (!jsonl && files.isEmpty()) {
        printErr(tr("no file given; usage: saywho analyze [--dct YYYY-MM-DD] [--format F] [--output PATH] "
                    "[-j N] FILE... (or --jsonl)"));
        return ExitUsage;
    }
    QString outputError;
    ExportOutput output(exporter ? *exporter : *formats.find(u"json"_s), parser.value(outputOpt),
                        files.size(), &outputError);
    if (outputError.isEmpty() && !settings.text)
        output.open(&outputError);
    if (!outputError.isEmpty()) {
        printErr(outputError);
        return ExitUsage;
    }
    settings.output = &output;

    const core::Pipeline pipeline = core::Pipeline::standard();
    settings.pipeline = &pipeline;
    // Enough items in hand to keep every thread busy while the one to print next finishes.
    OrderedRunner runner(jobs, 4 * jobs);
    bool outputOk = true;
    const auto deliver = [&](const ItemOutput &o) {
        if (outputOk)
            outputOk = settings.text || jsonl ? emitOutput(o) : output.deliver(o);
    };
    qint64 failed = 0;
    if (jsonl) {
        char *lineBuf = nullptr;
        size_t lineCap = 0;
        qint64 lineNumber = 0;
        failed = runner.run(
            [&]() -> OrderedRunner::Work {
                const ssize_t n = outputOk ? ::getline(&lineBuf, &lineCap, stdin) : -1;
                if (n < 0)
                    return {};
                QByteArray line(lineBuf, n);
                if (line.endsWith('\n'))
                    line.chop(1);
                if (line.endsWith('\r'))
                    line.chop(1);
                const qint64 number = ++lineNumber;
                return [&settings, line = std::move(line), number] {
                    return analyzeRecord(settings, line, number);
                };
            },
            deliver);
        std::free(lineBuf);
    } else {
        qsizetype next = 0;
        failed = runner.run(
            [&]() -> OrderedRunner::Work {
                if (!outputOk || next == files.size())
                    return {};
                const qsizetype index = next++;
                return
                    [&settings, path = files.at(index), index] { return analyzeFile(settings, path, index); };
            },
            deliver);
    }
    if (!output.finish(outputOk, &outputError)) {
        printErr(outputError);
        return ExitOutput;
    }
    if (!outputOk) {
        printErr(tr("cannot write the output"));
        return ExitOutput;
    }
    // A record that failed has its error line in the stream; the run itself succeeded.
    return failed && !jsonl ? ExitInput : 0;
}

} // namespace saywho::app
