// Training rows for the short-quote model: for every article of a gold folder, each short quote the
// model weighs, its features and the speaker the sieves gave it, as JSON Lines on standard output
// after a first line naming the features.
// scripts/fit-short-quotes.py runs it and labels the rows with the gold; CTest does not.
//
//   short-quote-rows GOLD_DIR

#include "analysis/attribution/shortquotefeatures.h"
#include "analysis/pipeline.h"
#include "io/documentloader.h"
#include "model/exportoffsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

QJsonObject speakerOf(const core::Document &doc, const core::ExportOffsets &off, const core::Quote &q)
{
    QJsonObject s;
    const int m = doc.mentionIndex(q.speakerMention);
    if (q.speakerMention && m >= 0) {
        const core::Span span = doc.mentions().at(m).span;
        s[u"mention"_s] = QJsonObject{{u"start"_s, off.at(span.begin)}, {u"end"_s, off.at(span.end)}};
    }
    for (const core::Entity &e : doc.entities())
        if (e.id == q.speaker)
            s[u"name"_s] = e.name;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: short-quote-rows GOLD_DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QList<std::pair<core::Span, QList<float>>> rows;
    core::AnalysisOptions options;
    options.keepShortQuotes = true;
    options.shortQuoteObserver = [&rows](core::Span s, const QList<float> &x) { rows.append({s, x}); };
    const core::Pipeline pipeline = core::Pipeline::standard(options);
    // The first line names the features, in the order of each row's "x".
    const QJsonObject header{{u"features"_s, QJsonArray::fromStringList(core::ShortQuoteFeatures::names())}};
    std::fputs(QJsonDocument(header).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    for (const QString &goldName : dir.entryList({u"*.gold.json"_s}, QDir::Files, QDir::Name)) {
        const QString name = goldName.chopped(int(qstrlen(".gold.json")));
        QFile goldFile(dir.filePath(goldName));
        if (!goldFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        core::LoadResult loaded = core::DocumentLoader::loadFile(dir.filePath(name + u".txt"_s));
        if (!loaded.ok) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(loaded.error));
            continue;
        }
        core::Document &doc = loaded.document;
        const QDate dct = QDate::fromString(gold.value(u"dct"_s).toString(), Qt::ISODate);
        if (dct.isValid()) {
            doc.metadata().dct = dct;
            doc.metadata().dctSource = core::DctSource::Argument;
        }
        rows.clear();
        pipeline.run(doc);
        const core::ExportOffsets off(doc);
        for (const auto &[span, x] : std::as_const(rows)) {
            QJsonObject row{
                {u"name"_s, name}, {u"start"_s, off.at(span.begin)}, {u"end"_s, off.at(span.end)}};
            QJsonArray values;
            for (float v : x)
                values.append(double(v));
            row[u"x"_s] = values;
            for (const core::Quote &q : doc.quotes())
                if (q.span == span)
                    row[u"speaker"_s] = speakerOf(doc, off, q);
            std::fputs(QJsonDocument(row).toJson(QJsonDocument::Compact).constData(), stdout);
            std::fputc('\n', stdout);
        }
    }
    return 0;
}
