#include "personmergecommand.h"

#include "librarycontroller.h"

#include "store/library.h"

namespace saywho::ui {

PersonMergeCommand::PersonMergeCommand(LibraryController *controller, const store::PersonMerge &done,
                                       const QString &text, Report reported)
    : QUndoCommand(text), m_controller(controller), m_reported(std::move(reported)), m_merge(done)
{
}

void PersonMergeCommand::undo()
{
    store::Library *lib = m_controller->library();
    const store::StoreResult r = lib ? lib->unmergePeople(m_merge) : store::StoreResult::failed({});
    // A step the library can no longer take (another library open, a busy or read-only file) is
    // dropped from the stack rather than left to claim a state that is not there.
    if (!r.ok())
        setObsolete(true);
    m_reported(r);
}

void PersonMergeCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    store::Library *lib = m_controller->library();
    store::PersonMerge again;
    const store::StoreResult r =
        lib ? lib->mergePeople(m_merge.into, m_merge.from, &again) : store::StoreResult::failed({});
    if (r.ok())
        m_merge = again;
    else
        setObsolete(true);
    m_reported(r);
}

} // namespace saywho::ui
