#include "mainwindow.h"

#include "urlopener.h"

#include "actions.h"
#include "analysisstatus.h"
#include "articleopener.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"
#include "corrections/correctionactions.h"
#include "corrections/correctioncontroller.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/propertiesdialog.h"
#include "encodingmenu.h"
#include "exporting/annotationsourcedialog.h"
#include "exporting/exportdialog.h"
#include "findbar.h"
#include "handbook.h"
#include "languagemanager.h"
#include "library/librarycontroller.h"
#include "library/librarywindowpart.h"
#include "paneldocks.h"
#include "panels/panelfilterproxy.h"
#include "panels/tablepanel.h"
#include "panelscontroller.h"
#include "quoteclipboard.h"
#include "recentfiles.h"
#include "statussummary.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saywho::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_actions(new Actions(this)), m_tabs(new ArticleTabs(this)),
      m_opener(new ArticleOpener(this)), m_recent(new RecentFiles(this)),
      m_languages(new LanguageManager(this)), m_undo(new QUndoGroup(this)), m_docks(new PanelDocks(this)),
      m_find(new FindBar(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/saywho.svg"_s));
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_tabs, 1);
    column->addWidget(m_find);
    setCentralWidget(central);
    new QuoteClipboard(m_docks->quotes(), m_docks->controller(), this);
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_actions->adoptUndoActions(m_undo->createUndoAction(m_actions), m_undo->createRedoAction(m_actions));
    m_corrections = new CorrectionActions(this);
    m_correcting =
        new CorrectionController(m_corrections, m_docks->quotes(), m_docks->people(), m_docks->dates(), this);
    // Shortcuts of the whole window, whichever panel has the keyboard.
    addActions(m_corrections->all());
    addActions({m_actions->undo, m_actions->redo});
    createHistoryDock();
    m_library = new LibraryWindowPart(this, m_opener, m_tabs);
    m_library->shareUndo(m_undo);
    createMenus();
    createToolBar();
    createStatusBar();
    connectActions();
    retranslate();
    resize(1400, 900);
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_docks->restoreLayout(settings.value(u"window/state"_s).toByteArray());
    if (settings.value(u"view/sans"_s).toBool())
        m_actions->sansFont->setChecked(true);
    currentChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // Tabs (and their undo stacks) outlive the actions among the children; a stack leaving the group
    // must not retranslate actions that are gone.
    disconnect(m_undo, nullptr, this, nullptr);
    for (int i = 0; i < m_tabs->count(); ++i)
        disconnect(m_tabs->article(i)->session()->undoStack(), nullptr, this, nullptr);
}

TablePanel *MainWindow::quotesPanel() const
{
    return m_docks->quotes();
}

TablePanel *MainWindow::peoplePanel() const
{
    return m_docks->people();
}

TablePanel *MainWindow::datesPanel() const
{
    return m_docks->dates();
}

void MainWindow::createMenus()
{
    Actions *a = m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({a->open, a->openUrl, a->newFromClipboard});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recent->attach(m_recentMenu);
    m_fileMenu->addAction(a->openSample);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a->exportArticle);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a->closeTab);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a->quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({a->undo, a->redo, m_historyDock->toggleViewAction()});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a->copy, a->selectAll});
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_find->menuActions());
    m_editMenu->addSeparator();
    m_corrections->addTo(m_editMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_layersMenu = m_viewMenu->addMenu(QString());
    m_layersMenu->addActions(a->layerActions());
    m_panelsMenu = m_viewMenu->addMenu(QString());
    m_panelsMenu->addActions(m_docks->toggleActions());
    m_panelsMenu->addSeparator();
    m_panelsMenu->addAction(m_docks->filterAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a->nextQuote, a->previousQuote, a->showEveryone});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a->zoomIn, a->zoomOut, a->zoomReset});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a->serifFont, a->sansFont});
    m_viewMenu->addSeparator();
    auto *encodings = new EncodingMenu(m_tabs, this);
    connect(encodings, &EncodingMenu::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_viewMenu->addMenu(encodings);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages->attach(m_languageMenu);
    m_viewMenu->addAction(a->annotationSource);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a->fullScreen);

    m_articleMenu = menuBar()->addMenu(QString());
    m_articleMenu->addActions({a->properties, a->reanalyse});

    m_library->addTo(m_fileMenu, m_articleMenu, m_panelsMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction((new Handbook(this))->action());
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({a->about, a->aboutQt});
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_actions->open);
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_actions->layerActions());
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_actions->previousQuote, m_actions->nextQuote});
}

void MainWindow::createStatusBar()
{
    m_summary = new StatusSummary(this);
    m_analysis = new AnalysisStatus(m_opener, m_tabs, m_actions->showEveryone, this);
    addAction(m_analysis->cancelAction());
    statusBar()->addWidget(m_analysis);
    statusBar()->addPermanentWidget(m_summary);
    m_summary->setFilters(m_docks->quotes()->proxy(), m_docks->dates()->proxy());
    connect(m_opener, &ArticleOpener::cancelled, this, [this](const QString &what) {
        statusBar()->showMessage(tr("Opening %1 cancelled.").arg(what), 8000);
    });
}

void MainWindow::connectActions()
{
    Actions *a = m_actions;
    connect(a->open, &QAction::triggered, this, &MainWindow::chooseFiles);
    connect(a->newFromClipboard, &QAction::triggered, this, &MainWindow::pasteArticle);
    connect(a->openUrl, &QAction::triggered, this, &MainWindow::openUrl);
    connect(a->openSample, &QAction::triggered, this,
            [this] { openFiles({u":/samples/biden-putin-summit.txt"_s}); });
    connect(a->closeTab, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() >= 0)
            m_tabs->closeArticle(m_tabs->currentIndex());
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    // Only the two actions: a whole retranslate set the panels' models again after every correction.
    connect(m_undo, &QUndoGroup::undoTextChanged, this, &MainWindow::retranslateUndo);
    connect(m_undo, &QUndoGroup::redoTextChanged, this, &MainWindow::retranslateUndo);
    connect(a->copy, &QAction::triggered, this, [this] {
        if (ArticleTab *t = m_tabs->current())
            t->view()->copy();
    });
    connect(a->selectAll, &QAction::triggered, this, [this] {
        if (ArticleTab *t = m_tabs->current())
            t->view()->selectAll();
    });
    for (QAction *layer : a->layerActions())
        connect(layer, &QAction::toggled, this, &MainWindow::applyLayers);
    connect(a->nextQuote, &QAction::triggered, m_docks->controller(), &PanelsController::nextQuote);
    connect(a->previousQuote, &QAction::triggered, m_docks->controller(), &PanelsController::previousQuote);
    connect(a->showEveryone, &QAction::triggered, this, [this] { m_docks->controller()->focusEntity(0); });
    auto zoom = [this](int steps) {
        if (ArticleTab *t = m_tabs->current())
            steps == 0 ? t->view()->resetZoom() : t->view()->zoomBy(steps);
    };
    connect(a->zoomIn, &QAction::triggered, this, [zoom] { zoom(+1); });
    connect(a->zoomOut, &QAction::triggered, this, [zoom] { zoom(-1); });
    connect(a->zoomReset, &QAction::triggered, this, [zoom] { zoom(0); });
    connect(a->fontGroup, &QActionGroup::triggered, this, [this] {
        const bool sans = m_actions->sansFont->isChecked();
        QSettings().setValue(u"view/sans"_s, sans);
        for (int i = 0; i < m_tabs->count(); ++i)
            m_tabs->article(i)->view()->setBodyFont(sans ? ArticleView::BodyFont::Sans
                                                         : ArticleView::BodyFont::Serif);
    });
    connect(a->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(a->properties, &QAction::triggered, this, &MainWindow::editProperties);
    connect(a->exportArticle, &QAction::triggered, this, [this] {
        if (ArticleTab *t = m_tabs->current(); t && t->session()->hasDocument())
            ExportDialog(t->session()->document(), this).exec();
    });
    connect(a->annotationSource, &QAction::triggered, this, [this] {
        if (ArticleTab *t = m_tabs->current(); t && t->session()->hasDocument())
            AnnotationSourceDialog(t->session()->document(), this).exec();
    });
    connect(a->reanalyse, &QAction::triggered, this, [this] {
        if (ArticleTab *t = m_tabs->current())
            t->session()->reanalyse();
    });
    connect(a->about, &QAction::triggered, this, [this] { AboutDialog::show(this); });
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_opener, &ArticleOpener::opened, this, &MainWindow::opened);
    connect(m_opener, &ArticleOpener::failed, this, &MainWindow::showError);
    connect(m_opener, &ArticleOpener::warned, this, [this](const QString &what, const QStringList &warnings) {
        statusBar()->showMessage(u"%1: %2"_s.arg(what, warnings.join(u"; "_s)), 8000);
    });
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) { openFiles({path}); });
    connect(m_tabs, &ArticleTabs::currentArticleChanged, this, &MainWindow::currentChanged);
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList fresh;
    for (const QString &path : paths) {
        if (ArticleTab *open = m_tabs->findByPath(path))
            m_tabs->setCurrentWidget(open);
        else
            fresh.append(path);
    }
    m_opener->openFiles(fresh);
}

void MainWindow::openLibrary(const QString &path)
{
    m_library->controller()->openAtStart(path);
}

void MainWindow::opened(ArticleSession *session)
{
    m_analysis->track(session, QString());
    connect(session, &ArticleSession::cancelled, this, [this] {
        statusBar()->showMessage(tr("Re-analysis cancelled: the previous analysis stays."), 8000);
    });
    auto *tab = new ArticleTab(session);
    m_library->attach(session);
    if (m_actions->sansFont->isChecked())
        tab->view()->setBodyFont(ArticleView::BodyFont::Sans);
    m_undo->addStack(session->undoStack());
    m_tabs->addArticle(tab);
    tab->setCorrectionMenu([this](QMenu *menu, int position) { m_correcting->fillMenu(menu, position); });
    connect(session->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateModified);
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateModified);
    connect(session, &ArticleSession::reanalysed, this, [this](int changed) {
        statusBar()->showMessage(
            changed == 0
                ? tr("Re-analysed: nothing changed; every correction kept.")
                : tr("Re-analysed: automatic annotations changed: %1; every correction kept.").arg(changed),
            8000);
    });
    connect(session, &ArticleSession::editFailed, this, [this](const QString &why) {
        statusBar()->showMessage(tr("Could not apply: %1").arg(why), 8000);
    });
    applyLayers();
    if (!session->path().startsWith(u':'))
        m_recent->add(session->path());
    emit articleOpened(tab);
}

void MainWindow::currentChanged(ArticleTab *tab)
{
    m_docks->controller()->setTab(tab);
    m_correcting->setTab(tab);
    m_summary->setSession(tab ? tab->session() : nullptr);
    m_find->setView(tab ? tab->view() : nullptr);
    if (tab) {
        // While the Library panel has the keyboard, Edit → Undo stays with its steps.
        if (!m_library || !m_library->undoInPanel())
            m_undo->setActiveStack(tab->session()->undoStack());
        // One connection per tab and signal; UniqueConnection keeps switching back and forth cheap.
        connect(tab->session(), &ArticleSession::analysed, m_summary, &StatusSummary::refresh,
                Qt::UniqueConnection);
        setWindowTitle(tr("%1 — SayWho").arg(tab->session()->displayName()) + u"[*]"_s);
        setWindowModified(tab->session()->hasCorrections());
    } else {
        setWindowTitle(tr("SayWho"));
    }
    for (QAction *a : m_actions->articleActions())
        a->setEnabled(tab != nullptr);
}

void MainWindow::applyLayers()
{
    HighlightLayers layers;
    layers.setFlag(HighlightLayer::Quotes, m_actions->showQuotes->isChecked());
    layers.setFlag(HighlightLayer::Speakers, m_actions->showSpeakers->isChecked());
    layers.setFlag(HighlightLayer::Dates, m_actions->showDates->isChecked());
    layers.setFlag(HighlightLayer::NonQuotes, m_actions->showTitles->isChecked());
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->article(i)->setLayers(layers);
}

void MainWindow::showError(const QString &what, const QString &message)
{
    emit openFailed(message);
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Article"),
                    tr("SayWho could not open %1.").arg(what), QMessageBox::Ok, this);
    box.setInformativeText(message.left(1).toUpper() + message.mid(1) + u'.');
    if (!QCoreApplication::closingDown() && QGuiApplication::platformName() != u"offscreen")
        box.exec();
}

void MainWindow::chooseFiles()
{
    const QStringList recent = m_recent->files();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Article"), recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath(),
        tr("Articles (*.txt *.md *.markdown *.text *.html *.htm);;All files (*)"));
    openFiles(paths);
}

void MainWindow::pasteArticle()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("New from Clipboard"),
                                 tr("The clipboard holds no text. Copy an article first, then try again."));
        return;
    }
    m_opener->openText(text);
}

void MainWindow::openUrl()
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Open URL"));
    dialog.setLabelText(tr("Address of the article (http or https):"));
    // An address on the clipboard is most likely the one the reader wants.
    const QString clip = QApplication::clipboard()->text().trimmed();
    if (clip.startsWith(u"http://"_s) || clip.startsWith(u"https://"_s))
        dialog.setTextValue(clip);
    dialog.resize(qMax(dialog.sizeHint().width(), fontMetrics().averageCharWidth() * 70),
                  dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return;
    const QString text = dialog.textValue();
    const QUrl url = net::UrlOpener::urlFromUserInput(text);
    // Only the extracted text is ever shown: nothing of the page is loaded or run.
    auto *opener = new net::UrlOpener(this);
    connect(opener, &net::UrlOpener::finished, this, [this, opener, url](const core::LoadResult &result) {
        opener->deleteLater();
        if (!result.ok) {
            QMessageBox::warning(this, tr("Open URL"),
                                 tr("Could not open %1: %2").arg(url.toDisplayString(), result.error));
            return;
        }
        m_opener->openLoaded(result, url.host());
    });
    opener->open(url);
}

void MainWindow::editProperties()
{
    ArticleTab *tab = m_tabs->current();
    if (!tab)
        return;
    PropertiesDialog dialog(tab->session()->document(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate before = tab->session()->document().metadata().dct;
    const QDate after = dialog.publicationDate();
    if (before != after)
        tab->session()->setPublicationDate(after);
}

void MainWindow::createHistoryDock()
{
    // Edit → History: every step of the current article, clickable to go back to it.
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(u"historyDock"_s);
    auto *view = new QUndoView(m_undo, m_historyDock);
    view->setObjectName(u"historyView"_s);
    m_historyDock->setWidget(view);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyDock->hide();
    connect(m_correcting, &CorrectionController::refused, this,
            [this](const QString &why) { statusBar()->showMessage(why, 8000); });
}

void MainWindow::updateModified()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        ArticleSession *s = m_tabs->article(i)->session();
        m_tabs->setTabText(i, s->hasCorrections() ? s->displayName() + u" •"_s : s->displayName());
    }
    ArticleTab *tab = m_tabs->current();
    setWindowModified(tab && tab->session()->hasCorrections());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting stops every analysis at once: nothing waits for one to finish.
    m_analysis->cancelAll();
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, m_docks->saveLayout());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_actions->updateIcons();
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    retranslateUndo();
    m_corrections->retranslate();
    m_historyDock->setWindowTitle(tr("History"));
    if (auto *history = qobject_cast<QUndoView *>(m_historyDock->widget()))
        history->setEmptyLabel(tr("Opened"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_layersMenu->setTitle(tr("&Highlight"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_articleMenu->setTitle(tr("&Article"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_docks->retranslate();
    currentChanged(m_tabs->current());
}

void MainWindow::retranslateUndo()
{
    const QString undoText = m_undo->undoText();
    const QString redoText = m_undo->redoText();
    m_actions->undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_actions->redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

} // namespace saywho::ui
