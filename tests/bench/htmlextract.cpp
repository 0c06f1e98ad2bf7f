// saywho-extract FILE...: prints the article text SayWho extracts from each page (and, with --meta,
// its metadata first). Used by compare-readability.sh; not installed.
#include "io/documentloader.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList files = QCoreApplication::arguments().mid(1);
    const bool meta = files.removeAll(u"--meta"_s) > 0;
    QTextStream out(stdout);
    QTextStream err(stderr);
    int status = 0;
    for (const QString &path : std::as_const(files)) {
        const saywho::core::LoadResult r = saywho::core::DocumentLoader::loadFile(path);
        if (!r.ok) {
            err << path << u": "_s << r.error << Qt::endl;
            status = 1;
            continue;
        }
        for (const QString &w : r.warnings)
            err << path << u": "_s << w << Qt::endl;
        if (meta) {
            const auto &m = r.document.metadata();
            out << u"title: "_s << m.title << u"\nauthor: "_s << m.author << u"\nsite: "_s << m.siteName
                << u"\nurl: "_s << m.url.toString() << u"\ndct: "_s << m.dct.toString(Qt::ISODate) << u" ("_s
                << saywho::core::dctSourceName(m.dctSource) << u")\n---\n"_s;
        }
        out << r.document.text() << u'\n';
    }
    return status;
}
