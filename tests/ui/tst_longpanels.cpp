// Panels of a long article: a column is ranked once (ColumnRanks) in the order the panel sorts it,
// ranks prepared a turn ahead serve the sort until the model changes, and a newly shown article's
// panels are filled one per turn of the event loop past PanelsController::SpreadRows, the latest tab
// winning when the reader switches in between. The window's long work runs beside Qt's own pool.
#include "analysis/pipeline.h"
#include "articlesession.h"
#include "articletab.h"
#include "model/document.h"
#include "panels/columnranks.h"
#include "panels/datetablemodel.h"
#include "panels/modelroles.h"
#include "panels/panelfilterproxy.h"
#include "panels/peopletablemodel.h"
#include "panels/quotetablemodel.h"
#include "panels/tablepanel.h"
#include "panelscontroller.h"
#include "uiresources.h"
#include "view/documentpreparer.h"

#include <QDate>
#include <QLocale>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

QList<int> ranksOf(const QVariantList &values, bool *ranked = nullptr)
{
    QStandardItemModel model(int(values.size()), 1);
    for (int row = 0; row < values.size(); ++row)
        model.setData(model.index(row, 0), values.at(row), Qt::UserRole);
    QCollator collator{QLocale(QLocale::German, QLocale::Germany)};
    ui::ColumnRanks ranks(collator);
    const bool ok = ranks.rank(model, 0, Qt::UserRole);
    if (ranked)
        *ranked = ok;
    QList<int> out;
    for (int row = 0; ok && row < values.size(); ++row)
        out.append(ranks.at(row));
    return out;
}

// Counts the reads of the sort values: a panel ranks them once.
class CountingModel final : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == ui::SortRole)
            ++sortReads;
        return QStandardItemModel::data(index, role);
    }
    mutable int sortReads = 0;
};

// The first column's SortRole values in the proxy's order.
QList<int> sortedValues(const QAbstractItemModel &proxy)
{
    QList<int> out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out.append(proxy.index(row, 0).data(ui::SortRole).toInt());
    return out;
}

// Ids 1..count, each a date of its own in a text of its own.
core::Document datedDocument(int count)
{
    QString text;
    QList<core::TimeExpr> dates;
    for (int i = 0; i < count; ++i) {
        core::TimeExpr t;
        t.id = i + 1;
        t.span = {int(text.size()), int(text.size()) + 4};
        t.type = core::TimexType::Date;
        t.value = QDate(2000, 1, 1).addDays(count - i).toString(Qt::ISODate);
        text += u"date. "_s;
        dates.append(t);
    }
    core::Document doc(text);
    doc.setParagraphs({{{0, int(text.size())}, false}});
    doc.setTimeExprs(dates);
    return doc;
}

} // namespace

class TestLongPanels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ui::initResources(); }

    void ranksFollowTheValuesOrder_data()
    {
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QList<int>>("ranks");
        QTest::newRow("numbers, negative and fractional")
            << QVariantList{3, -2.5, 10, -7, 0, 3} << QList<int>{3, 1, 4, 0, 2, 3};
        QTest::newRow("bytes by their bytes") << QVariantList{QByteArray("02022-10"), QByteArray("1XXXX-02"),
                                                              QByteArray("02021-12"), QByteArray("02022-10")}
                                              << QList<int>{1, 2, 0, 1};
        // In German collation "Äpfel" sorts with "Apfel", before "Birne"; as UTF-16 it would come last.
        QTest::newRow("texts collated")
            << QVariantList{u"Zebra"_s, u"Äpfel"_s, u"Birne"_s, u"Apfel"_s} << QList<int>{3, 1, 2, 0};
        QTest::newRow("empty") << QVariantList{} << QList<int>{};
    }
    void ranksFollowTheValuesOrder()
    {
        QFETCH(QVariantList, values);
        QFETCH(QList<int>, ranks);
        bool ranked = false;
        QCOMPARE(ranksOf(values, &ranked), ranks);
        QVERIFY(ranked);
    }

    void mixedKindsAreNotRanked_data()
    {
        QTest::addColumn<QVariantList>("values");
        QTest::newRow("text and number") << QVariantList{u"a"_s, 1};
        QTest::newRow("number and bytes") << QVariantList{1, QByteArray("a")};
        QTest::newRow("nothing") << QVariantList{u"a"_s, QVariant()};
    }
    void mixedKindsAreNotRanked()
    {
        QFETCH(QVariantList, values);
        bool ranked = true;
        QVERIFY(ranksOf(values, &ranked).isEmpty());
        QVERIFY(!ranked);
    }

    void preparedRanksServeTheSortUntilTheModelChanges()
    {
        CountingModel model(5, 1);
        const QList<int> values{40, 10, 30, 50, 20};
        for (int row = 0; row < values.size(); ++row)
            model.setData(model.index(row, 0), values.at(row), ui::SortRole);
        ui::PanelFilterProxy proxy;
        proxy.prepareSort(&model, 0);
        const int reads = model.sortReads;
        QCOMPARE(reads, int(values.size()));
        proxy.setSourceModel(&model);
        proxy.sort(0);
        QCOMPARE(model.sortReads, reads); // sorted by the prepared ranks
        model.sortReads = 0;
        QCOMPARE(sortedValues(proxy), (QList<int>{10, 20, 30, 40, 50}));

        // A change between preparing and showing: ranked again, not sorted by stale ranks.
        ui::PanelFilterProxy other;
        other.prepareSort(&model, 0);
        model.setData(model.index(1, 0), 60, ui::SortRole);
        other.setSourceModel(&model);
        other.sort(0);
        QCOMPARE(sortedValues(other), (QList<int>{20, 30, 40, 50, 60}));
    }

    // Qt paints in parallel on its global pool and waits for it: the window's long work must not
    // queue there. With every thread of the global pool taken, an article is still analysed and
    // a long text still prepared.
    void longWorkLeavesQtsPoolFree()
    {
        QThreadPool *global = QThreadPool::globalInstance();
        QSemaphore release;
        const int threads = global->maxThreadCount();
        for (int i = 0; i < threads; ++i)
            global->start([&release] { release.acquire(); });
        QTRY_COMPARE(global->activeThreadCount(), threads);

        auto pipeline = std::make_shared<const core::Pipeline>(core::Pipeline::standard());
        ui::ArticleSession session(pipeline);
        QSignalSpy analysed(&session, &ui::ArticleSession::analysed);
        session.openText(u"“We will build it,” Anna Keller said on Monday."_s);
        const bool wasAnalysed = analysed.wait(20000);

        ui::DocumentPreparer preparer;
        QSignalSpy prepared(&preparer, &ui::DocumentPreparer::prepared);
        preparer.prepare(u"A long text.\nIn lines.\n"_s.repeated(1000));
        const bool wasPrepared = prepared.wait(20000);

        release.release(threads);
        global->waitForDone();
        QVERIFY(wasAnalysed);
        QVERIFY(wasPrepared);
        delete prepared.first().first().value<QTextDocument *>();
    }

    void longPanelsAreFilledInLaterTurns()
    {
        const auto pipeline = std::make_shared<const core::Pipeline>(core::Pipeline::standard());
        // A tab owns its session.
        auto *longSession = new ui::ArticleSession(pipeline);
        longSession->openAnalysed(datedDocument(ui::PanelsController::SpreadRows + 1));
        auto *shortSession = new ui::ArticleSession(pipeline);
        shortSession->openAnalysed(datedDocument(3));
        ui::ArticleTab longTab(longSession);
        ui::ArticleTab shortTab(shortSession);
        ui::TablePanel quotes, people, dates;
        dates.setDefaultSort(ui::DateTableModel::ValueColumn);
        ui::PanelsController controller(&quotes, &people, &dates);

        controller.setTab(&longTab);
        QCOMPARE(quotes.model(), longTab.quoteModel());
        QCOMPARE(dates.model(), nullptr);
        QTRY_COMPARE(dates.model(), longTab.dateModel());
        QCOMPARE(people.model(), longTab.peopleModel());
        // Sorted as a timeline: the last row of the document is the earliest date.
        const QAbstractItemModel *shown = dates.view()->model();
        QCOMPARE(shown->rowCount(), ui::PanelsController::SpreadRows + 1);
        QCOMPARE(shown->index(0, 0).data(ui::SpanBeginRole).toInt(),
                 longSession->document().timeExprs().constLast().span.begin);

        // Left before its turns came: the panels show the tab chosen last.
        controller.setTab(&longTab);
        controller.setTab(&shortTab);
        QCOMPARE(dates.model(), shortTab.dateModel());
        QTest::qWait(50);
        QCOMPARE(dates.model(), shortTab.dateModel());
        QCOMPARE(people.model(), shortTab.peopleModel());
    }
};

QTEST_MAIN(TestLongPanels)
#include "tst_longpanels.moc"
