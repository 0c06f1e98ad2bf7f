#include "urlfetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace saywho::net {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString seconds(int ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

UrlFetcher::UrlFetcher(QObject *parent) : UrlFetcher(FetchOptions{}, parent) {}

UrlFetcher::UrlFetcher(const FetchOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UrlFetcher::onTimeout);
}

UrlFetcher::~UrlFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString UrlFetcher::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return tr("'%1' is not a web address").arg(url.toDisplayString());
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return tr("only http and https addresses can be opened, not %1:").arg(url.scheme());
    if (url.host().isEmpty())
        return tr("'%1' names no server").arg(url.toDisplayString());
    return {};
}

void UrlFetcher::fetch(const QUrl &url)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_timer.stop();
    m_result = FetchResult{};
    m_result.requestedUrl = url;
    m_result.finalUrl = url;
    m_redirects = 0;

    const QString refused = checkUrl(url);
    if (!refused.isEmpty()) {
        // Reported from the event loop like every other outcome, so callers may connect afterwards.
        FetchResult r = m_result;
        r.error = refused;
        QMetaObject::invokeMethod(
            this, [this, r] { emit finished(r); }, Qt::QueuedConnection);
        return;
    }

    startRequest(url);
    m_timer.start(m_options.timeoutMs);
}

void UrlFetcher::startRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    // Redirects are followed here, not by Qt, so each one is checked and counted the same way.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"SayWho/%1 (article reader)"_s.arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &UrlFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UrlFetcher::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &UrlFetcher::progress);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        // Refuse at the headers what will not fit, rather than after megabytes.
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_options.maxBytes)
            fail(tr("the page is %1 MB; SayWho fetches pages up to %2 MB")
                     .arg(megabytes(announced), megabytes(m_options.maxBytes)));
    });
}

void UrlFetcher::abort()
{
    if (m_reply)
        fail(tr("cancelled"));
}

void UrlFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    m_result.body += m_reply->read(m_options.maxBytes + 1 - m_result.body.size());
    if (m_result.body.size() > m_options.maxBytes)
        fail(tr("the page is larger than %1 MB; SayWho fetches pages up to that size")
                 .arg(megabytes(m_options.maxBytes)));
}

bool UrlFetcher::followRedirect(QNetworkReply *reply, int status)
{
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty())
        return false;
    const QUrl target = reply->url().resolved(QUrl::fromEncoded(location.trimmed()));
    const QString refused = checkUrl(target);
    if (!refused.isEmpty()) {
        fail(tr("the server redirected to an address SayWho does not open: %1").arg(refused));
        return true;
    }
    if (++m_redirects > m_options.maxRedirects) {
        fail(tr("too many redirects (more than %1)").arg(m_options.maxRedirects));
        return true;
    }
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    m_result.body.clear();
    m_result.finalUrl = target;
    startRequest(target);
    return true;
}

void UrlFetcher::onTimeout()
{
    if (!m_reply)
        return;
    const QString host = m_result.finalUrl.host();
    if (m_result.body.isEmpty())
        fail(tr("no answer from %1 within %2 seconds").arg(host, seconds(m_options.timeoutMs)));
    else
        fail(tr("%1 did not send the whole page within %2 seconds").arg(host, seconds(m_options.timeoutMs)));
}

void UrlFetcher::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (followRedirect(reply, status))
        return;
    onReadyRead();
    if (!m_reply)
        return; // onReadyRead failed on the size limit
    FetchResult r = m_result;
    r.httpStatus = status;
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    r.finalUrl = reply->url();
    const QString host = r.finalUrl.host();
    if (r.httpStatus >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        r.error = tr("the server answered %1 %2 for %3")
                      .arg(QString::number(r.httpStatus), reason, r.finalUrl.toDisplayString())
                      .simplified();
    } else if (reply->error() != QNetworkReply::NoError) {
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
            r.error = tr("cannot find the server %1").arg(host);
            break;
        case QNetworkReply::ConnectionRefusedError:
            r.error = tr("%1 refused the connection").arg(host);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.error = tr("the secure connection to %1 failed: %2").arg(host, reply->errorString());
            break;
        default:
            r.error = tr("cannot fetch %1: %2").arg(r.finalUrl.toDisplayString(), reply->errorString());
            break;
        }
    } else if (r.httpStatus >= 300 || r.httpStatus < 200) {
        r.error = tr("the server answered %1 without a page").arg(QString::number(r.httpStatus));
    } else if (r.body.isEmpty()) {
        r.error = tr("the server sent an empty page");
    } else {
        r.ok = true;
    }
    if (!r.ok)
        r.body.clear();
    complete(r);
}

void UrlFetcher::fail(const QString &message)
{
    FetchResult r = m_result;
    r.ok = false;
    r.error = message;
    r.body.clear();
    complete(r);
}

void UrlFetcher::complete(FetchResult result)
{
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_result = FetchResult{};
    emit finished(result);
}

} // namespace saywho::net
