#include "includeparagraphcommand.h"

#include "articlesession.h"

namespace saywho::ui {

IncludeParagraphCommand::IncludeParagraphCommand(ArticleSession *session, int paragraphBegin, bool include)
    : m_session(session), m_begin(paragraphBegin), m_include(include)
{
    setText(include ? tr("Include Paragraph") : tr("Leave Paragraph Out"));
}

void IncludeParagraphCommand::undo()
{
    if (m_session)
        m_session->setParagraphIncluded(m_begin, !m_include);
}

void IncludeParagraphCommand::redo()
{
    if (m_session)
        m_session->setParagraphIncluded(m_begin, m_include);
}

} // namespace saywho::ui
