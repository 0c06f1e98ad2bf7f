// SayWho JSON read back: a file whose annotations contradict each other or the text is refused whole,
// with the first problem on one line; what the engine writes always reads back.
#include "analysis/pipeline.h"
#include "export/jsonexporter.h"
#include "io/documentjsonreader.h"
#include "io/documentloader.h"
#include "model/documentcheck.h"
#include "model/timex3.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace saywho;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QJsonObject fixture()
{
    QFile f(QStringLiteral(SAYWHO_TEST_DATA "/export/fixture.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Changes field key of element i of list in root.
void setIn(QJsonObject &root, const QString &list, int i, const QString &key, const QJsonValue &value)
{
    QJsonArray a = root.value(list).toArray();
    QJsonObject o = a.at(i).toObject();
    o[key] = value;
    a[i] = o;
    root[list] = a;
}

} // namespace

class TestDocumentJsonReader final : public QObject
{
    Q_OBJECT

private slots:
    void fixtureReads()
    {
        const core::LoadResult r = core::readDocumentJson(QJsonDocument(fixture()).toJson());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(core::documentInconsistency(r.document).isEmpty());
    }

    void engineOutputIsConsistent()
    {
        core::LoadResult r = core::DocumentLoader::loadFile(
            QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples/biden-putin-summit.txt"));
        QVERIFY(r.ok);
        core::Pipeline::standard().run(r.document);
        QCOMPARE(core::documentInconsistency(r.document), QString());
        const core::LoadResult back = core::readDocumentJson(core::JsonExporter::toJsonLine(r.document));
        QVERIFY2(back.ok, qPrintable(back.error));
        // A fiscal year is a date the engine writes and a reader accepts.
        QCOMPARE(core::timex3Error(core::TimexType::Date, u"FY2016"_s), QString());
    }

    void zeroWidthCharactersKeepTheirOffsets()
    {
        // A byte-order mark inside the text (found by fuzz_documentjson) is text like any other.
        const QString text = u"Talks on Tuesday \uFEFFdaily, he said.\n"_s;
        const QJsonObject root{{u"saywho"_s, 1},
                               {u"document"_s, QJsonObject{{u"text"_s, text}}},
                               {u"dates"_s, QJsonArray{QJsonObject{{u"id"_s, u"t1"_s},
                                                                   {u"start"_s, 17},
                                                                   {u"end"_s, 23},
                                                                   {u"type"_s, u"SET"_s},
                                                                   {u"value"_s, u"P1D"_s}}}}};
        const core::LoadResult r = core::readDocumentJson(QJsonDocument(root).toJson());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.document.text(), text);
        const QJsonObject back = QJsonDocument::fromJson(core::JsonExporter::toJsonLine(r.document)).object();
        const QJsonObject date = back.value(u"dates"_s).toArray().at(0).toObject();
        QCOMPARE(date.value(u"text"_s).toString(), u"\uFEFFdaily"_s);
        QCOMPARE(date.value(u"start"_s).toInt(), 17);
    }

    void unreadableUrlIsDropped()
    {
        // A scheme with control characters in it is no address; kept, it was written back as "" and a
        // second reading wrote something else (found by fuzz_documentjson).
        QJsonObject root = fixture();
        QJsonObject d = root.value(u"document"_s).toObject();
        d[u"url"_s] = u"http\u001a\u001as://example.org/a"_s;
        root[u"document"_s] = d;
        const core::LoadResult r = core::readDocumentJson(QJsonDocument(root).toJson());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.document.metadata().url.isEmpty());
        const QByteArray once = core::JsonExporter::toJsonLine(r.document);
        QVERIFY(!once.contains("\"url\""));
        QCOMPARE(core::JsonExporter::toJsonLine(core::readDocumentJson(once).document), once);
    }

    void refused_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("why");
        QTest::newRow("reversed quote")
            << Mutation([](QJsonObject &r) { setIn(r, u"quotes"_s, 0, u"end"_s, 100); }) << u"reversed"_s;
        QTest::newRow("offset past the text")
            << Mutation([](QJsonObject &r) { setIn(r, u"mentions"_s, 0, u"end"_s, 100000); })
            << u"not a position in the text"_s;
        QTest::newRow("negative offset")
            << Mutation([](QJsonObject &r) { setIn(r, u"dates"_s, 0, u"start"_s, -3); })
            << u"not a position in the text"_s;
        QTest::newRow("offset not a number")
            << Mutation([](QJsonObject &r) { setIn(r, u"dates"_s, 0, u"start"_s, u"52"_s); })
            << u"not a position in the text"_s;
        QTest::newRow("repeated id") << Mutation([](QJsonObject &r) {
            setIn(r, u"quotes"_s, 1, u"id"_s, u"q1"_s);
        }) << u"the id 1 is used twice"_s;
        QTest::newRow("id too large")
            << Mutation([](QJsonObject &r) { setIn(r, u"entities"_s, 0, u"id"_s, u"e2147483647"_s); })
            << u"outside 1 to"_s;
        QTest::newRow("missing id") << Mutation([](QJsonObject &r) {
            setIn(r, u"dates"_s, 0, u"id"_s, QJsonValue());
        }) << u"the id 0 lies outside"_s;
        QTest::newRow("overlapping quotes")
            << Mutation([](QJsonObject &r) { setIn(r, u"quotes"_s, 1, u"start"_s, 200); }) << u"overlaps"_s;
        QTest::newRow("speaker that is not there") << Mutation([](QJsonObject &r) {
            setIn(r, u"quotes"_s, 0, u"speaker"_s, QJsonObject{{u"entity"_s, u"e99"_s}});
        }) << u"entity 99"_s;
        QTest::newRow("mention of no entity")
            << Mutation([](QJsonObject &r) { setIn(r, u"mentions"_s, 0, u"entity"_s, u"e77"_s); })
            << u"entity (77)"_s;
        QTest::newRow("date value of another type")
            << Mutation([](QJsonObject &r) { setIn(r, u"dates"_s, 0, u"value"_s, u"P3D"_s); })
            << u"\"P3D\" is not a TIMEX3 value of type DATE"_s;
        QTest::newRow("value with line breaks")
            << Mutation([](QJsonObject &r) { setIn(r, u"dates"_s, 0, u"value"_s, u"2024\n\nsaid"_s); })
            << u"\"2024 said\""_s;
    }
    void refused()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, why);
        QJsonObject root = fixture();
        mutate(root);
        const core::LoadResult r = core::readDocumentJson(QJsonDocument(root).toJson());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(why), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
        QVERIFY(r.document.quotes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentJsonReader)
#include "tst_documentjsonreader.moc"
