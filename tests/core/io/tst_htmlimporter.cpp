#include "io/documentloader.h"
#include "io/htmlimporter.h"
#include "io/htmlnestingscan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho::core;

class TestHtmlImporter final : public QObject
{
    Q_OBJECT

private:
    static QString dataPath(const QString &name) { return QStringLiteral(SAYWHO_HTML_DATA "/") + name; }
    static QString expectedText(const QString &page)
    {
        QFile f(dataPath(page.chopped(5) + u".expected.txt"_s));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).trimmed();
    }
    // The sanitizer build (scripts/fuzz.sh) runs these at a tenth of the size: what they check
    // (refusal beyond the nesting limit, no crash) holds there too, in a tenth of the time.
    static int scaled(int n)
    {
#ifdef SAYWHO_SANITIZED
        return n / 10;
#else
        return n;
#endif
    }
    static LoadResult importString(const QString &html)
    {
        return HtmlImporter::fromBytes(html.toUtf8());
    }

private slots:
    void tableInATemplateInATable()
    {
        // A table start tag whose open table is out of scope (behind a <template>) closed every open
        // element and then one more (found by fuzz_htmlimporter; Qt's assertion in a Debug build).
        const QByteArray page = "<table><template><thead><table><p>Talks</p></table></template></table>";
        QCOMPARE(HtmlNestingScan::maxDepth(page), 6);
        const LoadResult r = DocumentLoader::fromWeb(
            "<html><body><table><template><thead><table><p>Talks</p>", QStringLiteral("text/html"), QUrl());
        QVERIFY(r.ok || !r.error.isEmpty());
    }
    void pages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("dct");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("url");
        QTest::newRow("news page: nav, ad, see also, comments, JSON-LD")
            << u"news-page.html"_s << u"Harbour bridge to close for six months, council says"_s
            << u"2023-03-14"_s << u"Maria Okafor"_s << u"The Coastal Herald"_s
            << u"https://www.coastalherald.example/news/2023/03/14/harbour-bridge-closure"_s;
        QTest::newRow("Windows-1252 page in a layout table")
            << u"windows-1252.html"_s << u"Caf\u00e9 owners protest new terrace fees"_s << u"2021-09-08"_s
            << u"Ren\u00e9e Dubois"_s << u"Le Petit Journal"_s << QString();
        QTest::newRow("body split across divs, date from <time>")
            << u"split-divs.html"_s << u"Rail strike talks collapse after twelve hours"_s << u"2024-11-05"_s
            << QString() << QString() << QString();
        QTest::newRow("malformed: unclosed tags, JSON-LD @graph")
            << u"malformed.html"_s << u"Flood defences hold as river peaks"_s << u"2022-01-17"_s
            << u"Sam Whitfield"_s << u"Valley Voice"_s << QString();
        // Written before the extractor was run on them, as a check on pages it was not tuned to.
        QTest::newRow("WordPress post: share, likes, related, comments, widgets")
            << u"blog-post.html"_s << u"Why the library vote matters"_s << u"2023-06-02"_s
            << u"Jan Kowalski"_s << u"Riverside Notes"_s
            << u"https://riversidenotes.example/2023/06/02/library-vote/"_s;
        QTest::newRow("generated class names, figure, newsletter box, inline read-more")
            << u"modern-news.html"_s << u"Wildfire forces thousands to flee"_s << u"2025-08-11"_s
            << u"Lena Fischer"_s << u"World Wire"_s << QString();
        QTest::newRow("only <div>s with meaningless classes, unmarked comments")
            << u"no-semantics.html"_s << u"Port workers accept new contract"_s << u"2022-10-19"_s << QString()
            << QString() << QString();
        QTest::newRow("interview: pull quote, caption, embedded post")
            << u"interview.html"_s
            << u"\u2018We were never taught to fail\u2019: a chef on closing her restaurant"_s
            << u"2024-04-27"_s << u"Tom\u00e1s Ortega"_s << u"The Weekly Table"_s << QString();
        QTest::newRow("AMP page: amp-ad, amp-sidebar, amp-social-share")
            << u"amp-page.html"_s << u"Museum returns looted bronzes"_s << u"2023-11-28"_s << u"Kofi Mensah"_s
            << u"News Example"_s << u"https://news.example.org/culture/museum-bronzes"_s;
        QTest::newRow("1990s page: <br><br> paragraphs, <font>, no date metadata")
            << u"old-school.html"_s << u"Mill Street school to get new roof"_s << QString() << QString()
            << QString() << QString();
    }
    void pages()
    {
        QFETCH(QString, page);
        QFETCH(QString, title);
        QFETCH(QString, dct);
        QFETCH(QString, author);
        QFETCH(QString, site);
        QFETCH(QString, url);
        const LoadResult r = DocumentLoader::loadFile(dataPath(page));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString expected = expectedText(page);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(r.document.text(), expected);
        const DocumentMetadata &m = r.document.metadata();
        QCOMPARE(m.title, title);
        QCOMPARE(m.dct.toString(Qt::ISODate), dct);
        QCOMPARE(m.dctSource, dct.isEmpty() ? DctSource::None : DctSource::Metadata);
        QCOMPARE(m.author, author);
        QCOMPARE(m.siteName, site);
        QCOMPARE(m.url.toString(), url);
        QCOMPARE(m.path, dataPath(page));
    }

    void metadataSources_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("dct");
        QTest::addColumn<QString>("author");
        const QString para =
            u"<p>The minister said the plan would be published later this year, after talks.</p>"_s;
        QTest::newRow("og:title beats h1 and title")
            << u"<title>T | Site</title><meta property=og:title content='OG title'>"_s
            << u"<h1>H1 title</h1>"_s + para << u"OG title"_s << QString() << QString();
        QTest::newRow("h1 beats title")
            << u"<title>Page title here now | Site</title>"_s << u"<h1>H1 title</h1>"_s + para
            << u"H1 title"_s << QString() << QString();
        QTest::newRow("title without site suffix")
            << u"<title>Plan to be published later | Site</title><meta property=og:site_name content=Site>"_s
            << para << u"Plan to be published later"_s << QString() << QString();
        QTest::newRow("time datetime")
            << QString() << u"<h1>A</h1><time datetime=2020-05-06T23:30:00-05:00>May 6</time>"_s + para
            << u"A"_s << u"2020-05-06"_s << QString();
        QTest::newRow("JSON-LD array, author list")
            << u"<script type=application/ld+json>[{\"@type\":\"NewsArticle\",\"headline\":\"LD\","
               "\"datePublished\":\"2019-02-03\",\"author\":[{\"name\":\"A B\"},{\"name\":\"C D\"}]}]</script>"_s
            << para << u"LD"_s << u"2019-02-03"_s << u"A B, C D"_s;
        QTest::newRow("broken JSON-LD is ignored")
            << u"<script type=application/ld+json>{\"@type\":\"NewsArticle\", broken</script>"
               "<meta name=author content='Jo Lee'>"_s
            << u"<h1>X</h1>"_s + para << u"X"_s << QString() << u"Jo Lee"_s;
        QTest::newRow("article:author URL is not a name")
            << u"<meta property=article:author content='https://facebook.com/someone'>"_s
            << u"<h1>X</h1><p class=byline>By Kim Park</p>"_s + para << u"X"_s << QString() << u"Kim Park"_s;
        QTest::newRow("og:title loses the site name")
            << u"<meta property=og:title content='Plan approved | Site'><meta property=og:site_name content=Site>"_s
            << u"<h1>Plan approved</h1>"_s + para << u"Plan approved"_s << QString() << QString();
        QTest::newRow("h1 the metadata does not repeat is a section name")
            << u"<meta property=og:title content='Plan approved'>"_s << u"<h1>Politics</h1>"_s + para
            << u"Plan approved"_s << QString() << QString();
        QTest::newRow("no title anywhere: the first line")
            << QString() << para
            << u"The minister said the plan would be published later "
               "this year, after talks."_s
            << QString() << QString();
        QTest::newRow("RFC 2822 date") << u"<meta name=date content='Mon, 21 Feb 2022 08:00:00 GMT'>"_s
                                       << u"<h1>X</h1>"_s + para << u"X"_s << u"2022-02-21"_s << QString();
        QTest::newRow("nonsense date is ignored")
            << u"<meta property=article:published_time content='yesterday'>"_s << u"<h1>X</h1>"_s + para
            << u"X"_s << QString() << QString();
        QTest::newRow("Go's zero time is ignored; the next source counts")
            << u"<meta property=article:published_time content='0001-01-01T00:00:00Z'>"
               "<meta name=date content='2021-03-04'>"_s
            << u"<h1>X</h1>"_s + para << u"X"_s << u"2021-03-04"_s << QString();
        QTest::newRow("a date far in the future is ignored")
            << u"<meta property=article:published_time content='2999-01-01'>"_s << u"<h1>X</h1>"_s + para
            << u"X"_s << QString() << QString();
    }
    void implausibleDateWarns()
    {
        const LoadResult r =
            importString(u"<meta property=article:published_time content='0001-01-01T00:00:00Z'>"
                         "<h1>X</h1><p>The minister said the plan would be published soon.</p>"_s);
        QVERIFY(r.ok);
        QVERIFY(!r.document.metadata().dct.isValid());
        QVERIFY2(r.warnings.join(u'\n').contains(u"0001-01-01"_s), qPrintable(r.warnings.join(u'\n')));
    }
    void metadataSources()
    {
        QFETCH(QString, head);
        QFETCH(QString, body);
        QFETCH(QString, title);
        QFETCH(QString, dct);
        QFETCH(QString, author);
        const LoadResult r =
            importString(u"<html><head>"_s + head + u"</head><body>"_s + body + u"</body></html>"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        const DocumentMetadata &m = r.document.metadata();
        QCOMPARE(m.title, title);
        QCOMPARE(m.dct.toString(Qt::ISODate), dct);
        QCOMPARE(m.dctSource, dct.isEmpty() ? DctSource::None : DctSource::Metadata);
        QCOMPARE(m.author, author);
    }

    void canonicalResolvesAgainstFetchedUrl()
    {
        const QByteArray page =
            "<html><head><link rel=canonical href='/a/b'></head><body><h1>X</h1>"
            "<p>Some article text that is long enough to count as prose here.</p></body></html>";
        const LoadResult fetched = HtmlImporter::fromBytes(page, {}, QUrl(u"https://news.example/x?utm=1"_s));
        QCOMPARE(fetched.document.metadata().url, QUrl(u"https://news.example/a/b"_s));
        // A saved file has no base, so a relative canonical link means nothing.
        const LoadResult saved = HtmlImporter::fromBytes(page, u"x.html"_s);
        QVERIFY(saved.document.metadata().url.isEmpty());
        // Only web addresses count.
        const LoadResult js =
            HtmlImporter::fromBytes("<link rel=canonical href='javascript:alert(1)'><p>Some article text "
                                    "long enough to be prose.</p>",
                                    {}, QUrl(u"https://news.example/x"_s));
        QCOMPARE(js.document.metadata().url, QUrl(u"https://news.example/x"_s));
    }

    void nothingActiveReachesTheText()
    {
        const LoadResult r = importString(
            u"<body><script>alert('“Run me,” said the script on May 1.')</script><style>p{}</style>"
            "<noscript>Enable JavaScript</noscript><iframe src='https://x.example'>frame</iframe>"
            "<p>The article’s only paragraph is long enough to be the article.</p>"
            "<p hidden>Hidden text</p><p style='display: none'>Invisible text</p>"
            "<template><p>Template text</p></template></body>"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.document.text(), u"The article’s only paragraph is long enough to be the article."_s);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QString text = u"Caf\u00e9 \u201cna\u00efve\u201d text with enough letters to be an article."_s;
        QTest::newRow("meta charset") << (QByteArray("<meta charset=\"iso-8859-1\"><p>Caf\xe9 ") +
                                          "\x93na\xefve\x94 text with enough letters to be an article.</p>")
                                      << text;
        QTest::newRow("http-equiv") << (QByteArray("<meta http-equiv=Content-Type content='text/html; "
                                                   "charset=windows-1252'><p>Caf\xe9 \x93na\xefve\x94 ") +
                                        "text with enough letters to be an article.</p>")
                                    << text;
        QTest::newRow("windows-1251 through ICU")
            << QByteArray("<meta charset=windows-1251><p>\xcf\xf0\xe8\xe2\xe5\xf2, text with enough letters "
                          "to be an article.</p>")
            << u"\u041f\u0440\u0438\u0432\u0435\u0442, text with enough letters to be an article."_s;
        QTest::newRow("unknown charset falls back")
            << (QByteArray("<meta charset=x-nonsense><p>") + text.toUtf8() + "</p>") << text;
        QTest::newRow("UTF-8 BOM") << (QByteArray("\xEF\xBB\xBF<p>") + text.toUtf8() + "</p>") << text;
        // The WHATWG Encoding Standard has no UTF-32, UTF-7 or EBCDIC: such a label is ignored.
        for (const char *label : {"utf-32", "UTF-7", "cp037", "ebcdic-cp-us", "x-user-defined-nonsense"})
            QTest::newRow(qPrintable(u"declared %1 is ignored"_s.arg(QLatin1StringView(label))))
                << (QByteArray("<meta charset=") + label + "><p>" + text.toUtf8() + "</p>") << text;
        QTest::newRow("undeclared UTF-8 with a stray byte stays UTF-8")
            << (QByteArray("<p>") + text.toUtf8() + "\xFF</p>") << (text + u"\uFFFD"_s);
        QTest::newRow("undeclared UTF-8") << (QByteArray("<p>") + text.toUtf8() + "</p>") << text;
        QTest::newRow("undeclared, not UTF-8")
            << (QByteArray("<p>Caf\xe9 \x93na\xefve\x94 text with enough letters to be an article.</p>"))
            << text;
        QTest::newRow("meta after a long comment")
            << (QByteArray("<!--") + QByteArray(2000, 'x') +
                "--><meta charset=windows-1252><p>Caf\xe9 "
                "\x93na\xefve\x94 text with enough letters to be an article.</p>")
            << text;
        QTest::newRow("UTF-16 BOM") << (QByteArray("\xFF\xFE") +
                                        QByteArray(reinterpret_cast<const char *>(
                                                       (u"<p>"_s + text + u"</p>"_s).utf16()),
                                                   (text.size() + 7) * 2))
                                    << text;
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const LoadResult r = HtmlImporter::fromBytes(bytes);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.document.text(), expected);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        const QByteArray prose = "<p>Some article text that is long enough to count as prose.</p>";
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("white space") << QByteArray("  \n ") << false;
        QTest::newRow("no text") << QByteArray("<html><body><img src=x></body></html>") << false;
        QTest::newRow("100 000 nested divs")
            << (QByteArray("<div>").repeated(scaled(100000)) + prose) << false;
        QTest::newRow("100 000 nested spans")
            << (QByteArray("<span>").repeated(scaled(100000)) + prose) << false;
        QTest::newRow("50 000 <a><b>") << (QByteArray("<a><b>x").repeated(scaled(50000)) + prose) << false;
        QTest::newRow("2 000 closed nested divs")
            << (QByteArray("<div>").repeated(2000) + prose + QByteArray("</div>").repeated(2000)) << true;
        QTest::newRow("100 000 unclosed paragraphs")
            << (QByteArray("<p>Some text here, more words.\n").repeated(scaled(100000))) << true;
        QTest::newRow("svg icons do not count as nesting")
            << (QByteArray("<svg><path d=''/><circle r=1 /></svg>").repeated(scaled(5000)) + prose) << true;
        QTest::newRow("50 000 nested optgroups")
            << (QByteArray("<optgroup>").repeated(scaled(50000)) + prose) << false;
        QTest::newRow("50 000 <li><dd>") << (QByteArray("<li><dd>").repeated(scaled(50000)) + prose) << false;
        QTest::newRow("nesting hidden after <!-->")
            << ("<!-->" + QByteArray("<div>").repeated(scaled(50000)) + prose) << false;
        QTest::newRow("nesting hidden in <noscript>")
            << ("<noscript>" + QByteArray("<div>").repeated(scaled(50000)) + prose) << false;
        QTest::newRow("50 000 unclosed <b id=N> in paragraphs") << [] {
            QByteArray b;
            for (int i = 0; i < scaled(50000); ++i)
                b += "<p><b id=" + QByteArray::number(i) + ">x</p>";
            return b;
        }() << false;
        QTest::newRow("50 000 table cells with unclosed links") << [&] {
            QByteArray b = "<table><tr>";
            for (int i = 0; i < scaled(50000); ++i)
                b += "<td><a href=" + QByteArray::number(i) + ">x</td>";
            return b + "</table>" + prose;
        }() << true;
        QTest::newRow("50 000 ruby annotations")
            << (QByteArray("<ruby>x<rt>y</ruby>").repeated(scaled(50000)) + prose) << true;
        QTest::newRow("100 000 list items")
            << ("<ul>" + QByteArray("<li>item text").repeated(scaled(100000)) + prose) << true;
        QTest::newRow("unterminated comment") << (prose + "<!-- never closed") << true;
        QTest::newRow("an element with 100 000 attributes") << [&] {
            QByteArray b = "<div";
            for (int i = 0; i < scaled(100000); ++i)
                b += " a" + QByteArray::number(i) + "=x";
            return b + ">" + prose + "</div>";
        }() << false;
        QTest::newRow("1 000 attributes, the most an element may have") << [&] {
            QByteArray b = "<div";
            for (int i = 0; i < 1000; ++i)
                b += " a" + QByteArray::number(i) + "='x>y'";
            return b + ">" + prose + "</div>";
        }() << true;
        QTest::newRow("50 000 comments")
            << (QByteArray("<p>Text of the article, with words.</p><!-- -->").repeated(scaled(50000)))
            << true;
        QTest::newRow("unterminated attribute") << (prose + "<a href=\"never closed>text") << true;
        QTest::newRow("NUL bytes deep in the page")
            << (prose.repeated(20) + QByteArray(10, '\0') + prose) << true;
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << false;
    }
    void hostileInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = HtmlImporter::fromBytes(bytes);
        QCOMPARE(r.ok, ok);
        if (!ok)
            QVERIFY(!r.error.isEmpty());
        QVERIFY2(timer.elapsed() < 10000, "import took more than 10 s");
    }

    // Pages stitched together from random pieces of markup, text and garbage: every one opens or is
    // refused with a message, quickly. The seed is fixed, so a failure can be replayed.
    void randomMarkup()
    {
        static const char *const pieces[] = {
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<b>",
            "</b>",
            "<i class=share>",
            "</i>",
            "<a href=x>",
            "</a>",
            "<table>",
            "<tr>",
            "<td>",
            "</td>",
            "</table>",
            "<ul>",
            "<li>",
            "</ul>",
            "<dd>",
            "<dt>",
            "<!--",
            "-->",
            "<!-->",
            "<script>",
            "</script>",
            "<style>",
            "<svg>",
            "<path/>",
            "</svg>",
            "<math>",
            "<br>",
            "<br/>",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "&nbsp;",
            "&",
            "\"",
            "'",
            "=",
            ">",
            "<",
            "</",
            "<!",
            "<?",
            "\xff",
            "\xc3\xa9",
            "\xe2\x80",
            "The minister said \xe2\x80\x9cwe are ready\xe2\x80\x9d on Monday. ",
            "<meta charset=windows-1252>",
            "<meta charset=shift_jis>",
            "<h1>",
            "</h1>",
            "<time datetime=2020-01-01>",
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\"",
            "<form>",
            "<select>",
            "<option>",
            "<optgroup>",
            "<rp>",
            "<ruby>",
            "<noscript>",
            "<![CDATA[",
            "]]>",
            "<template>",
            "</template>",
            "<frameset>",
            "<frame>",
            "<button>",
            "<nobr>",
            "<plaintext>",
            "<textarea>",
            "<title>",
            "<body>",
            "<html>",
            "<head>",
            "<object>",
            "<caption>",
            "<font color=red>",
            "<nav>",
            "<footer>",
            "<aside>",
            "<article>",
            "<main>",
            "<header>",
            " See also ",
            " Leave a Reply "};
        QRandomGenerator rng(20240501);
        int opened = 0, refused = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 400; ++i) {
            QByteArray page;
            const int n = i % 20 == 0 ? int(rng.bounded(5000, 30000)) : int(rng.bounded(1, 400));
            for (int k = 0; k < n; ++k)
                page += pieces[rng.bounded(int(std::size(pieces)))];
            const LoadResult r = HtmlImporter::fromBytes(page);
            QVERIFY2(r.ok || !r.error.isEmpty(), qPrintable(QString::number(i)));
            opened += r.ok;
            refused += r.error.contains(u"levels deep"_s);
        }
        qInfo("%d of 400 random pages opened, %d refused as too deeply nested", opened, refused);
        // Most must reach the parser and the extractor, or the test tests nothing.
        QVERIFY(opened > 100);
        QVERIFY2(timer.elapsed() < 60000, "400 random pages took more than a minute");
    }

    void htmlIsRecognised()
    {
        QVERIFY(HtmlImporter::isHtmlFileName(u"a/b/Page.HTM"_s));
        QVERIFY(HtmlImporter::isHtmlFileName(u"page.html"_s));
        QVERIFY(!HtmlImporter::isHtmlFileName(u"page.txt"_s));
        QVERIFY(HtmlImporter::looksLikeHtml(u"\n  <!DOCTYPE html><html>"_s));
        QVERIFY(HtmlImporter::looksLikeHtml(u"<HTML lang=en>"_s));
        QVERIFY(!HtmlImporter::looksLikeHtml(u"The <b>tag</b> in a text"_s));
    }

    void htmlWithAnotherNameIsSniffed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(u"saved-page.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<!DOCTYPE html><html><head><title>Sniffed</title></head><body><nav><a href=/>Home</a></nav>"
                "<p>The article text is long enough to be the article of this page.</p></body></html>");
        f.close();
        const LoadResult r = DocumentLoader::loadFile(f.fileName());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.document.metadata().title, u"Sniffed"_s);
        QCOMPARE(r.document.text(),
                 u"Sniffed\n\nThe article text is long enough to be the article of this page."_s);
    }

    void webBodiesByContentType()
    {
        const QByteArray page = "<h1>X</h1><p>Some article text that is long enough to count as prose.</p>";
        const QUrl url(u"https://news.example/a"_s);
        LoadResult r = DocumentLoader::fromWeb(page, u"text/html; charset=utf-8"_s, url);
        QVERIFY(r.ok);
        QCOMPARE(r.document.metadata().url, url);
        QCOMPARE(r.document.text(), u"X\n\nSome article text that is long enough to count as prose."_s);
        r = DocumentLoader::fromWeb("Plain headline\n\nPlain text.", u"text/plain"_s, url);
        QVERIFY(r.ok);
        QCOMPARE(r.document.text(), u"Plain headline\n\nPlain text."_s);
        QCOMPARE(r.document.metadata().url, url);
        r = DocumentLoader::fromWeb("%PDF-1.4", u"application/pdf"_s, url);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(u"application/pdf"_s));
        // The server's charset wins over the page's own declaration.
        r = DocumentLoader::fromWeb(
            "<meta charset=utf-8><p>Caf\xe9 text with enough letters to be an article.</p>",
            u"text/html; charset=ISO-8859-1"_s, url);
        QCOMPARE(r.document.text(), u"Caf\u00e9 text with enough letters to be an article."_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
