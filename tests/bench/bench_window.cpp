// GUI benchmark: how long the window takes to open, analyse and fully highlight an article, and
// how much memory it holds. Prints figures; run it by hand (it is not a CTest test):
//   build/bench/bench_window [--runs N] [--size MB]
#include "actions.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "mainwindow.h"
#include "uiresources.h"
#include "view/annotationhighlighter.h"

#include "longarticle.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// "VmHWM" (peak resident set) or "VmRSS" (now), in MB.
double procStatusMb(const char *key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

struct Timing
{
    double openMs = 0;   // openFiles() until the tab is shown with every block highlighted
    double paintMs = 0;  // plus laying out and painting the whole window once
    double engineMs = 0; // of which: loading and the analysis pipeline on the worker thread
    double toggleMs = 0; // switching the quotation layer off and on again (two full repaints of formats)
    double zoomMs = 0;   // one zoom step, relayout and paint
    double resizeMs = 0; // a narrower window: the text column is re-centred and laid out again
    qsizetype quotes = 0;
    qsizetype blocks = 0;
};

Timing openOnce(const QString &path)
{
    saywho::ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    QSignalSpy opened(&window, &saywho::ui::MainWindow::articleOpened);
    QElapsedTimer t;
    t.start();
    window.openFiles({path});
    if (!opened.wait(60000))
        qFatal("article did not open: %s", qPrintable(path));
    Timing r;
    r.openMs = t.nsecsElapsed() / 1e6;
    (void)window.grab();
    r.paintMs = t.nsecsElapsed() / 1e6;
    saywho::ui::ArticleTab *tab = window.tabs()->current();
    QElapsedTimer toggle;
    toggle.start();
    window.actions()->showQuotes->trigger();
    window.actions()->showQuotes->trigger();
    r.toggleMs = toggle.nsecsElapsed() / 1e6;
    toggle.start();
    window.actions()->zoomIn->trigger();
    (void)window.grab();
    r.zoomMs = toggle.nsecsElapsed() / 1e6;
    toggle.start();
    window.resize(1100, 800);
    QApplication::processEvents();
    (void)window.grab();
    r.resizeMs = toggle.nsecsElapsed() / 1e6;
    r.engineMs = tab->session()->lastAnalysisMs();
    r.quotes = tab->session()->document().quotes().size();
    r.blocks = tab->view()->document()->blockCount();
    return r;
}

void report(const QString &name, const QString &path, int runs, double targetMs)
{
    QList<Timing> all;
    for (int i = 0; i < runs; ++i)
        all.append(openOnce(path));
    auto median = [&](double Timing::*field) {
        QList<double> v;
        for (const Timing &t : all)
            v.append(t.*field);
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double open = median(&Timing::openMs);
    out << u"%1: %2 KB, %3 paragraphs, %4 quotes\n"_s.arg(name)
               .arg(QFileInfo(path).size() / 1024)
               .arg(all.first().blocks)
               .arg(all.first().quotes);
    out << u"  open + analyse + highlight: median %1 ms (first run %2 ms) over %3 runs; target < %4 ms: %5\n"_s
               .arg(open, 0, 'f', 1)
               .arg(all.first().openMs, 0, 'f', 1)
               .arg(runs)
               .arg(targetMs)
               .arg(open < targetMs ? u"met"_s : u"MISSED"_s);
    out << u"    of which load + pipeline on the worker: %1 ms; the window's own share: %2 ms\n"_s
               .arg(median(&Timing::engineMs), 0, 'f', 1)
               .arg(open - median(&Timing::engineMs), 0, 'f', 1);
    out << u"  ... + first full paint of the window:  median %1 ms\n"_s.arg(median(&Timing::paintMs), 0, 'f',
                                                                            1);
    out << u"  toggle the quotation layer off and on:  median %1 ms\n"_s.arg(median(&Timing::toggleMs), 0,
                                                                             'f', 1);
    out << u"  zoom in one step and repaint:           median %1 ms\n"_s.arg(median(&Timing::zoomMs), 0, 'f',
                                                                             1);
    out << u"  resize the window and repaint:          median %1 ms\n"_s.arg(median(&Timing::resizeMs), 0,
                                                                             'f', 1);
    out << u"  memory: RSS now %1 MB, peak %2 MB\n"_s.arg(procStatusMb("VmRSS"), 0, 'f', 1)
               .arg(procStatusMb("VmHWM"), 0, 'f', 1);
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    saywho::ui::initResources();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOpt(u"runs"_s, u"Runs per article (median reported)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption sizeOpt(u"size"_s, u"Size of the long article in MB."_s, u"MB"_s, u"2"_s);
    const QCommandLineOption corpusOpt(u"corpus"_s, u"Folder of .txt articles to concatenate."_s, u"DIR"_s,
                                       QStringLiteral(SAYWHO_SHARED_DIR) + u"/corpora/polnear-dev"_s);
    parser.addOptions({runsOpt, sizeOpt, corpusOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    out << u"baseline memory: RSS %1 MB\n"_s.arg(procStatusMb("VmRSS"), 0, 'f', 1);
    report(u"sample article"_s, u":/samples/biden-putin-summit.txt"_s, runs, 200);

    const QString longPath = saywho::bench::writeLongArticle(
        parser.value(corpusOpt), parser.value(sizeOpt).toDouble(), scratch.path());
    if (longPath.isEmpty()) {
        out << u"no .txt files in %1; skipping the long article\n"_s.arg(parser.value(corpusOpt));
        return 0;
    }
    report(u"dev-corpus texts concatenated"_s, longPath, std::min(runs, 3), 2000);
    return 0;
}
