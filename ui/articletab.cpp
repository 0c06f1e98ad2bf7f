#include "articletab.h"

#include "quoteclipboard.h"

#include "articlesession.h"
#include "model/patch.h"
#include "panels/datetablemodel.h"
#include "panels/peopletablemodel.h"
#include "panels/quotetablemodel.h"
#include "view/annotationhighlighter.h"
#include "view/annotationtooltip.h"
#include "view/formatrun.h"
#include "view/legendwidget.h"
#include "workerpool.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QMenu>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace saywho::ui {

ArticleTab::ArticleTab(ArticleSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_legend(new LegendWidget(this)), m_view(new ArticleView(this)),
      m_quotes(new QuoteTableModel(session, this)), m_people(new PeopleTableModel(session, this)),
      m_dates(new DateTableModel(session, this))
{
    session->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);

    m_view->setTooltipProvider(
        [this](int pos) { return AnnotationTooltip::at(m_session->document(), m_session->colors(), pos); });
    m_view->setHoverProvider([this](int pos) { return clickableAt(pos); });
    m_view->setMenuProvider([this](QMenu *menu, int pos) {
        if (m_correctionMenu)
            m_correctionMenu(menu, pos);
        QuoteClipboard::addMenuAction(menu, *m_session, pos);
        addParagraphActions(menu, pos);
    });
    connect(m_view, &ArticleView::positionClicked, this, &ArticleTab::clicked);
    connect(m_legend, &LegendWidget::speakerClicked, this, &ArticleTab::focusRequested);
    connect(session, &ArticleSession::analysed, this, &ArticleTab::analysed);
    connect(session, &ArticleSession::edited, this, &ArticleTab::edited);
    // Reloaded with another encoding: the next analysis brings a new text.
    connect(session, &ArticleSession::textReplaced, this, [this] {
        m_shown = false;
        m_focus = 0;
    });
    if (session->hasDocument()) {
        for (DocumentTableModel *m :
             {static_cast<DocumentTableModel *>(m_quotes), static_cast<DocumentTableModel *>(m_people),
              static_cast<DocumentTableModel *>(m_dates)})
            m->refresh();
        analysed();
    }
}

void ArticleTab::addParagraphActions(QMenu *menu, int position)
{
    const core::Document &doc = m_session->document();
    const int index = doc.paragraphAt(position);
    if (index < 0)
        return;
    const core::Paragraph &para = doc.paragraphs().at(index);
    menu->addSeparator();
    QAction *action = menu->addAction(para.excluded ? tr("Include This Paragraph in the Analysis")
                                                    : tr("Leave This Paragraph Out of the Analysis"));
    connect(action, &QAction::triggered, this, [this, begin = para.span.begin, include = para.excluded] {
        m_session->setParagraphIncluded(begin, include);
    });
}

void ArticleTab::edited(const core::Patch &patch)
{
    const core::Document &doc = m_session->document();
    if (m_focus != 0 && !doc.entity(m_focus)) {
        m_focus = 0;
        repaint();
        return;
    }
    // A re-analysis or new paragraphs change too much to track, and runs still being built know
    // nothing of this correction: paint everything.
    if (patch.segmentsAfter || patch.metadataAfter || patch.size() > 64 || m_runsShown != m_runsWanted) {
        repaint();
        return;
    }
    // Re-format only the blocks the correction touches: its spans, and every quote and mention of the
    // people whose speaking it changed (a name is coloured only while its person is quoted).
    TextRanges ranges;
    QSet<int> people;
    auto span = [&](core::Span s) { ranges.append({s.begin, s.end}); };
    auto spans = [&](const auto &changes) {
        for (const auto &c : changes)
            for (const auto *a : {c.before ? &*c.before : nullptr, c.after ? &*c.after : nullptr})
                if (a)
                    span(a->span);
    };
    spans(patch.quotes);
    spans(patch.nonQuotes);
    spans(patch.mentions);
    spans(patch.dates);
    for (const auto &c : patch.quotes)
        for (const auto &q : {c.before, c.after})
            if (q)
                people.insert(q->speaker);
    for (const auto &c : patch.mentions)
        for (const auto &m : {c.before, c.after})
            if (m)
                people.insert(m->entity);
    for (const auto &c : patch.entities)
        people.insert(c.before ? c.before->id : c.after->id);
    people.remove(0);
    if (!people.isEmpty()) {
        for (const core::Quote &q : doc.quotes())
            if (people.contains(q.speaker))
                span(q.span);
        for (const core::Mention &m : doc.mentions())
            if (people.contains(m.entity))
                span(m.span);
    }
    ranges = normalizedRanges(std::move(ranges));
    m_view->highlighter()->replaceRuns(ranges, runBuilder().build(ranges));
    updateLegend();
}

void ArticleTab::analysed()
{
    const core::Document &doc = m_session->document();
    if (!m_shown) {
        // The text changes only on a reload: re-analysis only repaints.
        const QString &title = doc.metadata().title;
        const bool titled = !title.isEmpty() && doc.text().startsWith(title);
        m_view->setArticle(doc.text(), titled ? int(title.size()) : 0);
        m_shown = true;
    }
    if (m_focus != 0 && !m_session->colors().isSpeaker(m_focus) && !doc.entity(m_focus))
        m_focus = 0;
    repaint();
}

void ArticleTab::setLayers(HighlightLayers layers)
{
    if (m_layers == layers)
        return;
    m_layers = layers;
    repaint();
}

void ArticleTab::setFocusEntity(int entityId)
{
    if (m_focus == entityId)
        return;
    m_focus = entityId;
    repaint();
}

FormatRunBuilder ArticleTab::runBuilder() const
{
    FormatRunBuilder builder(m_session->document(), m_session->colors(), SpeakerPalette::fromApplication());
    builder.setLayers(m_layers);
    builder.setFocusEntity(m_focus);
    builder.setEmphasisWeight(m_view->emphasisWeight());
    return builder;
}

void ArticleTab::repaint()
{
    FormatRunBuilder builder = runBuilder();
    updateLegend();
    ++m_runsWanted;
    if (m_session->document().text().size() < ArticleView::LazyLayoutChars) {
        m_view->highlighter()->setRuns(builder.build());
        m_runsShown = m_runsWanted;
        return;
    }
    // A long article's runs (a 40 MB one has half a million) are built on the thread pool by a
    // builder that holds copies of the document and colours; the newest request wins, and a
    // correction made meanwhile waits for it (edited() asks for a whole build then).
    const quint64 wanted = m_runsWanted;
    auto *watcher = new QFutureWatcher<QList<FormatRun>>(this);
    connect(watcher, &QFutureWatcher<QList<FormatRun>>::finished, this, [this, watcher, wanted] {
        watcher->deleteLater();
        if (wanted != m_runsWanted)
            return;
        m_view->highlighter()->setRuns(watcher->future().takeResult());
        m_runsShown = wanted;
    });
    watcher->setFuture(
        QtConcurrent::run(workerPool(), [builder = std::move(builder)] { return builder.build(); }));
}

void ArticleTab::updateLegend()
{
    const core::Document &doc = m_session->document();
    const SpeakerColors &colors = m_session->colors();
    QList<LegendWidget::Speaker> speakers;
    for (int id : colors.speakers())
        if (const core::Entity *e = doc.entity(id))
            speakers.append({id, e->name, colors.slotOf(id), colors.quoteCount(id)});
    m_legend->setSpeakers(speakers, colors.unattributedCount(), !doc.timeExprs().isEmpty(),
                          !doc.nonQuotes().isEmpty());
    m_legend->setFocusEntity(m_focus);
}

void ArticleTab::clicked(int position)
{
    // Innermost first: a speaker's name inside a quote selects the person, not the quote.
    for (const core::Mention &m : m_session->document().mentions())
        if (m.span.contains(position) && m_session->colors().isSpeaker(m.entity) &&
            m_layers & HighlightLayer::Speakers) {
            emit entityClicked(m.entity);
            return;
        }
    if (const int row = m_dates->rowAt(position); row >= 0 && m_layers & HighlightLayer::Dates) {
        emit dateClicked(row);
        return;
    }
    if (const int row = m_quotes->rowAt(position); row >= 0)
        emit quoteClicked(row);
}

std::pair<int, int> ArticleTab::clickableAt(int position) const
{
    // Same precedence as clicked(): speaker name, then date, then quotation.
    const core::Document &doc = m_session->document();
    if (m_layers & HighlightLayer::Speakers)
        for (const core::Mention &m : doc.mentions())
            if (m.span.contains(position) && m_session->colors().isSpeaker(m.entity))
                return {m.span.begin, m.span.end};
    if (m_layers & HighlightLayer::Dates)
        for (const core::TimeExpr &t : doc.timeExprs())
            if (t.span.contains(position))
                return {t.span.begin, t.span.end};
    if (m_layers & HighlightLayer::Quotes)
        for (const core::Quote &q : doc.quotes())
            if (q.span.contains(position) && (m_focus == 0 || q.speaker == m_focus))
                return {q.span.begin, q.span.end};
    return {-1, -1};
}

void ArticleTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light and dark palettes need their own tints.
    if (event->type() == QEvent::PaletteChange && m_shown)
        repaint();
}

} // namespace saywho::ui
