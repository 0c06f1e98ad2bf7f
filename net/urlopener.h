#pragma once

#include "fetchresult.h"
#include "io/documentloader.h"

#include <QObject>

namespace saywho::net {

class UrlFetcher;

// File → Open URL… in one object: fetches the address, then turns the page (or plain text) into a
// Document the way a saved page is opened, keeping the URL (the page's canonical one, else the
// address after redirects) in the document's metadata.
//
//     auto *opener = new saywho::net::UrlOpener(this);
//     connect(opener, &saywho::net::UrlOpener::finished, this, [=](const saywho::core::LoadResult &r) {
//         opener->deleteLater();
//         r.ok ? openDocument(r.document) : showError(r.error);
//     });
//     opener->open(saywho::net::UrlOpener::urlFromUserInput(text));
class UrlOpener final : public QObject
{
    Q_OBJECT

public:
    explicit UrlOpener(QObject *parent = nullptr);
    explicit UrlOpener(const FetchOptions &options, QObject *parent = nullptr);

    // finished() follows exactly once, from the event loop.
    void open(const QUrl &url);
    void cancel();
    bool isRunning() const;

    // "example.com/story" -> "https://example.com/story"; what a user types into an address field.
    static QUrl urlFromUserInput(const QString &text);

signals:
    void finished(const saywho::core::LoadResult &result);
    void progress(qint64 received, qint64 total);

private:
    void onFetched(const saywho::net::FetchResult &fetched);

    UrlFetcher *m_fetcher;
};

} // namespace saywho::net
