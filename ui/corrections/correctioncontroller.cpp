#include "correctioncontroller.h"

#include "articlesession.h"
#include "articletab.h"
#include "correctionactions.h"
#include "datevaluedialog.h"
#include "panels/documenttablemodel.h"
#include "panels/panelfilterproxy.h"
#include "panels/tablepanel.h"
#include "speakerpicker.h"

#include "model/edits/dateedits.h"
#include "model/edits/entityedits.h"
#include "model/edits/quoteedits.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

// A quote's first words for an undo step's name, without its own quotation marks.
QString shortText(QStringView s)
{
    QString t = s.toString().simplified();
    auto mark = [](QChar c) { return c.isPunct() && c != u'(' && c != u')'; };
    while (!t.isEmpty() && mark(t.front()))
        t.remove(0, 1);
    while (!t.isEmpty() && mark(t.back()))
        t.chop(1);
    return t.size() > 30 ? t.left(28) + QChar(0x2026) : t;
}

// The next word boundary from pos in direction (+1 right, -1 left), never past a line break.
int wordStep(const QString &text, int pos, int direction)
{
    const int n = int(text.size());
    auto blank = [&](int i) { return text.at(i).isSpace() && text.at(i) != u'\n'; };
    if (direction > 0) {
        int i = pos;
        while (i < n && blank(i))
            ++i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        return i;
    }
    int i = pos;
    while (i > 0 && blank(i - 1))
        --i;
    while (i > 0 && !text.at(i - 1).isSpace())
        --i;
    return i;
}

// Drops white space at both ends of a span.
core::Span trimmed(const QString &text, core::Span s)
{
    while (s.begin < s.end && text.at(s.begin).isSpace())
        ++s.begin;
    while (s.end > s.begin && text.at(s.end - 1).isSpace())
        --s.end;
    return s;
}

} // namespace

CorrectionController::CorrectionController(CorrectionActions *actions, TablePanel *quotes, TablePanel *people,
                                           TablePanel *dates, QWidget *window)
    : QObject(window), m_actions(actions), m_quotes(quotes), m_people(people), m_dates(dates),
      m_window(window)
{
    CorrectionActions *a = actions;
    connect(a->setSpeaker, &QAction::triggered, this, &CorrectionController::setSpeaker);
    connect(a->clearSpeaker, &QAction::triggered, this, &CorrectionController::clearSpeaker);
    connect(a->markQuote, &QAction::triggered, this, [this] { markQuote(false); });
    connect(a->markPartialQuote, &QAction::triggered, this, [this] { markQuote(true); });
    connect(a->removeQuote, &QAction::triggered, this, &CorrectionController::removeQuote);
    connect(a->makeDirect, &QAction::triggered, this, [this] { setKind(int(core::QuoteKind::Direct)); });
    connect(a->makePartial, &QAction::triggered, this, [this] { setKind(int(core::QuoteKind::Partial)); });
    connect(a->notQuoteTitle, &QAction::triggered, this,
            [this] { notQuote(int(core::NonQuoteKind::Title)); });
    connect(a->notQuoteScare, &QAction::triggered, this,
            [this] { notQuote(int(core::NonQuoteKind::Scare)); });
    connect(a->notQuoteNickname, &QAction::triggered, this,
            [this] { notQuote(int(core::NonQuoteKind::Nickname)); });
    connect(a->isQuote, &QAction::triggered, this, &CorrectionController::isQuote);
    connect(a->extendStart, &QAction::triggered, this, [this] { moveBoundary(true, -1); });
    connect(a->shrinkStart, &QAction::triggered, this, [this] { moveBoundary(true, +1); });
    connect(a->shrinkEnd, &QAction::triggered, this, [this] { moveBoundary(false, -1); });
    connect(a->extendEnd, &QAction::triggered, this, [this] { moveBoundary(false, +1); });
    connect(a->markPerson, &QAction::triggered, this, &CorrectionController::markPerson);
    connect(a->removeMention, &QAction::triggered, this, &CorrectionController::removeMention);
    connect(a->splitMention, &QAction::triggered, this, &CorrectionController::splitMention);
    connect(a->mergePeople, &QAction::triggered, this, &CorrectionController::mergePeople);
    connect(a->renamePerson, &QAction::triggered, this, &CorrectionController::renamePerson);
    connect(a->kindPerson, &QAction::triggered, this,
            [this] { setEntityKind(int(core::EntityKind::Person)); });
    connect(a->kindOrganization, &QAction::triggered, this,
            [this] { setEntityKind(int(core::EntityKind::Organization)); });
    connect(a->markDate, &QAction::triggered, this, &CorrectionController::markDate);
    connect(a->editDate, &QAction::triggered, this, &CorrectionController::editDate);
    connect(a->removeDate, &QAction::triggered, this, &CorrectionController::removeDate);
    for (TablePanel *panel : {quotes, people, dates}) {
        panel->view()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(panel->view(), &QWidget::customContextMenuRequested, this,
                [this, panel](const QPoint &pos) { panelMenu(panel, pos); });
    }
    people->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void CorrectionController::setTab(ArticleTab *tab)
{
    m_tab = tab;
}

CorrectionTarget CorrectionController::target() const
{
    if (m_menuTarget)
        return *m_menuTarget;
    if (!m_tab)
        return {};
    const core::Document &doc = m_tab->session()->document();
    QWidget *focus = QApplication::focusWidget();
    auto idOf = [](TablePanel *panel) {
        DocumentTableModel *m = panel->model();
        return m ? m->idAt(panel->currentSourceRow()) : 0;
    };
    CorrectionTarget t;
    if (focus == m_quotes->view() && idOf(m_quotes)) {
        t.quote = idOf(m_quotes);
        if (const core::Quote *q = doc.quote(t.quote))
            t.entity = q->speaker;
        return t;
    }
    if (focus == m_dates->view() && idOf(m_dates)) {
        t.date = idOf(m_dates);
        return t;
    }
    if (focus == m_people->view() && m_people->model()) {
        const QModelIndexList rows = m_people->view()->selectionModel()->selectedRows();
        for (const QModelIndex &proxyIndex : rows) {
            const QModelIndex source = m_people->proxy()->mapToSource(proxyIndex);
            t.entities.append(m_people->model()->idAt(source.row()));
        }
        t.entity = idOf(m_people);
        if (!t.entity && !t.entities.isEmpty())
            t.entity = t.entities.first();
        return t;
    }
    const QTextCursor c = m_tab->view()->textCursor();
    const core::Span selection =
        c.hasSelection() ? trimmed(doc.text(), {c.selectionStart(), c.selectionEnd()}) : core::Span{};
    t = CorrectionTarget::at(doc, c.hasSelection() ? c.selectionStart() : c.position(), selection);
    // A quote chosen in the panel is the current quote when the cursor is on none.
    if (!t.quote && idOf(m_quotes))
        t.quote = idOf(m_quotes);
    return t;
}

void CorrectionController::fillMenu(QMenu *menu, int position)
{
    if (!m_tab)
        return;
    const core::Document &doc = m_tab->session()->document();
    const QTextCursor c = m_tab->view()->textCursor();
    core::Span selection;
    if (c.hasSelection() && c.selectionStart() <= position && position <= c.selectionEnd())
        selection = trimmed(doc.text(), {c.selectionStart(), c.selectionEnd()});
    m_menuTarget = CorrectionTarget::at(doc, position, selection);
    connect(menu, &QMenu::aboutToHide, this, [this] {
        // The chosen action fires after the menu hides: forget the place only then.
        QTimer::singleShot(0, this, [this] { m_menuTarget.reset(); });
    });
    const CorrectionTarget &t = *m_menuTarget;
    const CorrectionActions *a = m_actions;
    menu->addSeparator();
    if (!t.selection.isEmpty())
        menu->addActions({a->markQuote, a->markPartialQuote, a->markPerson, a->markDate});
    if (t.quote) {
        menu->addSeparator();
        menu->addActions({a->setSpeaker, a->clearSpeaker, a->removeQuote});
        QMenu *kind = menu->addMenu(tr("Quote Kind"));
        const core::Quote *q = doc.quote(t.quote);
        kind->addAction(q->kind == core::QuoteKind::Direct ? a->makePartial : a->makeDirect);
        kind->addActions({a->notQuoteTitle, a->notQuoteScare, a->notQuoteNickname});
        QMenu *bounds = menu->addMenu(tr("Quote Boundaries"));
        bounds->addActions({a->extendStart, a->shrinkStart, a->shrinkEnd, a->extendEnd});
    } else if (t.nonQuote) {
        menu->addSeparator();
        menu->addAction(a->isQuote);
    }
    if (t.mention) {
        menu->addSeparator();
        menu->addActions({a->renamePerson, a->splitMention, a->removeMention});
    }
    if (t.date) {
        menu->addSeparator();
        menu->addActions({a->editDate, a->removeDate});
    }
}

void CorrectionController::panelMenu(TablePanel *panel, const QPoint &pos)
{
    if (!m_tab || !panel->model())
        return;
    panel->view()->setFocus();
    const CorrectionTarget t = target();
    QMenu menu(panel);
    const CorrectionActions *a = m_actions;
    if (panel == m_quotes && t.quote) {
        menu.addActions({a->setSpeaker, a->clearSpeaker, a->removeQuote});
        menu.addSeparator();
        menu.addActions({a->makeDirect, a->makePartial, a->notQuoteTitle, a->notQuoteScare});
    } else if (panel == m_people && t.entity) {
        menu.addActions({a->mergePeople, a->renamePerson, a->kindPerson, a->kindOrganization});
        a->mergePeople->setEnabled(t.entities.size() >= 2);
    } else if (panel == m_dates && t.date) {
        menu.addActions({a->editDate, a->removeDate});
    }
    if (menu.isEmpty())
        return;
    m_menuTarget = t;
    menu.exec(panel->view()->viewport()->mapToGlobal(pos));
    m_menuTarget.reset();
    a->mergePeople->setEnabled(true);
}

bool CorrectionController::run(const core::Edit &edit, const QString &text)
{
    if (!m_tab)
        return false;
    const QString error = m_tab->session()->applyEdit(edit, text);
    if (!error.isEmpty())
        emit refused(error);
    return error.isEmpty();
}

void CorrectionController::setSpeaker()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.quote) {
        emit refused(
            tr("Put the cursor on a quote, or choose one in the Quotations panel, to set its speaker."));
        return;
    }
    const core::Document &doc = m_tab->session()->document();
    const core::Quote *q = doc.quote(t.quote);
    SpeakerPicker picker(doc, q ? q->speaker : 0, m_window);
    if (picker.exec() != QDialog::Accepted)
        return;
    const QString quote = shortText(doc.textOf(q->span));
    if (const int id = picker.entity())
        run(core::edits::setSpeaker(doc, t.quote, id),
            tr("Set Speaker of “%1” to %2").arg(quote, doc.entity(id)->name));
    else
        run(core::edits::setSpeakerByName(doc, t.quote, picker.name(), picker.kind()),
            tr("Set Speaker of “%1” to %2").arg(quote, picker.name()));
}

void CorrectionController::clearSpeaker()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.quote)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::setSpeaker(doc, t.quote, 0),
        tr("Speaker of “%1” Unknown").arg(shortText(doc.textOf(doc.quote(t.quote)->span))));
}

void CorrectionController::markQuote(bool partial)
{
    const CorrectionTarget t = target();
    if (!m_tab || t.selection.isEmpty()) {
        emit refused(tr("Select the words of the quotation in the article first."));
        return;
    }
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::addQuote(doc, t.selection, partial ? core::QuoteKind::Partial : core::QuoteKind::Direct),
        tr("Add Quote “%1”").arg(shortText(doc.textOf(t.selection))));
}

void CorrectionController::removeQuote()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.quote)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::removeQuote(doc, t.quote),
        tr("Remove Quote “%1”").arg(shortText(doc.textOf(doc.quote(t.quote)->span))));
}

void CorrectionController::setKind(int kind)
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.quote)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::setQuoteKind(doc, t.quote, core::QuoteKind(kind)),
        core::QuoteKind(kind) == core::QuoteKind::Direct ? tr("Make Direct Quotation")
                                                         : tr("Make Partial Quotation"));
}

void CorrectionController::notQuote(int nonQuoteKind)
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.quote)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::quoteToNonQuote(doc, t.quote, core::NonQuoteKind(nonQuoteKind)),
        tr("Not a Quote: “%1”").arg(shortText(doc.textOf(doc.quote(t.quote)->span))));
}

void CorrectionController::isQuote()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.nonQuote)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::nonQuoteToQuote(doc, t.nonQuote, core::QuoteKind::Direct),
        tr("Make “%1” a Quotation").arg(shortText(doc.textOf(doc.nonQuote(t.nonQuote)->span))));
}

void CorrectionController::moveBoundary(bool start, int direction)
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.quote)
        return;
    const core::Document &doc = m_tab->session()->document();
    core::Span s = doc.quote(t.quote)->span;
    (start ? s.begin : s.end) = wordStep(doc.text(), start ? s.begin : s.end, direction);
    s = trimmed(doc.text(), s);
    run(core::edits::moveQuote(doc, t.quote, s), start ? tr("Move Quote Start") : tr("Move Quote End"));
}

void CorrectionController::markPerson()
{
    const CorrectionTarget t = target();
    if (!m_tab || t.selection.isEmpty()) {
        emit refused(tr("Select the name in the article first."));
        return;
    }
    const core::Document &doc = m_tab->session()->document();
    SpeakerPicker picker(doc, 0, m_window);
    picker.setWindowTitle(tr("Who Is This?"));
    if (picker.exec() != QDialog::Accepted)
        return;
    int entity = picker.entity();
    if (!entity) {
        // A new entry named as the reader typed: the mention first, then the name.
        core::Edit add = core::edits::addMention(doc, t.selection, picker.kind(), 0);
        if (add.ok() && picker.name() != doc.textOf(t.selection).toString().simplified()) {
            core::Entity &created = *add.patch.entities.first().after;
            created.name = picker.name();
        }
        run(add, tr("Mark “%1” as %2").arg(shortText(doc.textOf(t.selection)), picker.name()));
        return;
    }
    run(core::edits::addMention(doc, t.selection, doc.entity(entity)->kind, entity),
        tr("Mark “%1” as %2").arg(shortText(doc.textOf(t.selection)), doc.entity(entity)->name));
}

void CorrectionController::removeMention()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.mention)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::removeMention(doc, t.mention),
        tr("Remove Mention “%1”").arg(shortText(doc.textOf(doc.mention(t.mention)->span))));
}

void CorrectionController::splitMention()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.mention)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::splitMention(doc, t.mention),
        tr("Split “%1” Off as a New Person").arg(shortText(doc.textOf(doc.mention(t.mention)->span))));
}

void CorrectionController::mergePeople()
{
    const CorrectionTarget t = target();
    if (!m_tab || t.entities.size() < 2) {
        emit refused(tr("Select two or more people in the People panel to merge them."));
        return;
    }
    const core::Document &doc = m_tab->session()->document();
    // Into the one with most mentions: usually the full, correctly spelled name.
    QList<int> ids = t.entities;
    auto mentions = [&doc](int id) {
        int n = 0;
        for (const core::Mention &m : doc.mentions())
            n += m.entity == id;
        return n;
    };
    std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) { return mentions(a) > mentions(b); });
    // One step for the whole merge: a patch of every pairwise merge, applied to a scratch copy.
    core::Document scratch = doc;
    core::Edit all;
    for (int i = 1; i < ids.size(); ++i) {
        const core::Edit e = core::edits::mergeEntities(scratch, ids.first(), ids.at(i));
        if (!e.ok()) {
            emit refused(e.error);
            return;
        }
        e.patch.apply(scratch);
        all.patch.append(e.patch);
    }
    QStringList names;
    for (int id : ids)
        names.append(doc.entity(id)->name);
    run(all, tr("Merge %1").arg(names.join(u", "_s)));
}

void CorrectionController::renamePerson()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.entity)
        return;
    const core::Document &doc = m_tab->session()->document();
    const core::Entity *e = doc.entity(t.entity);
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Rename"), tr("Name of this person or organisation:"), QLineEdit::Normal, e->name, &ok);
    if (ok)
        run(core::edits::renameEntity(doc, t.entity, name),
            tr("Rename %1 to %2").arg(e->name, name.simplified()));
}

void CorrectionController::setEntityKind(int kind)
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.entity)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::setEntityKind(doc, t.entity, core::EntityKind(kind)),
        tr("Change Kind of %1").arg(doc.entity(t.entity)->name));
}

void CorrectionController::markDate()
{
    const CorrectionTarget t = target();
    if (!m_tab || t.selection.isEmpty()) {
        emit refused(tr("Select the date expression in the article first."));
        return;
    }
    const core::Document &doc = m_tab->session()->document();
    const QString words = doc.textOf(t.selection).toString();
    DateValueDialog dialog(
        words, core::TimexType::Date,
        doc.metadata().dct.isValid() ? doc.metadata().dct.toString(Qt::ISODate) : QString(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        run(core::edits::addDate(doc, t.selection, dialog.type(), dialog.value()),
            tr("Add Date “%1”").arg(shortText(words)));
}

void CorrectionController::editDate()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.date)
        return;
    const core::Document &doc = m_tab->session()->document();
    const core::TimeExpr *d = doc.timeExpr(t.date);
    DateValueDialog dialog(doc.textOf(d->span).toString(), d->type, d->value, m_window);
    if (dialog.exec() == QDialog::Accepted)
        run(core::edits::setDate(doc, t.date, dialog.type(), dialog.value()),
            tr("Set “%1” to %2").arg(shortText(doc.textOf(d->span)), dialog.value()));
}

void CorrectionController::removeDate()
{
    const CorrectionTarget t = target();
    if (!m_tab || !t.date)
        return;
    const core::Document &doc = m_tab->session()->document();
    run(core::edits::removeDate(doc, t.date),
        tr("Remove Date “%1”").arg(shortText(doc.textOf(doc.timeExpr(t.date)->span))));
}

} // namespace saywho::ui
