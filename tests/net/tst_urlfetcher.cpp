#include "urlfetcher.h"
#include "urlopener.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saywho::net;

namespace {

const QByteArray Article =
    "<!doctype html><html><head><title>Test</title>"
    "<meta property='article:published_time' content='2024-02-03T10:00:00Z'>"
    "<link rel=canonical href='/canonical/story'></head><body><nav><a href=/>Home</a></nav>"
    "<h1>Local test story</h1><p>\xE2\x80\x9CIt works,\xE2\x80\x9D the server said on "
    "Monday, and nobody disagreed with it.</p></body></html>";

// Just enough HTTP/1.1 for the tests: one request per connection, answered by path.
class TestServer final : public QTcpServer
{
public:
    TestServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(QString::number(serverPort()), path));
    }

private:
    static void reply(QTcpSocket *s, const QByteArray &status, const QByteArray &headers,
                      const QByteArray &body)
    {
        s->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    void serve(QTcpSocket *s)
    {
        QByteArray &request = m_requests[s];
        request += s->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray path = request.split(' ').value(1);
        m_requests.remove(s);
        if (path == "/article" || path == "/canonical/story") {
            reply(s, "200 OK", "Content-Type: text/html; charset=utf-8\r\n", Article);
        } else if (path == "/redirect") {
            reply(s, "302 Found", "Location: /article\r\n", {});
        } else if (path == "/loop") {
            reply(s, "302 Found", "Location: /loop\r\n", {});
        } else if (path == "/to-file") {
            reply(s, "302 Found", "Location: file:///etc/passwd\r\n", {});
        } else if (path == "/latin1") {
            reply(s, "200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n",
                  "<h1>Caf\xE9</h1><p>Le caf\xE9 est ferm\xE9 depuis lundi, a dit le patron du bar.</p>");
        } else if (path == "/text") {
            reply(s, "200 OK", "Content-Type: text/plain; charset=utf-8\r\n",
                  "Headline\n\nA plain text story.");
        } else if (path == "/image") {
            reply(s, "200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n");
        } else if (path == "/announced-huge") {
            // Announces 100 MB and sends nothing: refused from the headers alone.
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 104857600\r\n\r\n<p>");
        } else if (path == "/huge") {
            // No length announced; the body just keeps coming.
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
            s->write(QByteArray(3 * 1024 * 1024, 'x'));
            s->disconnectFromHost();
        } else if (path == "/slow") {
            // Never answers.
        } else {
            reply(s, "404 Not Found", "Content-Type: text/html\r\n", "<h1>Not here</h1>");
        }
    }

    QHash<QTcpSocket *, QByteArray> m_requests;
};

} // namespace

class TestUrlFetcher final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    static FetchOptions options()
    {
        FetchOptions o;
        o.timeoutMs = 1500;
        o.maxBytes = 1024 * 1024;
        o.maxRedirects = 3;
        return o;
    }
    static FetchResult fetch(const QUrl &url)
    {
        UrlFetcher fetcher(options());
        QSignalSpy spy(&fetcher, &UrlFetcher::finished);
        fetcher.fetch(url);
        if (!spy.wait(10000))
            return {};
        // Exactly once.
        QTest::qWait(50);
        if (spy.size() != 1)
            return {};
        return spy.at(0).at(0).value<FetchResult>();
    }

private slots:
    void initTestCase() { QVERIFY(m_server.isListening()); }

    void fetchesAPage()
    {
        const FetchResult r = fetch(m_server.url(u"/article"_s));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.body, Article);
        QCOMPARE(r.contentType, u"text/html; charset=utf-8"_s);
        QCOMPARE(r.finalUrl, m_server.url(u"/article"_s));
    }

    void followsARedirect()
    {
        const FetchResult r = fetch(m_server.url(u"/redirect"_s));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.requestedUrl, m_server.url(u"/redirect"_s));
        QCOMPARE(r.finalUrl, m_server.url(u"/article"_s));
        QCOMPARE(r.body, Article);
    }

    void failures_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("error");
        QTest::newRow("404") << m_server.url(u"/missing"_s) << u"the server answered 404 Not Found"_s;
        QTest::newRow("redirect loop") << m_server.url(u"/loop"_s) << u"too many redirects (more than 3)"_s;
        QTest::newRow("redirect to a file")
            << m_server.url(u"/to-file"_s) << u"redirected to an address SayWho does not open"_s;
        QTest::newRow("timeout") << m_server.url(u"/slow"_s)
                                 << u"no answer from 127.0.0.1 within 2 seconds"_s;
        QTest::newRow("oversized") << m_server.url(u"/huge"_s) << u"larger than 1.0 MB"_s;
        QTest::newRow("announced oversized")
            << m_server.url(u"/announced-huge"_s) << u"the page is 100.0 MB"_s;
        QTest::newRow("file URL") << QUrl(u"file:///etc/passwd"_s) << u"only http and https"_s;
        QTest::newRow("ftp URL") << QUrl(u"ftp://example.com/a"_s) << u"only http and https"_s;
        QTest::newRow("no host") << QUrl(u"http:///path"_s) << u"names no server"_s;
        QTest::newRow("relative") << QUrl(u"story.html"_s) << u"is not a web address"_s;
        QTest::newRow("connection refused") << QUrl(u"http://127.0.0.1:1/"_s) << u"refused the connection"_s;
    }
    void failures()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, error);
        const FetchResult r = fetch(url);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(r.body.isEmpty());
    }

    void abortReportsCancelled()
    {
        UrlFetcher fetcher(options());
        QSignalSpy spy(&fetcher, &UrlFetcher::finished);
        fetcher.fetch(m_server.url(u"/slow"_s));
        QVERIFY(fetcher.isRunning());
        fetcher.abort();
        QCOMPARE(spy.size(), 1);
        QVERIFY(!fetcher.isRunning());
        QCOMPARE(spy.at(0).at(0).value<FetchResult>().error, u"cancelled"_s);
    }

    void openerMakesADocument()
    {
        UrlOpener opener(options());
        QSignalSpy spy(&opener, &UrlOpener::finished);
        opener.open(m_server.url(u"/redirect"_s));
        QVERIFY(spy.wait(10000));
        const auto r = spy.at(0).at(0).value<saywho::core::LoadResult>();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(
            r.document.text(),
            u"Local test story\n\n\u201cIt works,\u201d the server said on Monday, and nobody disagreed with it."_s);
        const auto &m = r.document.metadata();
        QCOMPARE(m.url, m_server.url(u"/canonical/story"_s)); // resolved against the final URL
        QCOMPARE(m.dct, QDate(2024, 2, 3));
        QCOMPARE(m.dctSource, saywho::core::DctSource::Metadata);
    }

    void openerUsesTheServersCharsetAndTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("textOrError");
        QTest::newRow("ISO-8859-1 from the header")
            << u"/latin1"_s << true
            << u"Caf\u00e9\n\nLe caf\u00e9 est ferm\u00e9 depuis lundi, a dit le patron du bar."_s;
        QTest::newRow("plain text") << u"/text"_s << true << u"Headline\n\nA plain text story."_s;
        QTest::newRow("image") << u"/image"_s << false << u"image/png"_s;
        QTest::newRow("404") << u"/missing"_s << false << u"404"_s;
    }
    void openerUsesTheServersCharsetAndTypes()
    {
        QFETCH(QString, path);
        QFETCH(bool, ok);
        QFETCH(QString, textOrError);
        UrlOpener opener(options());
        QSignalSpy spy(&opener, &UrlOpener::finished);
        opener.open(m_server.url(path));
        QVERIFY(spy.wait(10000));
        const auto r = spy.at(0).at(0).value<saywho::core::LoadResult>();
        QCOMPARE(r.ok, ok);
        if (ok)
            QCOMPARE(r.document.text(), textOrError);
        else
            QVERIFY2(r.error.contains(textOrError), qPrintable(r.error));
    }

    void openingAgainReplaces()
    {
        UrlOpener opener(options());
        QSignalSpy spy(&opener, &UrlOpener::finished);
        opener.open(m_server.url(u"/slow"_s));
        opener.open(m_server.url(u"/text"_s));
        QVERIFY(spy.wait(10000));
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<saywho::core::LoadResult>().document.text(),
                 u"Headline\n\nA plain text story."_s);
        QVERIFY(!opener.isRunning());
    }

    void userInput()
    {
        QCOMPARE(UrlOpener::urlFromUserInput(u" news.example/story "_s),
                 QUrl(u"https://news.example/story"_s));
        QCOMPARE(UrlOpener::urlFromUserInput(u"http://news.example/a"_s), QUrl(u"http://news.example/a"_s));
    }
};

QTEST_GUILESS_MAIN(TestUrlFetcher)
#include "tst_urlfetcher.moc"
