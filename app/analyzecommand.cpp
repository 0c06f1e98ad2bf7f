#include "analyzecommand.h"

#include "analysis/pipeline.h"
#include "export/jsonexporter.h"
#include "export/textreport.h"
#include "io/documentloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace saywho::app {

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitInput = 3;

QString tr(const char *s)
{
    return QCoreApplication::translate("saywho::app::Analyze", s);
}

void printErr(const QString &line)
{
    QTextStream err(stderr);
    err << u"saywho: "_s << line << u'\n';
}

} // namespace

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find quotations, speakers and dates in news articles."));
    parser.addHelpOption();
    const QCommandLineOption dctOpt(u"dct"_s, tr("Publication date used to resolve relative dates."),
                                    u"YYYY-MM-DD"_s);
    const QCommandLineOption formatOpt(u"format"_s, tr("Output format: json (default) or text."),
                                       u"json|text"_s, u"json"_s);
    parser.addOption(dctOpt);
    parser.addOption(formatOpt);
    parser.addPositionalArgument(u"FILE"_s, tr("Article files to analyse."), u"FILE..."_s);

    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString format = parser.value(formatOpt);
    if (format != u"json" && format != u"text") {
        printErr(tr("unknown format '%1' (use json or text)").arg(format));
        return ExitUsage;
    }
    QDate dct;
    if (parser.isSet(dctOpt)) {
        dct = QDate::fromString(parser.value(dctOpt), Qt::ISODate);
        if (!dct.isValid()) {
            printErr(tr("--dct wants a date as YYYY-MM-DD, not '%1'").arg(parser.value(dctOpt)));
            return ExitUsage;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(tr("no file given; usage: saywho analyze [--dct YYYY-MM-DD] [--format json|text] FILE..."));
        return ExitUsage;
    }

    const core::Pipeline pipeline = core::Pipeline::standard();
    int status = 0;
    for (const QString &path : files) {
        core::LoadResult loaded = core::DocumentLoader::loadFile(path);
        if (!loaded.ok) {
            printErr(u"%1: %2"_s.arg(path, loaded.error));
            status = ExitInput;
            continue;
        }
        for (const QString &w : loaded.warnings)
            printErr(u"%1: %2"_s.arg(path, w));
        core::Document &doc = loaded.document;
        if (dct.isValid()) {
            doc.metadata().dct = dct;
            doc.metadata().dctSource = core::DctSource::Argument;
        }
        pipeline.run(doc);
        if (format == u"json") {
            const QByteArray line = core::JsonExporter::toJsonLine(doc);
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        } else {
            const QByteArray text = core::TextReport::render(doc).toUtf8() + '\n';
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        }
    }
    std::fflush(stdout);
    return status;
}

} // namespace saywho::app
