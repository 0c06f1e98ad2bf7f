#pragma once

#include <QMainWindow>

class QMenu;
class QToolBar;
class QDockWidget;
class QUndoGroup;

namespace saywho::ui {

class Actions;
class AnalysisStatus;
class CorrectionActions;
class CorrectionController;
class ArticleOpener;
class ArticleSession;
class ArticleTab;
class ArticleTabs;
class FindBar;
class LanguageManager;
class LibraryWindowPart;
class PanelDocks;
class RecentFiles;
class StatusSummary;
class TablePanel;

// Builds the window and wires actions, docks and tabs to the controllers that do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    // Opens the library (empty: the last one used, or the default); asks what to do when it cannot.
    void openLibrary(const QString &path);
    LibraryWindowPart *library() const { return m_library; }

    ArticleTabs *tabs() const { return m_tabs; }
    Actions *actions() const { return m_actions; }
    CorrectionActions *corrections() const { return m_corrections; }
    CorrectionController *correctionController() const { return m_correcting; }
    QDockWidget *historyDock() const { return m_historyDock; }
    TablePanel *quotesPanel() const;
    TablePanel *peoplePanel() const;
    TablePanel *datesPanel() const;
    LanguageManager *languages() const { return m_languages; }
    AnalysisStatus *analysisStatus() const { return m_analysis; }

signals:
    // An article has its first analysis and is shown (tests and --screenshot wait for this).
    void articleOpened(saywho::ui::ArticleTab *tab);
    void openFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectActions();
    void retranslate();
    void retranslateUndo();

    void opened(ArticleSession *session);
    void currentChanged(ArticleTab *tab);
    void showError(const QString &what, const QString &message);
    void chooseFiles();
    void pasteArticle();
    void openUrl();
    void editProperties();
    void applyLayers();
    void createHistoryDock();
    // The tab's and the window's title mark an article with corrections.
    void updateModified();

    Actions *m_actions;
    ArticleTabs *m_tabs;
    ArticleOpener *m_opener;
    RecentFiles *m_recent;
    LanguageManager *m_languages;
    QUndoGroup *m_undo;
    PanelDocks *m_docks;
    FindBar *m_find;
    LibraryWindowPart *m_library = nullptr;
    CorrectionActions *m_corrections = nullptr;
    CorrectionController *m_correcting = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_layersMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_articleMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    StatusSummary *m_summary = nullptr;
    AnalysisStatus *m_analysis = nullptr;
};

} // namespace saywho::ui
