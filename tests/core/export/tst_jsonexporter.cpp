#include "export/jsonexporter.h"
#include "export/jsonwriter.h"
#include "testdocument.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace saywho;

// The streaming JSON writer against QJsonDocument, which wrote the format before it: every string,
// number and document comes out byte for byte the same.
class TestJsonExporter : public QObject
{
    Q_OBJECT

    static QByteArray written(const std::function<void(core::JsonWriter &)> &body)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        core::JsonWriter w(&buffer);
        body(w);
        w.finish();
        return bytes;
    }
    static QByteArray qtCompact(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    // {"s": s} by the writer and by QJsonDocument.
    static void compareString(const QString &s)
    {
        const QByteArray mine = written([&](core::JsonWriter &w) {
            w.beginObject();
            w.key("s");
            w.value(QStringView(s));
            w.endObject();
        });
        // Except U+FEFF, which the writer escapes: QJsonDocument drops one that opens a string when it
        // reads it back, and the offsets after it would shift.
        QCOMPARE(mine, qtCompact(QJsonObject{{u"s"_s, s}}).replace("\xEF\xBB\xBF", "\\ufeff"));
        QCOMPARE(QJsonDocument::fromJson(mine).object().value(u"s"_s).toString(), s);
    }

    static QByteArray reserialized(const QByteArray &line)
    {
        QJsonParseError error;
        const QJsonDocument d = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return "parse error: " + error.errorString().toUtf8();
        return d.toJson(QJsonDocument::Compact) + '\n';
    }

private slots:
    void strings_data()
    {
        QTest::addColumn<QString>("s");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << u"We are ready, Psaki said."_s;
        QTest::newRow("controls") << controls;
        QTest::newRow("quote and backslash") << u"\"a\\b/c\""_s;
        QTest::newRow("delete") << QString(QChar(0x7f));
        QTest::newRow("two bytes") << u"é ß ñ"_s;
        QTest::newRow("three bytes") << u"“We” – ‘x’ \u2028 \uFEFF \uFFFF"_s;
        QTest::newRow("opening byte-order mark") << u"\uFEFFdaily"_s;
        QTest::newRow("pair") << u"😀 a 😀"_s;
        QTest::newRow("lone high") << (u"a"_s + QChar(0xD800) + u"b"_s);
        QTest::newRow("lone low") << (u"a"_s + QChar(0xDC00) + u"b"_s);
        QTest::newRow("high at end") << (u"a"_s + QChar(0xDBFF));
        QTest::newRow("reversed pair") << (QString(QChar(0xDC00)) + QChar(0xD800));
    }
    void strings()
    {
        QFETCH(QString, s);
        compareString(s);
    }

    void randomStrings()
    {
        // Random UTF-16, surrogates included, long enough to pass the flush threshold.
        QRandomGenerator rng(13);
        for (int round = 0; round < 50; ++round) {
            QString s;
            const int n = int(rng.bounded(1, round < 45 ? 400 : 40000));
            for (int i = 0; i < n; ++i) {
                const quint32 r = rng.bounded(10);
                s += QChar(char16_t(r < 4   ? rng.bounded(0x80)
                                    : r < 6 ? rng.bounded(0x800)
                                            : rng.bounded(0x10000)));
            }
            compareString(s);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void values()
    {
        const QList<double> doubles = {0.0,  1.0,           0.95, 0.95 * 0.8, 0.1 + 0.2,
                                       1e-7, 123456789.125, -2.5, 1e21};
        QJsonArray reals;
        for (double d : doubles)
            reals.append(d);
        const QJsonObject o{
            {u"a"_s, QJsonArray{}}, {u"b"_s, QJsonObject{}},
            {u"c"_s, true},         {u"d"_s, false},
            {u"e"_s, QJsonValue()}, {u"f"_s, 0},
            {u"g"_s, -17},          {u"h"_s, 2147483647},
            {u"i"_s, reals},        {u"j"_s, QJsonArray{QJsonObject{{u"x"_s, 1}}, QJsonArray{1, 2}, u"s"_s}}};
        const QByteArray mine = written([&](core::JsonWriter &w) {
            w.beginObject();
            w.key("a");
            w.beginArray();
            w.endArray();
            w.key("b");
            w.beginObject();
            w.endObject();
            w.key("c");
            w.value(true);
            w.key("d");
            w.value(false);
            w.key("e");
            w.null();
            w.key("f");
            w.value(0);
            w.key("g");
            w.value(-17);
            w.key("h");
            w.value(2147483647);
            w.key("i");
            w.beginArray();
            for (double d : doubles)
                w.value(d);
            w.endArray();
            w.key("j");
            w.beginArray();
            w.beginObject();
            w.key("x");
            w.value(1);
            w.endObject();
            w.beginArray();
            w.value(1);
            w.value(2);
            w.endArray();
            w.value(u"s");
            w.endArray();
            w.endObject();
        });
        QCOMPARE(mine, qtCompact(o));
    }

    // Whole documents: the exporter's line is what QJsonDocument makes of it, so its keys are in
    // QJsonObject's order and its strings and numbers in Qt's notation.
    void documents_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("sample") << QStringLiteral(SAYWHO_SOURCE_DIR
                                                  "/resources/samples/biden-putin-summit.txt");
        const auto pages =
            QDir(QStringLiteral(SAYWHO_TEST_DATA "/html")).entryInfoList({u"*.html"_s}, QDir::Files);
        for (const QFileInfo &fi : pages)
            QTest::newRow(qPrintable(fi.fileName())) << fi.filePath();
    }
    void documents()
    {
        QFETCH(QString, path);
        core::LoadResult loaded = core::DocumentLoader::loadFile(path);
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        static const core::Pipeline pipeline = core::Pipeline::standard();
        pipeline.run(loaded.document);
        const QByteArray line = core::JsonExporter::toJsonLine(loaded.document);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line, reserialized(line));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(!o.value(u"quotes"_s).toArray().isEmpty() || !o.value(u"mentions"_s).toArray().isEmpty());
    }

    void everyField()
    {
        // Carriage returns, an emoji and control characters in the text; anonymous and gendered
        // entities, continued quotes, cues, dates.
        const QString text =
            u"Talks go on\r\n\r\n\U0001F600 \u201CWe are always ready,\u201D Psaki said on Sunday. "
            u"A White House official said \u201Cthe talks\u201D would go on.\r\n\r\n"
            u"\u201CIt is early.\r\n\r\n\u201CWe will see,\u201D she told reporters. "
            u"CNN's \u201CState of the Union\u201D ran a tab\there.\u0001"_s;
        const core::Document doc = test::analyzed(text, QDate(2022, 2, 21));
        const QByteArray line = core::JsonExporter::toJsonLine(doc);
        QCOMPARE(line, reserialized(line));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(o.value(u"quotes"_s).toArray().size() >= 3);
        QVERIFY(!o.value(u"dates"_s).toArray().isEmpty());
        QVERIFY(!o.value(u"non_quotes"_s).toArray().isEmpty());
    }

    void refusedDevice()
    {
        QBuffer closed;
        const core::Document doc = test::analyzed(u"\u201CYes,\u201D he said."_s);
        QVERIFY(!core::JsonExporter::write(doc, &closed));
    }
};

QTEST_GUILESS_MAIN(TestJsonExporter)
#include "tst_jsonexporter.moc"
