#pragma once

#include <QAbstractTableModel>

namespace saywho::ui {

class ArticleSession;

// Base of the panel models: one per open article, following its session. A new analysis swaps the
// rows in two row operations (remove, insert) so views keep their header state and sort order.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DocumentTableModel(const ArticleSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    // Headers are translated when asked, so a language switch only needs a repaint.
    void retranslate();
    // Follows the session's latest analysis (called on each analysis, and once by the tab when the
    // session was analysed before the model existed).
    void refresh();

signals:
    // Bracket a refresh: rows leaving and arriving because of a new analysis, not a reader's act.
    void refreshStarted();
    void refreshFinished();

protected:
    const ArticleSession *session() const { return m_session; }
    // Called when the session has a new analysis; returns the new row count after caching.
    virtual int reload() = 0;

private:
    const ArticleSession *m_session;
    int m_rows = 0;
};

} // namespace saywho::ui
