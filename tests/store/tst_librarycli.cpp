// The library commands as scripts use them: import (with its summary), list, show, search, quotes,
// edit (each op of the issue, and refusals that change nothing), reanalyze and people (issue 10).

#include "clirun.h"

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
    QString out;
    QString err;
};

// The library commands print text: compared as strings.
Run cli(const QStringList &args)
{
    const saywho::test::CliRun r = saywho::test::runSaywho(args);
    return {r.status, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

} // namespace

class TestLibraryCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(u"cli.sqlite"_s); }
    const QString article = QStringLiteral(SAYWHO_TEST_DATA "/store/harbour.txt");

    QJsonObject show()
    {
        const Run r = cli({u"show"_s, u"--db"_s, db(), u"1"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QJsonObject quoteWith(const QString &words)
    {
        for (const QJsonValue &q : show().value(u"quotes"_s).toArray())
            if (q.toObject().value(u"text"_s).toString().contains(words))
                return q.toObject();
        return {};
    }

private slots:
    void importSaysWhatItDid()
    {
        const Run first = cli({u"import"_s, u"--db"_s, db(), article, m_dir.filePath(u"missing.txt"_s)});
        QCOMPARE(first.status, 1);
        QVERIFY2(first.err.contains(u"imported 1, already there 0, refused 1"_s), qPrintable(first.err));
        QVERIFY(first.err.contains(u"missing.txt"_s));
        const Run again = cli({u"import"_s, u"--db"_s, db(), article});
        QCOMPARE(again.status, 0);
        QVERIFY2(again.err.contains(u"imported 0, already there 1, refused 0"_s), qPrintable(again.err));
        const Run list = cli({u"list"_s, u"--db"_s, db()});
        QCOMPARE(list.out.count(u'\n'), 1);
        QVERIFY(list.out.startsWith(u"1\t"_s));
        QVERIFY(list.out.contains(u"Harbour plan"_s));
    }

    void editsOfTheIssue()
    {
        const QString spokesman = quoteWith(u"Nothing is decided"_s).value(u"id"_s).toString();
        QVERIFY(spokesman.startsWith(u'q'));
        Run r =
            cli({u"edit"_s, u"--db"_s, db(), u"1"_s,
                 u"{\"op\":\"set-speaker\",\"quote\":\"%1\",\"speaker\":\"Jen Psaki\"}"_s.arg(spokesman)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QJsonObject q = quoteWith(u"Nothing is decided"_s);
        QCOMPARE(q.value(u"speaker"_s).toObject().value(u"name"_s).toString(), u"Jen Psaki"_s);
        QVERIFY(q.value(u"user"_s).toArray().contains(u"speaker"_s));

        const QString ferries = quoteWith(u"ferries"_s).value(u"id"_s).toString();
        r = cli({u"edit"_s, u"--db"_s, db(), u"1"_s,
                 u"{\"op\":\"remove-quote\",\"quote\":\"%1\"}"_s.arg(ferries)});
        QCOMPARE(r.status, 0);
        QVERIFY(quoteWith(u"ferries"_s).isEmpty());

        r = cli({u"edit"_s, u"--db"_s, db(), u"1"_s,
                 u"{\"op\":\"add-quote\",\"start\":0,\"end\":35,\"kind\":\"partial\"}"_s});
        QVERIFY2(r.status == 0 && r.out.contains(u"new q"_s), qPrintable(r.out + r.err));

        const QJsonArray dates = show().value(u"dates"_s).toArray();
        QVERIFY(!dates.isEmpty());
        const QString d = dates.first().toObject().value(u"id"_s).toString();
        r = cli({u"edit"_s, u"--db"_s, db(), u"1"_s,
                 u"{\"op\":\"set-date\",\"date\":\"%1\",\"value\":\"2022-11-01\"}"_s.arg(d)});
        QCOMPARE(r.status, 0);
        QCOMPARE(show().value(u"dates"_s).toArray().first().toObject().value(u"value"_s).toString(),
                 u"2022-11-01"_s);

        const QJsonArray entities = show().value(u"entities"_s).toArray();
        QVERIFY(entities.size() >= 2);
        r = cli({u"edit"_s, u"--db"_s, db(), u"1"_s,
                 u"{\"op\":\"merge-entities\",\"into\":\"%1\",\"from\":\"%2\"}"_s.arg(
                     entities.at(0).toObject().value(u"id"_s).toString(),
                     entities.at(1).toObject().value(u"id"_s).toString())});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(show().value(u"entities"_s).toArray().size(), entities.size() - 1);

        const Run list = cli({u"list"_s, u"--db"_s, db()});
        QVERIFY2(list.out.contains(u"\t5\tHarbour"_s), qPrintable(list.out));
    }

    void invalidEditsChangeNothing_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("not json") << u"{op: nope"_s;
        QTest::newRow("unknown op") << u"{\"op\":\"fly\"}"_s;
        QTest::newRow("no such quote") << u"{\"op\":\"remove-quote\",\"quote\":\"q999\"}"_s;
        QTest::newRow("bad value") << u"{\"op\":\"set-date\",\"date\":\"d1\",\"value\":\"soonish\"}"_s;
        QTest::newRow("span outside") << u"{\"op\":\"add-quote\",\"start\":10,\"end\":99999}"_s;
        QTest::newRow("empty speaker") << u"{\"op\":\"set-speaker\",\"quote\":\"q2\",\"speaker\":\"  \"}"_s;
    }
    void invalidEditsChangeNothing()
    {
        QFETCH(QString, edit);
        cli({u"list"_s, u"--db"_s, db()}); // checkpointed by the last writer; compare the data
        const QString before = cli({u"show"_s, u"--db"_s, db(), u"1"_s}).out;
        const Run r = cli({u"edit"_s, u"--db"_s, db(), u"1"_s, edit});
        QVERIFY(r.status != 0);
        QVERIFY2(r.err.contains(u"refused"_s) || r.err.contains(u"JSON"_s), qPrintable(r.err));
        QCOMPARE(cli({u"show"_s, u"--db"_s, db(), u"1"_s}).out, before);
    }

    void searchQuotesAndReanalyze()
    {
        Run r = cli({u"search"_s, u"--db"_s, db(), u"harbour"_s});
        QVERIFY2(r.status == 0 && r.out.startsWith(u"article\t1\t"_s), qPrintable(r.out));
        r = cli({u"quotes"_s, u"--db"_s, db(), u"--speaker"_s, u"Psaki"_s});
        QVERIFY2(r.status == 0 && r.out.contains(u"Nothing is decided"_s), qPrintable(r.out + r.err));
        r = cli({u"quotes"_s, u"--db"_s, db(), u"--speaker"_s, u"Nobody Atall"_s});
        QCOMPARE(r.status, 1);
        const QString before = cli({u"show"_s, u"--db"_s, db(), u"1"_s}).out;
        r = cli({u"reanalyze"_s, u"--db"_s, db(), u"--all"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // Every correction kept: the user's quotes, speakers and values come back as they were.
        const QJsonObject after = show();
        QCOMPARE(
            quoteWith(u"Nothing is decided"_s).value(u"speaker"_s).toObject().value(u"name"_s).toString(),
            u"Jen Psaki"_s);
        QVERIFY(quoteWith(u"ferries"_s).isEmpty());
        QCOMPARE(after.value(u"dates"_s).toArray().first().toObject().value(u"value"_s).toString(),
                 u"2022-11-01"_s);
        Q_UNUSED(before);
    }

    void peopleAreListedMergedAndSplit()
    {
        // A library of its own: the fixture article and the bridge article, as the engine found them.
        const QString db = m_dir.filePath(u"people.sqlite"_s);
        const QString bridge = QStringLiteral(SAYWHO_TEST_DATA "/store/bridge.txt");
        QVERIFY(cli({u"import"_s, u"--db"_s, db, article, bridge}).status == 0);
        auto personId = [&](const QString &name) {
            const Run r = cli({u"people"_s, u"--db"_s, db, name});
            return r.status == 0 ? r.out.section(u'\t', 0, 0) : QString();
        };
        auto line = [&](const QString &id) {
            for (const QString &l : cli({u"people"_s, u"--db"_s, db}).out.split(u'\n'))
                if (l.startsWith(id + u'\t'))
                    return l;
            return QString();
        };
        const QString okoro = personId(u"Tom Okoro"_s);
        const QString vasquez = personId(u"Elena Vasquez"_s);
        QVERIFY2(okoro.startsWith(u'p') && vasquez.startsWith(u'p'), qPrintable(okoro + vasquez));
        // Tom Okoro is in both articles (the fixture article and the bridge).
        QVERIFY2(line(okoro).section(u'\t', 2, 2) == u"2"_s, qPrintable(line(okoro)));
        const int okoroQuotes = line(okoro).section(u'\t', 3, 3).toInt();
        const int vasquezQuotes = line(vasquez).section(u'\t', 3, 3).toInt();

        Run r = cli({u"people"_s, u"--db"_s, db, u"--merge"_s, okoro, okoro});
        QCOMPARE(r.status, 1);
        r = cli({u"people"_s, u"--db"_s, db, u"--merge"_s, okoro, u"p9999"_s});
        QVERIFY2(r.status == 1 && r.err.contains(u"p9999"_s), qPrintable(r.err));
        r = cli({u"people"_s, u"--db"_s, db, u"--merge"_s, okoro, vasquez});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(line(vasquez), QString());
        QCOMPARE(line(okoro).section(u'\t', 3, 3).toInt(), okoroQuotes + vasquezQuotes);
        QCOMPARE(personId(u"Elena Vasquez"_s), okoro);
        r = cli({u"quotes"_s, u"--db"_s, db, u"--speaker"_s, u"Vasquez"_s});
        QCOMPARE(r.out.count(u'\n'), okoroQuotes + vasquezQuotes);

        // The bridge article (2) becomes a person of its own; an article without them is refused.
        r = cli({u"people"_s, u"--db"_s, db, u"--split"_s, okoro, u"--articles"_s, u"2,3"_s, u"--name"_s,
                 u"Bridge Okoro"_s});
        QVERIFY2(r.status == 1 && r.err.contains(u"article 3"_s), qPrintable(r.err));
        r = cli({u"people"_s, u"--db"_s, db, u"--split"_s, okoro, u"--articles"_s, u"2"_s, u"--name"_s,
                 u"Bridge Okoro"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString created = personId(u"Bridge Okoro"_s);
        QVERIFY(!created.isEmpty() && created != okoro);
        QCOMPARE(line(created).section(u'\t', 2, 2), u"1"_s);
        QCOMPARE(line(okoro).section(u'\t', 2, 2), u"1"_s);
        r = cli({u"quotes"_s, u"--db"_s, db, u"--speaker"_s, u"Bridge Okoro"_s});
        QVERIFY2(r.out.contains(u"bridge to nowhere"_s) && !r.out.contains(u"ferries"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_librarycli.moc"
