#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace saywho::ui {

class ArticleOpener;
class ArticleSession;
class ArticleTabs;
class LibraryController;
class LibraryDock;

// The library's share of the main window: its panel, File → Open/New Library, Article → History,
// the status-bar note, and opening a stored article at a hit. MainWindow only hands it its parts.
class LibraryWindowPart final : public QObject
{
    Q_OBJECT

public:
    LibraryWindowPart(QMainWindow *window, ArticleOpener *opener, ArticleTabs *tabs);

    LibraryController *controller() const { return m_controller; }
    LibraryDock *dock() const { return m_dock; }
    QAction *historyAction() const { return m_history; }
    void addTo(QMenu *file, QMenu *article, QMenu *panels);
    // Puts the panel's undo steps (merging and splitting library people) into the window's group.
    void shareUndo(QUndoGroup *group);
    // Whether Edit → Undo belongs to the panel (it last had the keyboard, not an article).
    bool undoInPanel() const { return m_undoInPanel; }
    void attach(ArticleSession *session);
    // Opens the article stored under id (or shows its tab) and goes to position.
    void openStored(qint64 id, int position);
    void showHistory();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void reveal(ArticleSession *session, int position);

    QMainWindow *m_window;
    ArticleOpener *m_opener;
    ArticleTabs *m_tabs;
    LibraryController *m_controller;
    LibraryDock *m_dock;
    QAction *m_openLibrary;
    QAction *m_newLibrary;
    QAction *m_history;
    qint64 m_revealArticle = 0;
    int m_revealPosition = 0;
    bool m_undoInPanel = false;
};

} // namespace saywho::ui
