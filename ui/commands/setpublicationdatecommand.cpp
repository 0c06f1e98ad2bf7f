#include "setpublicationdatecommand.h"

#include "articlesession.h"

#include <QLocale>

namespace saywho::ui {

SetPublicationDateCommand::SetPublicationDateCommand(ArticleSession *session, const QDate &before,
                                                     const QDate &after)
    : m_session(session), m_before(before), m_after(after)
{
    setText(after.isValid()
                ? tr("Set Publication Date to %1").arg(QLocale().toString(after, QLocale::ShortFormat))
                : tr("Clear Publication Date"));
}

void SetPublicationDateCommand::undo()
{
    if (m_session)
        m_session->setPublicationDate(m_before);
}

void SetPublicationDateCommand::redo()
{
    if (m_session)
        m_session->setPublicationDate(m_after);
}

} // namespace saywho::ui
