#pragma once

#include "fetchresult.h"
#include "io/documentloader.h"

#include <QFutureWatcher>
#include <QObject>

namespace saywho::net {

class UrlFetcher;

// File → Open URL… in one object: fetches the address, then turns the page (or plain text) into a
// Document the way a saved page is opened, keeping the URL (the page's canonical one, else the
// address after redirects) in the document's metadata. The page is parsed on the thread pool, so
// the window stays responsive on large pages.
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
    ~UrlOpener() override;

    // finished() follows exactly once, from the event loop. Opening again before it came replaces
    // the earlier address: only the last open() is answered.
    void open(const QUrl &url);
    // finished() then reports "cancelled".
    void cancel();
    bool isRunning() const;

    // "example.com/story" -> "https://example.com/story"; what a user types into an address field.
    static QUrl urlFromUserInput(const QString &text);

signals:
    void finished(const saywho::core::LoadResult &result);
    void progress(qint64 received, qint64 total);

private:
    void onFetched(const saywho::net::FetchResult &fetched);
    void onImported();

    UrlFetcher *m_fetcher;
    QFutureWatcher<core::LoadResult> m_import;
    bool m_cancelled = false;
    int m_generation = 0;       // counts open() calls
    int m_importGeneration = 0; // the open() the running import belongs to
};

} // namespace saywho::net
