#include "articleopener.h"

#include "articlesession.h"

#include "analysis/pipeline.h"

#include <QFileInfo>

namespace saywho::ui {

ArticleOpener::ArticleOpener(QObject *parent)
    : QObject(parent), m_pipeline(std::make_shared<const core::Pipeline>(core::Pipeline::standard()))
{
}

void ArticleOpener::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto *session = new ArticleSession(m_pipeline, this);
        track(session, QFileInfo(path).fileName());
        session->openFile(QFileInfo(path).absoluteFilePath());
    }
}

void ArticleOpener::openText(const QString &text)
{
    auto *session = new ArticleSession(m_pipeline, this);
    track(session, tr("Clipboard text"));
    session->openText(text);
}

void ArticleOpener::openLoaded(const core::LoadResult &loaded, const QString &what)
{
    auto *session = new ArticleSession(m_pipeline, this);
    track(session, what);
    session->openLoaded(loaded);
}

QList<ArticleSession *> ArticleOpener::pendingSessions() const
{
    return findChildren<ArticleSession *>(QString(), Qt::FindDirectChildrenOnly);
}

void ArticleOpener::openStored(const core::Document &document, const QString &what)
{
    auto *session = new ArticleSession(m_pipeline, this);
    track(session, what);
    session->openAnalysed(document);
}

void ArticleOpener::track(ArticleSession *session, const QString &what)
{
    emit started(session, what);
    if (m_pending++ == 0)
        emit busyChanged(true);
    auto done = [this] {
        if (--m_pending == 0)
            emit busyChanged(false);
    };
    connect(session, &ArticleSession::warned, this,
            [this, what](const QStringList &warnings) { emit warned(what, warnings); });
    // Single-shot: once open, later analyses (and their outcome) belong to the session's tab.
    auto *ctx = new QObject(session);
    connect(session, &ArticleSession::failed, ctx, [this, session, what, done](const QString &message) {
        done();
        emit failed(what, message);
        session->deleteLater();
    });
    connect(session, &ArticleSession::cancelled, ctx, [this, session, what, done] {
        done();
        emit cancelled(what);
        session->deleteLater();
    });
    connect(session, &ArticleSession::analysed, ctx, [this, session, ctx, done] {
        delete ctx;
        done();
        emit opened(session);
    });
}

} // namespace saywho::ui
