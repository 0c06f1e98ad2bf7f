#include "model/codepointmap.h"
#include "model/document.h"

#include "analysis/pipeline.h"
#include "export/jsonexporter.h"
#include "io/documentloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

    // The JSON's offsets count in the original text; its "text" must be what lies there, CRLF
    // and all (it was the normalized text, one code point short per line break).
    void jsonTextIsTheTextAtItsOffsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("LF") << u"Jen Psaki said:\n\n“We are\nready 😀 now.”\n"_s;
        QTest::newRow("CRLF") << u"Jen Psaki said:\r\n\r\n“We are\r\nready 😀 now.”\r\n"_s;
        QTest::newRow("CR") << u"Jen Psaki said:\r\r“We are\rready 😀 now.”\r"_s;
    }
    void jsonTextIsTheTextAtItsOffsets()
    {
        QFETCH(QString, text);
        saywho::core::Document doc = saywho::core::DocumentLoader::fromText(text).document;
        saywho::core::Pipeline::standard().run(doc);
        QVERIFY(!doc.quotes().isEmpty());
        const QJsonArray quotes = QJsonDocument::fromJson(saywho::core::JsonExporter::toJsonLine(doc))
                                      .object()
                                      .value(u"quotes"_s)
                                      .toArray();
        QVERIFY(!quotes.isEmpty());
        const CodePointMap map(text);
        for (const QJsonValue &v : quotes) {
            const QJsonObject q = v.toObject();
            const int b = map.toUtf16(q.value(u"start"_s).toInt()),
                      e = map.toUtf16(q.value(u"end"_s).toInt());
            QCOMPARE(q.value(u"text"_s).toString(), text.mid(b, e - b));
        }
    }
};

QTEST_APPLESS_MAIN(TestCodePointMap)
#include "tst_codepointmap.moc"
