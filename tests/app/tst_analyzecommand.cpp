#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The `saywho analyze` command as scripts and the scorer use it: exit codes, JSON, code points.
class TestAnalyzeCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    using Run = saywho::test::CliRun;
    static Run run(const QStringList &args, const QByteArray &input = {})
    {
        return saywho::test::runAnalyze(args, input);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return saywho::test::writeFile(m_dir, name, bytes);
    }

private slots:
    void json()
    {
        // An emoji before the quote: offsets count it as one code point.
        const QString path =
            write(u"a.txt"_s, "\xF0\x9F\x98\x80 \xE2\x80\x9CWe are ready,\xE2\x80\x9D Psaki said.\r\n");
        const Run r = run({u"--dct"_s, u"2022-02-21"_s, path});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"saywho"_s).toInt(), 1);
        const QJsonObject doc = o.value(u"document"_s).toObject();
        QCOMPARE(doc.value(u"dct"_s).toString(), u"2022-02-21"_s);
        QCOMPARE(doc.value(u"dct_source"_s).toString(), u"argument"_s);
        QCOMPARE(doc.value(u"length"_s).toInt(), 31); // the emoji is one code point, CRLF two
        const QJsonObject q = o.value(u"quotes"_s).toArray().at(0).toObject();
        QCOMPARE(q.value(u"start"_s).toInt(), 2);
        QCOMPARE(q.value(u"end"_s).toInt(), 17);
        QCOMPARE(q.value(u"text"_s).toString(), u"“We are ready,”"_s);
        QCOMPARE(q.value(u"kind"_s).toString(), u"direct"_s);
        QCOMPARE(q.value(u"rule"_s).toString(), u"trailing-said"_s);
        const QJsonObject sp = q.value(u"speaker"_s).toObject();
        QCOMPARE(sp.value(u"name"_s).toString(), u"Psaki"_s);
        QCOMPARE(sp.value(u"mention"_s).toObject().value(u"start"_s).toInt(), 18);
        QCOMPARE(q.value(u"cue"_s).toObject().value(u"text"_s).toString(), u"said"_s);
        QVERIFY(o.value(u"entities"_s).toArray().size() >= 1);
        QVERIFY(o.value(u"non_quotes"_s).isArray());
        QVERIFY(o.value(u"dates"_s).isArray());
    }

    // The headline's quotations are reported apart from the body's, with their speakers.
    void headlineQuotesApart()
    {
        const QString path =
            write(u"h.txt"_s, "Christie calls Clinton \xE2\x80\x98"
                              "a disgrace\xE2\x80\x99\n\n"
                              "\xE2\x80\x9CShe is a disgrace,\xE2\x80\x9D Chris Christie said.\n");
        const Run r = run({path});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray body = o.value(u"quotes"_s).toArray();
        const QJsonArray headline = o.value(u"headline_quotes"_s).toArray();
        QCOMPARE(body.size(), 1);
        QCOMPARE(headline.size(), 1);
        QCOMPARE(headline.at(0).toObject().value(u"text"_s).toString(), u"‘a disgrace’"_s);
        QCOMPARE(headline.at(0).toObject().value(u"speaker"_s).toObject().value(u"name"_s).toString(),
                 u"Chris Christie"_s);
        QCOMPARE(body.at(0).toObject().value(u"text"_s).toString(), u"“She is a disgrace,”"_s);
    }

    // A text that opens with its lede, not a headline: the lede's quotation is the body's.
    void ledeIsNoHeadline()
    {
        const QString path =
            write(u"l.txt"_s, "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Psaki said on Monday.\n\n"
                              "The talks went on.\n");
        const QJsonObject o = QJsonDocument::fromJson(run({path}).out).object();
        QCOMPARE(o.value(u"quotes"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"headline_quotes"_s).toArray().size(), 0);
    }

    // A text's title is its first line when that reads as a headline, not a wire dateline.
    void titles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("headline") << QByteArray("Summit set for Geneva\n\nThe talks go on.\n")
                                  << u"Summit set for Geneva"_s;
        QTest::newRow("dateline with underscore")
            << QByteArray("MANILA, Philippines (AP) _\n\nThe president spoke.\n") << QString();
        QTest::newRow("dateline with dashes")
            << QByteArray("WASHINGTON, August 11 (Xinhua) --\n\nThe secretary spoke.\n") << QString();
    }
    void titles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, title);
        const QJsonObject o = QJsonDocument::fromJson(run({write(u"t.txt"_s, text)}).out).object();
        QCOMPARE(o.value(u"document"_s).toObject().value(u"title"_s).toString(), title);
    }

    void jsonLinesForSeveralFiles()
    {
        const QString a = write(u"b1.txt"_s, "One.\n");
        const QString b = write(u"b2.txt"_s, "Two.\n");
        const Run r = run({a, b});
        QCOMPARE(r.status, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1))
                     .object()
                     .value(u"document"_s)
                     .toObject()
                     .value(u"path"_s)
                     .toString(),
                 b);
    }

    void text()
    {
        const Run r = run(
            {u"--format"_s, u"text"_s, write(u"c.txt"_s, "\xE2\x80\x9CGo,\xE2\x80\x9D Jen Psaki said.\n")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("Jen Psaki"));
        QVERIFY(r.out.contains("trailing-said"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::newRow("no file") << QStringList{} << 2;
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"x.txt"_s} << 2;
        QTest::newRow("bad dct") << QStringList{u"--dct"_s, u"21/02/2022"_s, u"x.txt"_s} << 2;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << 2;
        QTest::newRow("missing file") << QStringList{u"/nonexistent.txt"_s} << 3;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        const Run r = run(args);
        QCOMPARE(r.status, status);
        QCOMPARE(r.err.trimmed().count('\n'), 0); // one clear line
        QVERIFY(!r.err.isEmpty());
    }

    void refusedInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x7F"
                                              "ELF\0\0\0",
                                              7);
    }
    void refusedInputs()
    {
        QFETCH(QByteArray, bytes);
        const Run r = run({write(u"bad.bin"_s, bytes)});
        QCOMPARE(r.status, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }

    void oversizedFile()
    {
        const QString path = m_dir.filePath(u"huge.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(51LL * 1024 * 1024)); // sparse: no 51 MB written
        f.close();
        const Run r = run({path});
        QCOMPARE(r.status, 3);
        QVERIFY(r.err.contains("50 MB"));
    }

    void brokenUtf8Warns()
    {
        const Run r = run({write(u"latin.txt"_s, "\x93Yes,\x94 said Jones.\n")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.contains("Windows-1252"));
        QVERIFY(r.out.contains("Jones"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
