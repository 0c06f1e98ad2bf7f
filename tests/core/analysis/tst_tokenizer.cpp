#include "testdocument.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestTokenizer : public QObject
{
    Q_OBJECT

    static QStringList sentences(const core::Document &doc)
    {
        QStringList out;
        for (const core::Sentence &s : doc.sentences())
            out.append(doc.textOf(s.span).toString());
        return out;
    }
    static QStringList tokens(const core::Document &doc)
    {
        QStringList out;
        for (const core::Token &t : doc.tokens())
            out.append(doc.textOf(t.span).toString());
        return out;
    }

private slots:
    void sentenceSplitting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << u"He left. She stayed."_s << QStringList{u"He left."_s, u"She stayed."_s};
        QTest::newRow("U.S. mid-sentence") << u"The U.S. Senate voted. It passed."_s
                                           << QStringList{u"The U.S. Senate voted."_s, u"It passed."_s};
        QTest::newRow("U.S. at the end") << u"He lives in the U.S. He likes it."_s
                                         << QStringList{u"He lives in the U.S."_s, u"He likes it."_s};
        QTest::newRow("titles") << u"Dr. Smith met Sen. Jones and Gov. Brown."_s
                                << QStringList{u"Dr. Smith met Sen. Jones and Gov. Brown."_s};
        QTest::newRow("months") << u"It happened on Jan. 5 and Feb. 24 in Washington."_s
                                << QStringList{u"It happened on Jan. 5 and Feb. 24 in Washington."_s};
        QTest::newRow("initials") << u"J. R. Smith spoke. Then he left."_s
                                  << QStringList{u"J. R. Smith spoke."_s, u"Then he left."_s};
        QTest::newRow("closing quote")
            << u"“We are ready.” Psaki said so."_s << QStringList{u"“We are ready.”"_s, u"Psaki said so."_s};
        QTest::newRow("question") << u"Who knows? Nobody does!"_s
                                  << QStringList{u"Who knows?"_s, u"Nobody does!"_s};
        QTest::newRow("paragraphs") << u"First line ends here\n\nsecond paragraph"_s
                                    << QStringList{u"First line ends here"_s, u"second paragraph"_s};
        QTest::newRow("decimal") << u"It grew 2.5 percent. Good."_s
                                 << QStringList{u"It grew 2.5 percent."_s, u"Good."_s};
    }
    void sentenceSplitting()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(sentences(test::analyzed(text)), expected);
    }

    void apostrophesStayInWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::newRow("don’t") << u"I don’t know"_s << u"don’t"_s;
        QTest::newRow("Smith’s") << u"Smith’s plan"_s << u"Smith’s"_s;
        QTest::newRow("straight") << u"O'Brien's idea"_s << u"O'Brien's"_s;
        QTest::newRow("’90s") << u"in the ’90s music"_s << u"’90s"_s;
        QTest::newRow("rock ’n’ roll") << u"rock ’n’ roll"_s << u"’n’"_s;
        QTest::newRow("abbreviation") << u"the U.S. Senate"_s << u"U.S."_s;
        QTest::newRow("number") << u"3,210 victims"_s << u"3,210"_s;
        QTest::newRow("time") << u"at 10:30 a.m. sharp"_s << u"a.m."_s;
        QTest::newRow("hyphen") << u"a full-scale offensive"_s << u"full-scale"_s;
    }
    void apostrophesStayInWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, token);
        QVERIFY2(tokens(test::analyzed(text)).contains(token),
                 qPrintable(tokens(test::analyzed(text)).join(u'|')));
    }

    void paragraphs()
    {
        const auto doc = test::analyzed(
            u"Headline\nA wrapped paragraph that goes on well beyond sixty characters before it\nwraps and ends here.\n\n“Quote,” he said.\nAnother paragraph."_s);
        QStringList paras;
        for (const auto &p : doc.paragraphs())
            paras.append(doc.textOf(p.span).toString());
        QCOMPARE(paras.size(), 4);
        QCOMPARE(paras.at(0), u"Headline"_s);
        QVERIFY(paras.at(1).endsWith(u"before it\nwraps and ends here."_s));
        QCOMPARE(paras.at(3), u"Another paragraph."_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
