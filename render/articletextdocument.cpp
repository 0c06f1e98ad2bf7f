#include "articletextdocument.h"

#include "export/exportpalette.h"
#include "export/exportsupport.h"
#include "export/xmlwriter.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace saywho::render {

namespace {

// The messages' context, declared so that lupdate files them under the one they are looked up in
// (a free tr() wrapper's calls would be filed under the class they are made from).
class ArticleTextDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(saywho::render::ArticleTextDocument)
};

// The ODF writer is XML: a control character in the article would fail the whole file.
QString xml(const QString &text)
{
    return core::XmlWriter::xmlSafe(text);
}

// A hue over white paper at alpha, as the window's tints are.
QColor tint(int slot)
{
    if (slot < 0)
        return QColor(0xe6, 0xe6, 0xe6);
    const QColor h(QRgb(core::SpeakerHues.at(size_t(slot) % core::SpeakerHues.size())));
    const double a = h.lightnessF() > 0.6 ? 0.30 : 0.20;
    return QColor::fromRgbF(float(h.redF() * a + (1 - a)), float(h.greenF() * a + (1 - a)),
                            float(h.blueF() * a + (1 - a)));
}

QColor ink(int slot)
{
    const QColor h(QRgb(core::SpeakerHues.at(size_t(slot) % core::SpeakerHues.size())));
    const QColor hsl = h.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), std::min(0.33f, hsl.lightnessF()));
}

} // namespace

std::unique_ptr<QTextDocument> articleTextDocument(const core::Document &doc)
{
    namespace es = core::exportsupport;
    auto text = std::make_unique<QTextDocument>();
    QFont font(u"serif"_s);
    font.setPointSizeF(11);
    text->setDefaultFont(font);
    QTextCursor c(text.get());
    const QHash<int, int> slots_ = es::speakerSlots(doc);

    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(18);
    titleFormat.setFontWeight(QFont::Bold);
    QTextBlockFormat block;
    block.setBottomMargin(8);
    c.setBlockFormat(block);
    c.insertText(
        xml(doc.metadata().title.isEmpty() ? ArticleTextDocumentText::tr("Article") : doc.metadata().title),
        titleFormat);

    const QList<es::Mark> marks = es::marks(doc);
    const QList<core::Span> lines = es::lines(doc);
    for (const core::Span &line : lines) {
        if (line == lines.first() && doc.textOf(line) == doc.metadata().title)
            continue; // the title, set above
        c.insertBlock(block, QTextCharFormat());
        for (const es::Run &run : es::runs(marks, line)) {
            QTextCharFormat f;
            for (int i : run.marks) {
                const es::Mark &m = marks.at(i);
                if (m.kind == es::Mark::Quote) {
                    f.setBackground(tint(slots_.value(doc.quotes().at(m.index).speaker, -1)));
                } else if (m.kind == es::Mark::Date) {
                    f.setForeground(QColor(0x00, 0x6d, 0x77));
                    f.setFontUnderline(true);
                } else if (m.kind == es::Mark::NonQuote) {
                    f.setFontItalic(true);
                } else if (m.kind == es::Mark::Mention) {
                    const int slot = slots_.value(doc.mentions().at(m.index).entity, -1);
                    if (slot >= 0) {
                        f.setForeground(ink(slot));
                        f.setFontWeight(QFont::DemiBold);
                    }
                }
            }
            c.insertText(xml(doc.textOf(run.span).toString()), f);
        }
    }

    if (!doc.quotes().isEmpty()) {
        QTextCharFormat heading;
        heading.setFontPointSize(14);
        heading.setFontWeight(QFont::Bold);
        c.insertBlock(block, QTextCharFormat());
        c.insertText(ArticleTextDocumentText::tr("Quotations"), heading);
        QTextTableFormat tf;
        tf.setCellPadding(3);
        tf.setCellSpacing(0);
        tf.setBorder(0.5);
        tf.setHeaderRowCount(1);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = c.insertTable(int(doc.quotes().size()) + 1, 4, tf);
        const QStringList headers{ArticleTextDocumentText::tr("Speaker"),
                                  ArticleTextDocumentText::tr("Quotation"),
                                  ArticleTextDocumentText::tr("Kind"), ArticleTextDocumentText::tr("Origin")};
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (int col = 0; col < 4; ++col)
            table->cellAt(0, col).firstCursorPosition().insertText(headers.at(col), bold);
        for (int row = 0; row < doc.quotes().size(); ++row) {
            const core::Quote &q = doc.quotes().at(row);
            QTextCharFormat quoteFormat;
            quoteFormat.setBackground(tint(slots_.value(q.speaker, -1)));
            table->cellAt(row + 1, 0).firstCursorPosition().insertText(xml(es::speakerName(doc, q)));
            table->cellAt(row + 1, 1)
                .firstCursorPosition()
                .insertText(xml(doc.textOf(q.span).toString()), quoteFormat);
            table->cellAt(row + 1, 2).firstCursorPosition().insertText(core::quoteKindName(q.kind));
            table->cellAt(row + 1, 3).firstCursorPosition().insertText(core::originName(q.provenance.origin));
        }
    }
    return text;
}

} // namespace saywho::render
