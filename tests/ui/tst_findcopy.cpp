// Find in the article, Copy on a quote, the panel filter shortcut, and status counts that follow it.
#include "formatprobe.h"

#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "findbar.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "panels/quotetablemodel.h"
#include "panels/tablepanel.h"
#include "quoteclipboard.h"
#include "statussummary.h"
#include "uiresources.h"
#include "view/articleview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestFindCopy final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ArticleTab *m_tab = nullptr;

    ui::FindBar *findBar() const { return m_window->findChild<ui::FindBar *>(); }
    const core::Document &doc() const { return m_tab->session()->document(); }

    const core::Quote &psakiQuote() const
    {
        for (const core::Quote &q : doc().quotes())
            if (doc().textOf(q.span).toString().contains(u"We are always ready"_s))
                return q;
        qFatal("no Psaki quote");
    }

    int rowOf(const core::Quote &q) const
    {
        QAbstractItemModel *m = m_window->quotesPanel()->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(Qt::UserRole + 1).isValid() &&
                m->index(r, ui::QuoteTableModel::QuoteColumn).data().toString() ==
                    doc().textOf(q.span).toString().simplified())
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ui::initResources();
        m_window = std::make_unique<ui::MainWindow>();
        m_window->languages()->setLanguage(u"en"_s);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &ui::MainWindow::articleOpened);
        m_window->openFiles({u":/samples/biden-putin-summit.txt"_s});
        QVERIFY(opened.wait(20000));
        m_tab = m_window->tabs()->current();
        QVERIFY(m_tab);
    }

    void matchesIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("cs");
        QTest::addColumn<QList<int>>("starts");
        QTest::newRow("none") << u"abc"_s << u"x"_s << int(Qt::CaseInsensitive) << QList<int>{};
        QTest::newRow("empty needle") << u"abc"_s << QString() << int(Qt::CaseInsensitive) << QList<int>{};
        QTest::newRow("case folded") << u"Putin, putin"_s << u"PUTIN"_s << int(Qt::CaseInsensitive)
                                     << QList<int>{0, 7};
        QTest::newRow("case kept") << u"Putin, putin"_s << u"putin"_s << int(Qt::CaseSensitive)
                                   << QList<int>{7};
        QTest::newRow("no overlap") << u"aaaa"_s << u"aa"_s << int(Qt::CaseSensitive) << QList<int>{0, 2};
    }

    void matchesIn()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(int, cs);
        QFETCH(QList<int>, starts);
        QList<int> got;
        for (const auto &[b, e] : ui::FindBar::matchesIn(text, needle, Qt::CaseSensitivity(cs))) {
            QCOMPARE(e - b, needle.size());
            got.append(b);
        }
        QCOMPARE(got, starts);
    }

    void ctrlFFindsAndF3Steps()
    {
        ui::ArticleView *view = m_tab->view();
        view->setFocus();
        QTextCursor start(view->document());
        view->setTextCursor(start);
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        ui::FindBar *bar = findBar();
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar->lineEdit());
        QTest::keyClicks(bar->lineEdit(), u"putin"_s);
        const int expected = int(doc().text().count(u"putin"_s, Qt::CaseInsensitive));
        QVERIFY(expected >= 3);
        QCOMPARE(bar->matchCount(), expected);
        QCOMPARE(bar->currentMatch(), 0);
        auto selected = [view] {
            return std::pair<int, int>{view->textCursor().selectionStart(),
                                       view->textCursor().selectionEnd()};
        };
        QCOMPARE(selected(), bar->matches().at(0));
        QCOMPARE(doc().text().mid(selected().first, 5).toLower(), u"putin"_s);

        // The annotation formats under a match are the highlighter's, untouched by the search.
        const auto [b, e] = bar->matches().at(1);
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QCOMPARE(bar->currentMatch(), 1);
        QCOMPARE(selected(), bar->matches().at(1));
        int underlined = 0;
        for (const QTextEdit::ExtraSelection &sel : view->extraSelections()) {
            if (sel.cursor.selectionStart() == bar->matches().at(2).first) {
                QVERIFY(!sel.format.hasProperty(QTextFormat::BackgroundBrush));
                QCOMPARE(sel.format.underlineStyle(), QTextCharFormat::SingleUnderline);
                ++underlined;
            }
        }
        QCOMPARE(underlined, 1);
        Q_UNUSED(e);
        const QTextCharFormat before = highlightFormatAt(view->document(), b);
        QCOMPARE(highlightFormatAt(view->document(), b), before);

        QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->currentMatch(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier); // wraps to the last
        QCOMPARE(bar->currentMatch(), expected - 1);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QCOMPARE(bar->currentMatch(), 0);

        // Nothing found: said so.
        QTest::keyClicks(bar->lineEdit(), u"zzqx"_s);
        QCOMPARE(bar->matchCount(), 0);

        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        for (const QTextEdit::ExtraSelection &sel : view->extraSelections())
            QVERIFY(sel.format.underlineColor() != view->palette().color(QPalette::Highlight));
    }

    void searchLeavesQuoteTintsAlone()
    {
        ui::ArticleView *view = m_tab->view();
        const core::Quote &q = psakiQuote();
        const QTextCharFormat before = highlightFormatAt(view->document(), q.span.begin + 3);
        QVERIFY(before.hasProperty(QTextFormat::BackgroundBrush));
        ui::FindBar *bar = findBar();
        bar->openBar();
        bar->lineEdit()->setText(u"always"_s);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QVERIFY(bar->matchCount() >= 1);
        QCOMPARE(highlightFormatAt(view->document(), q.span.begin + 3).background(), before.background());
        bar->closeBar();
    }

    void copyAQuoteFromThePanel()
    {
        const core::Quote &q = psakiQuote();
        ui::TablePanel *panel = m_window->quotesPanel();
        QTableView *table = panel->view();
        int row = -1;
        for (int r = 0; r < table->model()->rowCount() && row < 0; ++r)
            if (table->model()
                    ->index(r, ui::QuoteTableModel::QuoteColumn)
                    .data()
                    .toString()
                    .contains(u"We are always ready"_s))
                row = r;
        QVERIFY(row >= 0);
        table->setFocus();
        table->selectionModel()->setCurrentIndex(
            table->model()->index(row, 1), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QMimeData *data = QApplication::clipboard()->mimeData();
        QVERIFY(data);
        const QString text = data->text();
        const core::Entity *speaker = doc().entity(q.speaker);
        QVERIFY(speaker);
        QVERIFY2(text.startsWith(u"“We are always ready for diplomacy."_s), qPrintable(text));
        QVERIFY2(text.contains(u"Ukraine,” %1 said ("_s.arg(speaker->name)), qPrintable(text));
        QVERIFY2(text.endsWith(u")"_s), qPrintable(text));
        QVERIFY(data->hasHtml());
        QVERIFY2(data->html().contains(u"<i>"_s), qPrintable(data->html()));
        QVERIFY2(data->html().contains(speaker->name.toHtmlEscaped()), qPrintable(data->html()));
    }

    void citationShapes()
    {
        core::DocumentMetadata meta;
        meta.title = u"Talks & Tensions"_s;
        meta.dct = QDate(2022, 2, 13);
        core::Document d(u"“Are we ready?” she asked. “We are,” Psaki said.\n"_s, meta);
        core::Entity psaki;
        psaki.id = 7;
        psaki.name = u"Jen Psaki"_s;
        d.setEntities({psaki});
        core::Quote asks;
        asks.span = {0, 15};
        asks.speaker = 7;
        core::Quote says;
        says.span = {27, 35};
        says.speaker = 7;
        core::Quote nobody;
        nobody.span = {27, 35};
        QCOMPARE(ui::QuoteClipboard::citation(d, asks, meta.title),
                 u"“Are we ready?” Jen Psaki said (Talks & Tensions, February 13, 2022)"_s);
        QCOMPARE(ui::QuoteClipboard::citation(d, says, meta.title),
                 u"“We are,” Jen Psaki said (Talks & Tensions, February 13, 2022)"_s);
        QCOMPARE(ui::QuoteClipboard::citation(d, nobody, meta.title),
                 u"“We are” (Talks & Tensions, February 13, 2022)"_s);
        QCOMPARE(ui::QuoteClipboard::citationHtml(d, says, meta.title),
                 u"<p>“We are,” Jen Psaki said (<i>Talks &amp; Tensions</i>, February 13, 2022)</p>"_s);
        d.metadata().dct = QDate();
        QCOMPARE(ui::QuoteClipboard::citation(d, says, meta.title),
                 u"“We are,” Jen Psaki said (Talks & Tensions)"_s);
    }

    void copyAQuoteFromTheViewsMenu()
    {
        const core::Quote &q = psakiQuote();
        ui::ArticleView *view = m_tab->view();
        view->reveal(q.span.begin, q.span.end);
        QTextCursor c(view->document());
        c.setPosition(q.span.begin + 8);
        const QPoint inside = view->cursorRect(c).center() + QPoint(3, 0);
        QApplication::clipboard()->clear();
        bool found = false;
        QTimer::singleShot(0, this, [&found] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *a : menu->actions())
                if (a->objectName() == u"copyQuotation"_s) {
                    found = true;
                    a->trigger();
                }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, inside, view->viewport()->mapToGlobal(inside));
        QApplication::sendEvent(view->viewport(), &event);
        QVERIFY(found);
        QVERIFY2(QApplication::clipboard()->text().startsWith(u"“We are always ready"_s),
                 qPrintable(QApplication::clipboard()->text()));
    }

    void ctrlLGoesToThePanelFilters()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_tab->view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->quotesPanel()->filterEdit());
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->peoplePanel()->filterEdit());
    }

    void statusCountsFollowTheFilter()
    {
        auto *summary = m_window->findChild<ui::StatusSummary *>();
        QVERIFY(summary);
        const int all = int(doc().quotes().size());
        QVERIFY2(summary->text().startsWith(u"%1 quotations"_s.arg(all)), qPrintable(summary->text()));
        QLineEdit *filter = m_window->quotesPanel()->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, u"diplomacy"_s);
        const int shown = m_window->quotesPanel()->view()->model()->rowCount();
        QVERIFY(shown >= 1 && shown < all);
        QVERIFY2(summary->text().startsWith(u"%1 of %2 quotation"_s.arg(shown).arg(all)),
                 qPrintable(summary->text()));
        filter->clear();
        QVERIFY2(summary->text().startsWith(u"%1 quotations"_s.arg(all)), qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestFindCopy)
#include "tst_findcopy.moc"
