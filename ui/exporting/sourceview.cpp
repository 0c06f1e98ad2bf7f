#include "sourceview.h"

#include "highlightedsource.h"

#include "view/speakerpalette.h"

#include <QFontDatabase>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saywho::ui {

SourceView::SourceView(QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser(this)), m_note(new QLabel(this))
{
    m_browser->setObjectName(u"sourceBrowser"_s);
    m_browser->setReadOnly(true);
    m_browser->setOpenLinks(false);
    m_browser->setLineWrapMode(QTextEdit::NoWrap);
    m_browser->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_note->setObjectName(u"sourceNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_note);
}

void SourceView::setSource(const QString &text, const QString &syntax)
{
    const HighlightedSource h =
        HighlightedSource::highlight(text, syntax, SpeakerPalette::fromApplication().isDark());
    if (h.isColoured()) {
        m_browser->setHtml(h.html());
        m_browser->setStyleSheet(
            h.background().isEmpty() ? QString() : u"QTextBrowser { background: %1; }"_s.arg(h.background()));
    } else {
        m_browser->setStyleSheet(QString());
        m_browser->setPlainText(h.plainText());
    }
    m_note->setText(h.note());
    m_note->setVisible(!h.note().isEmpty());
}

void SourceView::setMessage(const QString &message)
{
    m_browser->setStyleSheet(QString());
    m_browser->setPlainText(QString());
    m_note->setText(message);
    m_note->setVisible(true);
}

QString SourceView::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

} // namespace saywho::ui
