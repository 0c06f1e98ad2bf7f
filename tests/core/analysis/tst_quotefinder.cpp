#include "testdocument.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestQuoteFinder : public QObject
{
    Q_OBJECT

    static QStringList quotes(const core::Document &doc)
    {
        QStringList out;
        for (const core::Quote &q : doc.quotes())
            out.append(doc.textOf(q.span).toString());
        return out;
    }

private slots:
    void marks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("curly double")
            << u"“We are ready,” Psaki said."_s << QStringList{u"“We are ready,”"_s};
        QTest::newRow("straight double")
            << u"\"We are ready,\" Psaki said."_s << QStringList{u"\"We are ready,\""_s};
        QTest::newRow("curly single")
            << u"Psaki said: ‘We are ready.’"_s << QStringList{u"‘We are ready.’"_s};
        QTest::newRow("straight single")
            << u"Psaki said: 'We are ready.'"_s << QStringList{u"'We are ready.'"_s};
        QTest::newRow("guillemets") << u"Macron said: « Nous sommes prêts à négocier. »"_s
                                    << QStringList{u"« Nous sommes prêts à négocier. »"_s};
        QTest::newRow("german") << u"Scholz said: „Wir sind bereit zu reden.“ Dann ging er."_s
                                << QStringList{u"„Wir sind bereit zu reden.“"_s};
        QTest::newRow("single guillemets")
            << u"He said: ‹Yes, we will come.› Gut."_s << QStringList{u"‹Yes, we will come.›"_s};
        QTest::newRow("newswire backticks")
            << u"``It was a bomb,'' said an official."_s << QStringList{u"``It was a bomb,''"_s};
        QTest::newRow("nested") << u"“He told me ‘never’ twice,” she said."_s
                                << QStringList{u"“He told me ‘never’ twice,”"_s};
        // An opening single mark typed for an apostrophe opens nothing, or the paragraph's
        // quotations after it would all be taken as nested in it.
        QTest::newRow("left mark as apostrophe")
            << u"Lee calls the Tribune‘s stance “a gift to the mayor,” and the Post‘ editors agree."_s
            << QStringList{u"“a gift to the mayor,”"_s};
        // An elision's mark (in ‘08, ‘bout) that never closes holds no quotation: the double quotes
        // inside it stand alone, and a plural possessive inside them closes nothing.
        QTest::newRow("elision never closes")
            << u"Rep. Lena Cruz said in ‘08 that voters “were ready for change,” and still thinks so."_s
            << QStringList{u"“were ready for change,”"_s};
        QTest::newRow("plural possessive inside an elision")
            << u"And how ‘bout the headline “Storm alters residents’ plans.” It ran on Monday."_s
            << QStringList{u"“Storm alters residents’ plans.”"_s};
        QTest::newRow("two in a sentence")
            << u"“Yes,” he said, “and no.”"_s << QStringList{u"“Yes,”"_s, u"“and no.”"_s};
    }
    void marks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(quotes(test::analyzed(text)), expected);
    }

    void apostrophesAreNotQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("don’t") << u"I don’t think Smith’s plan works, he said."_s;
        QTest::newRow("’90s") << u"Music of the ’90s and rock ’n’ roll returned."_s;
        QTest::newRow("plural possessive") << u"The voters’ choice and the parents’ worry."_s;
        QTest::newRow("straight") << u"It's the boys' bikes and O'Brien's car."_s;
    }
    void apostrophesAreNotQuotes()
    {
        QFETCH(QString, text);
        QCOMPARE(quotes(test::analyzed(text)), QStringList());
    }

    void multiParagraph()
    {
        const QString text =
            u"“First part of the speech,\n\n“second part goes on,\n\n“and the end,” Biden said.\n\nNext."_s;
        const auto doc = test::analyzed(text);
        QCOMPARE(doc.quotes().size(), 3);
        QCOMPARE(doc.textOf(doc.quotes().at(0).span), u"“First part of the speech,"_s);
        QCOMPARE(doc.quotes().at(1).continues, doc.quotes().at(0).id);
        QCOMPARE(doc.quotes().at(2).continues, doc.quotes().at(1).id);
        for (const auto &q : doc.quotes())
            QCOMPARE(test::speakerName(doc, q), u"Biden"_s);
    }

    void unbalancedStaysLocal()
    {
        const QString text =
            u"Smith said “this never closes.\n\nA new paragraph with “a real quote,” Jones said."_s;
        const auto doc = test::analyzed(text);
        QCOMPARE(quotes(doc), (QStringList{u"“this never closes."_s, u"“a real quote,”"_s}));
    }

    // Markup a scraped page left in the text: attribute values delimit no quotation, and the
    // quotation after them is still found.
    void markupAttributesAreNoQuotes()
    {
        const auto doc = test::analyzed(
            u"<tweet pic=\"\" author=\"realDonaldTrump\" tweet_id=\"6677\">I did not suggest it.</tweet>\n\n"
            "<tweet tweet-date=\"March 9, 2016\n\">Stands empty.<tweet/>\n\n"
            "Watch at <a href=\"http://video.example.com\">the site</a>. \"We will win,\" Trump said."_s);
        QCOMPARE(quotes(doc), QStringList{u"\"We will win,\""_s});
    }

    void secondOpeningEndsTheFirst()
    {
        const auto doc = test::analyzed(u"He said “one thing and then “another thing,” Jones said."_s);
        QCOMPARE(quotes(doc), (QStringList{u"“one thing and then"_s, u"“another thing,”"_s}));
    }
};

QTEST_GUILESS_MAIN(TestQuoteFinder)
#include "tst_quotefinder.moc"
