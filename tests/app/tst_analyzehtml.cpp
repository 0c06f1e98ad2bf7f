// `saywho analyze page.html --format json`: the page's metadata reaches the JSON, and nothing the
// extractor removed (comments, ads, sidebars, footers, scripts) yields a quote or a date.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAnalyzeHtml final : public QObject
{
    Q_OBJECT

private slots:
    void newsPage()
    {
        QProcess saywho;
        saywho.start(
            QStringLiteral(SAYWHO_BIN),
            {u"analyze"_s, QStringLiteral(SAYWHO_HTML_DATA "/news-page.html"), u"--format"_s, u"json"_s});
        QVERIFY(saywho.waitForFinished(60000));
        QCOMPARE(saywho.exitCode(), 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(saywho.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const QJsonObject doc = root.value(u"document"_s).toObject();
        QCOMPARE(doc.value(u"title"_s).toString(), u"Harbour bridge to close for six months, council says"_s);
        QCOMPARE(doc.value(u"dct"_s).toString(), u"2023-03-14"_s);
        QCOMPARE(doc.value(u"dct_source"_s).toString(), u"metadata"_s);
        QCOMPARE(doc.value(u"author"_s).toString(), u"Maria Okafor"_s);
        QCOMPARE(doc.value(u"site_name"_s).toString(), u"The Coastal Herald"_s);
        QCOMPARE(doc.value(u"url"_s).toString(),
                 u"https://www.coastalherald.example/news/2023/03/14/harbour-bridge-closure"_s);

        // Text that exists only in the page's clutter.
        const QStringList clutter = {u"disgrace"_s,    u"March 15"_s, u"Injected"_s, u"May 5, 2022"_s,
                                     u"January 30"_s,  u"June 4"_s,   u"1901"_s,     u"Holiday deals"_s,
                                     u"we will win"_s, u"cookies"_s,  u"Tuesday"_s,  u"email address"_s};
        for (const char *layer : {"quotes", "dates", "mentions"}) {
            for (const QJsonValue &v : root.value(QString::fromLatin1(layer)).toArray()) {
                const QString text = v.toObject().value(u"text"_s).toString();
                for (const QString &c : clutter)
                    QVERIFY2(!text.contains(c, Qt::CaseInsensitive),
                             qPrintable(u"%1 from clutter: %2"_s.arg(QString::fromLatin1(layer), text)));
            }
        }
        // The article's own quotes are still found.
        bool brandt = false;
        for (const QJsonValue &q : root.value(u"quotes"_s).toArray())
            brandt = brandt || q.toObject().value(u"text"_s).toString().contains(u"steel is tired"_s);
        QVERIFY(brandt);
    }

    // The page's paragraphs survive extraction, so a quote that runs over two paragraphs (the
    // first left open) is found as one quote continued, as in a text file.
    void multiParagraphQuote()
    {
        QProcess saywho;
        saywho.start(QStringLiteral(SAYWHO_BIN),
                     {u"analyze"_s, QStringLiteral(SAYWHO_HTML_DATA "/split-divs.html")});
        QVERIFY(saywho.waitForFinished(60000));
        QCOMPARE(saywho.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(saywho.readAllStandardOutput()).object();
        QString openId;
        bool continued = false;
        for (const QJsonValue &v : root.value(u"quotes"_s).toArray()) {
            const QJsonObject q = v.toObject();
            if (q.value(u"text"_s).toString().startsWith(u"\u201cThey will not accept"_s))
                openId = q.value(u"id"_s).toString();
            if (q.value(u"text"_s).toString().startsWith(u"\u201cIf the company"_s))
                continued = !openId.isEmpty() && q.value(u"continues"_s).toString() == openId;
        }
        QVERIFY(!openId.isEmpty());
        QVERIFY(continued);
    }

    // The plain-text sample ends with a "See also" line and a comment form: they stay in the text
    // but yield nothing.
    void plainTextBoilerplate()
    {
        QProcess saywho;
        saywho.start(
            QStringLiteral(SAYWHO_BIN),
            {u"analyze"_s, QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples/biden-putin-summit.txt")});
        QVERIFY(saywho.waitForFinished(60000));
        QCOMPARE(saywho.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(saywho.readAllStandardOutput()).object();
        QVERIFY(!root.value(u"quotes"_s).toArray().isEmpty());
        const QStringList clutter = {u"magnitude"_s, u"Morocco"_s, u"Reply"_s, u"email"_s, u"Required"_s};
        for (const char *layer : {"quotes", "dates", "mentions"})
            for (const QJsonValue &v : root.value(QString::fromLatin1(layer)).toArray()) {
                const QString text = v.toObject().value(u"text"_s).toString();
                for (const QString &c : clutter)
                    QVERIFY2(!text.contains(c), qPrintable(text));
            }
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeHtml)
#include "tst_analyzehtml.moc"
