#pragma once

#include "model/patch.h"

#include <QPointer>
#include <QUndoCommand>

namespace saywho::ui {

class ArticleSession;

// One correction on the undo stack: a core Patch and the inverse its application returned. Applies
// synchronously on push (Qt's Undo Framework). A re-analysis the correction asked for (a new
// publication date re-resolves every date) joins it, so one undo takes back both.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(ArticleSession *session, core::Patch patch, const QString &text);

    void undo() override;
    void redo() override;
    // Adds a patch that the session has just applied on top of this command's.
    void absorb(const core::Patch &applied);
    const core::Patch &patch() const { return m_patch; }
    // Unique in the process: tells a command from a later one at the same address.
    quint64 serial() const { return m_serial; }

private:
    QPointer<ArticleSession> m_session;
    core::Patch m_patch;
    core::Patch m_inverse;
    quint64 m_serial;
};

} // namespace saywho::ui
