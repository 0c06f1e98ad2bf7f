#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace saywho::ui {

class ArticleSession;

// Context menu → Include This Paragraph in the Analysis (or leave it out again): the reader
// overrules the boilerplate detector for one paragraph.
class IncludeParagraphCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(IncludeParagraphCommand)

public:
    IncludeParagraphCommand(ArticleSession *session, int paragraphBegin, bool include);

    void undo() override;
    void redo() override;

private:
    QPointer<ArticleSession> m_session;
    int m_begin;
    bool m_include;
};

} // namespace saywho::ui
