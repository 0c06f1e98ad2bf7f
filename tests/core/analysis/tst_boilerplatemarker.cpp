#include "analysis/boilerplatemarker.h"
#include "analysis/paragraphsplitter.h"
#include "io/boilerplate.h"
#include "model/document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho::core;

class TestBoilerplateMarker final : public QObject
{
    Q_OBJECT

private:
    // The excluded paragraphs of text, as their text.
    static QStringList excluded(const QString &text)
    {
        Document doc(text);
        ParagraphSplitter().run(doc);
        BoilerplateMarker().run(doc);
        QStringList out;
        for (const Paragraph &p : doc.paragraphs())
            if (p.excluded)
                out.append(doc.textOf(p.span).toString());
        return out;
    }

private slots:
    void classify_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<int>("kind");
        const int none = int(Boilerplate::Kind::None), line = int(Boilerplate::Kind::Line),
                  tail = int(Boilerplate::Kind::Tail);
        QTest::newRow("see also") << u"See also  A magnitude 6.8 earthquake struck Morocco"_s << line;
        QTest::newRow("see also, caps") << u"SEE ALSO: Five things to know"_s << line;
        QTest::newRow("read more") << u"Read more: Tunnel tolls to rise"_s << line;
        QTest::newRow("share this") << u"Share this:"_s << line;
        QTest::newRow("bulleted") << u"\u2022 Share this"_s << line;
        QTest::newRow("advertisement") << u"Advertisement"_s << line;
        QTest::newRow("leave a reply") << u"Leave a Reply"_s << tail;
        QTest::newRow("leave a reply cancel") << u"Leave a Reply Cancel reply"_s << tail;
        QTest::newRow("email") << u"Your email address will not be published. Required fields are marked *"_s
                               << tail;
        QTest::newRow("comments heading") << u"Comments"_s << tail;
        QTest::newRow("comments with a count") << u"Comments (2)"_s << tail;
        QTest::newRow("count first") << u"3 Comments"_s << tail;
        QTest::newRow("prose starting alike")
            << u"Read more carefully, the report says the council knew about the cracks in 2019, and the "
               "engineers warned the mayor twice that the bridge would need to close for a long time."_s
               "And this goes on and on to make the paragraph far longer than any boilerplate line."_s
            << none;
        QTest::newRow("word prefix only") << u"Relatedly, officials said nothing."_s << none;
        QTest::newRow("comments in prose") << u"Comments by the minister drew criticism."_s << none;
        QTest::newRow("ordinary") << u"“We are ready,” Psaki said."_s << none;
        QTest::newRow("follow the author") << u"Follow Pam Key on Twitter @pamkeyNEN."_s << line;
        QTest::newRow("follow, transcript quote") << u"\"Follow Pam Key on Twitter @pamkeyNEN.\""_s << line;
        QTest::newRow("follow, too many words")
            << u"Follow the money and the men who moved it on Twitter, investigators said."_s << none;
        QTest::newRow("follow in prose") << u"Follow the rules, the judge said on Twitter."_s << none;
    }
    void classify()
    {
        QFETCH(QString, paragraph);
        QFETCH(int, kind);
        QCOMPARE(int(Boilerplate::instance().classify(paragraph)), kind);
    }

    void marksTrailingBoilerplate()
    {
        const QString text =
            u"Headline\n\n“We are ready,” Psaki said.\n\nSee also  A magnitude 6.8 earthquake "
            "struck Morocco\n\n“It has all been disabled,” the official said.\n\nShare this:\n\n"
            "Leave a Reply\n\nYour email address will not be published. Required fields are "
            "marked *\n\nGreat article! said Bob on Monday."_s;
        QCOMPARE(excluded(text),
                 QStringList({u"See also  A magnitude 6.8 earthquake struck Morocco"_s, u"Share this:"_s,
                              u"Leave a Reply"_s,
                              u"Your email address will not be published. Required fields are marked *"_s,
                              u"Great article! said Bob on Monday."_s}));
    }

    void headlineIsNeverBoilerplate()
    {
        QVERIFY(excluded(u"Comments\n\nThe minister’s comments drew criticism."_s).isEmpty());
        QVERIFY(excluded(u"Read more: a single paragraph"_s).isEmpty());
    }

    void sampleArticle()
    {
        QFile f(QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples/biden-putin-summit.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList ex = excluded(QString::fromUtf8(f.readAll()));
        QCOMPARE(ex, QStringList(
                         {u"See also\u00a0 A magnitude 6.8 earthquake struck Morocco"_s, u"Leave a Reply"_s,
                          u"Your email address will not be published. Required fields are marked *"_s}));
    }
};

QTEST_GUILESS_MAIN(TestBoilerplateMarker)
#include "tst_boilerplatemarker.moc"
