// A child process for the crash and concurrency tests: stores an article, then corrects it in a
// loop, printing "committed LOG-ID NAME" after each correction the library confirmed.
//   storeworker DB ARTICLE-FILE TAG COUNT

#include "analysis/pipeline.h"
#include "io/documentloader.h"
#include "model/edits/quoteedits.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace saywho;
using namespace saywho::core;
using namespace saywho::store;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: storeworker DB ARTICLE-FILE TAG COUNT\n");
        return 2;
    }
    QFile f(args.at(2));
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const QString tag = args.at(3);
    const int count = args.at(4).toInt();
    Document doc =
        DocumentLoader::fromText(QString::fromUtf8(f.readAll()) + u"\n\nFiled by "_s + tag + u".\n"_s)
            .document;
    Library lib;
    if (StoreResult r = lib.open(args.at(1), 20000); !r.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(r.error));
        return 1;
    }
    if (const auto stored = lib.find(doc)) {
        doc = *lib.load(*stored);
    } else {
        Pipeline::standard().run(doc);
        qint64 id = 0;
        if (StoreResult r = lib.add(doc, u"worker"_s, &id); !r.ok()) {
            std::fprintf(stderr, "add: %s\n", qPrintable(r.error));
            return 1;
        }
    }
    const qint64 article = *lib.find(doc);
    if (doc.quotes().isEmpty())
        return 3;
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        const QString name = u"Speaker %1 %2"_s.arg(tag).arg(i);
        const Quote &q = doc.quotes().at(i % doc.quotes().size());
        const Edit e = edits::setSpeakerByName(doc, q.id, name);
        if (!e.ok() || !e.patch.apply(doc).ok())
            return 4;
        qint64 logId = 0;
        if (StoreResult r = lib.record(article, e.patch, doc, CorrectionKind::Edit, name, 0, &logId);
            !r.ok()) {
            std::fprintf(stderr, "record: %s\n", qPrintable(r.error));
            return 1;
        }
        out << "committed " << logId << ' ' << name << Qt::endl;
    }
    return 0;
}
