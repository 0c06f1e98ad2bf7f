// PDF and ODT (render/): the text pdftotext extracts holds every speaker and quote; the ODT's
// content.xml holds the quotes; both against golden files.

#include "exportfixture.h"

#include "allexporters.h"
#include "export/exportfile.h"
#include "export/exportsupport.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

// Ligatures ("ﬀ") back to letters, every run of white space one space.
QString normalized(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC).simplified();
}

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

} // namespace

class TestRenderExports : public QObject
{
    Q_OBJECT

private slots:
    void listed()
    {
        QVERIFY(render::allExporters().find(u"pdf"_s));
        QVERIFY(render::allExporters().find(u"odt"_s));
        QCOMPARE(render::allExporters().names().size(), 10);
    }

    void pdfText()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const core::Document doc = test::exportFixture();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"article.pdf"_s);
        QVERIFY(core::exportToFile(*render::allExporters().find(u"pdf"_s), doc, pdf).ok());
        const QString text = normalized(QString::fromUtf8(run(u"pdftotext"_s, {pdf, u"-"_s})));
        QVERIFY(!text.isEmpty());
        for (const core::Quote &q : doc.quotes()) {
            QVERIFY2(text.contains(normalized(doc.textOf(q.span).toString())),
                     qPrintable(doc.textOf(q.span).toString()));
            QVERIFY(text.contains(core::exportsupport::speakerName(doc, q)));
        }
        QString why;
        QVERIFY2(test::matchesGolden(text.toUtf8() + '\n', u"article.pdf.txt"_s, &why), qPrintable(why));
    }

    void odtContent()
    {
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
            QSKIP("unzip is not installed");
        const core::Document doc = test::exportFixture();
        QTemporaryDir dir;
        const QString odt = dir.filePath(u"article.odt"_s);
        QVERIFY(core::exportToFile(*render::allExporters().find(u"odt"_s), doc, odt).ok());
        const QByteArray mimetype = run(u"unzip"_s, {u"-p"_s, odt, u"mimetype"_s});
        QCOMPARE(mimetype, QByteArray("application/vnd.oasis.opendocument.text"));
        const QByteArray content = run(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
        const QString xml = QString::fromUtf8(content);
        for (const core::Quote &q : doc.quotes())
            QVERIFY(xml.contains(doc.textOf(q.span).toString().toHtmlEscaped()));
        // Qt numbers the automatic styles in hash order, which changes from run to run: the golden
        // file holds the document's text, one paragraph or cell a line.
        QXmlStreamReader r(content);
        QString text;
        while (!r.atEnd()) {
            const auto token = r.readNext();
            if (token == QXmlStreamReader::Characters && !(r.isWhitespace() && r.text().contains(u'\n')))
                text += r.text();
            else if (token == QXmlStreamReader::EndElement && r.name() == u"p")
                text += u'\n';
        }
        QVERIFY(!r.hasError());
        QString why;
        QVERIFY2(test::matchesGolden(text.toUtf8(), u"article.odt.txt"_s, &why), qPrintable(why));
    }

    // The ODF writer is XML: a control character in the article once failed the whole file.
    void controlCharacters()
    {
        const core::Document doc = test::analyzed(
            u"Talks\n\n\u201CWe are \x1Bready,\u201D said Anna Keller on Sunday."_s, QDate(2022, 2, 21));
        QTemporaryDir dir;
        for (const QString &format : {u"odt"_s, u"pdf"_s}) {
            const QString path = dir.filePath(u"article."_s + format);
            const core::ExportResult r = core::exportToFile(*render::allExporters().find(format), doc, path);
            QVERIFY2(r.ok(), qPrintable(format + u": "_s + r.error));
        }
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
            QSKIP("unzip is not installed");
        const QString xml =
            QString::fromUtf8(run(u"unzip"_s, {u"-p"_s, dir.filePath(u"article.odt"_s), u"content.xml"_s}));
        QVERIFY(xml.contains(u"We are \uFFFDready,"_s));
    }

    void unwritable()
    {
        const core::ExportResult r = core::exportToFile(*render::allExporters().find(u"pdf"_s),
                                                        test::exportFixture(), u"/proc/no/x.pdf"_s);
        QVERIFY(!r.ok());
        QVERIFY(!QFile::exists(u"/proc/no/x.pdf"_s));
    }
};

QTEST_MAIN(TestRenderExports)
#include "tst_renderexports.moc"
