#include "model/timexvalue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saywho::core::isValidTimexValue;

class TestTimexValue : public QObject
{
    Q_OBJECT

private slots:
    // The shapes checked without the regular expressions, and their near misses, which must get the
    // regular expressions' verdict.
    void validates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const struct
        {
            const char16_t *value;
            bool valid;
        } cases[] = {
            {u"1998", true},        {u"XXXX", true},        {u"0000", false},
            {u"0001", true},        {u"1998-02", true},     {u"XXXX-XX", true},
            {u"1998-00", false},    {u"1998-13", false},    {u"1998-12", true},
            {u"1998-1X", false},    {u"1998-02-20", true},  {u"XXXX-11-18", true},
            {u"XXXX-XX-XX", true},  {u"1998-02-00", false}, {u"1998-02-32", false},
            {u"1998-02-31", true},  {u"0000-02-20", false}, {u"1998/02/20", false},
            {u"199X", true},        {u"19XX", true},        {u"1998-W07-WE", true},
            {u"1998-Q3", true},     {u"FY2023", true},      {u"2022-02-20TNI", true},
            {u"PRESENT_REF", true}, {u"PAST_REF", true},    {u"FUTURE_REF", true},
            {u"NOW_REF", false},    {u"P1D", true},         {u"PXY", true},
            {u"PT30M", true},       {u"PTXH", true},        {u"P", false},
            {u"PT", false},         {u"P1", false},         {u"PT1D", false},
            {u"P1WE", true},        {u"P1.5Y", true},       {u"PT1H30M", true},
            {u"P1Z", false},        {u"", false},           {u"\u0661\u0669\u0669\u0668", false},
        };
        for (const auto &c : cases)
            QTest::newRow(QString::fromUtf16(c.value).toUtf8().constData())
                << QString::fromUtf16(c.value) << c.valid;
    }
    void validates()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(isValidTimexValue(value), valid);
    }
};

QTEST_APPLESS_MAIN(TestTimexValue)
#include "tst_timexvalue.moc"
