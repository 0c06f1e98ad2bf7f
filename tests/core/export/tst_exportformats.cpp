// The export formats of core/export: golden files, and for each format a check that reads the
// output back (docs: tests/data/export/README.md).

#include "csvparse.h"
#include "exportfixture.h"

#include "export/bratexporter.h"
#include "export/csvexporter.h"
#include "export/exporterregistry.h"
#include "export/exportfile.h"
#include "export/exportselection.h"
#include "export/jsonformat.h"
#include "export/w3cexporter.h"
#include "export/xmlwriter.h"
#include "io/bratreader.h"
#include "io/documentjsonreader.h"
#include "model/exportoffsets.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

const core::ExporterRegistry &registry()
{
    static const core::ExporterRegistry r = core::ExporterRegistry::withCoreFormats();
    return r;
}

QByteArray exported(const QString &format, const core::Document &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const core::Exporter *e = registry().find(format);
    if (!e || !e->write(doc, buffer).ok())
        return {};
    return bytes;
}

// The entry name of a zip, by unzip -p; empty when it is not there.
QByteArray unzipEntry(const QByteArray &zip, const QString &entry)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"a.zip"_s));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(zip);
    f.close();
    QProcess p;
    p.start(u"unzip"_s, {u"-p"_s, f.fileName(), entry});
    p.waitForFinished();
    return p.readAllStandardOutput();
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void registryLists()
    {
        QCOMPARE(registry().names(), QStringList({u"json"_s, u"html"_s, u"markdown"_s, u"tei"_s, u"brat"_s,
                                                  u"w3c"_s, u"csv"_s, u"qdpx"_s}));
    }

    void goldens_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f :
             {u"json"_s, u"html"_s, u"markdown"_s, u"tei"_s, u"brat"_s, u"w3c"_s, u"csv"_s})
            QTest::newRow(qPrintable(f)) << f;
    }
    void goldens()
    {
        QFETCH(QString, format);
        const core::Document doc = test::exportFixture();
        QVERIFY(test::fixtureCorrected(doc));
        const QByteArray bytes = exported(format, doc);
        QVERIFY(!bytes.isEmpty());
        QString why;
        QVERIFY2(test::matchesGolden(bytes, u"article."_s + registry().find(format)->extension(), &why),
                 qPrintable(why));
    }
    void qdpxGolden()
    {
        // The zip's bytes are deterministic (fixed dates, name-based GUIDs); the golden is the XML.
        const QByteArray zip = exported(u"qdpx"_s, test::exportFixture());
        QCOMPARE(zip, exported(u"qdpx"_s, test::exportFixture()));
        QString why;
        QVERIFY2(test::matchesGolden(unzipEntry(zip, u"project.qde"_s), u"article.qde"_s, &why),
                 qPrintable(why));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("fixture") << QString();
        QTest::newRow("sample") << QStringLiteral(SAYWHO_SOURCE_DIR
                                                  "/resources/samples/biden-putin-summit.txt");
        const QString shared = QStringLiteral(SAYWHO_SHARED_DIR "/articles/000_eb02124ce0597417.txt");
        if (QFile::exists(shared))
            QTest::newRow("shared sample") << shared;
    }
    void jsonRoundTrip()
    {
        QFETCH(QString, path);
        core::Document doc =
            path.isEmpty() ? test::exportFixture() : core::DocumentLoader::loadFile(path).document;
        if (!path.isEmpty())
            core::Pipeline::standard().run(doc);
        const QByteArray first = exported(u"json"_s, doc);
        QBuffer in;
        in.setData(first);
        in.open(QIODevice::ReadOnly);
        const core::LoadResult read = core::readDocumentJson(in);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(exported(u"json"_s, read.document), first);
        QCOMPARE(read.document.removals(), doc.removals());
        if (path.isEmpty()) {
            QVERIFY(test::fixtureCorrected(read.document));
            QVERIFY(read.document.quotes().size() == doc.quotes().size());
        }
    }
    void jsonCrlfAndEmoji()
    {
        const core::Document doc =
            test::analyzed(u"Talks\r\n\r\n\U0001F600 \u201CWe are ready,\u201D Psaki said on Sunday.\r\n"_s,
                           QDate(2022, 2, 21));
        const QByteArray first = exported(u"json"_s, doc);
        const core::LoadResult read = core::readDocumentJson(first);
        QVERIFY(read.ok);
        QCOMPARE(exported(u"json"_s, read.document), first);
        QVERIFY(!core::readDocumentJson(QByteArray("{\"saywho\":9}")).ok);
        QVERIFY(!core::readDocumentJson(QByteArray("not json")).ok);
    }

    void teiElements()
    {
        const QByteArray xml = exported(u"tei"_s, test::exportFixture());
        QXmlStreamReader r(xml);
        QSet<QString> ids, refs;
        QHash<QString, int> elements;
        bool whenOk = true;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            ++elements[r.name().toString()];
            const auto a = r.attributes();
            if (a.hasAttribute(u"xml:id"_s))
                ids.insert(u'#' + a.value(u"xml:id"_s).toString());
            for (const QString &att : {u"who"_s, u"ref"_s})
                if (a.hasAttribute(att))
                    refs.insert(a.value(att).toString());
            if (r.name() == u"date" && a.hasAttribute(u"when"_s))
                whenOk =
                    whenOk && QRegularExpression(u"^\\d{4}(-\\d{2}(-\\d{2})?)?(T\\d{2}:\\d{2}(:\\d{2})?)?$"_s)
                                  .match(a.value(u"when"_s))
                                  .hasMatch();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QVERIFY(whenOk);
        QVERIFY(elements.value(u"TEI"_s) == 1 && elements.value(u"teiHeader"_s) == 1);
        for (const QString &e :
             {u"q"_s, u"persName"_s, u"orgName"_s, u"date"_s, u"listPerson"_s, u"listOrg"_s})
            QVERIFY2(elements.value(e) > 0, qPrintable(e));
        QVERIFY(!refs.isEmpty());
        QVERIFY2(ids.contains(refs), "every who and ref points at a person or org of the header");
        QVERIFY(xml.contains("who=\"#e"));
    }

    // An escape character, U+FFFF and a lone surrogate inside a quote:
    // XML 1.0 holds none of them, and the XML formats once failed the whole article.
    void xmlFormatsTakeControlCharacters()
    {
        const core::Document doc = test::analyzed(
            u"Talks\n\n\u201CWe are \x1Bready \uFFFF now \xD800,\u201D said Anna \x1BKeller on Sunday."_s,
            QDate(2022, 2, 21));
        QCOMPARE(doc.quotes().size(), 1);
        const QByteArray tei = exported(u"tei"_s, doc);
        QVERIFY(!tei.isEmpty());
        QXmlStreamReader r(tei);
        QString quote;
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"q")
                quote = r.readElementText(QXmlStreamReader::IncludeChildElements);
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(quote, u"\u201CWe are \uFFFDready \uFFFD now \uFFFD,\u201D"_s);
        const QByteArray qde = unzipEntry(exported(u"qdpx"_s, doc), u"project.qde"_s);
        QXmlStreamReader q(qde);
        while (!q.atEnd())
            q.readNext();
        QVERIFY2(!qde.isEmpty() && !q.hasError(), qPrintable(q.errorString()));
        QCOMPARE(core::XmlWriter::xmlSafe(u"a\tb\U0001F600\x01"_s), u"a\tb\U0001F600\uFFFD"_s);
    }

    void bratRoundTrip()
    {
        const core::Document doc = test::exportFixture();
        QTemporaryDir dir;
        QVERIFY(registry().find(u"brat"_s)->writeFolder(doc, dir.path(), u"article"_s).ok());
        const core::LoadResult back = core::BratReader::readFiles(dir.filePath(u"article.ann"_s));
        QVERIFY2(back.ok, qPrintable(back.error));
        const core::Document &b = back.document;
        QCOMPARE(b.quotes().size(), doc.quotes().size());
        for (int i = 0; i < doc.quotes().size(); ++i) {
            const core::Quote &q = doc.quotes().at(i), &r = b.quotes().at(i);
            QCOMPARE(r.span, q.span);
            QCOMPARE(r.kind, q.kind);
            const core::Mention *m = doc.mention(q.speakerMention), *rm = b.mention(r.speakerMention);
            QCOMPARE(bool(rm), bool(m));
            if (m)
                QCOMPARE(rm->span, m->span);
            QCOMPARE(test::speakerName(b, r), test::speakerName(doc, q));
        }
        QCOMPARE(b.mentions().size(), doc.mentions().size());
        QCOMPARE(b.timeExprs().size(), doc.timeExprs().size());
        for (int i = 0; i < doc.timeExprs().size(); ++i) {
            QCOMPARE(b.timeExprs().at(i).span, doc.timeExprs().at(i).span);
            QCOMPARE(b.timeExprs().at(i).value, doc.timeExprs().at(i).value);
        }
        // Read back and written again: the same relations and spans.
        QCOMPARE(core::BratExporter::annotations(b).count(u"\tSaid "_s),
                 core::BratExporter::annotations(doc).count(u"\tSaid "_s));
    }
    void bratHandwritten()
    {
        const core::LoadResult r = core::BratReader::readFiles(test::exportDataDir() + u"/handwritten.ann"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        const core::Document &d = r.document;
        QCOMPARE(d.quotes().size(), 2);
        QCOMPARE(d.textOf(d.quotes().at(0).span), u"\u201CThe bridge opens in May.\u201D");
        QCOMPARE(test::speakerName(d, d.quotes().at(0)), u"Mayor Ines Calder"_s);
        QCOMPARE(test::speakerName(d, d.quotes().at(1)), u"engineer Tom Reyes"_s);
        QCOMPARE(d.timeExprs().size(), 1);
        QCOMPARE(d.timeExprs().at(0).value, u"XXXX-WXX-1"_s);
        QCOMPARE(d.quotes().at(0).provenance.origin, core::Origin::User);
        QCOMPARE(r.warnings.size(), 1); // the event line
    }

    void csvParsesBack()
    {
        core::Document doc = test::analyzed(
            u"Vote, \u201Cdelayed\u201D\n\n\u201CWe said \"no\", twice,\u201D said Ann Lee.\n\n"
            u"\u201CIt is early.\n\n\u201CWe will see,\u201D she told reporters."_s);
        doc.metadata().title = u"Vote, \"delayed\"\nagain"_s;
        const QString csv = QString::fromUtf8(exported(u"csv"_s, doc));
        const QList<QStringList> rows = saywho::test::parseCsv(csv);
        QCOMPARE(rows.size(), doc.quotes().size() + 1);
        QCOMPARE(rows.first().join(u','), u"article,speaker,quote,kind,start,end,rule,origin"_s);
        const core::ExportOffsets at(doc);
        for (int i = 0; i < doc.quotes().size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.size(), 8);
            QCOMPARE(row.at(0), doc.metadata().title);
            QCOMPARE(row.at(2), at.textAt(doc.quotes().at(i).span).toString());
            QCOMPARE(row.at(4).toInt(), at.at(doc.quotes().at(i).span.begin));
        }
        QVERIFY(csv.contains(u"\"\"no\"\""_s));
    }

    void w3cSelectorsResolve()
    {
        for (const core::Document &doc :
             {test::exportFixture(),
              test::analyzed(u"\U0001F600\r\n\u201CYes,\u201D said Ann Lee on Monday.\r\n"_s)}) {
            const QJsonObject c = QJsonDocument::fromJson(exported(u"w3c"_s, doc)).object();
            QCOMPARE(c.value(u"type"_s).toString(), u"AnnotationCollection"_s);
            const QJsonArray items = c.value(u"first"_s).toObject().value(u"items"_s).toArray();
            QCOMPARE(items.size(), doc.quotes().size() + doc.timeExprs().size());
            const QList<uint> points = doc.originalText().toUcs4();
            for (const QJsonValue &v : items) {
                const QJsonArray sel = v[u"target"_s][u"selector"_s].toArray();
                const QJsonObject quote = sel.at(0).toObject(), pos = sel.at(1).toObject();
                QCOMPARE(quote.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
                const int start = pos.value(u"start"_s).toInt(), end = pos.value(u"end"_s).toInt();
                const QList<uint> span = points.mid(start, end - start);
                QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(span.constData()), span.size()),
                         quote.value(u"exact"_s).toString());
                const QString around = quote.value(u"prefix"_s).toString() +
                                       quote.value(u"exact"_s).toString() +
                                       quote.value(u"suffix"_s).toString();
                QVERIFY(doc.originalText().contains(around));
            }
        }
    }

    void htmlStandalone()
    {
        const QByteArray html = exported(u"html"_s, test::exportFixture()).toLower();
        for (const char *bad : {"<script", " src=", " href=", "url(", "<link", "@import", "http:", "https:"})
            QVERIFY2(!html.contains(bad), bad);
        QVERIFY(html.contains("<table"));
        QVERIFY(html.contains("maren ostby"));
    }

    void qdpxHoldsQuotes()
    {
        const core::Document doc = test::exportFixture();
        const QByteArray zip = exported(u"qdpx"_s, doc);
        const QByteArray qde = unzipEntry(zip, u"project.qde"_s);
        QXmlStreamReader r(qde);
        int selections = 0;
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"PlainTextSelection")
                ++selections;
        QVERIFY(!r.hasError());
        QCOMPARE(selections, doc.quotes().size());
        for (const core::Quote &q : doc.quotes())
            QVERIFY(QString::fromUtf8(qde).contains(doc.textOf(q.span).toString().toHtmlEscaped()));
    }

    void selection()
    {
        const core::Document doc = test::exportFixture();
        core::ExportSelection userOnly;
        userOnly.userOnly = true;
        const core::Document u = core::selectForExport(doc, userOnly);
        QCOMPARE(u.quotes().size(), 1); // the re-attributed quote
        QVERIFY(u.timeExprs().isEmpty());
        core::ExportSelection noDates;
        noDates.dates = false;
        QVERIFY(core::selectForExport(doc, noDates).timeExprs().isEmpty());
        QCOMPARE(core::selectForExport(doc, noDates).quotes().size(), doc.quotes().size());
    }

    void saveFileErrors()
    {
        const core::Document doc = test::exportFixture();
        const core::Exporter &json = *registry().find(u"json"_s);
        const core::ExportResult r = core::exportToFile(json, doc, u"/nonexistent-dir/x.json"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"/nonexistent-dir/x.json"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.json"_s);
        QVERIFY(core::exportToFile(json, doc, path).ok());
        // A failing format leaves the file that was there.
        const core::ExportResult failed =
            core::saveFile(path, [](QIODevice &) { return core::ExportResult::failure(u"no"_s); });
        QVERIFY(!failed.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), exported(u"json"_s, doc));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
