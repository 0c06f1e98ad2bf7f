// How TIMEX3 values read in the Dates panel's "When" column.
#include "panels/datetablemodel.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDateTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void readable_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day") << u"2022-02-24"_s << u"Thursday, 24 February 2022"_s;
        QTest::newRow("night") << u"2022-02-20TNI"_s << u"Sunday, 20 February 2022, night"_s;
        QTest::newRow("clock") << u"2022-02-20T15:00"_s << u"Sunday, 20 February 2022 at 15:00"_s;
        QTest::newRow("month") << u"2021-06"_s << u"June 2021"_s;
        QTest::newRow("weekend") << u"2022-W08-WE"_s << u"weekend of week 8, 2022"_s;
        QTest::newRow("week") << u"2022-W08"_s << u"week 8 of 2022"_s;
        QTest::newRow("no year: weekday") << u"XXXX-WXX-7"_s << u"Sunday"_s;
        QTest::newRow("no year: weekday night") << u"XXXX-WXX-7TNI"_s << u"Sunday, night"_s;
        QTest::newRow("no year: day") << u"XXXX-02-24"_s << u"24 February"_s;
        QTest::newRow("no year: leap day") << u"XXXX-02-29"_s << u"29 February"_s;
        QTest::newRow("no year: month") << u"XXXX-06"_s << u"June"_s;
        QTest::newRow("present") << u"PRESENT_REF"_s << u"now"_s;
        QTest::newRow("duration") << u"P3Y"_s << QString();
        QTest::newRow("impossible day") << u"2022-02-30"_s << QString();
        QTest::newRow("no month") << u"XXXX-XX"_s << QString();
    }

    void readable()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(saywho::ui::DateTableModel::readable(value), expected);
    }
};

QTEST_MAIN(TestDateTableModel)
#include "tst_datetablemodel.moc"
