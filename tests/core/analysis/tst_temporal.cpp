// Temporal tagger rules: one row per phrasing, with the publication date it is read against.

#include "analysis/paragraphsplitter.h"
#include "analysis/temporal/temporallexicon.h"
#include "analysis/temporal/temporaltagger.h"
#include "analysis/tokenizer.h"
#include "lexicon/lexicon.h"
#include "lexicon/wordclass.h"
#include "model/document.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using saywho::core::Document;
using saywho::core::DocumentMetadata;
using saywho::core::TimeExpr;

namespace {

// A document with only the layers the temporal stage needs.
Document tagged(const QString &text, const QString &dct)
{
    DocumentMetadata meta;
    if (!dct.isEmpty()) {
        meta.dct = QDate::fromString(dct, Qt::ISODate);
        meta.dctSource = saywho::core::DctSource::Argument;
    }
    Document doc(text, meta);
    saywho::core::ParagraphSplitter().run(doc);
    saywho::core::Tokenizer().run(doc);
    saywho::core::TemporalTagger().run(doc);
    return doc;
}

const TimeExpr *find(const Document &doc, const QString &span)
{
    for (const TimeExpr &t : doc.timeExprs())
        if (doc.textOf(t.span) == span)
            return &t;
    return nullptr;
}

QString listing(const Document &doc)
{
    QStringList all;
    for (const TimeExpr &t : doc.timeExprs())
        all.append(u"[%1]=%2"_s.arg(doc.textOf(t.span).toString(), t.value));
    return all.join(u' ');
}

} // namespace

class TestTemporal : public QObject
{
    Q_OBJECT

private slots:
    // The date stage skips its own lookup for tokens the main lexicon does not mark Temporal: every
    // word of its lists must carry the mark, or a date would go unseen.
    void everyTemporalWordIsMarked()
    {
        const saywho::core::Lexicon &lexicon = saywho::core::Lexicon::instance();
        for (const QString &w : saywho::core::TemporalLexicon::instance().words()) {
            if (w.contains(u'\'') || w.contains(u'-'))
                continue; // looked up the slow way in any case
            QVERIFY2(lexicon.classesOf(w) & saywho::core::WordClass::Temporal, qPrintable(w));
        }
    }

    void expressions_data();
    void expressions();
    void notDates_data();
    void notDates();
    void datelineWithYearSetsDct();
    void datelineWithoutYearStaysUnderspecified();
    void sampleArticle();
};

void TestTemporal::expressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("dct");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    const QString dct = u"2022-02-21"_s; // a Monday
    auto row = [&](const char *name, const QString &text, const QString &d, const QString &span,
                   const QString &type,
                   const QString &value) { QTest::newRow(name) << text << d << span << type << value; };
    // absolute
    row("month-day-year", u"The talks took place on March 3, 2021."_s, dct, u"March 3, 2021"_s, u"DATE"_s,
        u"2021-03-03"_s);
    row("day-month-year", u"It happened on 3 March 2021 in Paris."_s, dct, u"3 March 2021"_s, u"DATE"_s,
        u"2021-03-03"_s);
    row("abbreviated", u"The meeting is set for Feb. 24."_s, dct, u"Feb. 24"_s, u"DATE"_s, u"2022-02-24"_s);
    row("iso", u"It was released on 2021-03-03 worldwide."_s, dct, u"2021-03-03"_s, u"DATE"_s,
        u"2021-03-03"_s);
    row("us-slash", u"It was released on 03/04/2021 worldwide."_s, dct, u"03/04/2021"_s, u"DATE"_s,
        u"2021-03-04"_s);
    row("year", u"The law passed in 2024 after a long fight."_s, dct, u"2024"_s, u"DATE"_s, u"2024"_s);
    row("decade", u"Prices soared in the 1990s."_s, dct, u"1990s"_s, u"DATE"_s, u"199X"_s);
    row("fiscal", u"Revenue in fiscal 2023 rose."_s, dct, u"fiscal 2023"_s, u"DATE"_s, u"FY2023"_s);
    row("quarter", u"Sales fell in Q3 2022, the company said."_s, dct, u"Q3 2022"_s, u"DATE"_s, u"2022-Q3"_s);
    row("season-year", u"They married in summer 2019."_s, dct, u"summer 2019"_s, u"DATE"_s, u"2019-SU"_s);
    row("weekday-date", u"It ended on Friday, Oct. 23, 1998, at night."_s, dct, u"Friday, Oct. 23, 1998"_s,
        u"DATE"_s, u"1998-10-23"_s);
    row("the-march-noun", u"The March accession will enable them to join."_s, u"1999-02-10"_s, u"March"_s,
        u"DATE"_s, u"1999-03"_s);
    row("late-month", u"He was rescued in late November."_s, dct, u"late November"_s, u"DATE"_s,
        u"2021-11"_s);
    // relative to the DCT
    row("today", u"He arrived today."_s, dct, u"today"_s, u"DATE"_s, u"2022-02-21"_s);
    row("yesterday", u"She left yesterday."_s, dct, u"yesterday"_s, u"DATE"_s, u"2022-02-20"_s);
    row("tomorrow", u"They return tomorrow."_s, dct, u"tomorrow"_s, u"DATE"_s, u"2022-02-22"_s);
    row("tonight", u"We meet tonight."_s, dct, u"tonight"_s, u"TIME"_s, u"2022-02-21TNI"_s);
    row("weekday-night", u"Psaki said in a statement Sunday night."_s, dct, u"Sunday night"_s, u"TIME"_s,
        u"2022-02-20TNI"_s);
    row("this-weekend", u"They will meet in Europe this weekend."_s, dct, u"this weekend"_s, u"DATE"_s,
        u"2022-W08-WE"_s);
    row("last-week", u"Prices rose last week."_s, dct, u"last week"_s, u"DATE"_s, u"2022-W07"_s);
    row("next-month", u"The report is due next month."_s, dct, u"next month"_s, u"DATE"_s, u"2022-03"_s);
    row("earlier-this-month", u"He met Putin in Moscow earlier this month."_s, dct, u"earlier this month"_s,
        u"DATE"_s, u"2022-02"_s);
    row("days-ago", u"The storm hit two days ago."_s, dct, u"two days ago"_s, u"DATE"_s, u"2022-02-19"_s);
    row("year-ago", u"Sales were lower a year ago."_s, dct, u"a year ago"_s, u"DATE"_s, u"2021"_s);
    row("later-this-year", u"Elections are expected later this year."_s, dct, u"later this year"_s, u"DATE"_s,
        u"2022"_s);
    row("past-several-months", u"Prices rose over the past several months."_s, dct, u"past several months"_s,
        u"DURATION"_s, u"PXM"_s);
    row("recently", u"He has recently resigned."_s, dct, u"recently"_s, u"DATE"_s, u"PAST_REF"_s);
    row("now", u"The company is now profitable."_s, dct, u"now"_s, u"DATE"_s, u"PRESENT_REF"_s);
    row("at-present", u"At present, Russia seems ready."_s, dct, u"At present"_s, u"DATE"_s,
        u"PRESENT_REF"_s);
    row("last-saturday", u"The two last spoke Last Saturday."_s, dct, u"Last Saturday"_s, u"DATE"_s,
        u"2022-02-19"_s);
    row("holiday", u"He was found on Thanksgiving Day."_s, dct, u"Thanksgiving Day"_s, u"DATE"_s,
        u"2021-11-25"_s);
    row("end-of-year", u"The plant will close at the end of the year."_s, dct, u"the end of the year"_s,
        u"DATE"_s, u"2022"_s);
    row("in-the-spring", u"They met in the summer."_s, dct, u"the summer"_s, u"DATE"_s, u"2021-SU"_s);
    row("century", u"It was built in the 19th century."_s, dct, u"19th century"_s, u"DATE"_s, u"18"_s);
    row("early-weekday", u"The attack came early Monday."_s, dct, u"Monday"_s, u"DATE"_s, u"2022-02-21"_s);
    row("week-of", u"A hearing is set for the week of March 6."_s, dct, u"the week of March 6"_s, u"DATE"_s,
        u"2022-W09"_s);
    row("anaphoric-next-day", u"He arrived on March 3, 2021. He left the next day."_s, dct, u"the next day"_s,
        u"DATE"_s, u"2021-03-04"_s);
    row("month-day-continued", u"The summit is on April 24 and 25."_s, dct, u"25"_s, u"DATE"_s,
        u"2022-04-25"_s);
    row("this-past-weekend", u"They met this past weekend."_s, dct, u"this past weekend"_s, u"DATE"_s,
        u"2022-W07-WE"_s);
    row("day-after-tomorrow", u"The vote is the day after tomorrow."_s, dct, u"the day after tomorrow"_s,
        u"DATE"_s, u"2022-02-23"_s);
    row("previous-year", u"In 1998 sales fell; the previous year they rose."_s, dct, u"the previous year"_s,
        u"DATE"_s, u"1997"_s);
    row("year-before-plural", u"In 1998 sales fell."_s, dct, u"1998"_s, u"DATE"_s, u"1998"_s);
    row("quarter-adjective", u"The company reported third-quarter earnings."_s, dct, u"third-quarter"_s,
        u"DATE"_s, u"2021-Q3"_s);
    // A company's reporting quarter: the last one completed before the report (dct in Q1 2022).
    row("latest-quarter", u"Net income rose 8% in the latest quarter, the bank said."_s, dct,
        u"the latest quarter"_s, u"DATE"_s, u"2021-Q4"_s);
    row("year-ago-period", u"Sales fell from the year-ago period."_s, dct, u"the year-ago period"_s,
        u"DATE"_s, u"2020-Q4"_s);
    row("current-quarter", u"Margins should widen in the current quarter."_s, dct, u"the current quarter"_s,
        u"DATE"_s, u"2022-Q1"_s);
    // Read in February 2022 the third quarter is 2021's, so its year-ago quarter is 2020's.
    row("year-ago-beside-a-quarter", u"Third-quarter profit was $4 million, up from $3 million a year ago."_s,
        dct, u"a year ago"_s, u"DATE"_s, u"2020-Q3"_s);
    row("year-earlier", u"Sales were $2 billion, up from $1.8 billion a year earlier."_s, dct,
        u"a year earlier"_s, u"DATE"_s, u"2021"_s);
    row("year-earlier-adjective",
        u"Profit was $2 million, compared with year-earlier profit of $1 million."_s, dct, u"year-earlier"_s,
        u"DATE"_s, u"2021"_s);
    row("year-ago-adjective-beside-a-quarter",
        u"Third-quarter profit fell; the year-ago results included a gain."_s, dct, u"year-ago"_s, u"DATE"_s,
        u"2020-Q3"_s);
    row("ordinal-quarter-without-article", u"The firm reported a loss for its fourth quarter."_s, dct,
        u"fourth quarter"_s, u"DATE"_s, u"2021-Q4"_s);
    row("quarter-of-a-named-year", u"Profit rose from the 2020 quarter."_s, dct, u"the 2020 quarter"_s,
        u"DATE"_s, u"2020-Q4"_s);
    row("year-before-ordinal-quarter", u"Sales fell in the 2020 second quarter."_s, dct,
        u"the 2020 second quarter"_s, u"DATE"_s, u"2020-Q2"_s);
    row("spelled-year", u"In nineteen ninety-one the plant closed."_s, dct, u"nineteen ninety-one"_s,
        u"DATE"_s, u"1991"_s);
    row("spelled-round-year", u"The law dates from nineteen ninety."_s, dct, u"nineteen ninety"_s, u"DATE"_s,
        u"1990"_s);
    row("scheduled-present", u"A strike is planned for Friday morning."_s, dct, u"Friday morning"_s,
        u"TIME"_s, u"2022-02-25TMO"_s);
    // tense decides the direction of weekdays and months
    row("past-weekday", u"They met on Tuesday."_s, dct, u"Tuesday"_s, u"DATE"_s, u"2022-02-15"_s);
    row("future-weekday", u"They will vote on Friday."_s, dct, u"Friday"_s, u"DATE"_s, u"2022-02-25"_s);
    row("plans-to-weekday", u"The team plans to leave Kyiv on Friday."_s, dct, u"Friday"_s, u"DATE"_s,
        u"2022-02-25"_s);
    row("plans-as-noun", u"On Friday, when Blinken set aside vacation plans, the talks resumed."_s, dct,
        u"Friday"_s, u"DATE"_s, u"2022-02-18"_s);
    row("past-month", u"Biden met with Putin during a summit in Geneva in June."_s, dct, u"June"_s, u"DATE"_s,
        u"2021-06"_s);
    row("future-month", u"The summit will be held in June."_s, dct, u"June"_s, u"DATE"_s, u"2022-06"_s);
    // a company reports a quarter after it ends: the latest quarter begun, or looking ahead the
    // one just over
    row("quarter-ahead-just-ended", u"It expects to report a third-quarter loss."_s, u"1989-11-02"_s,
        u"third-quarter"_s, u"DATE"_s, u"1989-Q3"_s);
    row("quarter-ahead-next-year", u"It expects to break even in the first quarter."_s, u"1989-11-02"_s,
        u"the first quarter"_s, u"DATE"_s, u"1990-Q1"_s);
    row("quarter-not-begun", u"Profits fell in the fourth quarter."_s, u"1998-01-26"_s,
        u"the fourth quarter"_s, u"DATE"_s, u"1997-Q4"_s);
    // "a year ago" in a later sentence of a quarterly report: the quarter a year back, until the
    // text turns to the nine months
    row("year-ago-after-a-quarter",
        u"Acme posted third-quarter profit of $5 million.\n\nIt had net of $4 million, or 9 cents a share, a year ago."_s,
        u"1989-11-02"_s, u"a year ago"_s, u"DATE"_s, u"1988-Q3"_s);
    row("year-ago-after-nine-months",
        u"Acme posted third-quarter profit of $5 million.\n\nFor the nine months, net was $9 million, up from $8 million a year ago."_s,
        u"1989-11-02"_s, u"a year ago"_s, u"DATE"_s, u"1988"_s);
    row("years-quarter", u"Net sales for this year's third quarter were $14 million."_s, u"1989-11-01"_s,
        u"this year's third quarter"_s, u"DATE"_s, u"1989-Q3"_s);
    row("years-half", u"It could take effect in next year's first half."_s, u"1989-10-31"_s,
        u"next year's first half"_s, u"DATE"_s, u"1990-H1"_s);
    row("current-fiscal-year", u"It expects higher sales in the current fiscal year."_s, u"1989-11-02"_s,
        u"the current fiscal year"_s, u"DATE"_s, u"1989"_s);
    // a schedule word right before the date outweighs the clause's past tense
    row("payable-ahead", u"The board authorized a split, payable Dec. 7 to holders."_s, u"1989-10-27"_s,
        u"Dec. 7"_s, u"DATE"_s, u"1989-12-07"_s);
    row("effective-ahead", u"He was named chairman, effective Feb. 1."_s, u"1989-10-26"_s, u"Feb. 1"_s,
        u"DATE"_s, u"1990-02-01"_s);
    row("possessive-yesterday", u"Shareholders responded coolly to yesterday's announcement."_s,
        u"1989-10-26"_s, u"yesterday"_s, u"DATE"_s, u"1989-10-25"_s);
    row("future-passive-day", u"It will be held at the summit on April 24."_s, u"1999-02-10"_s, u"April 24"_s,
        u"DATE"_s, u"1999-04-24"_s);
    // times and the day they attach to
    row("pm", u"The vote is at 3 p.m. in the chamber."_s, dct, u"3 p.m."_s, u"TIME"_s, u"2022-02-21T15:00"_s);
    row("clock-zone", u"It starts at 10:30 a.m. EST sharp."_s, dct, u"10:30 a.m. EST"_s, u"TIME"_s,
        u"2022-02-21T10:30"_s);
    row("noon", u"They met at noon."_s, dct, u"noon"_s, u"TIME"_s, u"2022-02-21T12:00"_s);
    row("midnight", u"The curfew begins at midnight."_s, dct, u"midnight"_s, u"TIME"_s,
        u"2022-02-21T24:00"_s);
    row("weekday-morning", u"They left Sunday morning."_s, dct, u"Sunday morning"_s, u"TIME"_s,
        u"2022-02-20TMO"_s);
    row("time-with-day", u"They have until 9 a.m. Tuesday to sign."_s, dct, u"9 a.m. Tuesday"_s, u"TIME"_s,
        u"2022-02-22T09:00"_s);
    row("in-the-morning", u"He will leave at 4 in the morning."_s, dct, u"4 in the morning"_s, u"TIME"_s,
        u"2022-02-21T04:00"_s);
    row("oclock-tonight", u"At 10 o'clock tonight, the polls close."_s, dct, u"10 o'clock tonight"_s,
        u"TIME"_s, u"2022-02-21T22:00"_s);
    row("pm-capitals", u"Updated: 3:15 PM EST, Feb. 22, 2022."_s, dct, u"3:15 PM EST"_s, u"TIME"_s,
        u"2022-02-22T15:15"_s);
    row("years-later", u"The 2014 annexation looms; eight years later, the wounds remain."_s, dct,
        u"eight years later"_s, u"DATE"_s, u"2022"_s);
    // durations
    row("years", u"He served for three years."_s, dct, u"three years"_s, u"DURATION"_s, u"P3Y"_s);
    row("decade", u"It took a decade to build."_s, dct, u"a decade"_s, u"DURATION"_s, u"P10Y"_s);
    row("hours", u"Talks lasted 48 hours."_s, dct, u"48 hours"_s, u"DURATION"_s, u"PT48H"_s);
    row("event-anchored", u"He died 13 days after the attack."_s, dct, u"13 days"_s, u"DURATION"_s,
        u"P13D"_s);
    row("days-later", u"He arrived on March 3, 2021. Two days later he left."_s, dct, u"Two days later"_s,
        u"DATE"_s, u"2021-03-05"_s);
    row("hyphenated", u"The family has a 14-day waiting period."_s, dct, u"14-day"_s, u"DURATION"_s,
        u"P14D"_s);
    row("half", u"He spent 5 1/2 hours there."_s, dct, u"5 1/2 hours"_s, u"DURATION"_s, u"PT5H30M"_s);
    row("at-least", u"It must wait at least 72 hours."_s, dct, u"at least 72 hours"_s, u"DURATION"_s,
        u"PT72H"_s);
    // sets
    row("every-week", u"The board meets every week."_s, dct, u"every week"_s, u"SET"_s, u"P1W"_s);
    row("each-season", u"The club changes coaches each season."_s, dct, u"each season"_s, u"SET"_s, u"P1Y"_s);
    row("annually", u"Rallies are held annually."_s, dct, u"annually"_s, u"SET"_s, u"P1Y"_s);
    row("every-sunday", u"They pray every Sunday."_s, dct, u"every Sunday"_s, u"SET"_s, u"XXXX-WXX-7"_s);
    row("twice-a-year", u"They meet twice a year."_s, dct, u"a year"_s, u"SET"_s, u"P1Y"_s);
    // no DCT: relative values stay underspecified
    row("no-dct-weekday", u"They met on Sunday."_s, QString(), u"Sunday"_s, u"DATE"_s, u"XXXX-WXX-7"_s);
    row("no-dct-yesterday", u"She left yesterday."_s, QString(), u"yesterday"_s, u"DATE"_s, u"XXXX-XX-XX"_s);
    row("no-dct-month", u"They met in June."_s, QString(), u"June"_s, u"DATE"_s, u"XXXX-06"_s);
    row("no-dct-absolute", u"It ended on March 3, 2021."_s, QString(), u"March 3, 2021"_s, u"DATE"_s,
        u"2021-03-03"_s);
    // inside a quotation it is still a date
    row("in-quote", u"\u201cWe will decide on Friday,\u201d she said."_s, dct, u"Friday"_s, u"DATE"_s,
        u"2022-02-25"_s);
    row("possessive", u"He criticised Wednesday's ruling."_s, dct, u"Wednesday"_s, u"DATE"_s,
        u"2022-02-16"_s);
    // the period a report is about
    row("the-year", u"For the year, pet food volume was flat."_s, dct, u"the year"_s, u"DATE"_s, u"2022"_s);
    row("the-year-ended", u"It earned $422 million for the year ended Sept. 30."_s, dct, u"the year"_s,
        u"DURATION"_s, u"P1Y"_s);
    row("the-week-possessive", u"It was the week's most active session."_s, dct, u"the week"_s, u"DATE"_s,
        u"2022-W08"_s);
    row("the-latest-fiscal-year", u"Sales rose 27% in the latest fiscal year."_s, dct,
        u"the latest fiscal year"_s, u"DATE"_s, u"2021"_s);
    row("by-year-end", u"The deal should close by year-end."_s, dct, u"year-end"_s, u"DATE"_s,
        u"2022-12-31"_s);
    row("since-year-end", u"The index has risen 5% since year-end."_s, dct, u"year-end"_s, u"DATE"_s,
        u"2021-12-31"_s);
    row("this-month-name", u"The election is due this September."_s, dct, u"this September"_s, u"DATE"_s,
        u"2022-09"_s);
    row("this-quarter-reported", u"Third-quarter profit rose. This quarter's loss includes charges."_s, dct,
        u"This quarter"_s, u"DATE"_s, u"2021-Q3"_s);
    row("quarter-ended", u"In the quarter ended July 31, Jayark had 5.6 million shares."_s, u"1989-10-30"_s,
        u"the quarter"_s, u"DATE"_s, u"1989-Q2"_s);
    row("year-ago-ordinal-quarter", u"In the year-ago third quarter, it earned $22.5 million."_s,
        u"1989-10-30"_s, u"the year-ago third quarter"_s, u"DATE"_s, u"1988-Q3"_s);
    row("half-years", u"They lived in camps for 2 1/2 years."_s, dct, u"2 1/2 years"_s, u"DURATION"_s,
        u"P2Y6M"_s);
    row("and-a-half", u"But a minute and a half later, a pilot calls in."_s, dct, u"a minute and a half"_s,
        u"DURATION"_s, u"PT1M30S"_s);
    row("the-quarter-a-year-ago", u"Profit fell. For the quarter a year ago, it earned $16.3 million."_s,
        u"1989-10-26"_s, u"the quarter a year ago"_s, u"DATE"_s, u"1988-Q3"_s);
    row("a-high-for-the-year", u"It rose to a high for the year of $42.875 a share."_s, dct, u"the year"_s,
        u"DATE"_s, u"2022"_s);
    row("into-the-season", u"Demand stays high well into the summer."_s, dct, u"the summer"_s, u"DATE"_s,
        u"2022-SU"_s);
    row("within-weeks", u"Troops will be committed within weeks."_s, dct, u"weeks"_s, u"DURATION"_s,
        u"PXW"_s);
    row("over-the-years", u"Many more patients died over the years."_s, dct, u"the years"_s, u"DURATION"_s,
        u"PXY"_s);
    row("the-weeks-ahead", u"Funds may sell junk in the weeks ahead."_s, dct, u"the weeks ahead"_s,
        u"DURATION"_s, u"PXW"_s);
    row("in-years", u"It grew for the first time in years."_s, dct, u"years"_s, u"DURATION"_s, u"PXY"_s);
    row("an-additional-year", u"The loan may be extended for an additional year."_s, dct,
        u"an additional year"_s, u"DURATION"_s, u"P1Y"_s);
    row("trading-days", u"Eight trading days after Oct. 12, the index had fallen."_s, dct,
        u"Eight trading days"_s, u"DURATION"_s, u"P8D"_s);
    row("the-previous-weekday",
        u"Shares closed lower Friday. The index fell 4.5% from the previous Friday."_s, dct,
        u"the previous Friday"_s, u"DATE"_s, u"2022-02-11"_s);
    row("overnight-keeps-the-day",
        u"Shares closed lower Friday after overnight losses in New York, down 4.5% from the previous Friday."_s,
        dct, u"the previous Friday"_s, u"DATE"_s, u"2022-02-11"_s);
    // years read out, as in broadcast transcripts
    row("month-spelled-year", u"January nineteen ninety-seven. Atlanta again."_s, dct,
        u"January nineteen ninety-seven"_s, u"DATE"_s, u"1997-01"_s);
    row("the-season-of-spelled-year", u"It is the level we saw in the winter of nineteen ninety-four."_s, dct,
        u"the winter of nineteen ninety-four"_s, u"DATE"_s, u"1994-WI"_s);
    row("the-year-two-thousand", u"He promised to halve it by the year two thousand."_s, dct,
        u"the year two thousand"_s, u"DATE"_s, u"2000"_s);
    // a past perfect looks back, whatever plan or schedule word stands before the date
    row("had-by-weekday", u"Thirty members had filed reports by Wednesday."_s, dct, u"Wednesday"_s, u"DATE"_s,
        u"2022-02-16"_s);
    row("had-been-due", u"The offer had been due to expire Friday evening."_s, dct, u"Friday evening"_s,
        u"TIME"_s, u"2022-02-18TEV"_s);
}

void TestTemporal::expressions()
{
    QFETCH(QString, text);
    QFETCH(QString, dct);
    QFETCH(QString, span);
    QFETCH(QString, type);
    QFETCH(QString, value);
    const Document doc = tagged(text, dct);
    const TimeExpr *t = find(doc, span);
    QVERIFY2(t, qPrintable(u"no [%1] in: %2"_s.arg(span, listing(doc))));
    QCOMPARE(saywho::core::timexTypeName(t->type), type);
    QCOMPARE(t->value, value);
    QVERIFY(!t->provenance.rule.isEmpty());
}

void TestTemporal::notDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::newRow("May as a name") << u"Theresa May said the plan works."_s << u"May"_s;
    QTest::newRow("May as a modal") << u"May I ask a question?"_s << u"May"_s;
    QTest::newRow("March as a verb") << u"March with us, they said."_s << u"March"_s;
    QTest::newRow("march lower case") << u"Thousands march through the city."_s << u"march"_s;
    QTest::newRow("the second") << u"He won the second game easily."_s << u"second"_s;
    QTest::newRow("the period of a reign") << u"It happened in the period of the Tudors."_s << u"period"_s;
    QTest::newRow("the French Quarter") << u"They met in the Quarter on Bourbon Street."_s << u"Quarter"_s;
    QTest::newRow("a second term") << u"She seeks a second term."_s << u"second"_s;
    QTest::newRow("score") << u"The final score was 3-1."_s << u"3-1"_s;
    QTest::newRow("count") << u"More than 2000 people marched."_s << u"2000"_s;
    QTest::newRow("money") << u"It cost $1999 in total."_s << u"1999"_s;
    QTest::newRow("age") << u"A 13-year-old boy was hurt."_s << u"13-year-old"_s;
    QTest::newRow("fraction") << u"He ate 1/2 of the cake."_s << u"1/2"_s;
    QTest::newRow("tv show") << u"He told \u201c60 Minutes\u201d about it."_s << u"60 Minutes"_s;
    QTest::newRow("the March on") << u"He joined the March on Washington."_s << u"March"_s;
    QTest::newRow("the fall of") << u"The fall of the Berlin Wall changed Europe."_s << u"fall"_s;
    QTest::newRow("a quarterly dividend") << u"The board raised its quarterly dividend."_s << u"quarterly"_s;
    QTest::newRow("nineteen people") << u"Nineteen people were hurt."_s << u"Nineteen"_s;
    QTest::newRow("an age in years") << u"Mr. Reupke, 52 years old, will retire."_s << u"52 years"_s;
    QTest::newRow("today's as the present age") << u"It is what today's youth want."_s << u"today"_s;
    QTest::newRow("high noon") << u"It was like High Noon for them."_s << u"Noon"_s;
    QTest::newRow("three-quarters of")
        << u"Iraq imports about three-quarters of its food."_s << u"three-quarters"_s;
    QTest::newRow("a quarter of") << u"It accounts for more than a quarter of the market."_s << u"quarter"_s;
    QTest::newRow("a newspaper") << u"A reporter for USA Today spotted him."_s << u"Today"_s;
    QTest::newRow("a title") << u"Baker said on ABC\u2019s \u201cThis Week\u201d that it was legal."_s
                             << u"This Week"_s;
    QTest::newRow("Now, opening a sentence") << u"Now, he says, it looks different."_s << u"Now"_s;
    QTest::newRow("Currently, opening a sentence")
        << u"Currently, organs are rationed by region."_s << u"Currently"_s;
    QTest::newRow("the foreseeable future")
        << u"Ukraine would remain neutral for the foreseeable future."_s << u"future"_s;
    QTest::newRow("the future of") << u"That is very important to the future of our peoples."_s
                                   << u"future"_s;
    QTest::newRow("the year before") << u"Sales fell from $450 million the year before."_s << u"year"_s;
    QTest::newRow("year-end as a modifier")
        << u"Its year-end net was below the 1987 level."_s << u"year-end"_s;
}

void TestTemporal::notDates()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    const Document doc = tagged(text, u"2022-02-21"_s);
    const int at = int(text.indexOf(word));
    QVERIFY(at >= 0);
    for (const TimeExpr &t : doc.timeExprs())
        QVERIFY2(!t.span.overlaps({at, at + int(word.size())}), qPrintable(listing(doc)));
}

void TestTemporal::datelineWithYearSetsDct()
{
    const Document doc =
        tagged(u"Talks resume\n\nWASHINGTON, Feb. 21, 2022 (Reuters) - Talks began on Sunday."_s, {});
    QCOMPARE(doc.metadata().dct, QDate(2022, 2, 21));
    QCOMPARE(doc.metadata().dctSource, saywho::core::DctSource::Dateline);
    const TimeExpr *t = find(doc, u"Sunday"_s);
    QVERIFY(t);
    QCOMPARE(t->value, u"2022-02-20"_s);
}

void TestTemporal::datelineWithoutYearStaysUnderspecified()
{
    const Document doc =
        tagged(u"HEMPSTEAD, N.Y., Sept. 26 (UPI) -- The meeting was held yesterday, officials said."_s, {});
    QVERIFY(!doc.metadata().dct.isValid());
    QCOMPARE(doc.metadata().dctSource, saywho::core::DctSource::None);
    const TimeExpr *t = find(doc, u"yesterday"_s);
    QVERIFY(t);
    QCOMPARE(t->value, u"XXXX-09-25"_s);
    // The same dateline with a full date later in the text takes that year.
    const Document dated = tagged(
        u"HEMPSTEAD, N.Y., Sept. 26 (UPI) -- The meeting was held yesterday. A vote followed on Sept. 20, 1987."_s,
        {});
    QCOMPARE(dated.metadata().dct, QDate(1987, 9, 26));
}

void TestTemporal::sampleArticle()
{
    // The sample article, read from the shared folder (its text stays out of the repository).
    QFile f(QStringLiteral(SAYWHO_SHARED_DIR "/articles/000_eb02124ce0597417.txt"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("shared sample article not available");
    const Document doc = tagged(QString::fromUtf8(f.readAll()), u"2022-02-21"_s);
    QStringList got;
    for (const TimeExpr &t : doc.timeExprs())
        got.append(doc.textOf(t.span).toString() + u'=' + t.value);
    const QStringList expected = {u"February 24=2022-02-24"_s,     u"At present=PRESENT_REF"_s,
                                  u"Sunday night=2022-02-20TNI"_s, u"Sunday=2022-02-20"_s,
                                  u"earlier this month=2022-02"_s, u"Sunday=2022-02-20"_s,
                                  u"Sunday=2022-02-20"_s,          u"June=2021-06"_s,
                                  u"Last Saturday=2022-02-19"_s,   u"Sunday=2022-02-20"_s,
                                  u"this weekend=2022-W08-WE"_s};
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestTemporal)
#include "tst_temporal.moc"
