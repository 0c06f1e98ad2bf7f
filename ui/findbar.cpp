#include "findbar.h"

#include "view/articleview.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace saywho::ui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_case(new QCheckBox(this)),
      m_prevButton(new QToolButton(this)), m_nextButton(new QToolButton(this)),
      m_closeButton(new QToolButton(this)), m_count(new QLabel(this)), m_find(new QAction(this)),
      m_next(new QAction(this)), m_previous(new QAction(this))
{
    setObjectName(u"findBar"_s);
    m_edit->setObjectName(u"findText"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_edit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_find->setShortcut(QKeySequence::Find);
    m_next->setShortcut(QKeySequence::FindNext);
    m_previous->setShortcut(QKeySequence::FindPrevious);
    m_prevButton->setDefaultAction(m_previous);
    m_nextButton->setDefaultAction(m_next);
    m_prevButton->setArrowType(Qt::UpArrow);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_prevButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_case);
    layout->addWidget(m_count);
    layout->addStretch(2);
    layout->addWidget(m_closeButton);

    connect(m_find, &QAction::triggered, this, &FindBar::openBar);
    connect(m_next, &QAction::triggered, this, &FindBar::findNext);
    connect(m_previous, &QAction::triggered, this, &FindBar::findPrevious);
    connect(m_closeButton, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        // As typed: the match grows in place, so search again from where the current one starts.
        search(m_current >= 0 ? m_matches.at(m_current).first
                              : (m_view ? m_view->textCursor().selectionStart() : 0));
    });
    connect(m_case, &QCheckBox::toggled, this,
            [this] { search(m_current >= 0 ? m_matches.at(m_current).first : 0); });
    retranslate();
    setView(nullptr);
    hide();
}

QList<QAction *> FindBar::menuActions() const
{
    return {m_find, m_next, m_previous};
}

void FindBar::setView(ArticleView *view)
{
    if (m_view && m_view != view)
        m_view->setSearchMatches({}, -1);
    m_view = view;
    for (QAction *a : menuActions())
        a->setEnabled(view != nullptr);
    m_matches.clear();
    m_current = -1;
    if (view && isVisible() && !m_edit->text().isEmpty())
        search(view->textCursor().selectionStart());
    updateCount();
}

QList<std::pair<int, int>> FindBar::matchesIn(const QString &text, const QString &needle,
                                              Qt::CaseSensitivity cs)
{
    QList<std::pair<int, int>> found;
    if (needle.isEmpty())
        return found;
    for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0;
         at = text.indexOf(needle, at + needle.size(), cs))
        found.append({int(at), int(at + needle.size())});
    return found;
}

void FindBar::openBar()
{
    if (!m_view)
        return;
    // A short selection in the article is most likely what the reader wants to find.
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && selected.size() < 100 && !selected.contains(QChar::ParagraphSeparator)) {
        m_edit->setText(selected);
        show();
        search(m_view->textCursor().selectionStart());
    } else {
        show();
        if (!m_edit->text().isEmpty())
            search(m_view->textCursor().selectionStart());
    }
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::closeBar()
{
    hide();
    m_matches.clear();
    m_current = -1;
    if (m_view) {
        m_view->setSearchMatches({}, -1);
        m_view->setFocus();
    }
}

void FindBar::findNext()
{
    step(+1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (!m_view)
        return;
    if (!isVisible() || m_edit->text().isEmpty()) {
        openBar();
        if (m_edit->text().isEmpty())
            return;
    }
    if (m_matches.isEmpty()) {
        search(m_view->textCursor().selectionStart());
        if (m_matches.isEmpty() || delta > 0)
            return;
    }
    if (m_current < 0)
        m_current = delta > 0 ? 0 : int(m_matches.size()) - 1;
    else
        m_current = int((m_current + delta + m_matches.size()) % m_matches.size());
    select();
}

void FindBar::search(int from)
{
    m_matches.clear();
    m_current = -1;
    if (m_view) {
        // The view's own text, whose positions are the document's: paragraph breaks are one
        // separator character each, as '\n' is in the document.
        const QString text = m_view->document()->toRawText();
        const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        m_matches = matchesIn(text, m_edit->text(), cs);
        for (int i = 0; i < m_matches.size() && m_current < 0; ++i)
            if (m_matches.at(i).first >= from)
                m_current = i;
        if (m_current < 0 && !m_matches.isEmpty())
            m_current = 0; // wraps around to the top
    }
    select();
}

void FindBar::select()
{
    updateCount();
    if (!m_view)
        return;
    m_view->setSearchMatches(m_matches, m_current);
    if (m_current < 0)
        return;
    QTextCursor c(m_view->document());
    c.setPosition(m_matches.at(m_current).first);
    c.setPosition(m_matches.at(m_current).second, QTextCursor::KeepAnchor);
    m_view->setTextCursor(c);
    m_view->ensureCursorVisible();
}

void FindBar::updateCount()
{
    const bool typed = !m_edit->text().isEmpty();
    if (!typed)
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("Not found"));
    else
        m_count->setText(
            tr("%1 of %2").arg(QLocale().toString(m_current + 1), QLocale().toString(m_matches.size())));
    // A search that finds nothing says so in the field itself, as in a browser.
    QPalette p = m_edit->palette();
    p.setColor(QPalette::Base,
               typed && m_matches.isEmpty()
                   ? QColor::fromHsl(0, 170, palette().color(QPalette::Base).lightness() > 128 ? 225 : 60)
                   : palette().color(QPalette::Base));
    m_edit->setPalette(p);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept(); // Esc closes the bar, whatever else the window binds it to
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FindBar::retranslate()
{
    m_find->setText(tr("&Find…"));
    m_find->setStatusTip(tr("Find text in the article"));
    m_next->setText(tr("Find &Next"));
    m_previous->setText(tr("Find Pre&vious"));
    m_edit->setPlaceholderText(tr("Find in the article"));
    m_case->setText(tr("&Match case"));
    m_closeButton->setToolTip(tr("Close the find bar (Esc)"));
    updateCount();
}

} // namespace saywho::ui
