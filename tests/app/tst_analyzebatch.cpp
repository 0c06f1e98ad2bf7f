#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `saywho analyze` over many inputs: files on all cores in the order given, and JSON Lines from
// standard input (--jsonl) in the order read.
class TestAnalyzeBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_articles; // a few dozen small articles of different lengths

    using Run = saywho::test::CliRun;
    static Run run(const QStringList &args, const QByteArray &input = {})
    {
        return saywho::test::runAnalyze(args, input);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return saywho::test::writeFile(m_dir, name, bytes);
    }

    // Article i: a quote by a speaker of its own, and i paragraphs of filler, so that later files
    // are not always the slow ones.
    static QByteArray article(int i)
    {
        QByteArray a = "Story " + QByteArray::number(i) +
                       "\n\n\xE2\x80\x9CWe are ready,\xE2\x80\x9D Speaker" + QByteArray::number(i) +
                       " Jones said on Sunday.\n\n";
        for (int k = 0; k < (i * 7) % 40; ++k)
            a += "The talks went on for a long time on Tuesday and nobody said much.\n\n";
        return a;
    }

    static QList<QByteArray> lines(const QByteArray &out) { return out.trimmed().split('\n'); }

private slots:
    void initTestCase()
    {
        for (int i = 0; i < 40; ++i)
            m_articles << write(u"a%1.txt"_s.arg(i), article(i));
    }

    // Any number of jobs prints what one job prints, in the order of the arguments.
    void orderKept_data()
    {
        QTest::addColumn<QString>("jobs");
        QTest::newRow("2") << u"2"_s;
        QTest::newRow("4") << u"4"_s;
        QTest::newRow("7") << u"7"_s;
    }
    void orderKept()
    {
        QFETCH(QString, jobs);
        const Run one = run(QStringList{u"-j"_s, u"1"_s} + m_articles);
        QCOMPARE(one.status, 0);
        QCOMPARE(lines(one.out).size(), m_articles.size());
        for (int i = 0; i < m_articles.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines(one.out).at(i)).object();
            QCOMPARE(o.value(u"document"_s).toObject().value(u"path"_s).toString(), m_articles.at(i));
        }
        const Run many = run(QStringList{u"-j"_s, jobs} + m_articles);
        QCOMPARE(many.status, 0);
        QCOMPARE(many.out, one.out);
        const Run text = run(QStringList{u"--format"_s, u"text"_s, u"-j"_s, jobs} + m_articles);
        QCOMPARE(text.out, run(QStringList{u"--format"_s, u"text"_s, u"-j"_s, u"1"_s} + m_articles).out);
    }

    // A file that cannot be read is reported on stderr in its place; the others are analysed and
    // the exit status says something failed.
    void errorsInOrder()
    {
        const QString empty = write(u"empty.txt"_s, {});
        const QString missing = m_dir.filePath(u"missing.txt"_s);
        const QStringList args{u"-j"_s,          u"3"_s, m_articles.at(0), missing,
                               m_articles.at(1), empty,  m_articles.at(2)};
        const Run r = run(args);
        QCOMPARE(r.status, 3);
        QCOMPARE(lines(r.out).size(), 3);
        const QList<QByteArray> err = lines(r.err);
        QCOMPARE(err.size(), 2);
        QVERIFY(err.at(0).contains("missing.txt"));
        QVERIFY(err.at(1).contains("empty.txt"));
    }

    void badJobs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("zero") << QStringList{u"-j"_s, u"0"_s, u"x.txt"_s};
        QTest::newRow("word") << QStringList{u"--jobs"_s, u"many"_s, u"x.txt"_s};
        QTest::newRow("jsonl with file") << QStringList{u"--jsonl"_s, u"x.txt"_s};
        QTest::newRow("jsonl as text") << QStringList{u"--jsonl"_s, u"--format"_s, u"text"_s};
    }
    void badJobs()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    // JSON Lines: one result per record with its id, the record's metadata applied, the same
    // analysis as the file gives.
    void jsonLines()
    {
        QByteArray input;
        for (int i = 0; i < m_articles.size(); ++i) {
            QJsonObject record{{u"id"_s, u"art-%1"_s.arg(i)}, {u"text"_s, QString::fromUtf8(article(i))}};
            if (i % 2)
                record.insert(u"dct"_s, u"2022-02-21"_s);
            if (i == 3)
                record.insert(u"title"_s, u"A title of its own"_s);
            if (i == 4)
                record.insert(u"url"_s, u"https://example.org/4"_s);
            input += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        }
        const Run r = run({u"--jsonl"_s, u"-j"_s, u"3"_s}, input);
        QCOMPARE(r.status, 0);
        const QList<QByteArray> out = lines(r.out);
        QCOMPARE(out.size(), m_articles.size());
        for (int i = 0; i < out.size(); ++i) {
            QVERIFY(out.at(i).startsWith("{\"id\":\"art-" + QByteArray::number(i) + "\","));
            const QJsonObject o = QJsonDocument::fromJson(out.at(i)).object();
            const QJsonObject doc = o.value(u"document"_s).toObject();
            QCOMPARE(doc.value(u"dct"_s).toString(), i % 2 ? u"2022-02-21"_s : QString());
            QCOMPARE(doc.value(u"dct_source"_s).toString(), i % 2 ? u"metadata"_s : u"none"_s);
            const QJsonArray quotes = o.value(u"quotes"_s).toArray();
            QCOMPARE(quotes.size(), 1);
            QCOMPARE(quotes.at(0).toObject().value(u"speaker"_s).toObject().value(u"name"_s).toString(),
                     u"Speaker%1 Jones"_s.arg(i));
        }
        QCOMPARE(
            QJsonDocument::fromJson(out.at(3)).object().value(u"document"_s).toObject().value(u"title"_s),
            u"A title of its own"_s);
        QCOMPARE(QJsonDocument::fromJson(out.at(4)).object().value(u"document"_s).toObject().value(u"url"_s),
                 u"https://example.org/4"_s);

        // The analysis is the file's: the same quotes and dates as `saywho analyze --dct … FILE`.
        const QJsonObject fromFile =
            QJsonDocument::fromJson(run({u"--dct"_s, u"2022-02-21"_s, m_articles.at(5)}).out).object();
        const QJsonObject fromLine = QJsonDocument::fromJson(out.at(5)).object();
        for (const QString &layer : {u"quotes"_s, u"dates"_s, u"mentions"_s, u"entities"_s})
            QCOMPARE(fromLine.value(layer), fromFile.value(layer));
    }

    // A bad record gives an error line for its id and the stream goes on.
    void jsonLinesErrors()
    {
        const QByteArray input =
            "{\"id\": 1, \"text\": \"\\u201cGo,\\u201d Jones said.\"}\n"
            "this is not json\n"
            "{\"id\": \"no-text\"}\n"
            "[1, 2]\n"
            "{\"id\": {\"shard\": 4, \"n\": 9}, \"text\": \"   \"}\n"
            "{\"id\": 6, \"text\": \"\\u201cStop,\\u201d Smith said.\", \"dct\": \"June\"}\n";
        const Run r = run({u"--jsonl"_s}, input);
        QCOMPARE(r.status, 0);
        const QList<QByteArray> out = lines(r.out);
        QCOMPARE(out.size(), 6);
        const auto object = [&](int i) { return QJsonDocument::fromJson(out.at(i)).object(); };
        QCOMPARE(object(0).value(u"id"_s).toInt(), 1);
        QVERIFY(object(0).contains(u"quotes"_s));
        QVERIFY(object(1).value(u"id"_s).isNull());
        QVERIFY(object(1).value(u"error"_s).toString().contains(u"JSON"_s));
        QCOMPARE(object(2).value(u"id"_s).toString(), u"no-text"_s);
        QVERIFY(object(2).value(u"error"_s).toString().contains(u"text"_s));
        QVERIFY(object(3).value(u"error"_s).isString());
        QCOMPARE(object(4).value(u"id"_s).toObject().value(u"shard"_s).toInt(), 4);
        QVERIFY(object(4).value(u"error"_s).isString());
        QCOMPARE(object(5).value(u"id"_s).toInt(), 6);
        QVERIFY(object(5).contains(u"quotes"_s));
        QVERIFY(r.err.contains("record 6")); // the unusable dct is a warning, as for a sidecar
    }

    void jsonLinesEmptyInput()
    {
        const Run r = run({u"--jsonl"_s});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeBatch)
#include "tst_analyzebatch.moc"
