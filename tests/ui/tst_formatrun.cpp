// The highlighter over a hand-made document: only the layers under test, no engine.
#include "formatprobe.h"

#include "view/annotationhighlighter.h"
#include "view/articleview.h"
#include "view/formatrun.h"

#include "model/document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

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
