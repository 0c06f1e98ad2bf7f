#include "urlopener.h"

#include "urlfetcher.h"

using namespace Qt::StringLiterals;

namespace saywho::net {

UrlOpener::UrlOpener(QObject *parent) : UrlOpener(FetchOptions{}, parent) {}

UrlOpener::UrlOpener(const FetchOptions &options, QObject *parent)
    : QObject(parent), m_fetcher(new UrlFetcher(options, this))
{
    connect(m_fetcher, &UrlFetcher::finished, this, &UrlOpener::onFetched);
    connect(m_fetcher, &UrlFetcher::progress, this, &UrlOpener::progress);
}

void UrlOpener::open(const QUrl &url)
{
    m_fetcher->fetch(url);
}

void UrlOpener::cancel()
{
    m_fetcher->abort();
}

bool UrlOpener::isRunning() const
{
    return m_fetcher->isRunning();
}

QUrl UrlOpener::urlFromUserInput(const QString &text)
{
    const QString t = text.trimmed();
    // QUrl::fromUserInput picks http for a bare host; articles are served over https today.
    if (!t.contains(u"://"_s) && !t.isEmpty() && !t.startsWith(u'/'))
        return QUrl::fromUserInput(u"https://"_s + t);
    return QUrl::fromUserInput(t);
}

void UrlOpener::onFetched(const FetchResult &fetched)
{
    core::LoadResult r;
    if (!fetched.ok) {
        r.error = fetched.error;
        emit finished(r);
        return;
    }
    r = core::DocumentLoader::fromWeb(fetched.body, fetched.contentType, fetched.finalUrl);
    emit finished(r);
}

} // namespace saywho::net
