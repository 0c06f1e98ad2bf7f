// Markdown articles through md4c: structure, title, plain words, and offsets into the file.
#include "analysis/pipeline.h"
#include "export/jsonexporter.h"
#include "io/documentloader.h"
#include "io/markdownimporter.h"
#include "model/document.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho::core;

namespace {

const QString Article = u"# Mayor promises a new bridge\r\n"
                        "\r\n"
                        "*By Ana Ruiz* | [City Desk](https://example.org/city)\r\n"
                        "\r\n"
                        "The council met on **Monday** to discuss the\r\n"
                        "river crossing &amp; its cost.\r\n"
                        "\r\n"
                        "> “We will rebuild the bridge by spring,” said _Anna Berg_, the mayor.\r\n"
                        "\r\n"
                        "- first item\r\n"
                        "- second `item`\r\n"
                        "\r\n"
                        "![a photo of the bridge](bridge.jpg)\r\n"_s;

} // namespace

class TestMarkdownImporter final : public QObject
{
    Q_OBJECT

private slots:
    void fileNames()
    {
        QVERIFY(MarkdownImporter::isMarkdownFileName(u"a.md"_s));
        QVERIFY(MarkdownImporter::isMarkdownFileName(u"/x/B.MARKDOWN"_s));
        QVERIFY(!MarkdownImporter::isMarkdownFileName(u"a.txt"_s));
        QVERIFY(!MarkdownImporter::isMarkdownFileName(u"amd"_s));
    }

    void structureAndWords()
    {
        const LoadResult r = MarkdownImporter::fromText(Article, u"a.md"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        const Document &d = r.document;
        QCOMPARE(d.metadata().title, u"Mayor promises a new bridge"_s);
        const QStringList paragraphs = d.text().trimmed().split(u"\n\n"_s);
        const QStringList expected = {
            u"Mayor promises a new bridge"_s,
            u"By Ana Ruiz | City Desk"_s,
            u"The council met on Monday to discuss the river crossing & its cost."_s,
            u"“We will rebuild the bridge by spring,” said Anna Berg, the mayor."_s,
            u"first item"_s,
            u"second item"_s,
        };
        QCOMPARE(paragraphs, expected);
        // No markup is left to be analysed, and the image's alt text is no prose.
        for (const QString &mark :
             {u"#"_s, u"**"_s, u"_Anna"_s, u"]("_s, u"`"_s, u"&amp;"_s, u"photo"_s, u"\r"_s})
            QVERIFY2(!d.text().contains(mark), qPrintable(mark));
        QCOMPARE(d.originalText(), Article); // kept byte for byte for export
    }

    void offsetsPointIntoTheFile_data()
    {
        QTest::addColumn<QString>("words");
        QTest::newRow("title") << u"Mayor promises"_s;
        QTest::newRow("in emphasis") << u"Ana Ruiz"_s;
        QTest::newRow("link text") << u"City Desk"_s;
        QTest::newRow("bold") << u"Monday"_s;
        QTest::newRow("quote") << u"“We will rebuild the bridge by spring,”"_s;
        QTest::newRow("name in underscores") << u"Anna Berg"_s;
        QTest::newRow("list item") << u"second"_s;
        QTest::newRow("code span") << u"item"_s;
    }

    void offsetsPointIntoTheFile()
    {
        QFETCH(QString, words);
        const Document d = MarkdownImporter::fromText(Article).document;
        const int at = int(d.text().lastIndexOf(words));
        QVERIFY(at >= 0);
        const int begin = d.originalOffset(at);
        const int end = d.originalOffset(at + int(words.size()) - 1) + 1;
        QCOMPARE(d.originalText().mid(begin, end - begin), words);
    }

    void wrappedLineStaysOneParagraph()
    {
        const Document d = MarkdownImporter::fromText(u"One line\nand its continuation.\n\nNext."_s).document;
        QCOMPARE(d.text(), u"One line and its continuation.\n\nNext.\n"_s);
        // The space stands where the line break was; after it the words map back exactly.
        QCOMPARE(d.originalText().mid(d.originalOffset(9), 3), u"and"_s);
    }

    void entitiesAndNumbers()
    {
        const Document d = MarkdownImporter::fromText(u"Caf&eacute; &#8220;quoted&#x201D; &copy2"_s).document;
        QVERIFY2(d.text().startsWith(u"Caf&eacute; “quoted” &copy2"_s), qPrintable(d.text()));
    }

    void emptyMarkdownIsAnError()
    {
        QVERIFY(!MarkdownImporter::fromText(u"![only](an-image.png)\n\n<!-- a comment -->"_s).ok);
    }

    // Through the loader, the engine and the JSON export: the speaker in underscores is found, and
    // the exported span points at the quotation in the file.
    void loaderAnalysesAndExports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.md"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Article.toUtf8());
        f.close();
        LoadResult r = DocumentLoader::loadFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.document.metadata().title, u"Mayor promises a new bridge"_s);
        const Pipeline pipeline = Pipeline::standard();
        pipeline.run(r.document);
        const Document &d = r.document;
        const Quote *bridge = nullptr;
        for (const Quote &q : d.quotes())
            if (d.textOf(q.span).contains(u"rebuild"_s))
                bridge = &q;
        QVERIFY(bridge);
        const Entity *speaker = d.entity(bridge->speaker);
        QVERIFY(speaker);
        QCOMPARE(speaker->name, u"Anna Berg"_s);

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(JsonExporter::write(d, &out));
        const QJsonObject json = QJsonDocument::fromJson(out.data()).object();
        bool found = false;
        for (const QJsonValue v : json.value(u"quotes"_s).toArray()) {
            const QJsonObject q = v.toObject();
            const int begin = q.value(u"start"_s).toInt(-1);
            const int end = q.value(u"end"_s).toInt(-1);
            // Code points and UTF-16 agree here: the file has no characters beyond the BMP.
            if (begin >= 0 && Article.mid(begin, end - begin).contains(u"rebuild"_s)) {
                QVERIFY2(Article.mid(begin, end - begin).startsWith(u"“We will"_s),
                         qPrintable(Article.mid(begin, end - begin)));
                found = true;
            }
        }
        QVERIFY2(found, out.data().left(2000).constData());
    }
};

QTEST_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
