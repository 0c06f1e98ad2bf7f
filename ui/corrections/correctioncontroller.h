#pragma once

#include "correctiontarget.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMenu;
class QWidget;

namespace saywho::core {
struct Edit;
}

namespace saywho::ui {

class ArticleTab;
class CorrectionActions;
class TablePanel;

// Carries out the reader's corrections on the current article: works out what an action applies
// to (the highlight right-clicked, the panel row chosen, the view's cursor or selection), asks what
// it needs (a speaker, a date value), and hands the edit to the session's undo stack.
class CorrectionController final : public QObject
{
    Q_OBJECT

public:
    CorrectionController(CorrectionActions *actions, TablePanel *quotes, TablePanel *people,
                         TablePanel *dates, QWidget *window);

    void setTab(ArticleTab *tab);
    // The view's context menu at a text position: the corrections that apply there.
    void fillMenu(QMenu *menu, int position);
    CorrectionTarget target() const;

signals:
    // Why a correction could not be made, for the status bar.
    void refused(const QString &message);

private:
    void panelMenu(TablePanel *panel, const QPoint &pos);
    bool run(const core::Edit &edit, const QString &text);
    void setSpeaker();
    void clearSpeaker();
    void markQuote(bool partial);
    void removeQuote();
    void setKind(int kind);
    void notQuote(int nonQuoteKind);
    void isQuote();
    void moveBoundary(bool start, int direction);
    void markPerson();
    void removeMention();
    void splitMention();
    void mergePeople();
    void renamePerson();
    void setEntityKind(int kind);
    void markDate();
    void editDate();
    void removeDate();

    CorrectionActions *m_actions;
    TablePanel *m_quotes;
    TablePanel *m_people;
    TablePanel *m_dates;
    QWidget *m_window;
    QPointer<ArticleTab> m_tab;
    std::optional<CorrectionTarget> m_menuTarget; // while a context menu is open
};

} // namespace saywho::ui
