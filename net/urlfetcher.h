#pragma once

#include "fetchresult.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace saywho::net {

// Fetches one web page: http and https only, at most maxRedirects redirects (each checked), a
// size limit enforced while the bytes arrive, and a timeout for the whole transfer. It fetches the
// page and nothing else: no images, scripts, styles or fonts. finished() comes exactly once per
// fetch(), always from the event loop, also for an address refused at once.
class UrlFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit UrlFetcher(QObject *parent = nullptr);
    explicit UrlFetcher(const FetchOptions &options, QObject *parent = nullptr);
    ~UrlFetcher() override;

    // Starts a fetch; a fetch still running is cancelled first.
    void fetch(const QUrl &url);
    // Cancels the running fetch; finished() reports it as cancelled.
    void abort();
    bool isRunning() const { return m_reply != nullptr; }

    // Why url cannot be fetched ("only http and https addresses…"), or an empty string.
    static QString checkUrl(const QUrl &url);

signals:
    void finished(const saywho::net::FetchResult &result);
    void progress(qint64 received, qint64 total);

private:
    void startRequest(const QUrl &url);
    // Follows reply's redirect, or fails if it may not be followed; false when it is none.
    bool followRedirect(QNetworkReply *reply, int status);
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void fail(const QString &message);
    void complete(FetchResult result);

    FetchOptions m_options;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    FetchResult m_result;
    int m_redirects = 0;
};

} // namespace saywho::net
