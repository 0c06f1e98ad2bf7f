// The library at scale (issue 10): import of N articles (PolNeAR dev and train texts repeated with
// variations; the fixture article when ../shared is absent) on one core and on all cores, search
// latency for a rare word, a word in about a third of the articles, a phrase and "quotes by" a
// frequent speaker, the open time, and the size per article. Prints figures; times nothing in CTest.
//   bench_library [N] (default 10000)

#include "analysis/pipeline.h"
#include "io/documentloader.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

QStringList sourceTexts()
{
    QStringList texts;
    for (const QString &sub : {u"polnear-train"_s, u"polnear-dev"_s}) {
        QDir dir(QStringLiteral(SAYWHO_SHARED_DIR "/corpora/") + sub);
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                texts.append(QString::fromUtf8(f.readAll()));
        }
    }
    if (texts.isEmpty()) {
        QFile f(QStringLiteral(SAYWHO_SOURCE_DIR "/tests/data/store/harbour.txt"));
        if (f.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(f.readAll()));
        std::printf("(../shared absent: the fixture article repeated)\n");
    }
    return texts;
}

// Article i: a source text with a line of its own, so every one has its own hash; every third
// carries a common marker word, and one in a thousand a rare one.
QString variant(const QStringList &texts, int i)
{
    QString extra = u"\n\nEdition %1 of the bench library."_s.arg(i);
    if (i % 3 == 0)
        extra += u" Filed from the newsroom tramway."_s;
    if (i % 1000 == 7)
        extra += u" Zyxquorbit."_s;
    return texts.at(i % texts.size()) + extra;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Analyses n articles on threads threads and stores them in batches of 64; articles per second.
double import(const QString &path, const QStringList &texts, int from, int n, int threads)
{
    store::Library lib;
    if (!lib.open(path).ok())
        return 0;
    static const core::Pipeline pipeline = core::Pipeline::standard();
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QElapsedTimer t;
    t.start();
    for (int start = from; start < from + n; start += 256) {
        QList<int> ids;
        for (int i = start; i < std::min(from + n, start + 256); ++i)
            ids.append(i);
        const QList<core::Document> docs = QtConcurrent::blockingMapped(&pool, ids, [&texts](int i) {
            core::Document d = core::DocumentLoader::fromText(variant(texts, i)).document;
            d.metadata().dct = QDate(2015, 1, 1).addDays(i % 3000);
            pipeline.run(d);
            return d;
        });
        for (qsizetype b = 0; b < docs.size(); b += 64) {
            QList<const core::Document *> batch;
            for (qsizetype k = b; k < std::min(docs.size(), b + 64); ++k)
                batch.append(&docs.at(k));
            QList<qint64> out;
            if (const store::StoreResult r = lib.addAll(batch, u"bench"_s, &out); !r.ok()) {
                std::printf("import failed: %s\n", qPrintable(r.error));
                return 0;
            }
        }
    }
    return n / (ms(t) / 1000.0);
}

template <typename F> double median(F f)
{
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(ms(t));
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QStringList texts = sourceTexts();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    const int cores = QThread::idealThreadCount();
    // One core for the first tenth, all cores for the rest: the same library, one run.
    const int first = std::max(1, n / 10);
    const double one = import(path, texts, 0, first, 1);
    const double all = import(path, texts, first, n - first, cores);
    std::printf("import: %.1f articles/s on 1 core, %.1f articles/s on %d cores (%d articles)\n", one, all,
                cores, n);

    QElapsedTimer t;
    t.start();
    store::Library lib;
    if (!lib.open(path).ok())
        return 1;
    std::printf("open: %.1f ms\n", ms(t));
    lib.close();
    std::printf("open again: %.1f ms\n", median([&] {
                    store::Library l;
                    l.open(path);
                }));
    lib.open(path);
    int hits = 0;
    std::printf("search rare word: %.2f ms\n",
                median([&] { hits = int(lib.search().articles(u"Zyxquorbit"_s, 50).size()); }));
    std::printf("  (%d hits)\n", hits);
    std::printf("search word in a third: %.2f ms\n",
                median([&] { hits = int(lib.search().articles(u"tramway"_s, 50).size()); }));
    std::printf("search phrase: %.2f ms\n",
                median([&] { hits = int(lib.search().articles(u"\"the newsroom tramway\""_s, 50).size()); }));
    std::printf("search quotes for a common word: %.2f ms\n",
                median([&] { hits = int(lib.search().quotes(u"people"_s, 50).size()); }));
    // The speaker with the most quotes in the library.
    const QList<store::LibraryPerson> people = lib.people().all();
    store::LibraryPerson top;
    for (const store::LibraryPerson &p : people)
        if (p.quotes > top.quotes)
            top = p;
    std::printf("quotes by %s (%d quotes): %.2f ms for the newest 100\n", qPrintable(top.name), top.quotes,
                median([&] { hits = int(lib.people().quotesBy(top.id, 100).size()); }));
    std::printf("find person by name: %.2f ms\n",
                median([&] { hits = int(lib.people().find(top.name).size()); }));
    lib.database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const qint64 size = QFileInfo(path).size();
    std::printf("size: %.1f MB, %.1f KB per article; %d library people\n", size / 1e6, size / 1024.0 / n,
                int(people.size()));
    return 0;
}
