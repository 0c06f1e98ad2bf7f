#include "librarycontroller.h"

#include "articlelibrarylink.h"

#include "../articlesession.h"
#include "../workerpool.h"

#include "store/backupkeeper.h"
#include "store/database.h"
#include "store/library.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

const QString pathKey = u"library/path"_s;

// What the background check found: "ok", or the integrity check's complaint.
struct Health
{
    QString check;
    QString backupError;
};

Health checkAndBackUp(const QString &path)
{
    Health h;
    store::Database db;
    if (!db.open(path).ok())
        return h;
    store::StoreResult r;
    h.check = db.scalar(u"PRAGMA quick_check"_s, &r).toString();
    if (!r.ok())
        h.check = r.error;
    if (h.check == u"ok"_s)
        h.backupError = store::BackupKeeper(path).backupIfDue(db).error;
    return h;
}

} // namespace

LibraryController::LibraryController(QWidget *window)
    : QObject(window), m_window(window), m_status(new QLabel(window))
{
    m_status->setObjectName(u"libraryStatus"_s);
}

LibraryController::~LibraryController() = default;

QString LibraryController::path() const
{
    return m_library ? m_library->path() : QString();
}

QString LibraryController::open(const QString &path)
{
    auto lib = std::make_unique<store::Library>();
    const store::StoreResult r = lib->open(path);
    if (!r.ok())
        return r.error;
    m_library = std::move(lib);
    QSettings().setValue(pathKey, QFileInfo(path).absoluteFilePath());
    updateStatus();
    checkInBackground();
    emit libraryChanged();
    return {};
}

bool LibraryController::openAtStart(const QString &wanted)
{
    QString path = wanted;
    if (path.isEmpty())
        path = QSettings().value(pathKey).toString();
    if (path.isEmpty())
        path = store::Library::defaultPath();
    store::Library probe;
    const store::StoreResult r = probe.open(path);
    const int problem = int(probe.problem());
    probe.close();
    if (r.ok())
        return open(path).isEmpty();
    return offerAlternatives(path, r.error, problem);
}

bool LibraryController::offerAlternatives(const QString &path, const QString &message, int problem)
{
    QMessageBox box(QMessageBox::Warning, tr("Library"), tr("The library cannot be opened."),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(
        message + u"\n\n"_s +
        tr("Your articles stay as they are. Until a library is open, corrections are not kept "
           "after the window closes."));
    const QStringList backups = store::BackupKeeper(path).backups();
    QPushButton *restore = nullptr;
    if (problem == int(store::Library::Problem::Corrupt) && !backups.isEmpty())
        restore = box.addButton(tr("Restore the Newest Backup"), QMessageBox::AcceptRole);
    QPushButton *other = box.addButton(tr("Open Another Library…"), QMessageBox::ActionRole);
    QPushButton *create = box.addButton(tr("Create a New Library…"), QMessageBox::ActionRole);
    box.addButton(tr("Continue Without a Library"), QMessageBox::RejectRole);
    box.exec();
    if (restore && box.clickedButton() == restore) {
        QString aside;
        const store::StoreResult r = store::BackupKeeper::restore(backups.first(), path, &aside);
        if (!r.ok()) {
            QMessageBox::warning(m_window, tr("Library"), r.error);
            return false;
        }
        const QString error = open(path);
        if (error.isEmpty())
            QMessageBox::information(m_window, tr("Library"),
                                     tr("The backup of %1 is open. The damaged library was kept as %2.")
                                         .arg(QFileInfo(backups.first()).fileName(), aside));
        return error.isEmpty();
    }
    if (box.clickedButton() == other || box.clickedButton() == create) {
        chooseLibrary(box.clickedButton() == create);
        return m_library != nullptr;
    }
    updateStatus();
    return false;
}

void LibraryController::chooseLibrary(bool create)
{
    const QString filter = tr("SayWho libraries (*.sqlite)");
    const QString start = QFileInfo(path().isEmpty() ? store::Library::defaultPath() : path()).absolutePath();
    const QString chosen = create ? QFileDialog::getSaveFileName(m_window, tr("New Library"), start, filter)
                                  : QFileDialog::getOpenFileName(m_window, tr("Open Library"), start, filter);
    if (chosen.isEmpty())
        return;
    if (const QString error = open(chosen); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Library"), error);
}

void LibraryController::attach(ArticleSession *session)
{
    new ArticleLibraryLink(this, session);
}

void LibraryController::setWaiting(int corrections, const QString &why)
{
    m_waiting = corrections;
    m_waitingWhy = why;
    updateStatus();
}

void LibraryController::updateStatus()
{
    if (!m_library) {
        m_status->setText(tr("No library: corrections are not kept"));
        m_status->setToolTip({});
        return;
    }
    if (m_waiting > 0) {
        m_status->setText(tr("%n correction(s) not yet in the library", nullptr, m_waiting));
        m_status->setToolTip(
            tr("They are kept in memory and written as soon as the library can be written: %1")
                .arg(m_waitingWhy));
        return;
    }
    m_status->setText(tr("Library: %1").arg(QFileInfo(m_library->path()).fileName()));
    m_status->setToolTip(tr("Every correction is written to %1 as you make it.").arg(m_library->path()));
}

void LibraryController::checkInBackground()
{
    auto *watcher = new QFutureWatcher<Health>(this);
    const QString path = m_library->path();
    connect(watcher, &QFutureWatcher<Health>::finished, this, [this, watcher, path] {
        const Health h = watcher->result();
        watcher->deleteLater();
        if (!h.check.isEmpty() && h.check != u"ok"_s && m_library && m_library->path() == path) {
            m_library.reset();
            offerAlternatives(path, tr("The library %1 failed its integrity check: %2").arg(path, h.check),
                              int(store::Library::Problem::Corrupt));
            emit libraryChanged();
        }
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), checkAndBackUp, path));
}

} // namespace saywho::ui
