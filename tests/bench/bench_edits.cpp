// Corrections benchmark: each kind of edit, applied through the window's undo stack with its panels
// and highlighting updated, on the sample and on a long article; and a re-analysis that keeps 500
// corrections. Prints figures (median of several edits); run it by hand, it is not a CTest test:
//   build/bench/bench_edits [--size MB] [--corpus DIR]
#include "randomedits.h"

#include "analysis/pipeline.h"
#include "analysis/reanalysis.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "mainwindow.h"
#include "model/edits/dateedits.h"
#include "model/edits/entityedits.h"
#include "model/edits/quoteedits.h"
#include "uiresources.h"

#include "longarticle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

using MakeEdit = std::function<core::Edit(const core::Document &, int round)>;

template <typename T> int nth(const QList<T> &list, int i)
{
    return list.isEmpty() ? 0 : list.at((qsizetype(i) * 7919) % list.size()).id;
}

void benchArticle(const QString &label, const QString &path)
{
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QSignalSpy opened(&window, &ui::MainWindow::articleOpened);
    window.openFiles({path});
    if (!opened.wait(120000))
        qFatal("article did not open: %s", qPrintable(path));
    (void)window.grab();
    ui::ArticleSession *session = window.tabs()->current()->session();
    const core::Document &doc = session->document();
    out << u"%1: %2 characters, %3 quotes, %4 mentions, %5 people, %6 dates\n"_s.arg(label)
               .arg(doc.text().size())
               .arg(doc.quotes().size())
               .arg(doc.mentions().size())
               .arg(doc.entities().size())
               .arg(doc.timeExprs().size());
    const QList<std::pair<QString, MakeEdit>> kinds = {
        {u"set speaker"_s,
         [](const core::Document &d, int i) {
             return core::edits::setSpeaker(d, nth(d.quotes(), i), nth(d.entities(), i + 1));
         }},
        {u"set speaker (new person)"_s,
         [](const core::Document &d, int i) {
             return core::edits::setSpeakerByName(d, nth(d.quotes(), i), u"New Person %1"_s.arg(i));
         }},
        {u"remove quote"_s,
         [](const core::Document &d, int i) { return core::edits::removeQuote(d, nth(d.quotes(), i)); }},
        {u"move quote end"_s,
         [](const core::Document &d, int i) {
             const core::Quote *q = d.quote(nth(d.quotes(), i));
             return core::edits::moveQuote(d, q->id, {q->span.begin, q->span.end - 1});
         }},
        {u"quote kind"_s,
         [](const core::Document &d, int i) {
             return core::edits::setQuoteKind(d, nth(d.quotes(), i), core::QuoteKind::Partial);
         }},
        {u"not a quote (title)"_s,
         [](const core::Document &d, int i) {
             return core::edits::quoteToNonQuote(d, nth(d.quotes(), i), core::NonQuoteKind::Title);
         }},
        {u"merge people"_s,
         [](const core::Document &d, int i) {
             return core::edits::mergeEntities(d, nth(d.entities(), i), nth(d.entities(), i + 3));
         }},
        {u"split mention off"_s,
         [](const core::Document &d, int i) { return core::edits::splitMention(d, nth(d.mentions(), i)); }},
        {u"remove mention"_s,
         [](const core::Document &d, int i) { return core::edits::removeMention(d, nth(d.mentions(), i)); }},
        {u"set date value"_s,
         [](const core::Document &d, int i) {
             return core::edits::setDate(d, nth(d.timeExprs(), i), core::TimexType::Date, u"2021-06"_s);
         }},
        {u"remove date"_s,
         [](const core::Document &d, int i) { return core::edits::removeDate(d, nth(d.timeExprs(), i)); }},
    };
    out << u"  edit (computed, applied, panels and highlights updated) / its undo, median ms:\n"_s;
    for (const auto &[name, make] : kinds) {
        QList<double> apply, undo;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer t;
            t.start();
            const core::Edit e = make(doc, i);
            if (!e.ok())
                continue;
            session->applyEdit(e, name);
            QApplication::processEvents();
            apply.append(t.nsecsElapsed() / 1e6);
            t.start();
            session->undoStack()->undo();
            QApplication::processEvents();
            undo.append(t.nsecsElapsed() / 1e6);
        }
        out << u"    %1 %2 / %3   (%4 edits)\n"_s.arg(name, -26)
                   .arg(median(apply), 7, 'f', 2)
                   .arg(median(undo), 7, 'f', 2)
                   .arg(apply.size());
    }
    out.flush();
}

void benchReanalysis(const QString &path, int corrections)
{
    core::Document doc = core::DocumentLoader::loadFile(path).document;
    const core::Pipeline pipeline = core::Pipeline::standard();
    QElapsedTimer t;
    t.start();
    pipeline.run(doc);
    const double first = t.nsecsElapsed() / 1e6;
    test::RandomEdits random(7);
    int made = 0;
    while (made < corrections) {
        const core::Edit e = random.next(doc);
        if (e.ok() && !e.patch.isEmpty() && e.patch.apply(doc).ok())
            ++made;
    }
    t.start();
    const core::Document again = core::Reanalysis::run(pipeline, doc);
    const double re = t.nsecsElapsed() / 1e6;
    t.start();
    const core::Patch diff = core::Patch::between(doc, again);
    const double d = t.nsecsElapsed() / 1e6;
    out << u"  re-analysis keeping %1 corrections: %2 ms (first analysis %3 ms; diff for the undo step %4 ms, %5 changes)\n"_s
               .arg(made)
               .arg(re, 0, 'f', 1)
               .arg(first, 0, 'f', 1)
               .arg(d, 0, 'f', 1)
               .arg(diff.size());
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
    ui::initResources();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOpt(u"size"_s, u"Size of the long article in MB."_s, u"MB"_s, u"2"_s);
    const QCommandLineOption corpusOpt(u"corpus"_s, u"Folder of .txt articles to concatenate."_s, u"DIR"_s,
                                       QStringLiteral(SAYWHO_SHARED_DIR) + u"/corpora/polnear-dev"_s);
    parser.addOptions({sizeOpt, corpusOpt});
    parser.process(app);

    benchArticle(u"sample article"_s, u":/samples/biden-putin-summit.txt"_s);
    const QString longPath =
        bench::writeLongArticle(parser.value(corpusOpt), parser.value(sizeOpt).toDouble(), scratch.path());
    if (longPath.isEmpty()) {
        out << u"no .txt files in %1; skipping the long article\n"_s.arg(parser.value(corpusOpt));
        return 0;
    }
    benchArticle(u"%1 MB article"_s.arg(parser.value(sizeOpt)), longPath);
    benchReanalysis(longPath, 500);
    return 0;
}
