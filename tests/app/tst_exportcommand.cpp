// `saywho analyze --format F [--output PATH]`: every format of the registry from the command line.
#include "clirun.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

const QByteArray Article =
    "Vote delayed\n\n\xE2\x80\x9CWe will wait, and see,\xE2\x80\x9D said Maren Ostby on Tuesday.\n";

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void toStandardOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("json") << u"json"_s << QByteArray("\"saywho\":1");
        QTest::newRow("html") << u"html"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("markdown") << u"markdown"_s << QByteArray("## Quotations");
        QTest::newRow("tei") << u"tei"_s << QByteArray("<q who=\"#e");
        QTest::newRow("w3c") << u"w3c"_s << QByteArray("TextQuoteSelector");
        QTest::newRow("csv") << u"csv"_s << QByteArray("article,speaker,quote");
    }
    void toStandardOutput()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, marker);
        const QString in = test::writeFile(m_dir, u"a.txt"_s, Article);
        const test::CliRun r = test::runAnalyze({u"--format"_s, format, in});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(marker), r.out.left(300).constData());
        QVERIFY(r.out.contains("Maren Ostby"));
    }

    void needsAnOutput_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : {u"pdf"_s, u"odt"_s, u"qdpx"_s, u"brat"_s})
            QTest::newRow(qPrintable(f)) << f;
    }
    void needsAnOutput()
    {
        QFETCH(QString, format);
        const QString in = test::writeFile(m_dir, u"a.txt"_s, Article);
        const test::CliRun r = test::runAnalyze({u"--format"_s, format, in});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains("--output"));
        QVERIFY(r.out.isEmpty());
    }

    void toFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
        QTest::newRow("odt") << u"odt"_s << QByteArray("PK");
        QTest::newRow("qdpx") << u"qdpx"_s << QByteArray("PK");
        QTest::newRow("html") << u"html"_s << QByteArray("<!DOCTYPE");
    }
    void toFiles()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString in = test::writeFile(m_dir, u"a.txt"_s, Article);
        const QString out = m_dir.filePath(u"out."_s + format);
        const test::CliRun r = test::runAnalyze({u"--format"_s, format, u"--output"_s, out, in});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(magic));
    }

    void bratFolder()
    {
        const QString a = test::writeFile(m_dir, u"one.txt"_s, Article);
        const QString b = test::writeFile(m_dir, u"two.txt"_s, Article);
        const QString folder = m_dir.filePath(u"brat"_s);
        const test::CliRun r = test::runAnalyze({u"--format"_s, u"brat"_s, u"--output"_s, folder, a, b});
        QCOMPARE(r.status, 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
                 QStringList({u"one.ann"_s, u"one.txt"_s, u"two.ann"_s, u"two.txt"_s}));
    }

    void severalFiles()
    {
        const QString a = test::writeFile(m_dir, u"one.txt"_s, Article);
        const QString b = test::writeFile(m_dir, u"two.txt"_s, Article);
        // One table, one header.
        const test::CliRun csv = test::runAnalyze({u"--format"_s, u"csv"_s, a, b});
        QCOMPARE(csv.status, 0);
        QCOMPARE(csv.out.count("article,speaker"), 1);
        QCOMPARE(csv.out.count("\r\n"), 3);
        // Other formats: one file per article in a folder.
        QCOMPARE(test::runAnalyze({u"--format"_s, u"html"_s, a, b}).status, 2);
        const QString folder = m_dir.filePath(u"pages"_s);
        QCOMPARE(test::runAnalyze({u"--format"_s, u"html"_s, u"--output"_s, folder, a, b}).status, 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    }

    void unwritable()
    {
        const QString in = test::writeFile(m_dir, u"a.txt"_s, Article);
        const test::CliRun r =
            test::runAnalyze({u"--format"_s, u"qdpx"_s, u"--output"_s, u"/nonexistent-dir/x.qdpx"_s, in});
        QVERIFY(r.status != 0);
        QVERIFY(r.err.contains("/nonexistent-dir/x.qdpx"));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
