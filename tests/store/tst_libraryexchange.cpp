// Import and export between the library and the export formats (issue 11): JSON back with the
// user's corrections (export, import, export gives the same bytes), brat standoff in, refusals that
// change nothing, export --db of one article and of all (csv as one table), and the usage errors.

#include "clirun.h"
#include "csvparse.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int status;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    const saywho::test::CliRun r = saywho::test::runSaywho(args);
    return {r.status, r.out, QString::fromUtf8(r.err)};
}

} // namespace

class TestLibraryExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString harbour = QStringLiteral(SAYWHO_TEST_DATA "/store/harbour.txt");
    const QString fixture = QStringLiteral(SAYWHO_TEST_DATA "/export/article.txt");
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(u"main.sqlite"_s); }

    QJsonObject show(const QString &library, int id)
    {
        const Run r = cli({u"show"_s, u"--db"_s, library, QString::number(id)});
        return QJsonDocument::fromJson(r.out).object();
    }
    QString quoteId(const QString &library, const QString &words)
    {
        for (const QJsonValue &q : show(library, 1).value(u"quotes"_s).toArray())
            if (q.toObject().value(u"text"_s).toString().contains(words))
                return q.toObject().value(u"id"_s).toString();
        return {};
    }
    int quoteCount(const QString &library, int id)
    {
        const QJsonObject doc = show(library, id);
        return int(doc.value(u"quotes"_s).toArray().size() +
                   doc.value(u"headline_quotes"_s).toArray().size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Run r = cli({u"import"_s, u"--db"_s, db(), harbour, fixture});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // The user's corrections: a speaker set by hand and a quote removed.
        const QString spokesman = quoteId(db(), u"Nothing is decided"_s);
        QVERIFY(!spokesman.isEmpty());
        r = cli({u"edit"_s, u"--db"_s, db(), u"1"_s,
                 u"{\"op\":\"set-speaker\",\"quote\":\"%1\",\"speaker\":\"Jen Psaki\"}"_s.arg(spokesman)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString money = quoteId(db(), u"without money"_s);
        QVERIFY(!money.isEmpty());
        r = cli(
            {u"edit"_s, u"--db"_s, db(), u"1"_s, u"{\"op\":\"remove-quote\",\"quote\":\"%1\"}"_s.arg(money)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void jsonExportImportExportIsByteEqual()
    {
        const Run first = cli({u"export"_s, u"--db"_s, db(), u"1"_s, u"--format"_s, u"json"_s});
        QVERIFY2(first.status == 0, qPrintable(first.err));
        QVERIFY(first.out.contains("\"origin\":\"user\"") || first.out.contains("\"origin\": \"user\""));
        QVERIFY(first.out.contains("Jen Psaki"));
        const QString file = saywho::test::writeFile(m_dir, u"harbour.json"_s, first.out);
        const QString other = path(u"other.sqlite"_s);
        const Run imported = cli({u"import"_s, u"--db"_s, other, u"--format"_s, u"json"_s, file});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(u"imported 1, already there 0, refused 0"_s),
                 qPrintable(imported.err));
        const Run second = cli({u"export"_s, u"--db"_s, other, u"1"_s, u"--format"_s, u"json"_s});
        QVERIFY2(second.status == 0, qPrintable(second.err));
        QCOMPARE(second.out, first.out);
        // The removal marker came in with the article.
        QVERIFY(show(other, 1).contains(u"removals"_s));
        // Imported again: already there.
        const Run again = cli({u"import"_s, u"--db"_s, other, u"--format"_s, u"json"_s, file});
        QVERIFY2(again.err.contains(u"imported 0, already there 1, refused 0"_s), qPrintable(again.err));
        // An imported article re-analyses like any other, keeping the corrections it came with.
        const Run reanalysed = cli({u"reanalyze"_s, u"--db"_s, other, u"1"_s});
        QVERIFY2(reanalysed.status == 0, qPrintable(reanalysed.err));
        QVERIFY(
            cli({u"export"_s, u"--db"_s, other, u"1"_s, u"--format"_s, u"json"_s}).out.contains("Jen Psaki"));
    }

    void refusalsChangeNothing()
    {
        const QString other = path(u"refusals.sqlite"_s);
        QVERIFY(cli({u"import"_s, u"--db"_s, other, harbour}).status == 0);
        const QByteArray before = cli({u"list"_s, u"--db"_s, other}).out;
        QByteArray json = cli({u"export"_s, u"--db"_s, db(), u"2"_s}).out;
        QVERIFY(json.contains("\"saywho\":1"));
        const QString broken = saywho::test::writeFile(m_dir, u"broken.json"_s, json.left(json.size() / 2));
        json.replace("\"saywho\":1", "\"saywho\":7");
        const QString newer = saywho::test::writeFile(m_dir, u"newer.json"_s, json);
        const Run r = cli({u"import"_s, u"--db"_s, other, u"--format"_s, u"json"_s, broken, newer});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"imported 0, already there 0, refused 2"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"broken.json: refused: not JSON"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"newer.json: refused: written by a newer SayWho (format version 7"_s),
                 qPrintable(r.err));

        const QString ann = QString::fromUtf8(
            saywho::test::readFile(QStringLiteral(SAYWHO_TEST_DATA "/export/handwritten.ann")));
        QTemporaryDir bratDir;
        QFile::copy(QStringLiteral(SAYWHO_TEST_DATA "/export/handwritten.txt"),
                    bratDir.filePath(u"far.txt"_s));
        saywho::test::writeFile(bratDir, u"far.ann"_s, (ann + u"T9\tPerson 400 410\tnobody\n"_s).toUtf8());
        const Run b = cli({u"import"_s, u"--db"_s, other, u"--format"_s, u"brat"_s, bratDir.path()});
        QCOMPARE(b.status, 1);
        QVERIFY2(b.err.contains(u"far.ann: refused: T9 has offsets 400-410"_s), qPrintable(b.err));
        QVERIFY2(b.err.contains(u"imported 0, already there 0, refused 1"_s), qPrintable(b.err));
        QCOMPARE(cli({u"list"_s, u"--db"_s, other}).out, before);
    }

    void bratWrittenByHandComesIn()
    {
        const QString other = path(u"brat.sqlite"_s);
        const Run r = cli({u"import"_s, u"--db"_s, other, u"--format"_s, u"brat"_s,
                           QStringLiteral(SAYWHO_TEST_DATA "/export/handwritten.ann")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"imported 1, already there 0, refused 0"_s), qPrintable(r.err));
        const QJsonArray quotes = show(other, 1).value(u"quotes"_s).toArray();
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).toObject().value(u"speaker"_s).toObject().value(u"name"_s).toString(),
                 u"Mayor Ines Calder"_s);
        QCOMPARE(quotes.at(0).toObject().value(u"origin"_s).toString(), u"user"_s);
    }

    void bratFolderRoundTrip()
    {
        const QString folder = path(u"bratout"_s);
        const Run e =
            cli({u"export"_s, u"--db"_s, db(), u"1"_s, u"--format"_s, u"brat"_s, u"--output"_s, folder});
        QVERIFY2(e.status == 0, qPrintable(e.err));
        const QStringList anns = QDir(folder).entryList({u"*.ann"_s});
        QCOMPARE(anns, QStringList{u"1-harbour-plan-on-track-says-mayor.ann"_s});
        const QString other = path(u"bratback.sqlite"_s);
        const Run i = cli({u"import"_s, u"--db"_s, other, u"--format"_s, u"brat"_s, folder});
        QVERIFY2(i.status == 0, qPrintable(i.err));
        const QJsonArray quotes = show(other, 1).value(u"quotes"_s).toArray();
        bool psaki = false;
        for (const QJsonValue &q : quotes)
            psaki = psaki || (q.toObject().value(u"text"_s).toString().contains(u"Nothing is decided"_s) &&
                              q.toObject().value(u"speaker"_s).toObject().value(u"name"_s).toString() ==
                                  u"Jen Psaki"_s);
        QVERIFY(psaki);
    }

    void exportShowsTheCorrection()
    {
        const Run md = cli({u"export"_s, u"--db"_s, db(), u"1"_s, u"--format"_s, u"markdown"_s});
        QVERIFY2(md.status == 0, qPrintable(md.err));
        const QString text = QString::fromUtf8(md.out);
        const qsizetype quote = text.lastIndexOf(u"Nothing is decided"_s);
        QVERIFY(quote > 0);
        QVERIFY2(text.indexOf(u"Jen Psaki"_s, quote) > quote, qPrintable(text.mid(quote, 200)));
        const QString csvFile = path(u"one.csv"_s);
        QVERIFY(cli({u"export"_s, u"--db"_s, db(), u"1"_s, u"--format"_s, u"csv"_s, u"--output"_s, csvFile})
                    .status == 0);
        const QList<QStringList> rows =
            saywho::test::parseCsv(QString::fromUtf8(saywho::test::readFile(csvFile)));
        bool found = false;
        for (const QStringList &row : rows) {
            QVERIFY(!row.value(2).contains(u"without money"_s)); // removed by the user
            if (row.value(2).contains(u"Nothing is decided"_s)) {
                QCOMPARE(row.value(1), u"Jen Psaki"_s);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void csvAllIsOneTable()
    {
        const QString file = path(u"all.csv"_s);
        const Run r =
            cli({u"export"_s, u"--db"_s, db(), u"--all"_s, u"--format"_s, u"csv"_s, u"--output"_s, file});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QList<QStringList> rows =
            saywho::test::parseCsv(QString::fromUtf8(saywho::test::readFile(file)));
        const int quotes = quoteCount(db(), 1) + quoteCount(db(), 2);
        QVERIFY(quoteCount(db(), 1) > 0 && quoteCount(db(), 2) > 0);
        QCOMPARE(rows.size(), quotes + 1);
        QCOMPARE(rows.first().join(u','), u"article,speaker,quote,kind,start,end,rule,origin"_s);
        QSet<QString> articles;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), 8);
            articles.insert(rows.at(i).at(0));
            QVERIFY(rows.at(i).at(4).toInt() < rows.at(i).at(5).toInt());
        }
        QCOMPARE(articles.size(), 2);
        QVERIFY(articles.contains(u"Harbour plan \"on track,\" says mayor"_s));
        // The same table on standard output.
        const Run out = cli({u"export"_s, u"--db"_s, db(), u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(out.out, saywho::test::readFile(file));
    }

    void allWritesOneFilePerArticle()
    {
        for (const QString &format : {u"json"_s, u"pdf"_s}) {
            const QString folder = path(u"all-"_s + format);
            const Run r =
                cli({u"export"_s, u"--db"_s, db(), u"--all"_s, u"--format"_s, format, u"--output"_s, folder});
            QVERIFY2(r.status == 0, qPrintable(r.err));
            const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
            QCOMPARE(files.size(), 2);
            QVERIFY2(files.first().startsWith(u"1-harbour-plan-on-track-says-mayor."_s),
                     qPrintable(files.first()));
            QVERIFY(files.last().startsWith(u"2-"_s));
            QVERIFY(saywho::test::readFile(QDir(folder).filePath(files.first())).size() > 500);
        }
        QCOMPARE(saywho::test::readFile(path(u"all-json/1-harbour-plan-on-track-says-mayor.json"_s)),
                 cli({u"export"_s, u"--db"_s, db(), u"1"_s}).out);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("pdf to stdout")
            << QStringList{u"1"_s, u"--format"_s, u"pdf"_s} << u"give --output FILE"_s;
        QTest::newRow("qdpx to stdout")
            << QStringList{u"1"_s, u"--format"_s, u"qdpx"_s} << u"give --output FILE"_s;
        QTest::newRow("brat to stdout")
            << QStringList{u"1"_s, u"--format"_s, u"brat"_s} << u"give --output FOLDER"_s;
        QTest::newRow("all to stdout")
            << QStringList{u"--all"_s, u"--format"_s, u"json"_s} << u"give --output FOLDER"_s;
        QTest::newRow("no id") << QStringList{u"--format"_s, u"json"_s} << u"give one article id or --all"_s;
        QTest::newRow("unknown format")
            << QStringList{u"1"_s, u"--format"_s, u"docx"_s} << u"unknown format"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(QStringList{u"export"_s, u"--db"_s, db()} + args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void missingArticle()
    {
        const Run r = cli({u"export"_s, u"--db"_s, db(), u"99"_s});
        QCOMPARE(r.status, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryExchange)
#include "tst_libraryexchange.moc"
