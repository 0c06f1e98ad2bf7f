#include "model/codepointmap.h"
#include "model/document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saywho::core::CodePointMap;

class TestCodePointMap : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        // "a😀b😀c": the emoji are two UTF-16 units and one code point each.
        const QString text = u"a\U0001F600b\U0001F600c"_s;
        const CodePointMap map(text);
        const int utf16[] = {0, 1, 3, 4, 6, 7};
        const int cps[] = {0, 1, 2, 3, 4, 5};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(map.toCodePoint(utf16[i]), cps[i]);
            QCOMPARE(map.toUtf16(cps[i]), utf16[i]);
        }
        // Inside a pair counts as the pair's start.
        QCOMPARE(map.toCodePoint(2), 1);
    }

    void plainTextIsIdentity()
    {
        const CodePointMap map(u"Psaki said “no.”"_s);
        for (int i = 0; i <= 16; ++i) {
            QCOMPARE(map.toCodePoint(i), i);
            QCOMPARE(map.toUtf16(i), i);
        }
    }

    void normalizesLineEndings()
    {
        const saywho::core::Document doc(u"one\r\ntwo\rthree\n"_s);
        QCOMPARE(doc.text(), u"one\ntwo\nthree\n"_s);
        QCOMPARE(doc.originalText(), u"one\r\ntwo\rthree\n"_s);
    }
};

QTEST_APPLESS_MAIN(TestCodePointMap)
#include "tst_codepointmap.moc"
