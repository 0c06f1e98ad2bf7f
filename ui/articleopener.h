#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace saywho::core {
class Pipeline;
struct LoadResult;
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
    int pending() const { return m_pending; }
    std::shared_ptr<const core::Pipeline> pipeline() const { return m_pipeline; }

signals:
    // The session has its first analysis; the receiver takes ownership.
    void opened(saywho::ui::ArticleSession *session);
    void failed(const QString &what, const QString &message);
    void warned(const QString &what, const QStringList &warnings);
    void busyChanged(bool busy);

private:
    void track(ArticleSession *session, const QString &what);

    std::shared_ptr<const core::Pipeline> m_pipeline;
    int m_pending = 0;
};

} // namespace saywho::ui
