#include "analysis/entitylinker.h"
#include "testdocument.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

class TestEntityLinker : public QObject
{
    Q_OBJECT

    static const core::Entity *named(const core::Document &doc, const QString &name)
    {
        for (const auto &e : doc.entities())
            if (e.name == name)
                return &e;
        return nullptr;
    }

private slots:
    void clustersNames()
    {
        const auto doc = test::analyzed(
            u"US Secretary of State Anthony Blinken met Sergei Lavrov. Blinken said little. Later Blingen and Lavrov left."_s);
        const auto *blinken = named(doc, u"Anthony Blinken"_s);
        QVERIFY(blinken);
        QVERIFY(blinken->aliases.contains(u"Blinken"_s));
        QVERIFY2(blinken->aliases.contains(u"Blingen"_s), "misspelled repeat not joined");
        QVERIFY(blinken->roles.contains(u"us secretary of state"_s));
        QVERIFY(named(doc, u"Sergei Lavrov"_s));
        QVERIFY(!named(doc, u"Blingen"_s));
    }

    void keepsNamesakesApart()
    {
        const auto doc = test::analyzed(u"Hillary Clinton and Bill Clinton arrived. Later Clinton spoke."_s);
        QVERIFY(named(doc, u"Hillary Clinton"_s));
        QVERIFY(named(doc, u"Bill Clinton"_s));
    }

    void surnameBeforeFullName()
    {
        const auto doc = test::analyzed(u"Psaki spoke first. Then Jen Psaki left."_s);
        QVERIFY(named(doc, u"Jen Psaki"_s));
        QVERIFY(!named(doc, u"Psaki"_s));
    }

    void genders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("gender");
        QTest::newRow("first name") << u"Jennifer Smith arrived."_s << u"Jennifer Smith"_s
                                    << int(core::Gender::Female);
        QTest::newRow("honorific") << u"Mr. Barrett arrived."_s << u"Barrett"_s << int(core::Gender::Male);
        QTest::newRow("title") << u"Congresswoman Ilhan Omar arrived."_s << u"Ilhan Omar"_s
                               << int(core::Gender::Female);
        QTest::newRow("learned from pronoun")
            << u"Psaki arrived. She spoke."_s << u"Psaki"_s << int(core::Gender::Female);
    }
    void genders()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(int, gender);
        const auto doc = test::analyzed(text);
        const auto *e = named(doc, name);
        QVERIFY(e);
        QCOMPARE(int(e->gender), gender);
    }

    void notPeople_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("place") << u"Officials in Washington and Moscow disagreed."_s << u"Washington"_s;
        QTest::newRow("nationality") << u"Russian forces massed near Ukraine."_s << u"Russian"_s;
        QTest::newRow("sentence start") << u"However, nobody came."_s << u"However"_s;
        QTest::newRow("a lone capitalized word, once")
            << u"Voters waited for hours as the Skin of the city changed, officials said."_s << u"Skin"_s;
        QTest::newRow("weekday") << u"On Sunday, nobody came."_s << u"Sunday"_s;
        QTest::newRow("unknown place after in")
            << u"Trump spoke at a rally in Coral Springs on Friday."_s << u"Coral Springs"_s;
        QTest::newRow("rest of a place") << u"Pence spoke in Fort Wayne on Friday."_s << u"Wayne"_s;
        QTest::newRow("place before a state") << u"Voters in Novi, Michigan, waited."_s << u"Novi"_s;
        QTest::newRow("named day") << u"Trump talked about Election Day with Pence."_s << u"Election Day"_s;
        QTest::newRow("party and state") << u"Sen. Harry Reid (D-Nev.) spoke."_s << u"D-Nev"_s;
        QTest::newRow("contraction") << u"“I’m ready,” Psaki said."_s << u"I’m"_s;
        QTest::newRow("state abbreviation") << u"He lives in Tampa, Fla. He spoke."_s << u"Fla."_s;
        QTest::newRow("hyphenated adjective")
            << u"The Washington-based group said nothing."_s << u"Washington-based"_s;
        QTest::newRow("shouted word") << u"WARNING signs were posted by Biden."_s << u"WARNING"_s;
        QTest::newRow("word written in lower case too")
            << u"Check the list. Biden will check it again."_s << u"Check"_s;
        QTest::newRow("title of a work after its cue word")
            << u"In her 2003 book, Living History, Clinton noted the clot."_s << u"Living History"_s;
        QTest::newRow("a law") << u"He invoked the Fifth Amendment on Friday."_s << u"Fifth Amendment"_s;
        QTest::newRow("a place by its head word")
            << u"He flew over Kaneohe Bay with Obama."_s << u"Kaneohe Bay"_s;
        QTest::newRow("an event with a numeral")
            << u"Obama spoke of World War II at length."_s << u"World War II"_s;
        QTest::newRow("a plan") << u"Obama defended the Clean Power Plan on Monday."_s
                                << u"Clean Power Plan"_s;
        QTest::newRow("verb before a group")
            << u"Prosecutors declined to prosecute bank executives last year."_s
            << u"prosecute bank executives"_s;
        QTest::newRow("code with digits") << u"The group Future45 spent millions."_s << u"Future45"_s;
        QTest::newRow("sentence-initial verb")
            << u"Preys on the weak. Think of that, Johnson said."_s << u"Preys"_s;
        QTest::newRow("headline run over a verb")
            << u"Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.\n\n"
               "New Jersey Gov. Chris Christie described Hillary Clinton as a “disgrace” on Tuesday."_s
            << u"Chris Christie Calls Hillary Clinton"_s;
        QTest::newRow("headline words named nowhere else")
            << u"Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.\n\n"
               "New Jersey Gov. Chris Christie described Hillary Clinton as a “disgrace” on Tuesday."_s
            << u"Police Shooting Comments"_s;
        QTest::newRow("headline with its small words in lower case")
            << u"Grant Scheme Up for Renewal Amid Claims of Waste.\n\nThe scheme is under review, officials said."_s
            << u"Grant Scheme Up"_s;
        QTest::newRow("section heading")
            << u"Mayor Jane Doe spoke first.\n\nFood Safety.\n\nShe said more."_s << u"Food Safety"_s;
        QTest::newRow("heading in capitals")
            << u"FULL TEXT.\n\nMayor Jane Doe spoke first."_s << u"FULL TEXT"_s;
        QTest::newRow("shouted headline")
            << u"JUDGE STEPS ASIDE\n\nThe judge withdrew on Monday."_s << u"JUDGE STEPS ASIDE"_s;
        QTest::newRow("rest of an organisation's name after for")
            << u"He works at the Institute for Rural Affairs in Leeds."_s << u"Rural Affairs"_s;
        QTest::newRow("rest of an organisation's name after on")
            << u"The Board on Professional Conduct met."_s << u"Professional Conduct"_s;
        QTest::newRow("a word after a place") << u"Democrats on Capitol Hill were nervous."_s << u"Hill"_s;
        QTest::newRow("an account") << u"Thanks to @MaryJBlige for the song, Clinton said."_s
                                    << u"MaryJBlige"_s;
        QTest::newRow("a hashtag") << u"Fans wrote #StrongerTogether all night."_s << u"StrongerTogether"_s;
        QTest::newRow("a time zone") << u"The debate starts at 9 p.m. EDT, officials said."_s << u"EDT"_s;
        QTest::newRow("a run-in heading")
            << u"Mayor Jane Doe spoke first.\n\nVeto Power Impedes Reform Efforts: Ending the war is a goal."_s
            << u"Veto Power Impedes Reform Efforts"_s;
        QTest::newRow("a region") << u"His gains in the Middle West may fade, Obama said."_s
                                  << u"Middle West"_s;
        QTest::newRow("an office without a name")
            << u"Jane Doe is Senior Fellow at the Brookings Institution."_s << u"Fellow"_s;
        QTest::newRow("a word after a place, with its name")
            << u"The reporter filed from Midway Atoll on Friday."_s << u"Atoll"_s;
    }
    void notPeople()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QVERIFY(!named(test::analyzed(text), name));
    }

    // Words around a name that are not part of it.
    void qualifiersAndOffices_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("adjective before a first name")
            << u"Rival Hillary Clinton had mocked the complaint."_s << u"Hillary Clinton"_s;
        QTest::newRow("unlisted first name and a middle name")
            << u"“We need people of substance,” said Cornell William Brooks, president of the NAACP."_s
            << u"Cornell William Brooks"_s;
        QTest::newRow("nickname inside the name")
            << u"Del. Marcia \"Cia\" Price shouted to the crowd."_s << u"Marcia \"Cia\" Price"_s;
        QTest::newRow("family role") << u"“We are proud,” Scott's niece said on Friday."_s
                                     << u"Scott's niece"_s;
        QTest::newRow("the state a member represents")
            << u"“It is a photo op,” Rep. Elijah Cummings of Maryland said."_s << u"Elijah Cummings"_s;
        QTest::newRow("an organisation's name with and")
            << u"The House Oversight and Government Reform Committee voted on Thursday."_s
            << u"House Oversight and Government Reform Committee"_s;
        QTest::newRow("office before the name")
            << u"Phoenix City Attorney Brad Holm said no."_s << u"Brad Holm"_s;
        QTest::newRow("a title in capitals before the name")
            << u"Local MP Sarah Chen said the plan was a disgrace."_s << u"Sarah Chen"_s;
        QTest::newRow("an organisation's word in the office")
            << u"Senate Majority Leader Mitch McConnell spoke first."_s << u"Mitch McConnell"_s;
        QTest::newRow("a court's word in the office")
            << u"U.S. Supreme Court Justice Antonin Scalia died."_s << u"Antonin Scalia"_s;
        QTest::newRow("a country's leader by surname") << u"Russia's Putin spoke on Friday."_s << u"Putin"_s;
        QTest::newRow("a known organisation before an office")
            << u"White House press secretary Josh Earnest said no."_s << u"White House"_s;
        QTest::newRow("the person after it")
            << u"White House press secretary Josh Earnest said no."_s << u"Josh Earnest"_s;
        QTest::newRow("a known organisation in a headline")
            << u"Wealthy Voters Abandon Republican Party for Clinton\n\nThe poll surprised Jane Doe."_s
            << u"Republican Party"_s;
        QTest::newRow("a person of an organisation")
            << u"“We won,” said Jennifer Epstein of Lakeside News."_s << u"Jennifer Epstein"_s;
        QTest::newRow("after an outlet's possessive")
            << u"He thanked Lakeside News's Megyn Kelly for the question."_s << u"Megyn Kelly"_s;
        QTest::newRow("organisation's report")
            << u"According to the Elysee Palace report, the summit is on."_s << u"Elysee Palace"_s;
    }
    void qualifiersAndOffices()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const auto doc = test::analyzed(text);
        QVERIFY2(named(doc, name), qPrintable(name));
    }

    void ownedRoleIsOneEntity()
    {
        const auto doc = test::analyzed(u"Trump’s campaign said no. Later Trump’s campaign said yes."_s);
        int campaigns = 0;
        for (const auto &e : doc.entities())
            campaigns += e.name == u"Trump’s campaign"_s ? 1 : 0;
        QCOMPARE(campaigns, 1);
    }

    // One word with a capital inside: an outlet or a brand, unless a surname prefix explains it.
    void camelCase()
    {
        const auto doc = test::analyzed(
            u"PolitiFact rated it false. Ava DuVernay, Mitch McConnell and Peter FitzGerald disagreed."_s);
        const auto *brand = named(doc, u"PolitiFact"_s);
        QVERIFY(brand);
        QCOMPARE(int(brand->kind), int(core::EntityKind::Organization));
        for (const QString &n : {u"Ava DuVernay"_s, u"Mitch McConnell"_s, u"Peter FitzGerald"_s}) {
            const auto *e = named(doc, n);
            QVERIFY2(e, qPrintable(n));
            QCOMPARE(int(e->kind), int(core::EntityKind::Person));
        }
    }

    void courtIsAnOrganisation()
    {
        const auto doc = test::analyzed(u"The Supreme Court ruled. Later the Court said more."_s);
        for (const auto &e : doc.entities())
            QVERIFY2(e.kind != core::EntityKind::Person, qPrintable(e.name));
    }

    // A headline's names are the article's names; a lone word opening a sentence that speaks is one.
    void headlineAndSpeakingNames()
    {
        const auto doc = test::analyzed(
            u"Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.\n\n"
            "New Jersey Gov. Chris Christie described Hillary Clinton as a “disgrace.” Johnson "
            "said nothing.\n\n\"WALLACE: Let us start.\""_s);
        for (const QString &n : {u"Chris Christie"_s, u"Hillary Clinton"_s, u"Johnson"_s, u"WALLACE"_s})
            QVERIFY2(named(doc, n), qPrintable(n));
        int headlineMentions = 0;
        for (const auto &m : doc.mentions())
            headlineMentions += m.span.end < doc.paragraphs().first().span.end ? 1 : 0;
        QCOMPARE(headlineMentions, 2);
        for (const auto &m : doc.mentions())
            QVERIFY2(!doc.textOf(m.span).startsWith(u"Calls"), "a headline verb joined a name");
    }

    void organisations()
    {
        const auto doc = test::analyzed(
            u"The White House and the Justice Department spoke to CNN. The Institute for Rural Affairs, the "
            "Board on Professional Conduct, the Hoover Institution and Netflix did not."_s);
        for (const QString &n :
             {u"White House"_s, u"Justice Department"_s, u"CNN"_s, u"Institute for Rural Affairs"_s,
              u"Board on Professional Conduct"_s, u"Hoover Institution"_s, u"Netflix"_s}) {
            const auto *e = named(doc, n);
            QVERIFY2(e, qPrintable(n));
            QCOMPARE(int(e->kind), int(core::EntityKind::Organization));
        }
    }

    // Organisations named inside a role, an office or a group, and names the run of capitals used
    // to cut short.
    void organisationsInNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("a role's of-phrase")
            << u"Ellen Marsh, the chief executive of the Lakeside Harbour Trust, said so."_s
            << u"Lakeside Harbour Trust"_s;
        QTest::newRow("before the role")
            << u"A Northfield Police Department spokesman said so."_s << u"Northfield Police Department"_s;
        QTest::newRow("in an office")
            << u"Riverside Council Leader Tom Okafor said so."_s << u"Riverside Council"_s;
        QTest::newRow("a known one in an office")
            << u"Senate Minority Leader Harry Reid spoke first."_s << u"Senate"_s;
        QTest::newRow("a court in an office")
            << u"U.S. Supreme Court Justice Antonin Scalia died."_s << u"U.S. Supreme Court"_s;
        QTest::newRow("in a group") << u"Four NYPD officers stood by."_s << u"NYPD"_s;
        QTest::newRow("a head word that opens sentences too")
            << u"He told Lakeside News about it."_s << u"Lakeside News"_s;
        QTest::newRow("a known name holding a function word")
            << u"He told USA Today about it."_s << u"USA Today"_s;
        QTest::newRow("a known name with its article")
            << u"She writes for The Atlantic now."_s << u"Atlantic"_s;
        QTest::newRow("a known name that reads as a verb")
            << u"Morning Consult found the same."_s << u"Morning Consult"_s;
        QTest::newRow("an abbreviation") << u"They met at the U.N. on Monday."_s << u"U.N."_s;
        QTest::newRow("after a person of it")
            << u"“We won,” said Jennifer Epstein of Lakeside News."_s << u"Lakeside News"_s;
        QTest::newRow("a possessive head word")
            << u"He thanked Lakeside News's Megyn Kelly for the question."_s << u"Lakeside News"_s;
        QTest::newRow("a known one's branch") << u"He told BBC Scotland about it."_s << u"BBC Scotland"_s;
        QTest::newRow("a movement") << u"The Movement for Fair Wages, a coalition, met on Monday."_s
                                    << u"Movement for Fair Wages"_s;
    }
    void organisationsInNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const auto doc = test::analyzed(text);
        const auto *e = named(doc, name);
        QVERIFY2(e, qPrintable(name));
        QCOMPARE(int(e->kind), int(core::EntityKind::Organization));
    }

    void notOrganisations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("an acronym for a thing") << u"He watched TV with veterans who have PTSD."_s;
        QTest::newRow("a room") << u"She sat in the Oval Office."_s;
        QTest::newRow("an event") << u"They met at the Lakeside Music Convention."_s;
        QTest::newRow("a state's abbreviation") << u"He lives in Charlotte, N.C., now."_s;
        QTest::newRow("a chant spelled out") << u"The crowd chanted “U-S-A! U-S-A!” for an hour."_s;
        QTest::newRow("a transcript's speaker label") << u"The debate began.\n\n\"HOLT: Good evening.\""_s;
    }
    void notOrganisations()
    {
        QFETCH(QString, text);
        const auto doc = test::analyzed(text);
        for (const auto &e : doc.entities())
            QVERIFY2(e.kind != core::EntityKind::Organization, qPrintable(e.name));
    }

    // The article tests/data/entities/nested-organisations.txt: the organisations nested in roles
    // are entities, and the roles around them still speak.
    void nestedOrganisationsArticle()
    {
        QFile f(QStringLiteral(SAYWHO_TEST_DATA "/entities/nested-organisations.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = test::analyzed(QString::fromUtf8(f.readAll()));
        for (const QString &n : {u"Lakeside Harbour Trust"_s, u"Northfield Police Department"_s,
                                 u"Riverside Council"_s, u"Valley Gazette"_s, u"Morning Consult"_s,
                                 u"Lakeside News"_s, u"Atlantic"_s, u"Getty Images"_s}) {
            const auto *e = named(doc, n);
            QVERIFY2(e, qPrintable(n));
            QCOMPARE(int(e->kind), int(core::EntityKind::Organization));
        }
        for (const auto &e : doc.entities())
            QVERIFY2(e.kind != core::EntityKind::Organization || !e.name.contains(u"Convention"),
                     qPrintable(e.name));
        const auto *marsh = test::quoteContaining(doc, u"another winter"_s);
        QVERIFY(marsh);
        QCOMPARE(test::speakerName(doc, *marsh), u"Ellen Marsh"_s);
        const auto *spokesman = test::quoteContaining(doc, u"Nobody should"_s);
        QVERIFY(spokesman);
        QCOMPARE(int(doc.entity(spokesman->speaker)->kind), int(core::EntityKind::Person));
        const auto *whitfield = test::quoteContaining(doc, u"fair deal"_s);
        QVERIFY(whitfield);
        QCOMPARE(test::speakerName(doc, *whitfield), u"Dana Whitfield"_s);
        // The trust's mention lies inside the role's, which refers to Ellen Marsh.
        const core::Mention *trust = nullptr;
        const core::Mention *role = nullptr;
        for (const auto &m : doc.mentions()) {
            if (doc.textOf(m.span) == u"Lakeside Harbour Trust")
                trust = &m;
            if (doc.textOf(m.span).startsWith(u"the chief executive"))
                role = &m;
        }
        QVERIFY(trust && role);
        QVERIFY(role->span.contains(trust->span));
        QCOMPARE(doc.entity(role->entity)->name, u"Ellen Marsh"_s);
    }

    // A role in apposition to a name is that person: one entity, the role among its roles.
    void appositionIsOnePerson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("role");
        QTest::newRow("role first") << u"The bank's finance director, Maria Costa, told reporters."_s
                                    << u"the bank's finance director"_s;
        QTest::newRow("role with a phrase")
            << u"A spokesman for the ministry, Maria Costa, said so."_s << u"a spokesman"_s;
        QTest::newRow("name first") << u"Maria Costa, the bank's finance director, said so."_s
                                    << u"the bank's finance director"_s;
    }
    void appositionIsOnePerson()
    {
        QFETCH(QString, text);
        QFETCH(QString, role);
        const auto doc = test::analyzed(text);
        const auto *e = named(doc, u"Maria Costa"_s);
        QVERIFY(e);
        QVERIFY2(e->roles.contains(role), qPrintable(e->roles.join(u'|')));
        int people = 0;
        for (const auto &x : doc.entities())
            people += x.kind == core::EntityKind::Person ? 1 : 0;
        QCOMPARE(people, 1);
    }

    void editDistance()
    {
        QCOMPARE(core::EntityLinker::editDistance(u"Blinken", u"Blingen", 2), 1);
        QCOMPARE(core::EntityLinker::editDistance(u"Blinken", u"Lavrov", 2), 3);
        QCOMPARE(core::EntityLinker::editDistance(u"", u"ab", 2), 2);
    }
};

QTEST_GUILESS_MAIN(TestEntityLinker)
#include "tst_entitylinker.moc"
