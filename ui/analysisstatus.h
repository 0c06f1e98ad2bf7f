#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace saywho::ui {

class ArticleOpener;
class ArticleSession;
class ArticleTabs;

// The status bar's share of a running analysis: which article, which stage, a bar that fills stage
// by stage, and a Cancel button. Cancel (or Esc, while anything is analysing) stops every running
// load and analysis; Esc shows everyone again the rest of the time.
class AnalysisStatus final : public QWidget
{
    Q_OBJECT

public:
    // escapeAction holds Esc while nothing is analysing.
    AnalysisStatus(ArticleOpener *opener, ArticleTabs *tabs, QAction *escapeAction,
                   QWidget *parent = nullptr);

    QAction *cancelAction() const { return m_cancel; }
    // Follows the session's progress and busy state (each session once).
    void track(ArticleSession *session, const QString &what);
    // Shows or hides the whole after any session became busy or idle.
    void refresh();
    void cancelAll();
    bool isBusy() const { return m_busy; }
    // What the reader sees of the stage the pipeline names (its Stage::name()).
    static QString stageLabel(const QString &stage);

signals:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void progressed(ArticleSession *session, int step, int steps, const QString &stage);
    void retranslate();

    ArticleOpener *m_opener;
    ArticleTabs *m_tabs;
    QAction *m_escape;
    QAction *m_cancel;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_button;
    QPointer<ArticleSession> m_shown; // the session whose stage the label names
    QString m_what;
    QString m_stage;
    bool m_busy = false;
};

} // namespace saywho::ui
