#pragma once

#include "store/personrepository.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace saywho::store {
class Library;
}

namespace saywho::ui {

class LibraryController;

// One change to the library's people (a merge, a split) as an undo step. The change itself is made
// (and may be refused) before the command is pushed, so the first redo does nothing; the command
// keeps what undoes the change exactly and what makes it again.
class LibraryPeopleCommand final : public QUndoCommand
{
public:
    // One direction of the change, applied to the open library.
    using Step = std::function<store::StoreResult(store::Library &)>;
    // Told how each later undo and redo went (the lists to refresh, a refusal to show).
    using Report = std::function<void(const store::StoreResult &)>;

    static LibraryPeopleCommand *merge(LibraryController *controller, const store::PersonMerge &done,
                                       const QString &text, Report reported);
    static LibraryPeopleCommand *split(LibraryController *controller, const store::PersonSplit &done,
                                       const QString &text, Report reported);

    void undo() override;
    void redo() override;

private:
    LibraryPeopleCommand(LibraryController *controller, const QString &text, Step undoStep, Step redoStep,
                         Report reported);
    void apply(const Step &step);

    LibraryController *m_controller;
    Step m_undo;
    Step m_redo;
    Report m_reported;
    bool m_first = true;
};

} // namespace saywho::ui
