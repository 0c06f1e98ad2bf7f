#include "statussummary.h"

#include "articlesession.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace saywho::ui {

StatusSummary::StatusSummary(QWidget *parent) : QLabel(parent)
{
    setContentsMargins(6, 0, 6, 0);
}

void StatusSummary::setSession(const ArticleSession *session)
{
    m_session = session;
    refresh();
}

void StatusSummary::refresh()
{
    if (!m_session || !m_session->hasDocument()) {
        clear();
        return;
    }
    const core::Document &doc = m_session->document();
    const QString counts = tr("%n quotation(s)", nullptr, int(doc.quotes().size())) + u"  ·  "_s +
                           tr("%n speaker(s)", nullptr, int(m_session->colors().speakers().size())) +
                           u"  ·  "_s + tr("%n date(s)", nullptr, int(doc.timeExprs().size()));
    setText(counts);
    setToolTip(tr("Analysed in %1 ms").arg(QLocale().toString(m_session->lastAnalysisMs(), 'f', 1)));
}

void StatusSummary::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace saywho::ui
