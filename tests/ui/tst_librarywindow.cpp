// The library in the window (issue 10): a correction made through the UI is in the library when
// the window is closed and started again on it, and History reverts it as a new, undoable edit; a
// damaged or foreign library file gets its choices; a busy library keeps corrections in memory;
// library people are merged and split as undo steps.

#include "actions.h"
#include "analysis/pipeline.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "corrections/correctionactions.h"
#include "corrections/speakerpicker.h"
#include "io/documentloader.h"
#include "library/articlelibrarylink.h"
#include "library/correctionhistorydialog.h"
#include "library/librarycontroller.h"
#include "library/librarydock.h"
#include "library/librarywindowpart.h"
#include "library/personsplitdialog.h"
#include "mainwindow.h"
#include "model/edits/quoteedits.h"
#include "panels/documenttablemodel.h"
#include "panels/tablepanel.h"
#include "store/backupkeeper.h"
#include "store/database.h"
#include "store/library.h"
#include "uiresources.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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

    // Answers each message box the controller shows: presses the button called answer in the one
    // that says the library cannot be opened (noting its buttons), accepts any later one.
    void answerBoxes(const QString &answer)
    {
        m_answered.clear();
        QStringList *buttons = &m_answered;
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, buttons, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (!box->text().contains(u"cannot be opened"_s)) {
                box->accept();
                timer->stop();
                return;
            }
            for (QAbstractButton *b : box->buttons())
                buttons->append(b->text());
            for (QAbstractButton *b : box->buttons())
                if (b->text() == answer) {
                    b->click();
                    break;
                }
            if (!answer.contains(u"Backup"_s))
                timer->stop();
        });
        timer->start(50);
    }
    QStringList m_answered; // the buttons of the box answerBoxes answered

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

    void damagedLibraryOffersTheNewestBackup()
    {
        const QString path = m_dir.filePath(u"damaged/library.sqlite"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            store::Library lib;
            QVERIFY(lib.open(path).ok());
            core::Document doc =
                core::DocumentLoader::fromText(u"Harbour news\n\n\"All is well,\" said Ada Keeper.\n"_s)
                    .document;
            core::Pipeline::standard().run(doc);
            qint64 id = 0;
            QVERIFY(lib.add(doc, u"test"_s, &id).ok());
            QVERIFY(store::BackupKeeper(path).backupNow(lib.database()).ok());
            QVERIFY(lib.database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(3996, 'Z')); // the schema page
        f.close();

        QWidget window;
        ui::LibraryController controller(&window);
        answerBoxes(u"Restore the Newest Backup"_s);
        QVERIFY(controller.openAtStart(path));
        QVERIFY(m_answered.contains(u"Open Another Library…"_s));
        QVERIFY(controller.library());
        QCOMPARE(controller.library()->articles().list().size(), 1);
        const QStringList aside =
            QDir(QFileInfo(path).absolutePath()).entryList({u"library.sqlite.damaged-*"_s});
        QCOMPARE(aside.size(), 1);
    }

    void foreignFileLeavesTheWindowWithoutALibrary()
    {
        const QString path = m_dir.filePath(u"notes.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray notes = QByteArray("These are my notes, not a database.\n").repeated(100);
        f.write(notes);
        f.close();
        QWidget window;
        ui::LibraryController controller(&window);
        answerBoxes(u"Continue Without a Library"_s);
        QVERIFY(!controller.openAtStart(path));
        QVERIFY(!m_answered.contains(u"Restore the Newest Backup"_s));
        QVERIFY(m_answered.contains(u"Create a New Library…"_s));
        QVERIFY(!controller.library());
        QVERIFY(controller.statusLabel()->text().contains(u"No library"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), notes);
    }

    void busyLibraryKeepsCorrectionsUntilItCanWrite()
    {
        auto w = start();
        QVERIFY(w);
        ui::ArticleTab *tab = w->tabs()->current();
        const qint64 id = ui::ArticleLibraryLink::of(tab->session())->article();
        QVERIFY(id > 0);
        const QString words = u"relevant stakeholders"_s;
        store::Library other;
        QVERIFY(other.open(db()).ok());
        const qsizetype before = other.corrections().list(id).size();
        // Another program holds the library's write lock: the correction waits in memory, and the
        // window says so.
        store::Database blocker;
        QVERIFY(blocker.open(db(), 100).ok());
        QVERIFY(blocker.exec(u"BEGIN EXCLUSIVE"_s).ok());
        const core::Document &doc = tab->session()->document();
        QCOMPARE(tab->session()->applyEdit(
                     core::edits::setSpeakerByName(doc, quoteWith(doc, words)->id, u"Jean-Yves Le Drian"_s),
                     u"Set speaker"_s),
                 QString());
        QLabel *status = w->library()->controller()->statusLabel();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"not yet in the library"_s), 15000);
        QVERIFY(!status->toolTip().isEmpty());
        QVERIFY(blocker.exec(u"ROLLBACK"_s).ok());
        // Written on the next try, with nothing lost, and the note goes.
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(u"not yet"_s), 15000);
        QTRY_COMPARE(other.corrections().list(id).size(), before + 1);
        QCOMPARE(speakerOf(*other.load(id), words), u"Jean-Yves Le Drian"_s);
    }

    void peopleAreMergedAndSplitAsUndoSteps()
    {
        auto w = start();
        QVERIFY(w);
        store::Library *lib = w->library()->controller()->library();
        QVERIFY(lib);
        core::Document other = core::DocumentLoader::fromText(
                                   u"Blinken meets allies\n\n\"We stand together,\" Anthony Blinken said "
                                   "on Monday in Brussels.\n"_s)
                                   .document;
        other.metadata().dct = QDate(2022, 3, 1);
        core::Pipeline::standard().run(other);
        qint64 otherId = 0;
        QVERIFY(lib->add(other, u"test"_s, &otherId).ok());
        auto person = [&](const QString &name) {
            const QList<store::LibraryPerson> p = lib->people().find(name);
            return p.size() == 1 ? p.first() : store::LibraryPerson{};
        };
        const store::LibraryPerson blinken = person(u"Anthony Blinken"_s);
        const store::LibraryPerson macron = person(u"Emmanuel Macron"_s);
        QVERIFY(blinken.id && macron.id);
        QCOMPARE(blinken.articles, 2);

        ui::LibraryDock *dock = w->library()->dock();
        dock->show();
        dock->searchBox()->clear();
        dock->setScope(ui::LibraryDock::Scope::People);
        QVERIFY(dock->results()->topLevelItemCount() >= 3);
        QCOMPARE(dock->results()->headerItem()->text(0), u"Name"_s);
        QVERIFY(dock->mergePeople(blinken.id, {macron.id}));
        QCOMPARE(person(u"Emmanuel Macron"_s).id, blinken.id);
        QVERIFY(dock->results()->findItems(u"Emmanuel Macron"_s, Qt::MatchExactly).isEmpty());

        // Edit → Undo names and undoes the merge while the panel has the keyboard.
        QApplication::setActiveWindow(w.get());
        dock->results()->setFocus();
        QTRY_VERIFY(dock->results()->hasFocus());
        auto *undo = w->findChild<QAction *>(u"undo"_s);
        auto *redo = w->findChild<QAction *>(u"redo"_s);
        QVERIFY(undo && redo);
        QVERIFY2(undo->text().contains(u"Emmanuel Macron"_s), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(person(u"Emmanuel Macron"_s).id, macron.id);
        QCOMPARE(dock->results()->findItems(u"Emmanuel Macron"_s, Qt::MatchExactly).size(), 1);
        redo->trigger();
        QCOMPARE(person(u"Emmanuel Macron"_s).id, blinken.id);
        undo->trigger();
        QCOMPARE(person(u"Emmanuel Macron"_s).id, macron.id);

        // Split the new article's Blinken off as someone else, through the dialog.
        QTimer::singleShot(0, this, [] {
            auto *d = qobject_cast<ui::PersonSplitDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            QTreeWidgetItem *row =
                d->articles()->findItems(u"Blinken meets allies"_s, Qt::MatchExactly).value(0);
            QVERIFY(row);
            row->setCheckState(0, Qt::Checked);
            d->nameEdit()->setText(u"Tony Blinken"_s);
            d->accept();
        });
        dock->splitWithDialog(blinken.id);
        QCOMPARE(person(u"Tony Blinken"_s).articles, 1);
        QCOMPARE(person(u"Anthony Blinken"_s).articles, 1);
        QVERIFY2(undo->text().contains(u"Tony Blinken"_s), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(person(u"Tony Blinken"_s).id, 0);
        QCOMPARE(person(u"Anthony Blinken"_s).articles, 2);
        redo->trigger();
        QCOMPARE(person(u"Tony Blinken"_s).articles, 1);
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
