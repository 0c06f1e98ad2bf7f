#include "testdocument.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho;

// The bundled sample article: every quotation with its correct speaker, the show title not a quote.
class TestSample : public QObject
{
    Q_OBJECT

    core::Document m_doc;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples/biden-putin-summit.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_doc = test::analyzed(QString::fromUtf8(f.readAll()), QDate(2022, 2, 21));
    }

    void quotes_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::newRow("headline") << u"on policy grounds"_s << u"White House"_s;
        QTest::newRow("psaki") << u"We are always ready for diplomacy"_s << u"Psaki"_s;
        QTest::newRow("statement") << u"relevant stakeholders"_s << u"Emmanuel Macron"_s;
        QTest::newRow("macron") << u"will work with all stakeholders"_s << u"Emmanuel Macron"_s;
        QTest::newRow("blinken") << u"If President Biden can help"_s << u"Anthony Blinken"_s;
        QTest::newRow("official") << u"Blingen and Lavrov will discuss"_s << u"White House official"_s;
    }
    void quotes()
    {
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        const auto *q = test::quoteContaining(m_doc, quote);
        QVERIFY(q);
        QCOMPARE(test::speakerName(m_doc, *q), speaker);
    }

    void onlyThoseQuotes() { QCOMPARE(m_doc.quotes().size(), 6); }

    void showTitleIsNotAQuote()
    {
        QVERIFY(!test::quoteContaining(m_doc, u"State of the Union"_s));
        QCOMPARE(m_doc.nonQuotes().size(), 1);
        QCOMPARE(m_doc.nonQuotes().first().kind, core::NonQuoteKind::Title);
    }

    void headlineQuoteIsFlagged()
    {
        const auto *q = test::quoteContaining(m_doc, u"on policy grounds"_s);
        QVERIFY(q);
        QVERIFY(q->headline);
        QCOMPARE(std::count_if(m_doc.quotes().cbegin(), m_doc.quotes().cend(),
                               [](const core::Quote &x) { return x.headline; }),
                 1);
    }

    // The people panel lists exactly the article's people and organisations.
    void people()
    {
        QStringList names;
        for (const auto &e : m_doc.entities())
            names.append(e.name);
        names.sort();
        QCOMPARE(names, QStringList({u"Anthony Blinken"_s, u"Biden"_s, u"CNN"_s, u"Elysee Palace"_s,
                                     u"Emmanuel Macron"_s, u"French officials"_s, u"Psaki"_s, u"Putin"_s,
                                     u"Sergei Lavrov"_s, u"US officials"_s, u"White House"_s,
                                     u"White House official"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
