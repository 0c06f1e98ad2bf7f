// The library in the window (issue 10): a correction made through the UI is in the library when
// the window is closed and started again on it, and History reverts it as a new, undoable edit.

#include "actions.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "corrections/correctionactions.h"
#include "corrections/speakerpicker.h"
#include "library/articlelibrarylink.h"
#include "library/correctionhistorydialog.h"
#include "library/librarycontroller.h"
#include "library/librarydock.h"
#include "library/librarywindowpart.h"
#include "mainwindow.h"
#include "panels/documenttablemodel.h"
#include "panels/tablepanel.h"
#include "store/library.h"
#include "uiresources.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestLibraryWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(u"library.sqlite"_s); }

    std::unique_ptr<ui::MainWindow> start()
    {
        auto w = std::make_unique<ui::MainWindow>();
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        w->openLibrary(db());
        QSignalSpy opened(w.get(), &ui::MainWindow::articleOpened);
        w->openFiles({u":/samples/biden-putin-summit.txt"_s});
        if (!opened.wait(20000))
            return nullptr;
        return w;
    }
    static const core::Quote *quoteWith(const core::Document &doc, const QString &words)
    {
        for (const core::Quote &q : doc.quotes())
            if (doc.textOf(q.span).contains(words))
                return &q;
        return nullptr;
    }
    static QString speakerOf(const core::Document &doc, const QString &words)
    {
        const core::Quote *q = quoteWith(doc, words);
        const core::Entity *e = q ? doc.entity(q->speaker) : nullptr;
        return e ? e->name : QString();
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        ui::initResources();
    }

    void correctionSurvivesARestartAndRevertsFromHistory()
    {
        const QString words = u"always ready for diplomacy"_s;
        {
            auto w = start();
            QVERIFY(w);
            ui::ArticleTab *tab = w->tabs()->current();
            QVERIFY(tab);
            QCOMPARE(speakerOf(tab->session()->document(), words), u"Psaki"_s);
            // Re-attribute through the Quotations panel and the speaker picker, as a reader would.
            const core::Quote *q = quoteWith(tab->session()->document(), words);
            w->actions()->showEveryone->trigger();
            w->quotesPanel()->selectSourceRow(w->quotesPanel()->model()->rowOfId(q->id));
            w->quotesPanel()->view()->setFocus();
            QApplication::setActiveWindow(w.get());
            QTimer::singleShot(200, this, [] {
                auto *picker = qobject_cast<ui::SpeakerPicker *>(QApplication::activeModalWidget());
                QVERIFY(picker);
                auto *edit = picker->findChild<QLineEdit *>(u"speakerName"_s);
                edit->selectAll();
                QTest::keyClicks(edit, u"Anthony Blinken"_s);
                QTest::keyClick(edit, Qt::Key_Return);
            });
            w->corrections()->setSpeaker->trigger();
            QCOMPARE(speakerOf(tab->session()->document(), words), u"Anthony Blinken"_s);
            // Written at once: another connection sees it before the window closes.
            QTRY_COMPARE(w->library()->controller()->statusLabel()->text().contains(u"not yet"_s), false);
            store::Library other;
            QVERIFY(other.open(db()).ok());
            const qint64 id = ui::ArticleLibraryLink::of(tab->session())->article();
            QVERIFY(id > 0);
            QTRY_COMPARE(other.corrections().list(id).size(), 1);
        }
        auto w = start();
        QVERIFY(w);
        ui::ArticleTab *tab = w->tabs()->current();
        QCOMPARE(speakerOf(tab->session()->document(), words), u"Anthony Blinken"_s);
        QCOMPARE(tab->session()->undoStack()->count(), 0);

        // History lists the correction of the last session; Revert makes a new, undoable edit.
        ui::CorrectionHistoryDialog history(w->library()->controller()->library(), tab->session(), w.get());
        QCOMPARE(history.entries()->topLevelItemCount(), 1);
        history.entries()->setCurrentItem(history.entries()->topLevelItem(0));
        QCOMPARE(history.revertSelected(), QString());
        QCOMPARE(speakerOf(tab->session()->document(), words), u"Psaki"_s);
        QCOMPARE(tab->session()->undoStack()->count(), 1);
        const qint64 id = ui::ArticleLibraryLink::of(tab->session())->article();
        store::Library other;
        QVERIFY(other.open(db()).ok());
        QTRY_COMPARE(other.corrections().list(id).size(), 2);
        QVERIFY(other.corrections().list(id).first().revertedBy > 0);
        QCOMPARE(speakerOf(*other.load(id), words), u"Psaki"_s);
        tab->session()->undoStack()->undo();
        QCOMPARE(speakerOf(tab->session()->document(), words), u"Anthony Blinken"_s);
        QTRY_COMPARE(speakerOf(*other.load(id), words), u"Anthony Blinken"_s);
    }

    void libraryPanelFindsAndOpensAtTheHit()
    {
        auto w = start();
        QVERIFY(w);
        ui::LibraryDock *dock = w->library()->dock();
        dock->show();
        dock->searchBox()->setText(u"diplomacy"_s);
        dock->refresh();
        QVERIFY(dock->results()->topLevelItemCount() >= 1);
        QVERIFY(dock->results()->topLevelItem(0)->text(0).contains(u"[diplomacy]"_s));
        w->tabs()->closeArticle(0);
        QCOMPARE(w->tabs()->count(), 0);
        QSignalSpy opened(w.get(), &ui::MainWindow::articleOpened);
        emit dock->results()->itemActivated(dock->results()->topLevelItem(0), 0);
        QVERIFY(opened.count() == 1 || opened.wait(5000));
        QCOMPARE(w->tabs()->count(), 1);
        QCOMPARE(speakerOf(w->tabs()->current()->session()->document(), u"always ready for diplomacy"_s),
                 u"Anthony Blinken"_s);
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
