// Export speed (issue 11): 1,000 analysed articles to each format, in articles per second.
//   bench_export [COUNT]
// The articles are the export fixture, the bundled sample and, when ../shared is there, the first
// corpus articles, analysed once and then exported COUNT times in turn (each to memory; brat
// writes its .ann). One thread: the figure is per core.

#include "allexporters.h"
#include "analysis/pipeline.h"
#include "io/documentloader.h"
#include "model/document.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saywho;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    QStringList paths{QStringLiteral(SAYWHO_SOURCE_DIR "/tests/data/export/article.txt"),
                      QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples/biden-putin-summit.txt")};
    const QDir shared(QStringLiteral(SAYWHO_SHARED_DIR "/articles"));
    for (const QString &name : shared.entryList({u"*.txt"_s}, QDir::Files, QDir::Name).mid(0, 18))
        paths << shared.filePath(name);
    const core::Pipeline pipeline = core::Pipeline::standard();
    QList<core::Document> docs;
    qint64 chars = 0;
    for (const QString &p : paths) {
        core::LoadResult r = core::DocumentLoader::loadFile(p);
        if (!r.ok)
            continue;
        pipeline.run(r.document);
        chars += r.document.text().size();
        docs << r.document;
    }
    std::printf("%d exports per format of %lld distinct articles (mean %lld characters)\n", count,
                static_cast<long long>(docs.size()), static_cast<long long>(chars / docs.size()));
    for (const core::Exporter *e : render::allExporters().exporters()) {
        qint64 bytes = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < count; ++i) {
            QByteArray out;
            QBuffer buffer(&out);
            buffer.open(QIODevice::WriteOnly);
            if (!e->write(docs.at(i % docs.size()), buffer).ok()) {
                std::fprintf(stderr, "%s failed\n", qPrintable(e->name()));
                return 1;
            }
            bytes += out.size();
        }
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("%-9s %9.0f articles/s  %8.1f ms per 1000  %7.1f KB per article\n", qPrintable(e->name()),
                    count / s, s * 1000.0 * 1000.0 / count, double(bytes) / count / 1024.0);
    }
    return 0;
}
