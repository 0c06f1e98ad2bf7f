#include "testdocument.h"

#include "analysis/attribution/shortquotefeatures.h"
#include "analysis/linearmodel.h"
#include "analysis/tokentext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

// One row per phrasing: which sieve decides and whom it names.
class TestAttribution : public QObject
{
    Q_OBJECT

private slots:
    void sieves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("rule");

        QTest::newRow("“…,” X said") << u"“We are ready,” Jen Psaki said."_s << u"ready"_s << u"Jen Psaki"_s
                                     << u"trailing-said"_s;
        QTest::newRow("“…,” the email said")
            << u"“We must win,” the email said."_s << u"win"_s << u"the email"_s << u"trailing-said"_s;
        QTest::newRow("“…,” said the N-year-old") << u"“We must win,” said the 46-year-old."_s << u"win"_s
                                                  << u"the 46-year-old"_s << u"trailing-said"_s;
        QTest::newRow("a surname that reads as a verb")
            << u"On Monday, Jon Husted spoke in Ohio.\n\nHusted added, “We will appeal this.”"_s
            << u"appeal"_s << u"Jon Husted"_s << u"leading-said"_s;
        QTest::newRow("as X pointed out, “…”")
            << u"But as The Hill pointed out, “Still, he has declined to release his tax returns.”"_s
            << u"tax returns"_s << u"Hill"_s << u"as-put-it"_s;
        QTest::newRow("“…,” said X") << u"“We are ready,” said Jen Psaki."_s << u"ready"_s << u"Jen Psaki"_s
                                     << u"trailing-said"_s;
        QTest::newRow("“…,” X told reporters") << u"“We are ready,” Psaki told reporters on Monday."_s
                                               << u"ready"_s << u"Psaki"_s << u"trailing-said"_s;
        QTest::newRow("past perfect")
            << u"“We are ready,” Psaki had insisted."_s << u"ready"_s << u"Psaki"_s << u"trailing-said"_s;
        QTest::newRow("appositive") << u"“It is over,” Michael Flynn, a top Trump surrogate, said Thursday."_s
                                    << u"over"_s << u"Michael Flynn"_s << u"trailing-said"_s;
        QTest::newRow("parenthesis") << u"“It is over,” Rep. Gwen Moore (D-Wis.) said."_s << u"over"_s
                                     << u"Gwen Moore"_s << u"trailing-said"_s;
        QTest::newRow("X said: “…”") << u"Emmanuel Macron said: “Diplomacy comes first.”"_s << u"Diplomacy"_s
                                     << u"Emmanuel Macron"_s << u"leading-said"_s;
        QTest::newRow("X said, “…”") << u"Emmanuel Macron said, “Diplomacy comes first.”"_s << u"Diplomacy"_s
                                     << u"Emmanuel Macron"_s << u"leading-said"_s;
        QTest::newRow("X wrote on Twitter: “…”")
            << u"Emmanuel Macron wrote on Twitter: “Diplomacy first.”"_s << u"Diplomacy"_s
            << u"Emmanuel Macron"_s << u"leading-said"_s;
        QTest::newRow("sandwich") << u"“Yes,” Olaf Scholz said, “we will.”"_s << u"we will"_s
                                  << u"Olaf Scholz"_s << u"leading-said"_s;
        QTest::newRow("according to")
            << u"The deal is “dead in the water,” according to Senator Joe Manchin."_s << u"dead"_s
            << u"Joe Manchin"_s << u"according-to"_s;
        QTest::newRow("report clause")
            << u"“We will not back down,” said Maria Lopez, reports the Chicago Tribune."_s << u"back down"_s
            << u"Chicago Tribune"_s << u"reported-by"_s;
        QTest::newRow("report clause with a time")
            << u"“We will not back down,” Maria Lopez said, the Chicago Tribune reported Monday."_s
            << u"back down"_s << u"Chicago Tribune"_s << u"reported-by"_s;
        QTest::newRow("reported that is no report clause")
            << u"“We will not back down,” Maria Lopez said, and the Chicago Tribune reported that talks had failed."_s
            << u"back down"_s << u"Maria Lopez"_s << u"trailing-said"_s;
        QTest::newRow("a role holding an organisation")
            << u"“We cannot wait,” said Ellen Marsh, the chief executive of the Lakeside Harbour Trust."_s
            << u"cannot wait"_s << u"Ellen Marsh"_s << u"trailing-said"_s;
        QTest::newRow("a role holding an organisation speaks")
            << u"“Nobody should drive there,” the director of the Riverside Museum Foundation said."_s
            << u"Nobody"_s << u"the director of the Riverside Museum Foundation"_s << u"trailing-said"_s;
        QTest::newRow("who after a role holding an organisation")
            << u"Ellen Marsh, the chief executive of the Lakeside Harbour Trust, who spoke first, said: “We cannot wait.”"_s
            << u"cannot wait"_s << u"Ellen Marsh"_s << u"leading-said"_s;
        QTest::newRow("question the splitter ends") << u"“Would it be fair to them?” Megan Holt pressed."_s
                                                    << u"fair"_s << u"Megan Holt"_s << u"sentence-tail"_s;
        QTest::newRow("inverted verb in no list")
            << u"“What sport is he talking about?” reacted Megan Holt."_s << u"sport"_s << u"Megan Holt"_s
            << u"sentence-tail"_s;
        QTest::newRow("article and adjective before the name")
            << u"“France will stay France,” an angry Olaf Scholz retaliated."_s << u"stay France"_s
            << u"Olaf Scholz"_s << u"sentence-tail"_s;
        QTest::newRow("age and home town between name and verb")
            << u"Cory Jameson, 22, of Flint, Mich., said he had not given up hope for a “surprise” at the convention."_s
            << u"surprise"_s << u"Cory Jameson"_s << u"sentence-verb"_s;
        QTest::newRow("place and state between name and verb")
            << u"Maria Lopez, during a town hall meeting in Columbus, Ohio, said she was “going to win this state.”"_s
            << u"going to win"_s << u"Maria Lopez"_s << u"sentence-verb"_s;
        QTest::newRow("colon after a subordinate clause")
            << u"When Tom Burke suggested the deal was dead, Maria Lopez fired back: “We will sign it next week.”"_s
            << u"sign it"_s << u"Maria Lopez"_s << u"colon-subject"_s;
        QTest::newRow("colon after and")
            << u"The Daily Courier made the same claim in May, and Maria Lopez hit back: “That is simply not true.”"_s
            << u"simply not"_s << u"Maria Lopez"_s << u"colon-subject"_s;
        QTest::newRow("colon after to which")
            << u"Tom Burke called the plan sound, to which Maria Lopez shot back: “It is simply not true.”"_s
            << u"simply not"_s << u"Maria Lopez"_s << u"colon-subject"_s;
        QTest::newRow("as X put it, colon")
            << u"As Maria Lopez, the No. 2 in the party, put it: “This will not pass.”"_s << u"not pass"_s
            << u"Maria Lopez"_s << u"colon-subject"_s;
        QTest::newRow("asked by the host")
            << u"Maria Lopez was asked by host Tom Burke, “Will you run again next year?”"_s << u"run again"_s
            << u"Tom Burke"_s << u"leading-said"_s;
        QTest::newRow("asked by the host, far from the quote")
            << u"Maria Lopez was asked by host Tom Burke, who has backed her opponent for many years now, "
               u"“Will "
               u"you run again next year?”"_s
            << u"run again"_s << u"Tom Burke"_s << u"sentence-verb"_s;
        QTest::newRow("verb of another clause") << u"On the stump, Jane Weld describes the party as “a "
                                                   u"highway up the middle of the road,” and Tom "
                                                   u"Burke says the deficit matters."_s
                                                << u"highway"_s << u"Jane Weld"_s << u"sentence-verb"_s;
        QTest::newRow("in a statement") << u"In a statement, Tesla said the recall was “a precaution.”"_s
                                        << u"precaution"_s << u"Tesla"_s << u"sentence-verb"_s;
        QTest::newRow("partial with verb before")
            << u"Bernie Sanders called the plan “a disaster for farmers.”"_s << u"disaster"_s
            << u"Bernie Sanders"_s << u"sentence-verb"_s;
        QTest::newRow("possessive claim")
            << u"Donald Trump’s claim that there were “thousands of shootings” is true."_s << u"thousands"_s
            << u"Donald Trump"_s << u"speech-noun"_s;
        QTest::newRow("dash signature") << u"“He is unfit to lead.” ― Pamela Padilla"_s << u"unfit"_s
                                        << u"Pamela Padilla"_s << u"dash-signature"_s;
        QTest::newRow("transcript") << u"\"WALLACE: Let’s start with the news.\""_s << u"start"_s
                                    << u"WALLACE"_s << u"transcript-label"_s;
        QTest::newRow("colon paragraph") << u"Donald Trump said:\n\n\"We have a situation in our cities.\""_s
                                         << u"situation"_s << u"Donald Trump"_s << u"colon-introduction"_s;
        QTest::newRow("paragraph continues")
            << u"“We will win,” Kamala Harris said.\n\n“And we will govern.”"_s << u"govern"_s
            << u"Kamala Harris"_s << u"previous-paragraph"_s;
        QTest::newRow("same paragraph") << u"“We will win,” Kamala Harris said. “And we will govern.”"_s
                                        << u"govern"_s << u"Kamala Harris"_s << u"paragraph-speaker"_s;
        QTest::newRow("subject before quote")
            << u"Emmanuel Macron met them.\n\nMacron “will work with all stakeholders.”"_s
            << u"stakeholders"_s << u"Emmanuel Macron"_s << u"subject-before-quote"_s;
        QTest::newRow("colon after a speech noun")
            << u"Barack Obama is rolling out a new message: \"It's about me.\""_s << u"about me"_s
            << u"Barack Obama"_s << u"colon-noun"_s;
        QTest::newRow("contraction is no possessive")
            << u"Donald Trump spoke.\n\nHe’s claiming that fraud is “a big, big problem.”"_s
            << u"big problem"_s << u"Donald Trump"_s << u"sentence-verb"_s;
        QTest::newRow("coordinated verb")
            << u"The Republican nominee Mike Pence outlined his plan and vowed to punish “those who violate rules.”"_s
            << u"violate"_s << u"Mike Pence"_s << u"sentence-verb"_s;
        QTest::newRow("capitalized group") << u"Police say they have \"adequate resources\" for the game."_s
                                           << u"adequate"_s << u"Police"_s << u"sentence-verb"_s;
        QTest::newRow("according to a titled name")
            << u"According to radio host Rush Limbaugh, the move reeks of “fear” today."_s << u"fear"_s
            << u"Rush Limbaugh"_s << u"according-to"_s;
        QTest::newRow("participle")
            << u"Hillary Clinton mocked the complaint, saying it “is not a good night.”"_s << u"good night"_s
            << u"Hillary Clinton"_s << u"sentence-verb"_s;
        QTest::newRow("long relative clause")
            << u"Chris Christie, who has campaigned heavily for Donald Trump since he suspended his own "
               "presidential campaign in February, blasted Hillary Clinton as a “disgrace” on Wednesday."_s
            << u"disgrace"_s << u"Chris Christie"_s << u"sentence-verb"_s;
        QTest::newRow("said X between commas") << u"The plan, said Jen Psaki, is “dead on arrival.”"_s
                                               << u"dead on"_s << u"Jen Psaki"_s << u"sentence-verb"_s;
        QTest::newRow("role named by an appositive")
            << u"\"It is a big year!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), "
               "shouted to the crowd."_s
            << u"big year"_s << u"Marcia \"Cia\" Price"_s << u"trailing-said"_s;
        QTest::newRow("inverted, with a colon")
            << u"Experts disagree. Said Ryan Ellis: “I don’t get the sense she cares.”"_s
            << u"get the sense"_s << u"Ryan Ellis"_s << u"leading-said"_s;
        QTest::newRow("subject with its article after an opening phrase")
            << u"Following a late meeting, the Security Council issued a statement calling the test \"a "
               u"clear "
               "violation\" of its resolutions."_s
            << u"clear violation"_s << u"Security Council"_s << u"sentence-verb"_s;
        QTest::newRow("owner's pronoun is no subject")
            << u"At his cookout, the band leader called guests to the stage, singing \"It's Our Time.\""_s
            << u"Our Time"_s << u"the band leader"_s << u"leading-said"_s;
        QTest::newRow("owner's role of several words")
            << u"“That was outrageous,” Obama's former campaign strategist said in an interview."_s
            << u"outrageous"_s << u"Obama's former campaign strategist"_s << u"trailing-said"_s;
        QTest::newRow("opening participle phrase")
            << u"Hillary Clinton fell ill. After saying her foot was “so swollen I could barely get my shoe "
               "on,” she was rushed to a hospital."_s
            << u"so swollen"_s << u"Hillary Clinton"_s << u"sentence-verb"_s;
        QTest::newRow("head before a prepositional phrase, after the quote")
            << u"\"We will appeal,\" a spokesman for the company said."_s << u"appeal"_s << u"spokesman"_s
            << u"trailing-said"_s;
        QTest::newRow("head before a prepositional phrase, before the quote")
            << u"Officials in Washington said the talks were \"very productive.\""_s << u"productive"_s
            << u"Officials"_s << u"sentence-verb"_s;
        QTest::newRow("a name's tweet is a noun")
            << u"Hillary Clinton is describing as “unhinged” a Donald Trump tweet attacking a former beauty "
               "queen."_s
            << u"unhinged"_s << u"Hillary Clinton"_s << u"sentence-verb"_s;
        QTest::newRow("an organisation's verb after its article")
            << u"\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said."_s << u"least bad"_s
            << u"Morgan"_s << u"trailing-said"_s;
        QTest::newRow("as X put it") << u"Oz is, as Jane Mayer put it in a long profile, “the operator.”"_s
                                     << u"operator"_s << u"Jane Mayer"_s << u"as-put-it"_s;
        QTest::newRow("label pinned with as")
            << u"Harry Reid has been pounding Trump as a “con artist” for weeks."_s << u"con artist"_s
            << u"Harry Reid"_s << u"as-epithet"_s;
        QTest::newRow("second label, same sentence")
            << u"Harry Reid has gone after Trump as a “human leech” and a “spoiled brat.”"_s << u"brat"_s
            << u"Harry Reid"_s << u"paragraph-speaker"_s;
        QTest::newRow("a party's member, capitalized")
            << u"“The race is his to lose,” added another Iowa Democrat."_s << u"his to lose"_s
            << u"Iowa Democrat"_s << u"trailing-said"_s;
        QTest::newRow("a capitalized party word before a role")
            << u"The Republican presidential nominee said the vote was “rigged from the start.”"_s
            << u"rigged"_s << u"The Republican presidential nominee"_s << u"sentence-verb"_s;
        QTest::newRow("a role from the train list")
            << u"“It was not convincing,” said one staffer familiar with the talks."_s << u"convincing"_s
            << u"staffer"_s << u"trailing-said"_s;
        QTest::newRow("a place before the role of an inverted speaker")
            << u"“I can't vote for him,” said Concord resident Whit Symms."_s << u"vote for"_s
            << u"Whit Symms"_s << u"trailing-said"_s;
        QTest::newRow("according to outside the said")
            << u"“I will be voting for him,” Peter Welch said, according to the Associated Press."_s
            << u"voting"_s << u"Associated Press"_s << u"according-to"_s;
        QTest::newRow("a party label before a relative clause")
            << u"Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her to be "
               u"a "
               "“stronger and more aggressive” candidate."_s
            << u"stronger"_s << u"Claire McCaskill"_s << u"sentence-verb"_s;
        QTest::newRow("colon after a verb no list holds")
            << u"John Kasich resisted: “Governors do not have the power to suspend rights.”"_s
            << u"Governors"_s << u"John Kasich"_s << u"colon-subject"_s;
        QTest::newRow("a name alone before the colon")
            << u"The pollsters have their say. Carl Bialik: “Keep on contacting voters as late as possible.”"_s
            << u"contacting"_s << u"Carl Bialik"_s << u"colon-subject"_s;
        // Last resorts when no cue names anyone: the one who acts in the writer's sentence.
        QTest::newRow("subject of a sentence without a speech verb")
            << u"Marco Rubio bemoaned a climate in which people “literally hate each other” today."_s
            << u"hate each"_s << u"Marco Rubio"_s << u"sentence-subject"_s;
        QTest::newRow("subject in the sentence's tail")
            << u"“Let me finish my answer,” Anna Lindqvist beamed."_s << u"finish"_s << u"Anna Lindqvist"_s
            << u"sentence-tail"_s;
        QTest::newRow("subject of the sentence before")
            << u"Anna Lindqvist praised the mayor.\n\n“We need someone who gets things done.”"_s
            << u"gets things"_s << u"Anna Lindqvist"_s << u"previous-subject"_s;
        QTest::newRow("subject of the paragraph")
            << u"Anna Lindqvist smiled at the mayor and the crowd. Then, again, “we need someone who gets "
               u"things "
               "done, and soon.”"_s
            << u"gets things"_s << u"Anna Lindqvist"_s << u"paragraph-subject"_s;
        QTest::newRow("an opening preposition's object is no subject")
            << u"On Twitter, Maria Lopez responded by saying, “Just stop lying.”"_s << u"stop lying"_s
            << u"Maria Lopez"_s << u"leading-said"_s;
        QTest::newRow("a dateline's agency is no subject")
            << u"DENVER (AFP) – Senator Dana Kerr has criticised the plan, saying that “bold claims” help "
               "nobody."_s
            << u"bold claims"_s << u"Dana Kerr"_s << u"leading-said"_s;
        QTest::newRow("participle after a reporting clause")
            << u"Ryan Hale will lose the vote next week, Tom Okoro said, adding, “We have the numbers.”"_s
            << u"numbers"_s << u"Tom Okoro"_s << u"leading-said"_s;
        QTest::newRow("main clause after a subordinate one")
            << u"When Nora Bell was asked about the deal, Tom Okoro laughed and said, “We will see.”"_s
            << u"will see"_s << u"Tom Okoro"_s << u"leading-said"_s;
        QTest::newRow("participle after its object")
            << u"Dana Kerr released a statement saying: “We are proud of the team.”"_s << u"proud"_s
            << u"Dana Kerr"_s << u"leading-said"_s;
        QTest::newRow("participle of a preposition's object")
            << u"The ad shows footage of Dana Kerr asking, “Why not?”"_s << u"Why not"_s << u"Dana Kerr"_s
            << u"leading-said"_s;
        QTest::newRow("name in apposition to an unnamed role")
            << u"Another delegate from the county, Jim Brandt, said he was only “leaning left.”"_s
            << u"leaning left"_s << u"Jim Brandt"_s << u"sentence-verb"_s;
        QTest::newRow("long description opened by an article")
            << u"Pete Sand, a consultant whose firm was recently retained by the campaign of the governor, "
               "said the race was “wide open.”"_s
            << u"wide open"_s << u"Pete Sand"_s << u"sentence-verb"_s;
        QTest::newRow("qualified name after an opening phrase")
            << u"At the party's meeting in Denver last summer, party Chairman Ana Reyes scolded Tom Okoro "
               "for suggesting that voters should “stay home.”"_s
            << u"stay home"_s << u"Ana Reyes"_s << u"sentence-verb"_s;
        QTest::newRow("the reporter of a report speaks")
            << u"Lena Ford said Tom Okoro told her the plan was “dead on arrival.”"_s << u"dead on"_s
            << u"Lena Ford"_s << u"sentence-verb"_s;
        QTest::newRow("said X, before a place")
            << u"“The country has gone mad,” said Adriaan Schout, Europe coordinator at the institute."_s
            << u"gone mad"_s << u"Adriaan Schout"_s << u"trailing-said"_s;
        QTest::newRow("said X, after a party and a role")
            << u"“He peaked too soon,” said Republican political consultant Chris Rusk."_s << u"peaked"_s
            << u"Chris Rusk"_s << u"trailing-said"_s;
        QTest::newRow("signature on a line of its own")
            << u"Dana Kerr spoke in Ohio.\n\n“We will cut taxes for everyone.”\n\n- Dana Kerr.\n\nShe left."_s
            << u"cut taxes"_s << u"Dana Kerr"_s << u"dash-signature"_s;
        QTest::newRow("an agency on a line of its own signs nothing")
            << u"Dana Kerr spoke in Ohio. “We will cut taxes for everyone,” she said.\n\n“And we will "
               "win.”\n\n- Reuters.\n\nShe left."_s
            << u"we will win"_s << u"Dana Kerr"_s << u"previous-paragraph"_s;
    }
    void sieves()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, rule);
        const auto doc = test::analyzed(text);
        const auto *q = test::quoteContaining(doc, quote);
        QVERIFY2(q, "quote not found");
        QCOMPARE(test::speakerName(doc, *q), speaker);
        QCOMPARE(q->provenance.rule, rule);
        QVERIFY(q->provenance.confidence > 0.0);
    }

    // "X pounded his plan as “…”": the owner's pronoun belongs to the object; the label is X's,
    // and X is the mention that names the source.
    void asEpithetSkipsTheObjectsOwner()
    {
        const auto doc =
            test::analyzed(u"Mayor Tom Reyes unveiled a budget on Friday.\n\nGovernor Lena Ortiz "
                           "has been pounding his budget plan as a “house of cards” for weeks."_s);
        const auto *q = test::quoteContaining(doc, u"house of cards"_s);
        QVERIFY(q);
        QCOMPARE(q->provenance.rule, u"as-epithet"_s);
        const core::Mention *m = doc.mention(q->speakerMention);
        QVERIFY(m);
        QCOMPARE(doc.textOf(m->span), u"Governor Lena Ortiz"_s);
    }

    // Pronouns and role nouns resolve to the person; the local mention stays what was written.
    void coreference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("mention");
        QTest::newRow("he") << u"Antony Blinken arrived in Geneva.\n\n“We are ready,” he said."_s
                            << u"ready"_s << u"Antony Blinken"_s << u"he"_s;
        QTest::newRow("she skips a man") << u"Jen Psaki met Joe Biden on Monday. “We are ready,” she said."_s
                                         << u"ready"_s << u"Jen Psaki"_s << u"she"_s;
        QTest::newRow("he skips a woman") << u"Joe Biden met Jen Psaki on Monday. “We are ready,” he said."_s
                                          << u"ready"_s << u"Joe Biden"_s << u"he"_s;
        QTest::newRow("Mr. gives gender") << u"Mr. Obama met Hillary Clinton. “It went well,” he said."_s
                                          << u"went well"_s << u"Obama"_s << u"he"_s;
        QTest::newRow("role by apposition")
            << u"French President Emmanuel Macron called Putin.\n\n“We talked for hours,” the French president said."_s
            << u"talked"_s << u"Emmanuel Macron"_s << u"the French president"_s;
        QTest::newRow("relative who") << u"The meeting ended late. “It was not a convincing argument,” said "
                                         u"Jason Ervin, who added that "
                                         "the White House seemed “rattled and frustrated by all of it.”"_s
                                      << u"rattled"_s << u"Jason Ervin"_s << u"who"_s;
        QTest::newRow("anonymous official")
            << u"“It is not over,” a White House official said."_s << u"over"_s << u"White House official"_s
            << u"a White House official"_s;
        QTest::newRow("the official")
            << u"A White House official spoke on Sunday.\n\n“It is not over,” the official said."_s
            << u"over"_s << u"White House official"_s << u"the official"_s;
        QTest::newRow("group") << u"“The invasion could begin soon,” U.S. officials said."_s << u"invasion"_s
                               << u"U.S. officials"_s << u"U.S. officials"_s;
        QTest::newRow("organisation")
            << u"“We deny it,” the Kremlin said."_s << u"deny"_s << u"Kremlin"_s << u"Kremlin"_s;
        QTest::newRow("a subject pronoun before a name")
            << u"Emmanuel Macron has emerged as a diplomat. He met with Vladimir Putin in Moscow. “We talked "
               u"for "
               "hours,” he said."_s
            << u"talked"_s << u"Emmanuel Macron"_s << u"he"_s;
        QTest::newRow("a role before its name in apposition")
            << u"The bank's finance director, Maria Costa, told reporters: “We are fine.”"_s << u"fine"_s
            << u"Maria Costa"_s << u"The bank's finance director"_s;
        QTest::newRow("a role with its phrase before the name")
            << u"A spokesman for the ministry, Tom Okoro, said the talks “went well” on Monday."_s
            << u"went well"_s << u"Tom Okoro"_s << u"A spokesman"_s;
        QTest::newRow("a role after the name in apposition")
            << u"Maria Costa, the bank's finance director, said the results were “solid” again."_s
            << u"solid"_s << u"Maria Costa"_s << u"Maria Costa"_s;
        QTest::newRow("a holiday is nobody")
            << u"After Christmas, Ann Lee moved.\n\n“We had a good Christmas,” she says."_s
            << u"good Christmas"_s << u"Ann Lee"_s << u"she"_s;
        QTest::newRow("a name before a pronoun")
            << u"Connie Mariano wrote to the doctor. In her 2003 book, Hillary Clinton noted the clot.\n\n"
               "“I could barely walk,” she said."_s
            << u"barely walk"_s << u"Hillary Clinton"_s << u"she"_s;
    }
    void coreference()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, mention);
        const auto doc = test::analyzed(text);
        const auto *q = test::quoteContaining(doc, quote);
        QVERIFY(q);
        QCOMPARE(test::speakerName(doc, *q), speaker);
        QVERIFY(doc.mention(q->speakerMention));
        QCOMPARE(doc.textOf(doc.mention(q->speakerMention)->span).toString(), mention);
    }

    // Framings that look like a label pinned by the subject but are not.
    void notTheSubjectsWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("marked");
        QTest::newRow("passive") << u"The plan was described as a “giveaway” by critics."_s
                                 << u"“giveaway”"_s;
        QTest::newRow("title-case headline")
            << u"Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nThey spoke on Friday."_s
            << u"‘Disgusting Fraud.’"_s;
    }
    void notTheSubjectsWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, marked);
        const auto doc = test::analyzed(text);
        for (const auto &q : doc.quotes())
            QVERIFY2(doc.textOf(q.span) != marked || !q.speaker, "attributed");
        const auto *q = test::quoteContaining(doc, marked.mid(1, marked.size() - 2));
        QVERIFY2(!q || !q->speaker, "attributed");
    }

    // "3,210" is one word: three unattributed words are a scare quote.
    // A speech verb as the article's first word: the sieves look at the word before it, which does
    // not exist. Read out of bounds (QList::at(-1)) before issue 14; a build with Qt's assertions on
    // aborted here.
    void speechVerbAsFirstWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::newRow("said “…”") << u"said “We will win”"_s << u"We will win"_s;
        QTest::newRow("headline") << u"Talks “on track,” says minister"_s << u"on track"_s;
        QTest::newRow("headline, then the article")
            << u"Says “no deal” yet\n\nThe minister spoke on Monday."_s << u"no deal"_s;
    }
    void speechVerbAsFirstWord()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        const auto doc = test::analyzed(text);
        const core::TokenText tt(doc);
        QVERIFY(tt.view(-1).isEmpty());
        QVERIFY(tt.view(tt.size()).isEmpty());
        QVERIFY(!tt.possessive(-1));
        QVERIFY(tt.bare(-1).isEmpty());
        QCOMPARE(tt.first(-1), QChar());
        QVERIFY2(test::quoteContaining(doc, quote) || !doc.nonQuotes().isEmpty(), "the quote is lost");
    }

    void numberIsOneWord()
    {
        const auto doc = test::analyzed(u"The city counted “3,210 shooting victims” this year."_s);
        QVERIFY(!test::quoteContaining(doc, u"shooting"_s));
        QCOMPARE(doc.nonQuotes().size(), 1);
    }

    // A short quoted question or cry is somebody's words even when nobody is named.
    void questionIsNoScareQuote()
    {
        const auto doc = test::analyzed(
            u"Protesters marching through the streets chanted \"What curfew?\" and kept going."_s);
        QVERIFY(test::quoteContaining(doc, u"What curfew"_s));
        QVERIFY(doc.nonQuotes().isEmpty());
    }

    // A few words no reliable sieve attributed: the short-quote model keeps those inside somebody's
    // statement or accusation, and leaves a phrase the writer holds at arm's length a scare quote.
    void shortQuoteModel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker"); // empty: a scare quote
        QTest::newRow("in what X said that …")
            << u"Tom Reyes spoke in Ohio.\n\nThe State Department less than two weeks ago said for the first "
               "time that “top secret” files had passed through the server."_s
            << u"top secret"_s << u"State Department"_s;
        QTest::newRow("in what X accused somebody of")
            << u"Tom Reyes spoke in Ohio.\n\nSenator Tom Reyes spoke on Monday. In 2011, he all but accused "
               "the bank of trying to “debase” the dollar."_s
            << u"debase"_s << u"Tom Reyes"_s;
        QTest::newRow("a label, nobody's words")
            << u"The city council met on Monday. The “big tent” effort drew a crowd."_s << u"big tent"_s
            << QString();
    }
    void shortQuoteModel()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        const auto doc = test::analyzed(text);
        const auto *q = test::quoteContaining(doc, quote);
        if (speaker.isEmpty()) {
            QVERIFY(!q);
            QCOMPARE(doc.nonQuotes().size(), 1);
            QCOMPARE(doc.nonQuotes().first().kind, core::NonQuoteKind::Scare);
            return;
        }
        QVERIFY(q);
        QVERIFY(q->speaker);
        QCOMPARE(doc.entity(q->speaker)->name, speaker);
    }

    // The model file is written by scripts/fit-short-quotes.py for the features the engine computes:
    // a row naming another feature means the two have drifted apart.
    void shortQuoteModelMatchesTheFeatures()
    {
        const auto model = core::LinearModel::load(u"short_quote_model"_s, core::ShortQuoteFeatures::names());
        QCOMPARE(model.unknownFeatures(), QStringList());
        QVERIFY(model.threshold() > 0.0 && model.threshold() < 1.0);
        QList<float> none(core::ShortQuoteFeatures::names().size(), 0.0f);
        QVERIFY(!model.accepts(none));
    }

    void unattributedStaysOpen()
    {
        const auto doc =
            test::analyzed(u"It rained all night.\n\n“Nobody knows what happens next in this war.”"_s);
        const auto *q = test::quoteContaining(doc, u"Nobody"_s);
        QVERIFY(q);
        QCOMPARE(q->speaker, 0);
        QVERIFY(q->provenance.rule.isEmpty());
    }

    // An ordinary word capitalized by its place names no one; a person named so stays.
    void commonWordsAreNoPeople_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("person");
        const QString text =
            u"Tom Okoro spoke in Denver on Monday.\n\nSculpture lovers were worried. Sculpture fans were "
            u"too. Sculpture buyers left.\n\n"
            "The Grand Bargain was a plan. Nobody wanted a grand bargain now, Okoro said.\n\nMr. President, "
            "the people are waiting. Mr. Dovak agreed."_s;
        QTest::newRow("only ever at a sentence start") << text << u"Sculpture"_s << false;
        QTest::newRow("written in lower case elsewhere") << text << u"Grand Bargain"_s << false;
        QTest::newRow("a bare title, even after an honorific") << text << u"President"_s << false;
        QTest::newRow("a full name") << text << u"Tom Okoro"_s << true;
        QTest::newRow("an honorific before an unknown word") << text << u"Dovak"_s << true;
    }

    void commonWordsAreNoPeople()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, person);
        const auto doc = test::analyzed(text);
        bool found = false;
        for (const core::Entity &e : doc.entities())
            found = found || (e.name == name && e.kind == core::EntityKind::Person);
        QCOMPARE(found, person);
        for (const core::Mention &m : doc.mentions())
            QVERIFY(!m.entity || doc.entity(m.entity));
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
