#include "urlopener.h"

#include "urlfetcher.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace saywho::net {

UrlOpener::UrlOpener(QObject *parent) : UrlOpener(FetchOptions{}, parent) {}

UrlOpener::UrlOpener(const FetchOptions &options, QObject *parent)
    : QObject(parent), m_fetcher(new UrlFetcher(options, this))
{
    connect(m_fetcher, &UrlFetcher::finished, this, &UrlOpener::onFetched);
    connect(m_fetcher, &UrlFetcher::progress, this, &UrlOpener::progress);
    connect(&m_import, &QFutureWatcher<core::LoadResult>::finished, this, &UrlOpener::onImported);
}

UrlOpener::~UrlOpener()
{
    // The import reads only its own copies, but its result must not land in a dead watcher.
    m_import.waitForFinished();
}

void UrlOpener::open(const QUrl &url)
{
    // A parse still running belongs to the previous address; its result is dropped.
    ++m_generation;
    m_cancelled = false;
    m_fetcher->fetch(url);
}

void UrlOpener::cancel()
{
    if (m_fetcher->isRunning())
        m_fetcher->abort();
    else if (m_import.isRunning())
        m_cancelled = true; // a parse cannot be interrupted; its result is dropped
}

bool UrlOpener::isRunning() const
{
    return m_fetcher->isRunning() || m_import.isRunning();
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
    if (!fetched.ok) {
        core::LoadResult r;
        r.error = fetched.error;
        emit finished(r);
        return;
    }
    m_importGeneration = m_generation;
    m_import.setFuture(
        QtConcurrent::run([body = fetched.body, type = fetched.contentType, url = fetched.finalUrl] {
            return core::DocumentLoader::fromWeb(body, type, url);
        }));
}

void UrlOpener::onImported()
{
    if (m_importGeneration != m_generation)
        return;
    core::LoadResult r = m_import.result();
    if (m_cancelled) {
        r = {};
        r.error = QCoreApplication::translate("saywho::net::UrlFetcher", "cancelled");
    }
    m_cancelled = false;
    emit finished(r);
}

} // namespace saywho::net
