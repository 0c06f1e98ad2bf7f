// Loads and analyses each file given, printing the seconds it took: check_scaling.py compares the
// hostile input shapes with ordinary text of the same size. Prints figures; times nothing itself.
#include "analysis/pipeline.h"
#include "io/documentloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace saywho::core;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Pipeline pipeline = Pipeline::standard();
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QElapsedTimer timer;
        timer.start();
        LoadResult r = DocumentLoader::loadFile(path);
        QString slowest;
        if (r.ok) {
            qint64 most = 0;
            for (const StageTiming &t : pipeline.run(r.document))
                if (t.nanoseconds > most) {
                    most = t.nanoseconds;
                    slowest =
                        u"slowest stage %1 %2 s"_s.arg(t.stage).arg(double(t.nanoseconds) / 1e9, 0, 'f', 3);
                }
        }
        std::printf("%s\t%.3f\t%s\n", argv[i], double(timer.nsecsElapsed()) / 1e9,
                    qPrintable(r.ok ? slowest : r.error));
        std::fflush(stdout);
    }
    return 0;
}
