// Correcting the engine in the window, as a reader does: keys, the picker, the panels, undo and redo.
#include "actions.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "corrections/correctionactions.h"
#include "corrections/correctioncontroller.h"
#include "corrections/speakerpicker.h"
#include "mainwindow.h"
#include "panels/documenttablemodel.h"
#include "panels/panelfilterproxy.h"
#include "panels/tablepanel.h"
#include "uiresources.h"
#include "view/articleview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestCorrections final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ArticleTab *m_tab = nullptr;

    const core::Document &doc() const { return m_tab->session()->document(); }
    QUndoStack *undo() const { return m_tab->session()->undoStack(); }
    ui::TablePanel *quotes() const { return m_window->quotesPanel(); }

    const core::Quote *quoteWith(const QString &words) const
    {
        for (const core::Quote &q : doc().quotes())
            if (doc().textOf(q.span).contains(words))
                return &q;
        return nullptr;
    }
    QString speakerOf(const core::Quote *q) const
    {
        const core::Entity *e = q ? doc().entity(q->speaker) : nullptr;
        return e ? e->name : QString();
    }
    // Chooses the quote's row in the Quotations panel and gives the table the keyboard.
    static void raiseDockOf(QWidget *w)
    {
        for (; w; w = w->parentWidget())
            if (auto *dock = qobject_cast<QDockWidget *>(w))
                dock->raise();
    }
    void chooseQuote(const core::Quote *q)
    {
        QVERIFY(q);
        // Choosing someone in the People panel shows only their quotes: everyone again.
        m_window->actions()->showEveryone->trigger();
        raiseDockOf(quotes()->view());
        quotes()->selectSourceRow(quotes()->model()->rowOfId(q->id));
        quotes()->view()->setFocus();
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::focusWidget(), quotes()->view());
    }
    // Answers the next picker by typing name and pressing Enter.
    void answerPicker(const QString &name)
    {
        QTimer::singleShot(200, this, [name] {
            auto *picker = qobject_cast<ui::SpeakerPicker *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            auto *edit = picker->findChild<QLineEdit *>(u"speakerName"_s);
            edit->selectAll();
            QTest::keyClicks(edit, name);
            QTest::keyClick(edit, Qt::Key_Return);
        });
    }
    void selectInView(const QString &words)
    {
        const int at = int(doc().text().indexOf(words));
        QVERIFY(at >= 0);
        QTextCursor c(m_tab->view()->document());
        c.setPosition(at);
        c.setPosition(at + int(words.size()), QTextCursor::KeepAnchor);
        m_tab->view()->setTextCursor(c);
        m_tab->view()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_tab->view()));
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
        QSignalSpy opened(m_window.get(), &ui::MainWindow::articleOpened);
        m_window->openFiles({u":/samples/biden-putin-summit.txt"_s});
        QVERIFY(opened.wait(20000));
        m_tab = m_window->tabs()->current();
        QVERIFY(m_tab);
    }

    void reattributeThroughThePicker()
    {
        const core::Quote *q = quoteWith(u"always ready for diplomacy"_s);
        QCOMPARE(speakerOf(q), u"Psaki"_s);
        const int id = q->id;
        const int psakiSlot = m_tab->session()->colors().slotOf(q->speaker);
        chooseQuote(q);
        answerPicker(u"Anthony Blinken"_s);
        QTest::keyClick(quotes()->view(), Qt::Key_F2);
        QCOMPARE(speakerOf(doc().quote(id)), u"Anthony Blinken"_s);
        QVERIFY(doc().quote(id)->provenance.decidedByUser(core::UserField::Speaker));
        // The row stays chosen, the panel shows the new speaker, the title shows a correction.
        QCOMPARE(quotes()->model()->idAt(quotes()->currentSourceRow()), id);
        QVERIFY(m_window->isWindowModified());
        // The offscreen platform has no window manager to give the window back its focus.
        chooseQuote(doc().quote(id));
        QTest::keyClick(quotes()->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(speakerOf(doc().quote(id)), u"Psaki"_s);
        QVERIFY(!doc().quote(id)->provenance.userDecided());
        // Psaki keeps her colour through the edit and its undo.
        QCOMPARE(m_tab->session()->colors().slotOf(doc().quote(id)->speaker), psakiSlot);
        m_window->actions()->redo->trigger();
        QCOMPARE(speakerOf(doc().quote(id)), u"Anthony Blinken"_s);
        m_window->actions()->undo->trigger();
    }

    void newPersonThroughThePicker()
    {
        const core::Quote *q = quoteWith(u"Blingen and Lavrov"_s);
        const int id = q->id;
        chooseQuote(q);
        answerPicker(u"Jen Psaki"_s);
        m_window->corrections()->setSpeaker->trigger();
        const core::Entity *e = doc().entity(doc().quote(id)->speaker);
        QVERIFY(e);
        QCOMPARE(e->name, u"Jen Psaki"_s);
        QCOMPARE(e->provenance.origin, core::Origin::User);
        const int created = e->id;
        undo()->undo();
        QVERIFY(!doc().entity(created));
    }

    void removedQuoteStaysRemovedAfterReanalysis()
    {
        const core::Quote *q = quoteWith(u"prevent a war"_s);
        const core::Span span = q->span;
        const qsizetype before = doc().quotes().size();
        chooseQuote(q);
        QTest::keyClick(quotes()->view(), Qt::Key_Delete);
        QCOMPARE(doc().quotes().size(), before - 1);
        QCOMPARE(quotes()->model()->rowCount(), before - 1);
        QSignalSpy reanalysed(m_tab->session(), &ui::ArticleSession::reanalysed);
        m_window->actions()->reanalyse->trigger();
        QVERIFY(reanalysed.wait(20000));
        for (const core::Quote &other : doc().quotes())
            QVERIFY(!other.span.overlaps(span));
        QCOMPARE(doc().quotes().size(), before - 1);
        // Undo the re-analysis (if it changed anything), then the removal.
        while (undo()->canUndo())
            undo()->undo();
        QCOMPARE(doc().quotes().size(), before);
        QVERIFY(quoteWith(u"prevent a war"_s));
    }

    void mergeAFreshEntityAndBack()
    {
        const qsizetype people = doc().entities().size();
        selectInView(u"Blingen"_s);
        answerPicker(u"Blingen"_s);
        m_window->corrections()->markPerson->trigger();
        QCOMPARE(doc().entities().size(), people + 1);
        int blingen = 0, blinken = 0;
        for (const core::Entity &e : doc().entities()) {
            if (e.name == u"Blingen")
                blingen = e.id;
            if (e.name == u"Anthony Blinken")
                blinken = e.id;
        }
        QVERIFY(blingen && blinken);
        // Both chosen in the People panel, then Ctrl+M.
        ui::TablePanel *panel = m_window->peoplePanel();
        QTableView *table = panel->view();
        table->clearSelection();
        for (int id : {blinken, blingen}) {
            const QModelIndex source = panel->model()->index(panel->model()->rowOfId(id), 0);
            table->selectionModel()->select(panel->proxy()->mapFromSource(source),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        raiseDockOf(table);
        QApplication::setActiveWindow(m_window.get());
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(doc().entities().size(), people);
        QVERIFY(!doc().entity(blingen));
        QVERIFY(doc().entity(blinken)->aliases.contains(u"Blingen"_s));
        bool follows = false;
        for (const core::Mention &m : doc().mentions())
            follows = follows || (doc().textOf(m.span) == u"Blingen" && m.entity == blinken);
        QVERIFY(follows);
        undo()->undo();
        QVERIFY(doc().entity(blingen));
        QVERIFY(!doc().entity(blinken)->aliases.contains(u"Blingen"_s));
        undo()->undo();
        QCOMPARE(doc().entities().size(), people);
    }

    void movingAQuoteEndKeepsItsSpeaker()
    {
        const core::Quote *q = quoteWith(u"always ready for diplomacy"_s);
        const int id = q->id;
        const core::Span before = q->span;
        const int speaker = q->speaker;
        chooseQuote(q);
        QTest::keyClick(quotes()->view(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(doc().quote(id)->span.end < before.end);
        QCOMPARE(doc().quote(id)->span.begin, before.begin);
        QCOMPARE(doc().quote(id)->speaker, speaker);
        QTest::keyClick(quotes()->view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(doc().quote(id)->speaker, speaker);
        undo()->undo();
        undo()->undo();
        QCOMPARE(doc().quote(id)->span, before);
    }

    void historyListsTheSteps()
    {
        const core::Quote *q = quoteWith(u"always ready for diplomacy"_s);
        chooseQuote(q);
        m_window->corrections()->makePartial->trigger();
        m_window->historyDock()->show();
        auto *view = m_window->historyDock()->findChild<QUndoView *>();
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), undo()->count() + 1);
        QCOMPARE(view->model()->index(undo()->index(), 0).data().toString(),
                 undo()->text(undo()->index() - 1));
        undo()->undo();
    }

    void invalidEditIsRefusedWithAMessage()
    {
        // Nothing selected: marking a quote says what to do and changes nothing.
        QTextCursor c = m_tab->view()->textCursor();
        c.clearSelection();
        m_tab->view()->setTextCursor(c);
        m_tab->view()->setFocus();
        const int steps = undo()->count();
        m_window->corrections()->markQuote->trigger();
        QCOMPARE(undo()->count(), steps);
    }
};

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
