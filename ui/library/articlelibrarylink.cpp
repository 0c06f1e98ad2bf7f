#include "articlelibrarylink.h"

#include "librarycontroller.h"

#include "../articlesession.h"

#include "store/library.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace saywho::ui {

ArticleLibraryLink::ArticleLibraryLink(LibraryController *controller, ArticleSession *session)
    : QObject(session), m_controller(controller), m_session(session)
{
    setObjectName(u"libraryLink"_s);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, &ArticleLibraryLink::flush);
    connect(session, &ArticleSession::analysed, this, &ArticleLibraryLink::analysed);
    connect(session, &ArticleSession::edited, this, &ArticleLibraryLink::edited);
    connect(session, &ArticleSession::reanalysed, this, [this] { m_reanalysed = true; });
    // Another text (View → Reload with Encoding) is another article: what waits goes to the old one.
    connect(session, &ArticleSession::textReplaced, this, [this] {
        flush();
        m_article = 0;
    });
    connect(controller, &LibraryController::libraryChanged, this, [this] {
        m_article = 0;
        if (m_session->hasDocument())
            resolve();
    });
    if (session->hasDocument())
        resolve();
}

ArticleLibraryLink *ArticleLibraryLink::of(const ArticleSession *session)
{
    return session ? session->findChild<ArticleLibraryLink *>(u"libraryLink"_s, Qt::FindDirectChildrenOnly)
                   : nullptr;
}

void ArticleLibraryLink::analysed()
{
    if (!m_adopting && m_article == 0)
        resolve();
}

void ArticleLibraryLink::resolve()
{
    store::Library *lib = m_controller->library();
    if (!lib)
        return;
    const core::Document &doc = m_session->document();
    store::StoreResult r;
    if (const auto stored = lib->find(doc, &r)) {
        m_article = *stored;
        lib->articles().markOpened(m_article);
        // The stored article wins over the fresh analysis, unless the user corrected this one already.
        if (m_session->undoStack()->count() == 0) {
            if (auto loaded = lib->load(m_article, &r)) {
                // The file may have moved since it was stored: the library learns where it is now.
                const QString path = doc.metadata().path;
                if (!path.isEmpty() && loaded->metadata().path != path) {
                    loaded->metadata().path = path;
                    lib->articles().update(m_article, *loaded);
                }
                m_adopting = true;
                m_session->openAnalysed(std::move(*loaded));
                m_adopting = false;
            }
        }
    } else if (r.ok()) {
        r = lib->add(doc, QStringLiteral(SAYWHO_VERSION), &m_article);
        if (!r.ok())
            m_article = 0;
        else
            emit m_controller->stored();
    }
    if (!r.ok())
        m_controller->setWaiting(int(m_pending.size()), r.error);
    if (m_article)
        emit linked(m_article);
    flush();
}

void ArticleLibraryLink::edited(const core::Patch &patch)
{
    if (m_adopting)
        return;
    m_pending.append({patch, QString(), false, std::exchange(m_nextReverts, 0)});
    const int indexBefore = m_session->undoStack()->index();
    // The stack names the step only once the push, undo or redo is over.
    QTimer::singleShot(0, this, [this, indexBefore] {
        describe(indexBefore, std::exchange(m_reanalysed, false));
        flush();
    });
}

void ArticleLibraryLink::describe(int indexBefore, bool reanalysis)
{
    const QUndoStack *stack = m_session->undoStack();
    const int now = stack->index();
    QString text;
    if (now < indexBefore)
        text = tr("Undo: %1").arg(stack->text(now));
    else if (now > 0)
        text = stack->text(now - 1);
    for (Pending &p : m_pending) {
        if (p.description.isEmpty()) {
            p.description = text.isEmpty() ? tr("Correction") : text;
            p.reanalysis = reanalysis;
        }
    }
}

void ArticleLibraryLink::flush()
{
    store::Library *lib = m_controller->library();
    if (!lib || m_article == 0) {
        if (!m_pending.isEmpty())
            m_controller->setWaiting(int(m_pending.size()), tr("no library is open"));
        return;
    }
    while (!m_pending.isEmpty()) {
        const Pending &p = m_pending.first();
        if (p.description.isEmpty())
            return; // described on the next turn of the event loop
        const store::StoreResult r = lib->record(
            m_article, p.patch, m_session->document(),
            p.reverts ? store::CorrectionKind::Revert
                      : (p.reanalysis ? store::CorrectionKind::Reanalysis : store::CorrectionKind::Edit),
            p.description, p.reverts);
        if (!r.ok()) {
            m_controller->setWaiting(int(m_pending.size()), r.error);
            m_retry.start();
            return;
        }
        m_pending.removeFirst();
    }
    m_retry.stop();
    m_controller->setWaiting(0, {});
    emit m_controller->stored();
}

} // namespace saywho::ui
