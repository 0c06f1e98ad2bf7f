#include "editcommand.h"

#include "articlesession.h"

namespace saywho::ui {

EditCommand::EditCommand(ArticleSession *session, core::Patch patch, const QString &text)
    : m_session(session), m_patch(std::move(patch))
{
    static quint64 serials = 0;
    m_serial = ++serials;
    setText(text);
}

void EditCommand::redo()
{
    if (m_session && !m_session->applyPatch(m_patch, &m_inverse))
        setObsolete(true);
}

void EditCommand::undo()
{
    if (m_session && !m_session->applyPatch(m_inverse, nullptr))
        setObsolete(true);
}

void EditCommand::absorb(const core::Patch &applied)
{
    m_patch.append(applied);
    m_inverse = m_patch.inverted();
}

} // namespace saywho::ui
