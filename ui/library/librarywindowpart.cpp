#include "librarywindowpart.h"

#include "articlelibrarylink.h"
#include "correctionhistorydialog.h"
#include "librarycontroller.h"
#include "librarydock.h"

#include "../articleopener.h"
#include "../articlesession.h"
#include "../articletab.h"
#include "../articletabs.h"
#include "../view/articleview.h"

#include "store/library.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace saywho::ui {

LibraryWindowPart::LibraryWindowPart(QMainWindow *window, ArticleOpener *opener, ArticleTabs *tabs)
    : QObject(window), m_window(window), m_opener(opener), m_tabs(tabs),
      m_controller(new LibraryController(window)), m_dock(new LibraryDock(m_controller, window)),
      m_openLibrary(new QAction(this)), m_newLibrary(new QAction(this)), m_history(new QAction(this))
{
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_history->setObjectName(u"articleHistory"_s);
    window->statusBar()->addPermanentWidget(m_controller->statusLabel());
    connect(m_openLibrary, &QAction::triggered, m_controller, [this] { m_controller->chooseLibrary(false); });
    connect(m_newLibrary, &QAction::triggered, m_controller, [this] { m_controller->chooseLibrary(true); });
    connect(m_history, &QAction::triggered, this, &LibraryWindowPart::showHistory);
    connect(m_dock, &LibraryDock::openRequested, this, &LibraryWindowPart::openStored);
    window->installEventFilter(this);
    retranslate();
}

void LibraryWindowPart::shareUndo(QUndoGroup *group)
{
    group->addStack(m_dock->peopleUndo());
    // Edit → Undo undoes what the keyboard's part of the window did: a merge of library people
    // while in the Library panel, a correction while in an article.
    connect(qApp, &QApplication::focusChanged, this, [this, group](QWidget *, QWidget *now) {
        if (!now)
            return;
        // A dialog or another window taking the keyboard leaves the choice as it was.
        if (m_dock->isAncestorOf(now)) {
            m_undoInPanel = true;
            group->setActiveStack(m_dock->peopleUndo());
        } else if (m_tabs->isAncestorOf(now)) {
            m_undoInPanel = false;
            if (m_tabs->current())
                group->setActiveStack(m_tabs->current()->session()->undoStack());
        }
    });
}

void LibraryWindowPart::addTo(QMenu *file, QMenu *article, QMenu *panels)
{
    QAction *before = file->actions().value(file->actions().size() - 1);
    file->insertActions(before, {m_openLibrary, m_newLibrary});
    file->insertSeparator(before);
    article->addAction(m_history);
    panels->insertAction(panels->actions().value(0), m_dock->toggleViewAction());
}

void LibraryWindowPart::attach(ArticleSession *session)
{
    m_controller->attach(session);
    const ArticleLibraryLink *link = ArticleLibraryLink::of(session);
    if (link && m_revealArticle && link->article() == m_revealArticle) {
        const int position = m_revealPosition;
        m_revealArticle = 0;
        // The tab is laid out on the next turn of the event loop.
        QTimer::singleShot(0, session, [this, session, position] { reveal(session, position); });
    }
}

void LibraryWindowPart::reveal(ArticleSession *session, int position)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        ArticleTab *tab = m_tabs->article(i);
        if (tab->session() != session)
            continue;
        m_tabs->setCurrentWidget(tab);
        if (position > 0)
            tab->view()->reveal(position, position);
        return;
    }
}

void LibraryWindowPart::openStored(qint64 id, int position)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        ArticleSession *session = m_tabs->article(i)->session();
        if (const ArticleLibraryLink *link = ArticleLibraryLink::of(session); link && link->article() == id) {
            reveal(session, position);
            return;
        }
    }
    store::Library *lib = m_controller->library();
    if (!lib)
        return;
    store::StoreResult r;
    const auto doc = lib->load(id, &r);
    if (!doc) {
        QMessageBox::warning(m_window, tr("Library"), r.error);
        return;
    }
    m_revealArticle = id;
    m_revealPosition = position;
    m_opener->openStored(*doc, doc->metadata().title);
}

void LibraryWindowPart::showHistory()
{
    ArticleTab *tab = qobject_cast<ArticleTab *>(m_tabs->currentWidget());
    if (!tab)
        return;
    if (!m_controller->library() || !ArticleLibraryLink::of(tab->session()) ||
        !ArticleLibraryLink::of(tab->session())->article()) {
        QMessageBox::information(
            m_window, tr("Correction History"),
            tr("This article is not in a library, so it has no history beyond this session "
               "(Edit → History)."));
        return;
    }
    CorrectionHistoryDialog dialog(m_controller->library(), tab->session(), m_window);
    dialog.exec();
}

bool LibraryWindowPart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LibraryWindowPart::retranslate()
{
    m_openLibrary->setText(tr("Open &Library…"));
    m_newLibrary->setText(tr("New Li&brary…"));
    m_history->setText(tr("Correction &History…"));
    m_history->setToolTip(
        tr("Every correction of this article kept in the library, across sessions; revert any of them."));
}

} // namespace saywho::ui
