#include "librarypeoplecommand.h"

#include "librarycontroller.h"

#include "store/library.h"

namespace saywho::ui {

LibraryPeopleCommand::LibraryPeopleCommand(LibraryController *controller, const QString &text, Step undoStep,
                                           Step redoStep, Report reported)
    : QUndoCommand(text), m_controller(controller), m_undo(std::move(undoStep)), m_redo(std::move(redoStep)),
      m_reported(std::move(reported))
{
}

LibraryPeopleCommand *LibraryPeopleCommand::merge(LibraryController *controller,
                                                  const store::PersonMerge &done, const QString &text,
                                                  Report reported)
{
    // A redo merges again and records what the new merge did; the next undo takes that back.
    auto merge = std::make_shared<store::PersonMerge>(done);
    return new LibraryPeopleCommand(
        controller, text, [merge](store::Library &lib) { return lib.unmergePeople(*merge); },
        [merge](store::Library &lib) {
            store::PersonMerge again;
            const store::StoreResult r = lib.mergePeople(merge->into, merge->from, &again);
            if (r.ok())
                *merge = again;
            return r;
        },
        std::move(reported));
}

LibraryPeopleCommand *LibraryPeopleCommand::split(LibraryController *controller,
                                                  const store::PersonSplit &done, const QString &text,
                                                  Report reported)
{
    // A redo creates a new person; the next undo folds that one back.
    auto split = std::make_shared<store::PersonSplit>(done);
    return new LibraryPeopleCommand(
        controller, text, [split](store::Library &lib) { return lib.unsplitPerson(*split); },
        [split](store::Library &lib) {
            qint64 created = 0;
            const store::StoreResult r =
                lib.splitPerson(split->person, split->entityRows, split->name, &created);
            if (r.ok())
                split->created = created;
            return r;
        },
        std::move(reported));
}

void LibraryPeopleCommand::undo()
{
    apply(m_undo);
}

void LibraryPeopleCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    apply(m_redo);
}

void LibraryPeopleCommand::apply(const Step &step)
{
    store::Library *lib = m_controller->library();
    const store::StoreResult r = lib ? step(*lib) : store::StoreResult::failed({});
    // A step the library can no longer take (another library open, a busy or read-only file) is
    // dropped from the stack rather than left to claim a state that is not there.
    if (!r.ok())
        setObsolete(true);
    m_reported(r);
}

} // namespace saywho::ui
