#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QPointer>
#include <QUndoCommand>

namespace saywho::ui {

class ArticleSession;

// Article → Properties: a new publication date, which re-resolves every relative date.
class SetPublicationDateCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPublicationDateCommand)

public:
    SetPublicationDateCommand(ArticleSession *session, const QDate &before, const QDate &after);

    void undo() override;
    void redo() override;

private:
    QPointer<ArticleSession> m_session;
    QDate m_before;
    QDate m_after;
};

} // namespace saywho::ui
