#pragma once

#include "store/personrepository.h"

#include <QUndoCommand>

#include <functional>

namespace saywho::ui {

class LibraryController;

// One merge of two library people as an undo step. The merge itself is made (and may be refused)
// before the command is pushed; the command keeps what undoes it exactly.
class PersonMergeCommand final : public QUndoCommand
{
public:
    // reported is told how each later undo and redo went (the lists to refresh, a refusal to show).
    using Report = std::function<void(const store::StoreResult &)>;
    PersonMergeCommand(LibraryController *controller, const store::PersonMerge &done, const QString &text,
                       Report reported);

    void undo() override;
    void redo() override;

private:
    LibraryController *m_controller;
    Report m_reported;
    store::PersonMerge m_merge;
    bool m_first = true;
};

} // namespace saywho::ui
