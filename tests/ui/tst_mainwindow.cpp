// The window as a reader uses it: the bundled sample article through the real engine.
#include "formatprobe.h"

#include "actions.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "panels/modelroles.h"
#include "panels/panelfilterproxy.h"
#include "panels/quotetablemodel.h"
#include "panels/tablepanel.h"
#include "recentfiles.h"
#include "uiresources.h"
#include "view/annotationtooltip.h"
#include "view/articleview.h"
#include "view/legendwidget.h"
#include "view/speakerpalette.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ArticleTab *m_tab = nullptr;

    const core::Document &doc() const { return m_tab->session()->document(); }
    QTableView *quoteTable() const { return m_window->quotesPanel()->view(); }

    // Row (in the panel's order) of the quotation starting with these words.
    int rowStartingWith(const QString &words) const
    {
        QAbstractItemModel *m = quoteTable()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, ui::QuoteTableModel::QuoteColumn).data().toString().mid(1).startsWith(words))
                return r;
        return -1;
    }

    QString speakerOf(const QString &words) const
    {
        const int row = rowStartingWith(words);
        return row < 0
                   ? QString()
                   : quoteTable()->model()->index(row, ui::QuoteTableModel::SpeakerColumn).data().toString();
    }

    const core::Quote &quoteAtRow(int row) const
    {
        const int begin = quoteTable()->model()->index(row, 0).data(ui::SpanBeginRole).toInt();
        for (const core::Quote &q : doc().quotes())
            if (q.span.begin == begin)
                return q;
        qFatal("no quote at row %d", row);
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        ui::initResources();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void opensTheSample()
    {
        QSignalSpy opened(m_window.get(), &ui::MainWindow::articleOpened);
        m_window->openFiles({u":/samples/biden-putin-summit.txt"_s});
        QVERIFY(opened.wait(20000));
        m_tab = m_window->tabs()->current();
        QVERIFY(m_tab);
        // Raw text: toPlainText() would turn no-break spaces into spaces.
        QCOMPARE(m_tab->view()->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n'),
                 doc().text());
        QVERIFY(doc().quotes().size() >= 5);
    }

    void quoteTableHasOneRowPerQuotation()
    {
        QCOMPARE(quoteTable()->model()->rowCount(), doc().quotes().size());
        for (int r = 0; r < quoteTable()->model()->rowCount(); ++r) {
            const core::Quote &q = quoteAtRow(r);
            const core::Entity *e = doc().entity(q.speaker);
            QCOMPARE(quoteTable()->model()->index(r, ui::QuoteTableModel::SpeakerColumn).data().toString(),
                     e ? e->name : u"unknown"_s);
        }
        // The sample's speakers, as a reader would name them.
        QVERIFY2(speakerOf(u"We are always ready"_s).contains(u"Psaki"_s),
                 qPrintable(speakerOf(u"We are"_s)));
        QVERIFY2(speakerOf(u"If President Biden"_s).contains(u"Blinken"_s), qPrintable(speakerOf(u"If"_s)));
        QVERIFY2(speakerOf(u"Blingen and Lavrov"_s).contains(u"official"_s),
                 qPrintable(speakerOf(u"Blingen"_s)));
        // A show title is not a quotation.
        QCOMPARE(rowStartingWith(u"State of the Union"_s), -1);
    }

    void quoteIsTintedInItsSpeakersColour()
    {
        const ui::SpeakerPalette palette = ui::SpeakerPalette::fromApplication();
        for (const core::Quote &q : doc().quotes()) {
            const QTextCharFormat f = highlightFormatAt(m_tab->view()->document(), q.span.begin);
            QCOMPARE(f.background().color(), palette.tint(m_tab->session()->colors().slotOf(q.speaker)));
        }
    }

    void hoverExplainsTheQuote()
    {
        const core::Quote &q = quoteAtRow(rowStartingWith(u"We are always ready"_s));
        const QString tip = ui::AnnotationTooltip::at(doc(), m_tab->session()->colors(), q.span.begin + 5);
        QVERIFY2(tip.contains(u"Psaki"_s), qPrintable(tip));
        QVERIFY2(tip.contains(q.provenance.rule), qPrintable(tip));
    }

    void clickingARowMovesTheCursorToTheQuote()
    {
        const int row = rowStartingWith(u"If President Biden"_s);
        QVERIFY(row >= 0);
        const QModelIndex idx = quoteTable()->model()->index(row, ui::QuoteTableModel::QuoteColumn);
        QTest::mouseClick(quoteTable()->viewport(), Qt::LeftButton, {},
                          quoteTable()->visualRect(idx).center());
        const core::Quote &q = quoteAtRow(row);
        const int cursor = m_tab->view()->textCursor().position();
        QVERIFY2(q.span.contains(cursor),
                 qPrintable(u"cursor %1 outside %2..%3"_s.arg(cursor).arg(q.span.begin).arg(q.span.end)));
    }

    void clickingAQuoteInTheViewSelectsItsRow()
    {
        const int row = rowStartingWith(u"We are always ready"_s);
        const core::Quote &q = quoteAtRow(row);
        ui::ArticleView *view = m_tab->view();
        m_window->quotesPanel()->selectSourceRow(-1);
        view->reveal(q.span.begin, q.span.end);
        QTextCursor c(view->document());
        c.setPosition(q.span.begin + 8);
        const QPoint inside = view->cursorRect(c).center() + QPoint(3, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
        QCOMPARE(quoteTable()->selectionModel()->currentIndex().row(), row);
    }

    void hoveringAQuoteOutlinesIt()
    {
        const core::Quote &q = quoteAtRow(rowStartingWith(u"We are always ready"_s));
        ui::ArticleView *view = m_tab->view();
        view->reveal(q.span.begin, q.span.end);
        QTextCursor c(view->document());
        c.setPosition(q.span.begin + 8);
        QTest::mouseMove(view->viewport(), view->cursorRect(c).center() + QPoint(3, 0));
        bool outlined = false;
        for (const QTextEdit::ExtraSelection &sel : view->extraSelections())
            outlined = outlined || (sel.format.underlineStyle() == QTextCharFormat::SingleUnderline &&
                                    sel.cursor.selectionStart() == q.span.begin &&
                                    sel.cursor.selectionEnd() == q.span.end);
        QVERIFY(outlined);
        QCOMPARE(view->viewport()->cursor().shape(), Qt::PointingHandCursor);
    }

    void f8StepsThroughQuotes()
    {
        m_window->quotesPanel()->selectSourceRow(-1);
        m_window->activateWindow();
        m_window->actions()->nextQuote->trigger();
        QCOMPARE(quoteTable()->selectionModel()->currentIndex().row(), 0);
        m_window->actions()->nextQuote->trigger();
        QCOMPARE(quoteTable()->selectionModel()->currentIndex().row(), 1);
        QVERIFY(quoteAtRow(1).span.contains(m_tab->view()->textCursor().position()));
        m_window->actions()->previousQuote->trigger();
        QCOMPARE(quoteTable()->selectionModel()->currentIndex().row(), 0);
    }

    void togglingALayerRemovesItsFormats()
    {
        const core::Quote &q = doc().quotes().first();
        QAction *quotes = m_window->actions()->showQuotes;
        quotes->trigger();
        QVERIFY(!quotes->isChecked());
        QVERIFY(!highlightFormatAt(m_tab->view()->document(), q.span.begin)
                     .hasProperty(QTextFormat::BackgroundBrush));
        quotes->trigger();
        QVERIFY(highlightFormatAt(m_tab->view()->document(), q.span.begin)
                    .hasProperty(QTextFormat::BackgroundBrush));

        QVERIFY(!doc().timeExprs().isEmpty());
        const int date = doc().timeExprs().first().span.begin;
        m_window->actions()->showDates->trigger();
        QCOMPARE(highlightFormatAt(m_tab->view()->document(), date).underlineStyle(),
                 QTextCharFormat::NoUnderline);
        m_window->actions()->showDates->trigger();
        QCOMPARE(highlightFormatAt(m_tab->view()->document(), date).underlineStyle(),
                 QTextCharFormat::SingleUnderline);
    }

    void zoomAndFontKeepTheHighlights()
    {
        const core::Quote &q = doc().quotes().first();
        const QTextCharFormat before = highlightFormatAt(m_tab->view()->document(), q.span.begin);
        const qreal size = m_tab->view()->document()->defaultFont().pointSizeF();
        m_window->actions()->zoomIn->trigger();
        QVERIFY(m_tab->view()->document()->defaultFont().pointSizeF() > size);
        m_window->actions()->sansFont->trigger();
        QCOMPARE(m_tab->view()->bodyFont(), ui::ArticleView::BodyFont::Sans);
        QCOMPARE(highlightFormatAt(m_tab->view()->document(), q.span.begin).background(),
                 before.background());
        m_window->actions()->serifFont->trigger();
        m_window->actions()->zoomReset->trigger();
        QCOMPARE(m_tab->view()->document()->defaultFont().pointSizeF(), size);
    }

    void focusingOnePersonFiltersTheQuotes()
    {
        const int psaki = quoteAtRow(rowStartingWith(u"We are always ready"_s)).speaker;
        QVERIFY(psaki != 0);
        emit m_tab->legend()->speakerClicked(psaki);
        QCOMPARE(m_tab->focusEntity(), psaki);
        QCOMPARE(quoteTable()->model()->rowCount(), m_tab->session()->colors().quoteCount(psaki));
        // Analysing again keeps the choice.
        QSignalSpy analysed(m_tab->session(), &ui::ArticleSession::reanalysed);
        m_window->actions()->reanalyse->trigger();
        QVERIFY(analysed.wait(10000));
        QCOMPARE(m_tab->focusEntity(), psaki);
        QCOMPARE(quoteTable()->model()->rowCount(), m_tab->session()->colors().quoteCount(psaki));
        m_window->actions()->showEveryone->trigger(); // Esc
        QCOMPARE(m_tab->focusEntity(), 0);
        QCOMPARE(quoteTable()->model()->rowCount(), doc().quotes().size());
    }

    void publicationDateReresolvesAndUndoes()
    {
        ui::ArticleSession *session = m_tab->session();
        const QDate before = doc().metadata().dct;
        const core::DctSource source = doc().metadata().dctSource;
        QSignalSpy analysed(session, &ui::ArticleSession::reanalysed);
        session->setPublicationDate(QDate(2022, 2, 21));
        QVERIFY(analysed.wait(10000));
        QCOMPARE(doc().metadata().dctSource, core::DctSource::User);
        QCOMPARE(doc().metadata().dct, QDate(2022, 2, 21));
        QCOMPARE(quoteTable()->model()->rowCount(), doc().quotes().size());
        // Relative dates now resolve against it: "February 24" is 2022-02-24.
        bool resolved = false;
        for (const core::TimeExpr &t : doc().timeExprs())
            resolved = resolved || (doc().textOf(t.span) == u"February 24" && t.value == u"2022-02-24");
        QVERIFY(resolved);
        // One step takes back the date and the dates it re-resolved, and the date's source too.
        session->undoStack()->undo();
        QCOMPARE(doc().metadata().dct, before);
        QCOMPARE(doc().metadata().dctSource, source);
        session->undoStack()->redo();
        QCOMPARE(doc().metadata().dct, QDate(2022, 2, 21));
        session->undoStack()->undo();
    }

    void refusedFileLeavesOthersOpen()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.txt"_s);
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QSignalSpy failed(m_window.get(), &ui::MainWindow::openFailed);
        m_window->openFiles({empty});
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(m_window->tabs()->count(), 1);
    }

    void droppedFilesOpenInNewTabs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dropped.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Talks\n\n“We will talk,” Anna Berg said on Monday.\n");
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy opened(m_window.get(), &ui::MainWindow::articleOpened);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_window->tabs()->count(), 2);
        QCOMPARE(m_window->tabs()->current()->session()->document().quotes().size(), 1);
        QVERIFY(ui::RecentFiles().files().contains(QFileInfo(path).absoluteFilePath()));
        // Back to the sample: the panels follow the current tab.
        m_window->tabs()->closeArticle(m_window->tabs()->currentIndex());
        QCOMPARE(m_window->tabs()->current(), m_tab);
        QCOMPARE(quoteTable()->model()->rowCount(), doc().quotes().size());
    }

    void boilerplateCanBeIncludedAgainAndUndone()
    {
        // The sample ends with "See also …" and a comment form: dimmed and left out of the analysis.
        auto seeAlso = [this]() -> const core::Paragraph * {
            for (const core::Paragraph &p : doc().paragraphs())
                if (doc().textOf(p.span).startsWith(u"See also"))
                    return &p;
            return nullptr;
        };
        QVERIFY(seeAlso());
        QVERIFY(seeAlso()->excluded);
        const int begin = seeAlso()->span.begin;
        QSignalSpy analysed(m_tab->session(), &ui::ArticleSession::reanalysed);
        m_tab->session()->setParagraphIncluded(begin, true);
        QVERIFY(analysed.wait(10000));
        QVERIFY(!seeAlso()->excluded);
        m_tab->session()->undoStack()->undo();
        QVERIFY(seeAlso()->excluded);
    }

    void openUrlShowsTheArticleText()
    {
        // A page served on the loopback: File → Open URL fetches it and shows its article text.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                const QByteArray body =
                    "<html><head><title>Talks | Site</title>"
                    "<meta property=\"article:published_time\" content=\"2022-02-21\"></head>"
                    "<body><nav><a href=\"/\">Home</a></nav><article><h1>Talks</h1>"
                    "<p>\xE2\x80\x9CWe will talk,\xE2\x80\x9D Anna Berg said on "
                    "Monday.</p></article></body></html>";
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        const QString url = u"http://127.0.0.1:%1/talks"_s.arg(server.serverPort());
        QTimer::singleShot(100, this, [url] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                dialog->setTextValue(url);
                dialog->accept();
            }
        });
        QSignalSpy opened(m_window.get(), &ui::MainWindow::articleOpened);
        m_window->actions()->openUrl->trigger();
        QVERIFY(opened.wait(15000));
        const core::Document &page = m_window->tabs()->current()->session()->document();
        QCOMPARE(page.metadata().url, QUrl(url));
        QCOMPARE(page.metadata().dct, QDate(2022, 2, 21));
        QVERIFY(!page.text().contains(u"Home"_s));
        QCOMPARE(page.quotes().size(), 1);
        m_window->tabs()->closeArticle(m_window->tabs()->currentIndex());
        QCOMPARE(m_window->tabs()->current(), m_tab);
    }

    void switchesLanguageLive()
    {
        m_window->languages()->setLanguage(u"de"_s);
        QTRY_COMPARE(m_window->actions()->open->text(), u"Ö&ffnen…"_s);
        m_window->languages()->setLanguage(u"fr"_s);
        QTRY_COMPARE(m_window->actions()->open->text(), u"&Ouvrir…"_s);
        m_window->languages()->setLanguage(u"en"_s);
        QTRY_COMPARE(m_window->actions()->open->text(), u"&Open…"_s);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
