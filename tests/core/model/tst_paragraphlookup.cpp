#include "model/document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saywho::core::Document;
using saywho::core::Paragraph;

// Document::paragraphAtFrom, the forward walk the stages use, against paragraphAt's binary search.
class TestParagraphLookup : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithParagraphAt()
    {
        // Three paragraphs with gaps between them (blank lines), and text after the last.
        Document doc(u"One two.\n\nThree four five.\n\n\nSix.\nseven"_s);
        doc.setParagraphs({Paragraph{{0, 8}, false}, Paragraph{{10, 26}, true}, Paragraph{{29, 33}, false}});
        const int size = int(doc.text().size());
        for (int from = -1; from <= 4; ++from) {
            for (int pos = 0; pos < size; ++pos)
                QCOMPARE(doc.paragraphAtFrom(pos, from), doc.paragraphAt(pos));
        }
        QCOMPARE(doc.paragraphAt(9), -1); // between paragraphs
        QCOMPARE(doc.paragraphAtFrom(12, 0), 1);
        QCOMPARE(doc.paragraphAtFrom(2, 2), 0); // a hint past the position still finds it
    }

    void walksForward()
    {
        Document doc(u"a\nb\nc\nd"_s);
        doc.setParagraphs({Paragraph{{0, 1}, false}, Paragraph{{2, 3}, false}, Paragraph{{4, 5}, false},
                           Paragraph{{6, 7}, false}});
        int p = 0;
        for (int pos : {0, 2, 4, 6}) {
            p = doc.paragraphAtFrom(pos, p);
            QCOMPARE(p, pos / 2);
        }
        Document empty(u"text"_s);
        QCOMPARE(empty.paragraphAtFrom(0, 0), -1);
    }
};

QTEST_GUILESS_MAIN(TestParagraphLookup)
#include "tst_paragraphlookup.moc"
