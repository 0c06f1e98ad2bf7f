#include "analysisstatus.h"

#include "articleopener.h"
#include "articlesession.h"
#include "articletab.h"
#include "articletabs.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace saywho::ui {

AnalysisStatus::AnalysisStatus(ArticleOpener *opener, ArticleTabs *tabs, QAction *escapeAction,
                               QWidget *parent)
    : QWidget(parent), m_opener(opener), m_tabs(tabs), m_escape(escapeAction), m_cancel(new QAction(this)),
      m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_button(new QToolButton(this))
{
    setObjectName(u"analysisStatus"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_bar);
    row->addWidget(m_button);
    m_bar->setObjectName(u"analysisProgress"_s);
    m_bar->setMaximumWidth(140);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_button->setObjectName(u"cancelAnalysis"_s);
    m_button->setDefaultAction(m_cancel);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setAutoRaise(true);
    m_cancel->setObjectName(u"cancelAnalysisAction"_s);
    m_cancel->setEnabled(false);
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancel, &QAction::triggered, this, &AnalysisStatus::cancelAll);
    connect(m_opener, &ArticleOpener::started, this, &AnalysisStatus::track);
    connect(m_opener, &ArticleOpener::busyChanged, this, &AnalysisStatus::refresh);
    hide();
    retranslate();
}

void AnalysisStatus::track(ArticleSession *session, const QString &what)
{
    connect(session, &ArticleSession::busyChanged, this, &AnalysisStatus::refresh, Qt::UniqueConnection);
    connect(session, &ArticleSession::progressed, this,
            [this, session, what](int step, int steps, const QString &stage) {
                m_what = what.isEmpty() ? session->displayName() : what;
                progressed(session, step, steps, stage);
            });
}

void AnalysisStatus::progressed(ArticleSession *session, int step, int steps, const QString &stage)
{
    m_shown = session;
    if (!stage.isEmpty() || step == 0) // the end of the last stage keeps its name
        m_stage = stage;
    m_bar->setRange(0, std::max(1, steps));
    m_bar->setValue(step);
    retranslate();
}

void AnalysisStatus::refresh()
{
    QList<ArticleSession *> busy;
    for (ArticleSession *s : m_opener->pendingSessions())
        if (s->isBusy())
            busy.append(s);
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->article(i)->session()->isBusy())
            busy.append(m_tabs->article(i)->session());
    const bool any = !busy.isEmpty();
    if (!busy.contains(m_shown.data())) {
        m_shown = any ? busy.first() : nullptr;
        m_stage.clear();
        m_what = m_shown ? m_shown->displayName() : QString();
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
    }
    setVisible(any);
    m_cancel->setEnabled(any);
    // One owner of Esc at a time: two actions on one key would both be ambiguous and neither fire.
    m_cancel->setShortcut(any ? QKeySequence(Qt::Key_Escape) : QKeySequence());
    if (m_escape)
        m_escape->setShortcut(any ? QKeySequence() : QKeySequence(Qt::Key_Escape));
    retranslate();
    if (any != m_busy) {
        m_busy = any;
        emit busyChanged(any);
    }
}

void AnalysisStatus::cancelAll()
{
    for (ArticleSession *s : m_opener->pendingSessions())
        s->cancel();
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->article(i)->session()->cancel();
}

QString AnalysisStatus::stageLabel(const QString &stage)
{
    if (stage.isEmpty())
        return tr("reading");
    if (stage == u"paragraphs")
        return tr("paragraphs");
    if (stage == u"boilerplate")
        return tr("page furniture");
    if (stage == u"tokens")
        return tr("words and sentences");
    if (stage == u"quotes")
        return tr("quotations");
    if (stage == u"quote-kinds")
        return tr("kinds of quotation");
    if (stage == u"mentions")
        return tr("names");
    if (stage == u"entities")
        return tr("people");
    if (stage == u"attribution")
        return tr("speakers");
    if (stage == u"dates")
        return tr("dates");
    return stage;
}

void AnalysisStatus::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the analysis (Esc)"));
    const bool started = m_bar->maximum() > 1 || m_bar->value() > 0;
    m_label->setText(!m_shown  ? QString()
                     : started ? tr("Analysing %1: %2 (%3 of %4)…")
                                     .arg(m_what, stageLabel(m_stage))
                                     .arg(std::min(m_bar->value() + 1, m_bar->maximum()))
                                     .arg(m_bar->maximum())
                               : tr("Analysing %1…").arg(m_what));
}

void AnalysisStatus::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace saywho::ui
