#include "correctionactions.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace saywho::ui {

CorrectionActions::CorrectionActions(QObject *parent) : QObject(parent)
{
    setSpeaker = make(u"setSpeaker"_s, Qt::Key_F2);
    clearSpeaker = make(u"clearSpeaker"_s, {});
    markQuote = make(u"markQuote"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    markPartialQuote = make(u"markPartialQuote"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    removeQuote = make(u"removeQuote"_s, QKeySequence::Delete);
    makeDirect = make(u"makeDirect"_s, {});
    makePartial = make(u"makePartial"_s, {});
    notQuoteTitle = make(u"notQuoteTitle"_s, {});
    notQuoteScare = make(u"notQuoteScare"_s, {});
    notQuoteNickname = make(u"notQuoteNickname"_s, {});
    isQuote = make(u"isQuote"_s, {});
    extendStart = make(u"extendStart"_s, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left));
    shrinkStart = make(u"shrinkStart"_s, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right));
    shrinkEnd = make(u"shrinkEnd"_s, QKeySequence(Qt::ALT | Qt::Key_Left));
    extendEnd = make(u"extendEnd"_s, QKeySequence(Qt::ALT | Qt::Key_Right));
    markPerson = make(u"markPerson"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    removeMention = make(u"removeMention"_s, {});
    splitMention = make(u"splitMention"_s, {});
    mergePeople = make(u"mergePeople"_s, QKeySequence(Qt::CTRL | Qt::Key_M));
    renamePerson = make(u"renamePerson"_s, {});
    kindPerson = make(u"kindPerson"_s, {});
    kindOrganization = make(u"kindOrganization"_s, {});
    markDate = make(u"markDate"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    editDate = make(u"editDate"_s, {});
    removeDate = make(u"removeDate"_s, {});
    retranslate();
}

QAction *CorrectionActions::make(const QString &name, const QKeySequence &shortcut)
{
    auto *a = new QAction(this);
    a->setObjectName(name);
    a->setShortcut(shortcut);
    // The panels and the view each show these; one shortcut for the whole window.
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

void CorrectionActions::retranslate()
{
    setSpeaker->setText(tr("Set &Speaker…"));
    clearSpeaker->setText(tr("Speaker &Unknown"));
    markQuote->setText(tr("Mark Selection as &Quote"));
    markPartialQuote->setText(tr("Mark Selection as &Partial Quote"));
    removeQuote->setText(tr("&Remove Quote"));
    makeDirect->setText(tr("Direct Quotation"));
    makePartial->setText(tr("Partial Quotation"));
    notQuoteTitle->setText(tr("Not a Quote: a &Title"));
    notQuoteScare->setText(tr("Not a Quote: a Scare &Quote"));
    notQuoteNickname->setText(tr("Not a Quote: a &Nickname"));
    isQuote->setText(tr("This Is a &Quotation"));
    extendStart->setText(tr("Quote Starts One Word Earlier"));
    shrinkStart->setText(tr("Quote Starts One Word Later"));
    shrinkEnd->setText(tr("Quote Ends One Word Earlier"));
    extendEnd->setText(tr("Quote Ends One Word Later"));
    markPerson->setText(tr("Mark Selection as Person or Organisation…"));
    removeMention->setText(tr("Remove This Mention"));
    splitMention->setText(tr("Split Off as a New Person"));
    mergePeople->setText(tr("&Merge People"));
    renamePerson->setText(tr("Re&name…"));
    kindPerson->setText(tr("Is a Person"));
    kindOrganization->setText(tr("Is an Organisation"));
    markDate->setText(tr("Mark Selection as &Date…"));
    editDate->setText(tr("&Edit Date…"));
    removeDate->setText(tr("Remove Date"));
    if (m_kindMenu)
        m_kindMenu->setTitle(tr("Quote &Kind"));
    if (m_boundsMenu)
        m_boundsMenu->setTitle(tr("Quote &Boundaries"));
    setSpeaker->setStatusTip(tr("Choose who said the current quote"));
    mergePeople->setStatusTip(tr("Make the selected people one person"));
}

QList<QAction *> CorrectionActions::all() const
{
    return {setSpeaker, clearSpeaker,     markQuote,     markPartialQuote, removeQuote,
            makeDirect, makePartial,      notQuoteTitle, notQuoteScare,    notQuoteNickname,
            isQuote,    extendStart,      shrinkStart,   shrinkEnd,        extendEnd,
            markPerson, removeMention,    splitMention,  mergePeople,      renamePerson,
            kindPerson, kindOrganization, markDate,      editDate,         removeDate};
}

void CorrectionActions::addTo(QMenu *menu)
{
    menu->addActions({setSpeaker, clearSpeaker, markQuote, markPartialQuote, removeQuote});
    m_kindMenu = menu->addMenu(QString());
    m_kindMenu->setObjectName(u"quoteKindMenu"_s);
    m_kindMenu->addActions(
        {makeDirect, makePartial, notQuoteTitle, notQuoteScare, notQuoteNickname, isQuote});
    m_boundsMenu = menu->addMenu(QString());
    m_boundsMenu->setObjectName(u"quoteBoundsMenu"_s);
    m_boundsMenu->addActions({extendStart, shrinkStart, shrinkEnd, extendEnd});
    retranslate();
    menu->addSeparator();
    menu->addActions(
        {markPerson, removeMention, splitMention, mergePeople, renamePerson, kindPerson, kindOrganization});
    menu->addSeparator();
    menu->addActions({markDate, editDate, removeDate});
}

} // namespace saywho::ui
