#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QLabel;
class QWidget;

namespace saywho::store {
class Library;
}

namespace saywho::ui {

class ArticleSession;

// The window's library: opens it at start (--db, the last one used, or the default), says clearly
// why it cannot and offers another one or a backup, links each open article to its stored copy,
// checks the file and makes the daily backup in the background.
class LibraryController final : public QObject
{
    Q_OBJECT

public:
    explicit LibraryController(QWidget *window);
    ~LibraryController() override;

    // Opens path (empty: the one in the settings, else Library::defaultPath()). On failure asks the
    // user what to do instead; returns whether a library is open afterwards.
    bool openAtStart(const QString &path);
    // Opens path without asking; the error message on failure.
    QString open(const QString &path);
    store::Library *library() const { return m_library.get(); }
    QString path() const;

    // Keeps a session's article and every correction of it in the library.
    void attach(ArticleSession *session);
    // The permanent status-bar note: which library, and corrections waiting to be written.
    QLabel *statusLabel() const { return m_status; }
    void setWaiting(int corrections, const QString &why);

    // File → Open Library… / New Library…
    void chooseLibrary(bool create);

signals:
    void libraryChanged();
    // A correction (or a new article) was written: the library's lists are out of date.
    void stored();

private:
    bool offerAlternatives(const QString &path, const QString &message, int problem);
    void checkInBackground();
    void updateStatus();

    QWidget *m_window;
    std::unique_ptr<store::Library> m_library;
    QLabel *m_status;
    int m_waiting = 0;
    QString m_waitingWhy;
};

} // namespace saywho::ui
