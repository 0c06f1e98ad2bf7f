#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace saywho::core {
class Pipeline;
struct LoadResult;
class Document;
} // namespace saywho::core

namespace saywho::ui {

class ArticleSession;

// Turns "open this" (files, dropped URLs, clipboard text) into analysed sessions. Sessions that fail
// are reported and dropped; nothing already open is touched.
class ArticleOpener final : public QObject
{
    Q_OBJECT

public:
    explicit ArticleOpener(QObject *parent = nullptr);

    void openFiles(const QStringList &paths);
    void openText(const QString &text);
    // An article already loaded elsewhere (a fetched page): analyse and open it.
    void openLoaded(const core::LoadResult &loaded, const QString &what);
    // An article from the library, analysed and corrected already.
    void openStored(const core::Document &document, const QString &what);
    int pending() const { return m_pending; }
    // The sessions still loading or analysing for their first time (not yet opened).
    QList<ArticleSession *> pendingSessions() const;
    std::shared_ptr<const core::Pipeline> pipeline() const { return m_pipeline; }

signals:
    // The session has its first analysis; the receiver takes ownership.
    void opened(saywho::ui::ArticleSession *session);
    void failed(const QString &what, const QString &message);
    void warned(const QString &what, const QStringList &warnings);
    void busyChanged(bool busy);
    // Opening what was cancelled before it was shown: nothing of it is left.
    void cancelled(const QString &what);
    // A session that is opening started its job: its progress can be followed.
    void started(saywho::ui::ArticleSession *session, const QString &what);

private:
    void track(ArticleSession *session, const QString &what);

    std::shared_ptr<const core::Pipeline> m_pipeline;
    int m_pending = 0;
};

} // namespace saywho::ui
