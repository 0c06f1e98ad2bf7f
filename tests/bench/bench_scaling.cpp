// Time per MB of one article as it grows: 0.1, 1, 4, 16 and 40 MB of ordinary news text, of the same
// text without blank lines, and of one line without line breaks. Flat rows mean the pipeline is
// linear in the length of an article. Not a test: it prints figures.
//
//   bench_scaling [FOLDER] [--sizes 0.1,1,4,16,40] [--limit SECONDS]
//
// The text is the folder's .txt files one after another (default: the PolNeAR development set in
// ../shared, else the bundled sample article), repeated to each size. A shape whose run takes longer
// than the limit (default 120 s) is not timed at the larger sizes. Times are the thread's CPU time, so
// that a busy machine does not change them.

#include "analysis/pipeline.h"
#include "io/documentloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

QString readFolder(const QString &folder)
{
    QString all;
    const auto files = QDir(folder).entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(f.readAll()).trimmed() + u"\n\n"_s;
    }
    return all;
}

// CPU seconds of this thread: the figure does not depend on what else the machine runs.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// base repeated to about bytes UTF-8 bytes, cut at a paragraph end.
QString grown(const QString &base, qint64 bytes)
{
    const qint64 baseBytes = base.toUtf8().size();
    QString text;
    text.reserve(qsizetype(bytes * base.size() / std::max<qint64>(1, baseBytes)) + base.size());
    qint64 have = 0;
    while (have < bytes) {
        text += base;
        have += baseBytes;
    }
    const qsizetype cut = text.lastIndexOf(u"\n\n"_s, qsizetype(text.size() * double(bytes) / double(have)));
    if (cut > 0)
        text.truncate(cut + 1);
    return text;
}

QString shaped(const QString &text, int shape)
{
    QString s = text;
    if (shape == 1) { // paragraphs on consecutive lines
        while (s.contains(u"\n\n"_s))
            s.replace(u"\n\n"_s, u"\n"_s);
    } else if (shape == 2) { // one line
        s.replace(u'\n', u' ');
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QList<double> sizes = {0.1, 1, 4, 16, 40};
    double limit = 120;
    if (const qsizetype i = args.indexOf(u"--sizes"_s); i >= 0 && i + 1 < args.size()) {
        sizes.clear();
        for (const QString &s : args.at(i + 1).split(u','))
            sizes << s.toDouble();
        args.remove(i, 2);
    }
    if (const qsizetype i = args.indexOf(u"--limit"_s); i >= 0 && i + 1 < args.size()) {
        limit = args.at(i + 1).toDouble();
        args.remove(i, 2);
    }
    QString folder = args.value(0, QStringLiteral(SAYWHO_SHARED_DIR "/corpora/polnear-dev"));
    QString base = readFolder(folder);
    if (base.isEmpty()) {
        folder = QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples");
        base = readFolder(folder);
    }
    QTextStream out(stdout);
    if (base.isEmpty()) {
        out << "no .txt files in " << folder << Qt::endl;
        return 1;
    }
    const core::Pipeline pipeline = core::Pipeline::standard();
    {
        core::Document warm = core::DocumentLoader::fromText(base).document;
        pipeline.run(warm);
    }
    out << "text: " << folder << " repeated; CPU seconds per MB (and MB/s), one thread" << Qt::endl;
    out << qSetFieldWidth(24) << Qt::left << "shape";
    for (double mb : sizes)
        out << qSetFieldWidth(18) << (QString::number(mb) + u" MB"_s);
    out << qSetFieldWidth(0) << "largest/smallest" << Qt::endl;
    const char *names[] = {"news text", "no blank lines", "one line"};
    for (int shape = 0; shape < 3; ++shape) {
        out << qSetFieldWidth(24) << names[shape] << qSetFieldWidth(0) << Qt::flush;
        bool over = false;
        QList<double> perMb;
        for (double mb : sizes) {
            if (over) {
                out << qSetFieldWidth(18) << "skipped" << qSetFieldWidth(0) << Qt::flush;
                continue;
            }
            const QString text = shaped(grown(base, qint64(mb * 1e6)), shape);
            const double realMb = double(text.toUtf8().size()) / 1e6;
            // Small texts run several times, so that each figure covers at least a second or so.
            const int rounds = std::max(1, int(10.0 / std::max(realMb, 0.01)));
            const double t0 = cpuSeconds();
            for (int r = 0; r < rounds; ++r) {
                core::Document doc = core::DocumentLoader::fromText(text).document;
                pipeline.run(doc);
            }
            const double secs = cpuSeconds() - t0;
            const double spm = secs / rounds / realMb;
            perMb << spm;
            out << qSetFieldWidth(18)
                << (QString::number(spm, 'f', 3) + u" ("_s + QString::number(1 / spm, 'f', 1) + u")"_s)
                << qSetFieldWidth(0) << Qt::flush;
            over = secs / rounds > limit;
        }
        if (perMb.size() == sizes.size() && perMb.first() > 0)
            out << QString::number(perMb.last() / perMb.first(), 'f', 2);
        out << Qt::endl;
    }
    return 0;
}
