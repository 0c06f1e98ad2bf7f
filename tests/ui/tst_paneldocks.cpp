// The docks stay readable: minimum widths, a saved layout that squeezes them is not restored, the
// Quote column takes the spare width and elides in the middle, widths follow the UI font.
#include "articletab.h"
#include "articletabs.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "panels/middleelidingdelegate.h"
#include "panels/quotetablemodel.h"
#include "panels/tablepanel.h"
#include "uiresources.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

QDockWidget *dockOf(ui::TablePanel *panel)
{
    return qobject_cast<QDockWidget *>(panel->parentWidget());
}

// A quotation can be read in a panel this wide (average characters of its font).
int readableWidth(const QWidget *panel)
{
    return panel->fontMetrics().averageCharWidth() * 36;
}

std::unique_ptr<ui::MainWindow> shownWindow()
{
    auto w = std::make_unique<ui::MainWindow>();
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    QTest::qWait(50); // the deferred layout checks and default sizes
    return w;
}

} // namespace

class TestPanelDocks final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        ui::initResources();
    }

    void init() { QSettings().clear(); }

    void emptySessionLeavesReadablePanels()
    {
        {
            auto first = shownWindow();
            QVERIFY(first);
            first->close(); // no article: saves the layout
        }
        auto second = shownWindow();
        QVERIFY(second);
        for (ui::TablePanel *p : {second->quotesPanel(), second->peoplePanel()})
            QVERIFY2(p->width() >= readableWidth(p), qPrintable(u"%1 px"_s.arg(p->width())));
    }

    void squeezedLayoutIsNotRestored()
    {
        {
            auto first = shownWindow();
            QVERIFY(first);
            // What an older session saved: the docks pushed to about 130 px.
            for (ui::TablePanel *p : {first->quotesPanel(), first->peoplePanel(), first->datesPanel()}) {
                p->setMinimumSize(0, 0);
                dockOf(p)->setMinimumSize(0, 0);
            }
            first->resizeDocks({dockOf(first->quotesPanel())}, {130}, Qt::Horizontal);
            QTest::qWait(20);
            QVERIFY(first->quotesPanel()->width() < 200);
            first->close();
        }
        auto second = shownWindow();
        QVERIFY(second);
        for (ui::TablePanel *p : {second->quotesPanel(), second->peoplePanel()})
            QVERIFY2(p->width() >= readableWidth(p), qPrintable(u"%1 px"_s.arg(p->width())));
    }

    void quoteColumnTakesTheSpareWidth_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        // Its kinds and rules read longer: sized to their contents, they squeezed the quotation.
        QTest::newRow("German") << u"de"_s;
    }

    void quoteColumnTakesTheSpareWidth()
    {
        QFETCH(QString, language);
        auto w = shownWindow();
        QVERIFY(w);
        w->languages()->setLanguage(language);
        QSignalSpy opened(w.get(), &ui::MainWindow::articleOpened);
        w->openFiles({u":/samples/biden-putin-summit.txt"_s});
        QVERIFY(opened.wait(20000));
        QTest::qWait(20);
        QTableView *table = w->quotesPanel()->view();
        QHeaderView *header = table->horizontalHeader();
        const int quote = header->sectionSize(ui::QuoteTableModel::QuoteColumn);
        // The largest share of the row, in every language (German's kinds once took it: 31 %).
        QVERIFY2(quote * 10 >= table->viewport()->width() * 4,
                 qPrintable(u"%1 of %2 px"_s.arg(quote).arg(table->viewport()->width())));
        for (int c = 0; c < ui::QuoteTableModel::ColumnCount; ++c)
            if (c != ui::QuoteTableModel::QuoteColumn)
                QVERIFY2(quote > header->sectionSize(c), qPrintable(u"column %1"_s.arg(c)));
        QVERIFY2(quote >= table->fontMetrics().averageCharWidth() * 25, qPrintable(u"%1 px"_s.arg(quote)));
        w->languages()->setLanguage(u"en"_s);

        // Elided in the middle; the whole quotation is in the tooltip.
        auto *delegate = qobject_cast<ui::MiddleElidingDelegate *>(
            table->itemDelegateForColumn(ui::QuoteTableModel::QuoteColumn));
        QVERIFY(delegate);
        const QModelIndex cell = table->model()->index(0, ui::QuoteTableModel::QuoteColumn);
        QStyleOptionViewItem option;
        option.initFrom(table);
        delegate->initStyleOption(&option, cell);
        QCOMPARE(option.textElideMode, Qt::ElideMiddle);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(cell.data().toString().left(20).toHtmlEscaped()), qPrintable(tip));
    }

    void speakerColumnFollowsTheFont()
    {
        auto w = shownWindow();
        QVERIFY(w);
        QSignalSpy opened(w.get(), &ui::MainWindow::articleOpened);
        w->openFiles({u":/samples/biden-putin-summit.txt"_s});
        QVERIFY(opened.wait(20000));
        QTableView *table = w->quotesPanel()->view();
        const int before = table->horizontalHeader()->sectionSize(ui::QuoteTableModel::SpeakerColumn);
        QFont big = w->quotesPanel()->font();
        big.setPointSizeF(big.pointSizeF() * 2);
        w->quotesPanel()->setFont(big);
        const int after = table->horizontalHeader()->sectionSize(ui::QuoteTableModel::SpeakerColumn);
        QVERIFY2(after >= table->fontMetrics().horizontalAdvance(u"Antony Blinken"_s),
                 qPrintable(u"%1 px, was %2"_s.arg(after).arg(before)));
        QVERIFY(w->quotesPanel()->minimumWidth() >= readableWidth(w->quotesPanel()));
    }
};

QTEST_MAIN(TestPanelDocks)
#include "tst_paneldocks.moc"
