// A long article (over ArticleView::LazyLayoutChars) is laid out and highlighted block by block as
// it is shown: the blocks scrolled to carry their highlights, a layer switched off leaves them,
// Ctrl+End reaches the last line, choosing a quotation in the panel puts the view on it, and closing
// the tab frees the document on a worker thread.
#include "formatprobe.h"

#include "actions.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "mainwindow.h"
#include "panels/modelroles.h"
#include "panels/tablepanel.h"
#include "uiresources.h"
#include "view/articleview.h"
#include "view/lazyblocklayout.h"
#include "view/speakerpalette.h"

#include <QApplication>
#include <QAtomicPointer>
#include <QFile>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestLongArticle final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ArticleTab *m_tab = nullptr;

    const core::Document &doc() const { return m_tab->session()->document(); }
    ui::ArticleView *view() const { return m_tab->view(); }

    // Paints the view as the screen would: the blocks it shows are laid out and formatted.
    void paint() const
    {
        // A long article's highlights are built on the thread pool.
        QTRY_VERIFY(m_tab->highlightsCurrent());
        QApplication::processEvents();
        (void)view()->viewport()->grab();
        QApplication::processEvents(); // a size that painting corrected reaches the scroll bar
    }

    // The document positions the viewport shows, from its top-left to its bottom-right corner.
    std::pair<int, int> shownRange() const
    {
        const QRect r = view()->viewport()->rect();
        return {view()->cursorForPosition(r.topLeft()).position(),
                view()->cursorForPosition(r.bottomRight()).position()};
    }

    void verifyQuoteTinted(const core::Quote &q) const
    {
        const ui::SpeakerPalette palette = ui::SpeakerPalette::fromApplication();
        const QTextCharFormat f = highlightFormatAt(view()->document(), q.span.begin);
        QVERIFY2(f.hasProperty(QTextFormat::BackgroundBrush),
                 qPrintable(u"no tint at %1"_s.arg(q.span.begin)));
        QCOMPARE(f.background().color(), palette.tint(m_tab->session()->colors().slotOf(q.speaker)));
    }

    // The quotations that begin inside the range the viewport shows.
    QList<core::Quote> quotesShown() const
    {
        const auto [from, to] = shownRange();
        QList<core::Quote> shown;
        for (const core::Quote &q : doc().quotes())
            if (q.span.begin >= from && q.span.begin < to)
                shown.append(q);
        return shown;
    }

    int rowOfQuote(const core::Quote &q) const
    {
        QAbstractItemModel *m = m_window->quotesPanel()->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(ui::SpanBeginRole).toInt() == q.span.begin)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        ui::initResources();
        // Paragraphs that differ from each other (repeated ones would be set aside as boilerplate),
        // each with a quotation and its speaker.
        const QStringList first{u"Anna"_s, u"Boris"_s, u"Clara"_s, u"David"_s, u"Elena"_s, u"Frank"_s};
        const QStringList last{u"Keller"_s, u"Moreau"_s, u"Novak"_s, u"Okafor"_s, u"Petrov"_s, u"Silva"_s};
        const QStringList topics{u"the bridge"_s,  u"the budget"_s,   u"the harbour"_s, u"the schools"_s,
                                 u"the railway"_s, u"the hospital"_s, u"the election"_s};
        QString body = u"City council debates its plans\n\n"_s;
        for (int i = 0; body.size() < ui::ArticleView::LazyLayoutChars * 3 / 2; ++i) {
            const QString name =
                first.at(i % first.size()) + u' ' + last.at((i / first.size()) % last.size());
            const QString topic = topics.at(i % topics.size());
            body +=
                u"On day %1 of the session, members of the council met again to discuss %2, and the "
                "debate about %2 went on for %3 hours before a vote was called. \u201cWe will not "
                "accept plan number %1 for %2 without a full review,\u201d %4 said. Others in the chamber "
                "disagreed with that view for %3 reasons of their own.\n\n"_s.arg(i)
                    .arg(topic)
                    .arg(i % 9 + 2)
                    .arg(name);
        }
        const QByteArray text = body.toUtf8();
        const QString path = m_dir.filePath(u"long.txt"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(text), text.size());
        out.close();

        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &ui::MainWindow::articleOpened);
        m_window->openFiles({path});
        QVERIFY(opened.wait(60000));
        m_tab = m_window->tabs()->current();
        QVERIFY(m_tab);
        // Its document is built off the main thread: the view says so until it shows the text.
        if (view()->isPreparing()) {
            QVERIFY(view()->document()->isEmpty());
            QVERIFY(!view()->placeholderText().isEmpty());
            QSignalSpy shown(view(), &ui::ArticleView::textShown);
            QVERIFY(shown.wait(60000));
        }
        QVERIFY(!view()->isPreparing());
        QCOMPARE(view()->document()->characterCount() - 1, doc().text().size());
        QVERIFY(view()->placeholderText().isEmpty());
        QVERIFY2(
            doc().quotes().size() > 100,
            qPrintable(u"%1 quotes in %2 characters"_s.arg(doc().quotes().size()).arg(doc().text().size())));
        paint();
    }

    void isLaidOutOnlyWhereShown()
    {
        ui::LazyBlockLayout *layout = view()->lazyLayout();
        QVERIFY(layout);
        QCOMPARE(view()->document()->documentLayout(), layout);
        const int blocks = view()->document()->blockCount();
        QVERIFY(layout->laidOutBlocks() > 0);
        QVERIFY2(layout->laidOutBlocks() < blocks / 10,
                 qPrintable(u"%1 of %2 blocks laid out"_s.arg(layout->laidOutBlocks()).arg(blocks)));
        // The last block has not been shown yet: no lines, no formats.
        QCOMPARE(view()->document()->lastBlock().layout()->lineCount(), 0);
    }

    void scrolledToBlocksShowTheirHighlights()
    {
        QScrollBar *bar = view()->verticalScrollBar();
        for (int step : {bar->maximum() / 3, bar->maximum() * 2 / 3}) {
            bar->setValue(step);
            paint();
            const QList<core::Quote> shown = quotesShown();
            QVERIFY2(!shown.isEmpty(), qPrintable(u"no quotation shown at %1"_s.arg(step)));
            for (const core::Quote &q : shown)
                verifyQuoteTinted(q);
        }
    }

    void layerSwitchedOffLeavesTheShownBlocks()
    {
        const QList<core::Quote> shown = quotesShown();
        QVERIFY(!shown.isEmpty());
        QAction *quotes = m_window->actions()->showQuotes;
        quotes->trigger();
        paint();
        for (const core::Quote &q : shown)
            QVERIFY(!highlightFormatAt(view()->document(), q.span.begin)
                         .hasProperty(QTextFormat::BackgroundBrush));
        quotes->trigger();
        paint();
        for (const core::Quote &q : shown)
            verifyQuoteTinted(q);
    }

    void ctrlEndShowsTheLastLine()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
        paint();
        QCOMPARE(view()->textCursor().position(), view()->document()->characterCount() - 1);
        QVERIFY(view()->viewport()->rect().contains(view()->cursorRect()));
        // Scrolled to the end, short of at most the document's bottom margin.
        const QScrollBar *bar = view()->verticalScrollBar();
        QVERIFY2(bar->maximum() - bar->value() <= view()->document()->documentMargin() + 1,
                 qPrintable(u"%1 of %2"_s.arg(bar->value()).arg(bar->maximum())));
        const QList<core::Quote> shown = quotesShown();
        QVERIFY(!shown.isEmpty());
        for (const core::Quote &q : shown)
            verifyQuoteTinted(q);
    }

    void jumpToAQuoteLandsOnIt_data()
    {
        QTest::addColumn<int>("index");
        const int n = int(doc().quotes().size());
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << n / 2;
        QTest::newRow("three quarters") << n * 3 / 4;
        QTest::newRow("last") << n - 1;
    }

    void jumpToAQuoteLandsOnIt()
    {
        QFETCH(int, index);
        QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
        paint();
        const core::Quote q = doc().quotes().at(index);
        const int row = rowOfQuote(q);
        QVERIFY(row >= 0);
        QTableView *table = m_window->quotesPanel()->view();
        table->setCurrentIndex(table->model()->index(row, 0));
        paint();
        QCOMPARE(view()->textCursor().position(), q.span.begin);
        QVERIFY2(view()->viewport()->rect().contains(view()->cursorRect()),
                 qPrintable(u"cursor at y %1 in a viewport %2 high"_s.arg(view()->cursorRect().y())
                                .arg(view()->viewport()->height())));
        // The character under the cursor's place on screen is the quotation's first.
        QCOMPARE(view()->cursorForPosition(view()->cursorRect().center()).position(), q.span.begin);
        verifyQuoteTinted(q);
    }

    // Last: closes the tab. Its laid-out document is deleted on a worker, not in the window's thread.
    void closingFreesTheDocumentOffTheWindowThread()
    {
        QPointer<QTextDocument> document = view()->document();
        QVERIFY(qobject_cast<ui::LazyBlockLayout *>(document->documentLayout()));
        QAtomicPointer<QThread> deletedIn;
        connect(
            document, &QObject::destroyed, document,
            [&deletedIn] { deletedIn.storeRelease(QThread::currentThread()); }, Qt::DirectConnection);
        m_window->tabs()->closeArticle(m_window->tabs()->currentIndex());
        m_tab = nullptr;
        QTRY_VERIFY(deletedIn.loadAcquire());
        QVERIFY(deletedIn.loadAcquire() != QThread::currentThread());
        QTRY_VERIFY(document.isNull());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestLongArticle)
#include "tst_longarticle.moc"
