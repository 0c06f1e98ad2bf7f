#include "panelscontroller.h"

#include "articlesession.h"
#include "articletab.h"
#include "panels/datetablemodel.h"
#include "panels/modelroles.h"
#include "panels/peopletablemodel.h"
#include "panels/quotetablemodel.h"
#include "panels/tablepanel.h"

#include <QDockWidget>
#include <QTimer>

#include <algorithm>

namespace saywho::ui {

PanelsController::PanelsController(TablePanel *quotes, TablePanel *people, TablePanel *dates, QObject *parent)
    : QObject(parent), m_quotes(quotes), m_people(people), m_dates(dates)
{
    connect(m_quotes, &TablePanel::rowChosen, this, [this](int row) { reveal(m_quotes, row); });
    connect(m_dates, &TablePanel::rowChosen, this, [this](int row) { reveal(m_dates, row); });
    connect(m_people, &TablePanel::rowChosen, this, &PanelsController::personChosen);
    connect(m_people, &TablePanel::selectionCleared, this, [this] { focusEntity(0); });
}

PanelsController::~PanelsController() = default;

ArticleTab *PanelsController::tab() const
{
    return m_tab;
}

void PanelsController::setTab(ArticleTab *tab)
{
    for (const auto &c : std::as_const(m_tabConnections))
        disconnect(c);
    m_tabConnections.clear();
    m_tab = tab;
    const int generation = ++m_generation;
    m_quotes->setModel(tab ? tab->quoteModel() : nullptr);
    m_quotes->setEntityFilter(tab ? tab->focusEntity() : 0);
    if (!tab) {
        m_people->setModel(nullptr);
        m_dates->setModel(nullptr);
        return;
    }
    connectTab();
    // A long article's other panels are filled in later turns of the event loop, one each: sorting
    // a hundred thousand dates takes most of the 100 ms a step may hold the window, and the window
    // should paint and answer between them; the dates are ranked in a turn before the one that sorts
    // them. The generation drops a turn meant for a tab left since.
    const bool spread = std::max(tab->peopleModel()->rowCount(), tab->dateModel()->rowCount()) > SpreadRows;
    auto fillPeople = [this, generation] {
        if (generation != m_generation || !m_tab)
            return;
        m_people->setModel(m_tab->peopleModel());
        m_people->selectSourceRow(m_tab->peopleModel()->rowOfEntity(m_tab->focusEntity()));
    };
    auto fillDates = [this, generation] {
        if (generation == m_generation && m_tab)
            m_dates->setModel(m_tab->dateModel());
    };
    if (!spread) {
        fillPeople();
        fillDates();
        return;
    }
    auto prepareDates = [this, generation] {
        if (generation == m_generation && m_tab)
            m_dates->prepareModel(m_tab->dateModel());
    };
    m_people->setModel(nullptr);
    m_dates->setModel(nullptr);
    QTimer::singleShot(0, this, [this, fillPeople, prepareDates, fillDates] {
        fillPeople();
        QTimer::singleShot(0, this, [this, prepareDates, fillDates] {
            prepareDates();
            QTimer::singleShot(0, this, fillDates);
        });
    });
}

void PanelsController::connectTab()
{
    m_tabConnections = {
        connect(m_tab, &ArticleTab::quoteClicked, this, [this](int row) { show(m_quotes, row); }),
        connect(m_tab, &ArticleTab::dateClicked, this, [this](int row) { show(m_dates, row); }),
        connect(m_tab, &ArticleTab::entityClicked, this,
                [this](int id) { show(m_people, m_tab->peopleModel()->rowOfEntity(id)); }),
        connect(m_tab, &ArticleTab::focusRequested, this, &PanelsController::focusEntity),
        // A re-analysis refills the panels: keep the person the reader chose.
        connect(m_tab->session(), &ArticleSession::analysed, this,
                [this] {
                    m_quotes->setEntityFilter(m_tab->focusEntity());
                    m_people->selectSourceRow(m_tab->peopleModel()->rowOfEntity(m_tab->focusEntity()));
                }),
    };
}

void PanelsController::show(TablePanel *panel, int sourceRow)
{
    panel->selectSourceRow(sourceRow);
    // The panel may sit behind another in a tabbed dock: bring it up, since the reader asked for it.
    for (QWidget *w = panel->parentWidget(); w; w = w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            if (dock->isVisible())
                dock->raise();
            break;
        }
}

void PanelsController::nextQuote()
{
    m_quotes->step(+1);
}

void PanelsController::previousQuote()
{
    m_quotes->step(-1);
}

void PanelsController::focusEntity(int entityId)
{
    if (!m_tab)
        return;
    m_tab->setFocusEntity(entityId);
    m_quotes->setEntityFilter(entityId);
    m_people->selectSourceRow(entityId ? m_tab->peopleModel()->rowOfEntity(entityId) : -1);
}

void PanelsController::reveal(TablePanel *panel, int sourceRow)
{
    if (!m_tab || !panel->model())
        return;
    const QModelIndex idx = panel->model()->index(sourceRow, 0);
    const int begin = idx.data(SpanBeginRole).toInt();
    const int end = idx.data(SpanEndRole).toInt();
    if (begin >= 0 && end > begin)
        m_tab->view()->reveal(begin, end);
}

void PanelsController::personChosen(int sourceRow)
{
    if (!m_tab)
        return;
    const int id = m_tab->peopleModel()->index(sourceRow, 0).data(EntityIdRole).toInt();
    m_tab->setFocusEntity(id);
    m_quotes->setEntityFilter(id);
    reveal(m_people, sourceRow);
}

} // namespace saywho::ui
