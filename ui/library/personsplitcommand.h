#pragma once

#include "store/personrepository.h"

#include <QUndoCommand>

#include <functional>

namespace saywho::ui {

class LibraryController;

// One split of a library person as an undo step: made before the push, undone exactly (the new
// person goes, its mentions return), redone as a new split of the same mentions.
class PersonSplitCommand final : public QUndoCommand
{
public:
    // reported is told how each later undo and redo went (the lists to refresh, a refusal to show).
    using Report = std::function<void(const store::StoreResult &)>;
    PersonSplitCommand(LibraryController *controller, const store::PersonSplit &done, const QString &text,
                       Report reported);

    void undo() override;
    void redo() override;

private:
    LibraryController *m_controller;
    Report m_reported;
    store::PersonSplit m_split;
    bool m_first = true;
};

} // namespace saywho::ui
