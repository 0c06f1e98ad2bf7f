#pragma once

#include "model/patch.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace saywho::ui {

class ArticleSession;
class LibraryController;

// One open article and its copy in the library. The first analysis finds the stored article by
// its text (and shows it with its corrections) or stores it; every correction, undo, redo and
// re-analysis is written as it happens, one transaction each. When the library cannot be
// written they wait, in order, in memory, and are written as soon as it can.
class ArticleLibraryLink final : public QObject
{
    Q_OBJECT

public:
    ArticleLibraryLink(LibraryController *controller, ArticleSession *session);

    qint64 article() const { return m_article; }
    // The next correction the session makes is the revert of this log entry.
    void markNextAsRevert(qint64 entry) { m_nextReverts = entry; }
    static ArticleLibraryLink *of(const ArticleSession *session);

signals:
    void linked(qint64 article);

private:
    struct Pending
    {
        core::Patch patch;
        QString description;
        bool reanalysis = false;
        qint64 reverts = 0;
    };

    void analysed();
    void resolve();
    void edited(const core::Patch &patch);
    void describe(int indexBefore, bool reanalysis);
    void flush();

    LibraryController *m_controller;
    ArticleSession *m_session;
    qint64 m_article = 0;
    bool m_adopting = false;
    bool m_reanalysed = false;
    qint64 m_nextReverts = 0;
    QList<Pending> m_pending;
    QTimer m_retry;
};

} // namespace saywho::ui
