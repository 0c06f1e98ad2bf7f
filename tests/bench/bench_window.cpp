// GUI benchmark: how long the window takes to open, analyse and fully highlight an article, and
// how much memory it holds. Prints figures; run it by hand (it is not a CTest test):
//   build/bench/bench_window [--runs N] [--size MB] [--huge 2,10,40]
#include "actions.h"
#include "articleopener.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "mainwindow.h"
#include "panels/tablepanel.h"
#include "uiresources.h"
#include "view/annotationhighlighter.h"
#include "view/articleview.h"

#include "longarticle.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>

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

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
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

// Huge articles (issue 15): how long the main thread is held while a 2, 10 or 40 MB article opens,
// and how long each step takes on it once it is shown. Every step is timed on the main thread,
// from the event that starts it until the window is painted again.
struct HugeTiming
{
    double openMs = 0;            // openFiles() until the text is shown (analysis on the worker included)
    double openStepMs = 0;        // analysis delivered to the main thread until the tab is painted
    double openStepCpuMs = 0;     // the main thread's processor time in that step: what other loads on
                                  // the machine do not change, so it compares runs on a busy machine
    double longestStallMs = 0;    // the longest the main thread did not answer a 5 ms timer, until shown
    double longestStallCpuMs = 0; // the most processor time the main thread spent between two answers
    double scrollMs = 0;          // the scroll bar dragged to the middle, and the repaint
    double ctrlEndMs = 0;         // Ctrl+End in the view, and the repaint
    double jumpMs = 0;            // choosing the middle quotation in the panel: the view scrolls to it
    double jumpLastMs = 0;        // the same for the last quotation
    double closeMs = 0;           // closing the article's tab, and the repaint
    double closeCpuMs = 0;        // the main thread's processor time in that step
    bool endShown = false;        // after Ctrl+End the article's last line is in the viewport
    bool jumpShown = false;       // after a jump the quotation's start is in the viewport
    qsizetype quotes = 0;
};

HugeTiming openHuge(const QString &path)
{
    saywho::ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    QSignalSpy opened(&window, &saywho::ui::MainWindow::articleOpened);
    HugeTiming r;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(5);
    double tickCpu = threadCpuMs();
    QObject::connect(&probe, &QTimer::timeout, [&] {
        r.longestStallMs = std::max(r.longestStallMs, tick.nsecsElapsed() / 1e6);
        const double cpu = threadCpuMs();
        r.longestStallCpuMs = std::max(r.longestStallCpuMs, cpu - tickCpu);
        tickCpu = cpu;
        tick.start();
    });
    // Connected before the opener's own handler: the main thread's step starts here.
    QElapsedTimer step;
    double stepCpu = 0;
    auto *opener = window.findChild<saywho::ui::ArticleOpener *>();
    QObject::connect(opener, &saywho::ui::ArticleOpener::started, &window,
                     [&](saywho::ui::ArticleSession *session) {
                         QObject::connect(
                             session, &saywho::ui::ArticleSession::analysed, session,
                             [&] {
                                 step.start();
                                 stepCpu = threadCpuMs();
                             },
                             Qt::SingleShotConnection);
                     });
    QElapsedTimer t;
    t.start();
    tick.start();
    probe.start();
    window.openFiles({path});
    if (!opened.wait(600000))
        qFatal("article did not open: %s", qPrintable(path));
    (void)window.grab();
    r.openStepMs = step.isValid() ? step.nsecsElapsed() / 1e6 : -1;
    r.openStepCpuMs = threadCpuMs() - stepCpu;
    saywho::ui::ArticleTab *tab = window.tabs()->current();
    saywho::ui::ArticleView *view = tab->view();
    // A long article's document is built off the main thread after the tab opens.
    if (view->isPreparing()) {
        QSignalSpy shown(view, &saywho::ui::ArticleView::textShown);
        if (!shown.wait(600000))
            qFatal("the text was never shown");
        (void)window.grab();
    }
    r.openMs = t.nsecsElapsed() / 1e6;
    probe.stop();
    r.longestStallMs = std::max(r.longestStallMs, tick.nsecsElapsed() / 1e6);
    r.longestStallCpuMs = std::max(r.longestStallCpuMs, threadCpuMs() - tickCpu);
    r.quotes = tab->session()->document().quotes().size();
    QApplication::processEvents(); // what the open left queued is not the next step's

    QScrollBar *bar = view->verticalScrollBar();
    t.start();
    bar->setSliderPosition(bar->maximum() / 2);
    (void)window.grab();
    r.scrollMs = t.nsecsElapsed() / 1e6;
    QApplication::processEvents();

    t.start();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    (void)window.grab();
    r.ctrlEndMs = t.nsecsElapsed() / 1e6;
    QApplication::processEvents();
    const QPoint lastLine(view->viewport()->width() / 2, view->cursorRect().center().y());
    r.endShown = view->viewport()->rect().contains(lastLine) &&
                 view->textCursor().position() == view->document()->characterCount() - 1;

    QTableView *table = window.quotesPanel()->view();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    (void)window.grab();
    QApplication::processEvents();
    auto jump = [&](int row) {
        QElapsedTimer j;
        j.start();
        table->setCurrentIndex(table->model()->index(row, 0));
        (void)window.grab();
        const double ms = j.nsecsElapsed() / 1e6;
        QApplication::processEvents();
        return ms;
    };
    if (table->model() && table->model()->rowCount() > 0) {
        const int rows = table->model()->rowCount();
        r.jumpMs = jump(rows / 2);
        r.jumpShown = view->viewport()->rect().contains(view->cursorRect());
        r.jumpLastMs = jump(rows - 1);
        r.jumpShown = r.jumpShown && view->viewport()->rect().contains(view->cursorRect());
    }
    QApplication::processEvents();
    const double closeCpu = threadCpuMs();
    t.start();
    window.tabs()->closeArticle(window.tabs()->currentIndex());
    (void)window.grab();
    r.closeMs = t.nsecsElapsed() / 1e6;
    r.closeCpuMs = threadCpuMs() - closeCpu;
    return r;
}

void reportHuge(const QString &corpus, const QList<double> &sizes, const QString &scratch)
{
    for (double mb : sizes) {
        const QString path = saywho::bench::writeLongArticle(corpus, mb, scratch);
        if (path.isEmpty())
            return;
        const HugeTiming h = openHuge(path);
        const double worst = std::max(
            {h.openStepMs, h.longestStallMs, h.scrollMs, h.ctrlEndMs, h.jumpMs, h.jumpLastMs, h.closeMs});
        out << u"huge article %1 MB (%2 quotes): open %3 ms in all, of which the main thread's step %4 ms "
               "(%5 ms of processor time); longest main-thread stall while opening %6 ms "
               "(%7 ms of processor time)\n"_s.arg(mb)
                   .arg(h.quotes)
                   .arg(h.openMs, 0, 'f', 0)
                   .arg(h.openStepMs, 0, 'f', 1)
                   .arg(h.openStepCpuMs, 0, 'f', 1)
                   .arg(h.longestStallMs, 0, 'f', 1)
                   .arg(h.longestStallCpuMs, 0, 'f', 1);
        out << u"  scroll bar to the middle %1 ms; Ctrl+End %2 ms (end shown: %3); jump to the middle "
               u"quotation "
               "%4 ms, to the last %5 ms (quotation shown: %6)\n"_s.arg(h.scrollMs, 0, 'f', 1)
                   .arg(h.ctrlEndMs, 0, 'f', 1)
                   .arg(h.endShown ? u"yes"_s : u"NO"_s)
                   .arg(h.jumpMs, 0, 'f', 1)
                   .arg(h.jumpLastMs, 0, 'f', 1)
                   .arg(h.jumpShown ? u"yes"_s : u"NO"_s);
        out << u"  close the tab %1 ms (%2 ms of processor time)\n"_s.arg(h.closeMs, 0, 'f', 1)
                   .arg(h.closeCpuMs, 0, 'f', 1);
        out << u"  slowest main-thread step %1 ms; target < 100 ms each: %2\n"_s.arg(worst, 0, 'f', 1)
                   .arg(worst < 100 ? u"met"_s : u"MISSED"_s);
        out << u"  memory: RSS now %1 MB, peak %2 MB\n"_s.arg(procStatusMb("VmRSS"), 0, 'f', 1)
                   .arg(procStatusMb("VmHWM"), 0, 'f', 1);
        out.flush();
    }
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
    const QCommandLineOption hugeOpt(u"huge"_s, u"Sizes in MB of the huge articles (open, Ctrl+End, jump)."_s,
                                     u"MB,..."_s, u"2,10,40"_s);
    parser.addOptions({runsOpt, sizeOpt, corpusOpt, hugeOpt});
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
    QList<double> huge;
    for (const QString &mb : parser.value(hugeOpt).split(u',', Qt::SkipEmptyParts))
        huge.append(mb.toDouble());
    reportHuge(parser.value(corpusOpt), huge, scratch.path());
    return 0;
}
