#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace saywho::ui {

// The corrections a reader can make, each with its shortcut: in the Edit menu, in the context
// menus of the view and the panels. Texts are set by retranslate().
class CorrectionActions final : public QObject
{
    Q_OBJECT

public:
    explicit CorrectionActions(QObject *parent = nullptr);
    void retranslate();

    // Quotes
    QAction *setSpeaker;
    QAction *clearSpeaker;
    QAction *markQuote;
    QAction *markPartialQuote;
    QAction *removeQuote;
    QAction *makeDirect;
    QAction *makePartial;
    QAction *notQuoteTitle;
    QAction *notQuoteScare;
    QAction *notQuoteNickname;
    QAction *isQuote;
    QAction *extendStart;
    QAction *shrinkStart;
    QAction *shrinkEnd;
    QAction *extendEnd;
    // People
    QAction *markPerson;
    QAction *removeMention;
    QAction *splitMention;
    QAction *mergePeople;
    QAction *renamePerson;
    QAction *kindPerson;
    QAction *kindOrganization;
    // Dates
    QAction *markDate;
    QAction *editDate;
    QAction *removeDate;

    QList<QAction *> all() const;
    // The Edit menu's part: everything, in groups.
    void addTo(QMenu *menu);

private:
    QPointer<QMenu> m_kindMenu;
    QPointer<QMenu> m_boundsMenu;
    QAction *make(const QString &name, const QKeySequence &shortcut);
};

} // namespace saywho::ui
