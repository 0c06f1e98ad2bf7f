#include "testdocument.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestQuoteClassifier : public QObject
{
    Q_OBJECT

private slots:
    // Marked stretches that are not quotations go to nonQuotes, never to quotes.
    void nonQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("kind");
        QTest::newRow("show after possessive") << u"Blinken said Sunday on CNN’s “State of the Union.”"_s
                                               << u"“State of the Union.”"_s << u"title"_s;
        QTest::newRow("book cue") << u"Her new book “A Promised Land” sold well."_s << u"“A Promised Land”"_s
                                  << u"title"_s;
        QTest::newRow("so-called") << u"The so-called “reform” failed in the Senate."_s << u"“reform”"_s
                                   << u"scare"_s;
        QTest::newRow("dubbed") << u"The plan, dubbed “Operation Warp Speed,” began in May."_s
                                << u"“Operation Warp Speed,”"_s << u"nickname"_s;
        QTest::newRow("nickname inside a name")
            << u"Del. Marcia \"Cia\" Price shouted to the crowd."_s << u"\"Cia\""_s << u"nickname"_s;
        QTest::newRow("unattributed scare")
            << u"The new \"normal\" has arrived in the city."_s << u"\"normal\""_s << u"scare"_s;
        QTest::newRow("section heading")
            << u"He spoke at length.\n\n'All Bets Are Off.'\n\nThe talks went on."_s
            << u"'All Bets Are Off.'"_s << u"title"_s;
        QTest::newRow("section heading in single marks")
            << u"Mayor Tom Reyes met the union on Friday.\n\n'A long night ahead.'\n\nThe talks went on."_s
            << u"'A long night ahead.'"_s << u"title"_s;
        QTest::newRow("single marks in an article quoting in double ones")
            << u"“We will fight on,” Mayor Tom Reyes said, calling the plan a ‘slow disaster’ for the city."_s
            << u"‘slow disaster’"_s << u"scare"_s;
        QTest::newRow("piece named after its author's cue word")
            << u"Ouisa Davis' commentary, \"Melania, tell your immigrant story,\" is very thoughtful."_s
            << u"\"Melania, tell your immigrant story,\""_s << u"title"_s;
        QTest::newRow("clip title") << u"Blige sings to Clinton in a preview clip of ‘The 411.’"_s
                                    << u"‘The 411.’"_s << u"title"_s;
        QTest::newRow("work's people after it")
            << u"“Broad City” star Arturo Castro spoke up."_s << u"“Broad City”"_s << u"title"_s;
        QTest::newRow("work's noun after it") << u"Clinton, speaking for the “Off Message” podcast, smiled."_s
                                              << u"“Off Message”"_s << u"title"_s;
        QTest::newRow("programme after an appearance")
            << u"Mayor Dana Holt said during an appearance on “Good Day Riverton” that taxes would fall."_s
            << u"“Good Day Riverton”"_s << u"title"_s;
        QTest::newRow("work someone starred in")
            << u"Dana Holt, who starred in “Harbor Lights,” spoke at the rally."_s << u"“Harbor Lights,”"_s
            << u"title"_s;
        QTest::newRow("work's people after a name with a small verb")
            << u"“Nobody is the Mayor” star Dana Holt opened the fair."_s << u"“Nobody is the Mayor”"_s
            << u"title"_s;
        QTest::newRow("work's noun ends the name")
            << u"Cruz said he would be on Wednesday’s “Sean Hannity Show.”"_s << u"“Sean Hannity Show.”"_s
            << u"title"_s;
        QTest::newRow("headline with its byline")
            << u"FAREWELL— \"The Living Room to close at the end of December,\" by Times' Ben Sisario: \"The "
               "club will close.\""_s
            << u"\"The Living Room to close at the end of December,\""_s << u"title"_s;
        // Only a fallback sieve would give the mayor these title-case words: they name a place.
        QTest::newRow("unattributed title-case name")
            << u"Mayor Dana Holt is hosting a dinner at the “Blue Harbor Supper Club” downtown."_s
            << u"“Blue Harbor Supper Club”"_s << u"title"_s;
        QTest::newRow("stage direction in a transcript")
            << u"Partial transcript:\n\n\"PENCE: Well, look.\n\n\"(CROSSTALK.)\n\n\"WALLACE: If I may.\""_s
            << u"\"(CROSSTALK.)"_s << u"direction"_s;
        QTest::newRow("bracketed direction")
            << u"“[Applause]” filled the hall, the reporter wrote."_s << u"“[Applause]”"_s << u"direction"_s;
    }
    void nonQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, marked);
        QFETCH(QString, kind);
        const auto doc = test::analyzed(text);
        QVERIFY2(!test::quoteContaining(doc, marked), "reported as a quote");
        bool found = false;
        for (const auto &n : doc.nonQuotes()) {
            if (doc.textOf(n.span) == marked) {
                QCOMPARE(core::nonQuoteKindName(n.kind), kind);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("kind");
        QTest::newRow("single marks in a text quoting in single ones")
            << u"Psaki said: ‘We are ready.’ Then she left, calling it a ‘slow disaster’ for the city."_s
            << u"slow disaster"_s << u"partial"_s;
        QTest::newRow("direct trailing")
            << u"“We are ready for diplomacy,” Psaki said."_s << u"ready"_s << u"direct"_s;
        QTest::newRow("direct after colon") << u"Psaki said: “We are ready.”"_s << u"ready"_s << u"direct"_s;
        QTest::newRow("direct after comma") << u"Psaki said, “We are ready.”"_s << u"ready"_s << u"direct"_s;
        QTest::newRow("his column is no title")
            << u"In his column, “we must act now,” he wrote."_s << u"must act"_s << u"direct"_s;
        QTest::newRow("editor's insertion, not a direction")
            << u"“[The plan] is dead,” Psaki said."_s << u"is dead"_s << u"direct"_s;
        QTest::newRow("partial") << u"He called the plan “a disaster for farmers.”"_s << u"disaster"_s
                                 << u"partial"_s;
        QTest::newRow("a word credited with by is no byline")
            << u"He rejected the “ugliness of utterances, largely unprompted and undeserved,” by Trump."_s
            << u"ugliness"_s << u"partial"_s;
        QTest::newRow("partial after that")
            << u"Trump said that voting fraud is “a big, big problem.”"_s << u"problem"_s << u"partial"_s;
    }
    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, kind);
        const auto doc = test::analyzed(text);
        const auto *q = test::quoteContaining(doc, quote);
        QVERIFY(q);
        QCOMPARE(core::quoteKindName(q->kind), kind);
    }
};

QTEST_GUILESS_MAIN(TestQuoteClassifier)
#include "tst_quoteclassifier.moc"
