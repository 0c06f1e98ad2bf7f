// The highlighter over a hand-made document: only the layers under test, no engine.
#include "formatprobe.h"

#include "view/annotationhighlighter.h"
#include "view/articleview.h"
#include "view/formatrun.h"

#include "model/document.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace saywho;

namespace {

// The format at each position of a text of length size, as runs give it: runs that differ only in
// where they are cut compare equal.
QList<QTextCharFormat> formatsAt(const QList<ui::FormatRun> &runs, int size)
{
    QList<QTextCharFormat> formats(size);
    for (const ui::FormatRun &r : runs)
        for (int i = std::max(r.begin, 0); i < std::min(r.end, size); ++i)
            formats[i] = r.format;
    return formats;
}

bool sortedAndDisjoint(const QList<ui::FormatRun> &runs)
{
    for (qsizetype i = 0; i < runs.size(); ++i)
        if (runs.at(i).end <= runs.at(i).begin || (i > 0 && runs.at(i - 1).end > runs.at(i).begin))
            return false;
    return true;
}

} // namespace

class TestFormatRun final : public QObject
{
    Q_OBJECT

private:
    core::Document m_doc;
    int m_quoteBegin = 0;
    int m_annInQuote = 0;
    int m_monday = 0;
    int m_title = 0;

private slots:
    void initTestCase()
    {
        const QString text =
            u"Ann said: “I, Ann, will be back on Monday.” Bob read “The Times” and said nothing."_s;
        m_doc = core::Document(text);
        auto at = [&](const QString &s) { return int(text.indexOf(s)); };
        m_quoteBegin = at(u"“I,"_s);
        m_annInQuote = at(u"Ann,"_s);
        m_monday = at(u"Monday"_s);
        m_title = at(u"“The Times”"_s);
        const int quoteEnd = at(u"” Bob"_s) + 1;

        m_doc.setParagraphs({{{0, int(text.size())}, false}});
        m_doc.setEntities(
            {{1, u"Ann"_s, {}, {}, core::EntityKind::Person, core::Gender::Female, false, {}, {}},
             {2, u"Bob"_s, {}, {}, core::EntityKind::Person, core::Gender::Male, false, {}, {}}});
        core::Mention ann;
        ann.id = 1;
        ann.span = {0, 3};
        ann.entity = 1;
        core::Mention annInside = ann;
        annInside.id = 2;
        annInside.span = {m_annInQuote, m_annInQuote + 3};
        core::Mention bob;
        bob.id = 3;
        bob.span = {at(u"Bob"_s), at(u"Bob"_s) + 3};
        bob.entity = 2;
        m_doc.setMentions({ann, annInside, bob});
        core::Quote q;
        q.id = 1;
        q.span = {m_quoteBegin, quoteEnd};
        q.speaker = 1;
        q.speakerMention = ann.id;
        q.provenance.rule = u"colon-introduction"_s;
        m_doc.setQuotes({q});
        m_doc.setNonQuotes({{1, {m_title, m_title + 11}, core::NonQuoteKind::Title, {}}});
        m_doc.setTimeExprs({{1, {m_monday, m_monday + 6}, core::TimexType::Date, u"2022-02-21"_s, {}}});
    }

    void runsAreSortedAndDisjoint()
    {
        const ui::SpeakerColors colors(m_doc);
        const QList<ui::FormatRun> runs = ui::FormatRunBuilder(m_doc, colors, ui::SpeakerPalette()).build();
        QVERIFY(!runs.isEmpty());
        for (qsizetype i = 1; i < runs.size(); ++i)
            QVERIFY(runs.at(i - 1).end <= runs.at(i).begin);
    }

    void layersStackInTheView()
    {
        const ui::SpeakerColors colors(m_doc);
        const ui::SpeakerPalette palette;
        ui::ArticleView view;
        view.setArticle(m_doc.text(), 0);
        view.highlighter()->setRuns(ui::FormatRunBuilder(m_doc, colors, palette).build());

        const QColor tint = palette.tint(colors.slotOf(1));
        QCOMPARE(highlightFormatAt(view.document(), m_quoteBegin).background().color(), tint);
        // A speaker's name inside the quote keeps the quote's tint and takes the speaker's ink.
        const QTextCharFormat inside = highlightFormatAt(view.document(), m_annInQuote);
        QCOMPARE(inside.background().color(), tint);
        QCOMPARE(inside.foreground().color(), palette.ink(colors.slotOf(1)));
        // The attributed mention is bold.
        QCOMPARE(highlightFormatAt(view.document(), 1).fontWeight(), int(QFont::Bold));
        // Bob is never quoted: his name stays plain.
        QVERIFY(!highlightFormatAt(view.document(), int(m_doc.text().indexOf(u"Bob"_s)))
                     .hasProperty(QTextFormat::ForegroundBrush));
        QCOMPARE(highlightFormatAt(view.document(), m_monday).underlineStyle(),
                 QTextCharFormat::SingleUnderline);
        QVERIFY(highlightFormatAt(view.document(), m_title + 2).fontItalic());
        QVERIFY(!highlightFormatAt(view.document(), m_title + 2).hasProperty(QTextFormat::BackgroundBrush));
    }

    void layerOffRemovesItsFormats()
    {
        const ui::SpeakerColors colors(m_doc);
        ui::ArticleView view;
        view.setArticle(m_doc.text(), 0);
        ui::FormatRunBuilder builder(m_doc, colors, ui::SpeakerPalette());
        builder.setLayers(ui::AllHighlightLayers & ~ui::HighlightLayers(ui::HighlightLayer::Quotes) &
                          ~ui::HighlightLayers(ui::HighlightLayer::Dates));
        view.highlighter()->setRuns(builder.build());
        QVERIFY(!highlightFormatAt(view.document(), m_quoteBegin).hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(!highlightFormatAt(view.document(), m_annInQuote).hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(highlightFormatAt(view.document(), m_annInQuote).hasProperty(QTextFormat::ForegroundBrush));
        QCOMPARE(highlightFormatAt(view.document(), m_monday).underlineStyle(), QTextCharFormat::NoUnderline);
        // The text itself is never touched.
        QCOMPARE(view.toPlainText(), m_doc.text());
    }

    void normalizedRangesJoinAndSort()
    {
        const ui::TextRanges got =
            ui::normalizedRanges({{10, 12}, {3, 5}, {5, 7}, {20, 20}, {11, 15}, {30, 25}, {40, 41}});
        const ui::TextRanges want{{3, 7}, {10, 15}, {40, 41}};
        QCOMPARE(got, want);
        QVERIFY(ui::normalizedRanges({}).isEmpty());
    }

    void partialBuildMatchesFullBuild_data()
    {
        QTest::addColumn<ui::TextRanges>("ranges");
        QTest::newRow("everything") << ui::TextRanges{{0, 1000}};
        QTest::newRow("the quote") << ui::TextRanges{{m_quoteBegin, m_quoteBegin + 5}};
        QTest::newRow("across runs") << ui::TextRanges{{m_annInQuote - 2, m_monday + 3}};
        QTest::newRow("two pieces") << ui::TextRanges{{1, 2}, {m_title + 3, m_title + 6}};
        QTest::newRow("plain text only") << ui::TextRanges{{4, 8}};
    }

    void partialBuildMatchesFullBuild()
    {
        QFETCH(ui::TextRanges, ranges);
        ranges = ui::normalizedRanges(ranges);
        const ui::SpeakerColors colors(m_doc);
        const ui::FormatRunBuilder builder(m_doc, colors, ui::SpeakerPalette());
        const QList<ui::FormatRun> partial = builder.build(ranges);
        QVERIFY(sortedAndDisjoint(partial));
        const int size = int(m_doc.text().size());
        const QList<QTextCharFormat> full = formatsAt(builder.build(), size);
        const QList<QTextCharFormat> part = formatsAt(partial, size);
        for (int i = 0; i < size; ++i) {
            const bool inside = std::any_of(ranges.cbegin(), ranges.cend(),
                                            [i](const auto &r) { return i >= r.first && i < r.second; });
            if (inside)
                QVERIFY2(part.at(i) == full.at(i), qPrintable(u"position %1"_s.arg(i)));
            else
                QVERIFY2(part.at(i) == QTextCharFormat(), qPrintable(u"outside, position %1"_s.arg(i)));
        }
    }

    // A correction: the new runs inside the ranges it touched, spliced into the old ones, paint what a
    // full build of the corrected document paints, in the runs and in every block's layout.
    void replacedRunsMatchAFullBuild()
    {
        const QString text = u"Ann said: “We will win.”\nBob said: “No.” The Times agreed.\n"
                             u"On Monday, Ann said “Yes” again.\n"_s;
        auto at = [&](const QString &s, int from = 0) { return int(text.indexOf(s, from)); };
        core::Document doc(text);
        doc.setParagraphs({{{0, at(u"\n"_s)}, false}});
        doc.setEntities({{1, u"Ann"_s, {}, {}, core::EntityKind::Person, core::Gender::Female, false, {}, {}},
                         {2, u"Bob"_s, {}, {}, core::EntityKind::Person, core::Gender::Male, false, {}, {}}});
        core::Mention ann1{}, bob{}, ann2{};
        ann1.id = 1, ann1.span = {0, 3}, ann1.entity = 1;
        bob.id = 2, bob.span = {at(u"Bob"_s), at(u"Bob"_s) + 3}, bob.entity = 2;
        ann2.id = 3, ann2.span = {at(u"Ann"_s, 5), at(u"Ann"_s, 5) + 3}, ann2.entity = 1;
        doc.setMentions({ann1, bob, ann2});
        core::Quote q1{}, q2{}, q3{};
        q1.id = 1, q1.span = {at(u"“We"_s), at(u"win.”"_s) + 5}, q1.speaker = 1, q1.speakerMention = 1;
        q2.id = 2, q2.span = {at(u"“No"_s), at(u"No.”"_s) + 4}, q2.speaker = 2, q2.speakerMention = 2;
        q3.id = 3, q3.span = {at(u"“Yes"_s), at(u"Yes”"_s) + 4}, q3.speaker = 1, q3.speakerMention = 3;
        doc.setQuotes({q1, q2, q3});
        doc.setNonQuotes({{1, {at(u"The Times"_s), at(u"The Times"_s) + 9}, core::NonQuoteKind::Title, {}}});
        doc.setTimeExprs(
            {{1, {at(u"Monday"_s), at(u"Monday"_s) + 6}, core::TimexType::Date, u"2022-02-21"_s, {}}});

        ui::SpeakerColors colors(doc);
        const ui::SpeakerPalette palette;
        ui::ArticleView view;
        view.setArticle(text, 0);
        view.highlighter()->setRuns(ui::FormatRunBuilder(doc, colors, palette).build());

        // Bob's quote goes to Ann (Bob is no longer quoted, so his name loses its colour), and the
        // date goes away; the ranges also cut through the untouched title.
        core::Document corrected = doc;
        q2.speaker = 1;
        q2.speakerMention = 3;
        corrected.setQuotes({q1, q2, q3});
        corrected.setTimeExprs({});
        colors.follow(corrected);
        const int title = at(u"The Times"_s);
        const ui::TextRanges ranges = ui::normalizedRanges({{q2.span.begin, q2.span.end},
                                                            {bob.span.begin, bob.span.end},
                                                            {ann2.span.begin, ann2.span.end},
                                                            {at(u"Monday"_s), at(u"Monday"_s) + 6},
                                                            {title + 2, title + 5}});
        const ui::FormatRunBuilder builder(corrected, colors, palette);
        view.highlighter()->replaceRuns(ranges, builder.build(ranges));

        const QList<ui::FormatRun> &runs = view.highlighter()->runs();
        QVERIFY(sortedAndDisjoint(runs));
        const int size = int(text.size());
        const QList<QTextCharFormat> want = formatsAt(builder.build(), size);
        QCOMPARE(formatsAt(runs, size), want);
        for (int i = 0; i < size; ++i)
            if (text.at(i) != u'\n')
                QVERIFY2(highlightFormatAt(view.document(), i) == want.at(i),
                         qPrintable(u"position %1"_s.arg(i)));
    }

    void paletteSlotsDifferAndSurviveDarkThemes()
    {
        for (bool dark : {false, true}) {
            const ui::SpeakerPalette p(dark);
            QSet<QRgb> seen;
            for (int i = 0; i < ui::SpeakerPalette::slotCount(); ++i)
                seen.insert(p.tint(i).rgb());
            QCOMPARE(seen.size(), ui::SpeakerPalette::slotCount());
            // Ink stays readable on the page: clearly darker on light, clearly lighter on dark.
            for (int i = 0; i < ui::SpeakerPalette::slotCount(); ++i)
                QVERIFY(dark ? p.ink(i).lightnessF() > 0.6 : p.ink(i).lightnessF() < 0.4);
        }
    }
};

QTEST_MAIN(TestFormatRun)
#include "tst_formatrun.moc"
