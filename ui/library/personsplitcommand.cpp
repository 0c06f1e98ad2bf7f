#include "personsplitcommand.h"

#include "librarycontroller.h"

#include "store/library.h"

namespace saywho::ui {

PersonSplitCommand::PersonSplitCommand(LibraryController *controller, const store::PersonSplit &done,
                                       const QString &text, Report reported)
    : QUndoCommand(text), m_controller(controller), m_reported(std::move(reported)), m_split(done)
{
}

void PersonSplitCommand::undo()
{
    store::Library *lib = m_controller->library();
    const store::StoreResult r = lib ? lib->unsplitPerson(m_split) : store::StoreResult::failed({});
    if (!r.ok())
        setObsolete(true);
    m_reported(r);
}

void PersonSplitCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    store::Library *lib = m_controller->library();
    qint64 created = 0;
    const store::StoreResult r =
        lib ? lib->splitPerson(m_split.person, m_split.entityRows, m_split.name, &created)
            : store::StoreResult::failed({});
    if (r.ok())
        m_split.created = created;
    else
        setObsolete(true);
    m_reported(r);
}

} // namespace saywho::ui
