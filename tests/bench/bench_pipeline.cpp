// Engine benchmark: runs the whole analysis pipeline in memory over every .txt file of a folder and
// prints throughput on one thread and on all cores. Not a test: it prints figures.
//
//   bench_pipeline [FOLDER] [--rounds N]

#include "analysis/pipeline.h"
#include "io/documentloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

struct Figures
{
    double seconds;
    double megabytes;
    int articles;
};

Figures timeRun(const QStringList &texts, qint64 bytes, int rounds, bool parallel,
                const core::Pipeline &pipeline)
{
    QElapsedTimer t;
    t.start();
    for (int r = 0; r < rounds; ++r) {
        auto analyse = [&pipeline](const QString &text) {
            core::Document doc = core::DocumentLoader::fromText(text).document;
            pipeline.run(doc);
            return int(doc.quotes().size());
        };
        if (parallel) {
            QtConcurrent::blockingMapped<QList<int>>(texts, analyse);
        } else {
            for (const QString &text : texts)
                analyse(text);
        }
    }
    return {t.nsecsElapsed() / 1e9, double(bytes) * rounds / 1e6, int(texts.size()) * rounds};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 5;
    if (const qsizetype i = args.indexOf(u"--rounds"_s); i >= 0 && i + 1 < args.size()) {
        rounds = std::max(1, args.at(i + 1).toInt());
        args.remove(i, 2);
    }
    const QString folder = args.value(0, QStringLiteral(SAYWHO_SHARED_DIR "/corpora/polnear-dev"));
    QStringList texts;
    qint64 bytes = 0;
    const auto files = QDir(folder).entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QFile f(fi.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray b = f.readAll();
        bytes += b.size();
        texts.append(QString::fromUtf8(b));
    }
    QTextStream out(stdout);
    if (texts.isEmpty()) {
        out << "no .txt files in " << folder << Qt::endl;
        return 1;
    }
    const core::Pipeline pipeline = core::Pipeline::standard();
    timeRun(texts, bytes, 1, false, pipeline); // warm-up: lexicons, caches

    const int cores = QThread::idealThreadCount();
    out << "corpus: " << folder << " (" << texts.size() << " articles, "
        << QString::number(bytes / 1e6, 'f', 2) << " MB), " << rounds << " rounds" << Qt::endl;
    for (const bool parallel : {false, true}) {
        const Figures f = timeRun(texts, bytes, rounds, parallel, pipeline);
        out << (parallel ? u"all %1 cores: "_s.arg(cores) : u"one thread:  "_s)
            << QString::number(f.megabytes / f.seconds, 'f', 1) << " MB/s, "
            << QString::number(f.articles / f.seconds, 'f', 0) << " articles/s" << Qt::endl;
    }

    // Where the time goes, per stage, on one pass.
    QMap<QString, qint64> perStage;
    for (const QString &text : texts) {
        core::Document doc = core::DocumentLoader::fromText(text).document;
        for (const auto &t : pipeline.run(doc))
            perStage[t.stage] += t.nanoseconds;
    }
    out << "per stage (one pass):";
    for (auto it = perStage.cbegin(); it != perStage.cend(); ++it)
        out << ' ' << it.key() << ' ' << QString::number(it.value() / 1e6, 'f', 1) << " ms";
    out << Qt::endl;
    return 0;
}
