#include "paneldocks.h"

#include "panels/datetablemodel.h"
#include "panels/peopletablemodel.h"
#include "panels/quotetablemodel.h"
#include "panels/tablepanel.h"
#include "panelscontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

using namespace Qt::StringLiterals;

namespace saywho::ui {

PanelDocks::PanelDocks(QMainWindow *window)
    : QObject(window), m_window(window), m_quotes(new TablePanel(window)), m_people(new TablePanel(window)),
      m_dates(new TablePanel(window))
{
    m_quotes->setStretchColumn(QuoteTableModel::QuoteColumn);
    // Names can be long (and engine mistakes longer): those columns start at a fixed width.
    m_quotes->setInteractiveColumn(QuoteTableModel::SpeakerColumn, 150);
    m_quotes->setInteractiveColumn(QuoteTableModel::RuleColumn, 170);
    m_quotes->setPlaceholder(QT_TRANSLATE_NOOP("saywho::ui::Panels", "Filter quotations"),
                             QT_TRANSLATE_NOOP("saywho::ui::Panels", "No quotations in this article."));
    m_people->setStretchColumn(PeopleTableModel::AliasesColumn);
    m_people->setInteractiveColumn(PeopleTableModel::NameColumn, 170);
    m_people->setDefaultSort(PeopleTableModel::QuotesColumn, Qt::DescendingOrder);
    m_people->setPlaceholder(QT_TRANSLATE_NOOP("saywho::ui::Panels", "Filter people"),
                             QT_TRANSLATE_NOOP("saywho::ui::Panels", "Nobody is named in this article."));
    m_dates->setStretchColumn(DateTableModel::ExpressionColumn);
    m_dates->setDefaultSort(DateTableModel::ValueColumn); // a timeline
    m_dates->setPlaceholder(QT_TRANSLATE_NOOP("saywho::ui::Panels", "Filter dates"),
                            QT_TRANSLATE_NOOP("saywho::ui::Panels", "No dates in this article."));

    m_quotesDock = dock(u"quotesDock"_s, m_quotes);
    m_peopleDock = dock(u"peopleDock"_s, m_people);
    m_datesDock = dock(u"datesDock"_s, m_dates);
    window->tabifyDockWidget(m_peopleDock, m_datesDock);
    m_peopleDock->raise();
    m_quotesDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    m_peopleDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    m_datesDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    m_controller = new PanelsController(m_quotes, m_people, m_dates, this);
}

QDockWidget *PanelDocks::dock(const QString &name, TablePanel *panel)
{
    auto *d = new QDockWidget(m_window);
    d->setObjectName(name); // saveState() keys on it
    d->setWidget(panel);
    d->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                   QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(Qt::RightDockWidgetArea, d);
    return d;
}

QList<QAction *> PanelDocks::toggleActions() const
{
    return {m_quotesDock->toggleViewAction(), m_peopleDock->toggleViewAction(),
            m_datesDock->toggleViewAction()};
}

void PanelDocks::applyDefaultSizes()
{
    m_window->resizeDocks({m_quotesDock}, {560}, Qt::Horizontal);
    m_window->resizeDocks({m_quotesDock, m_peopleDock}, {380, 440}, Qt::Vertical);
}

void PanelDocks::retranslate()
{
    m_quotesDock->setWindowTitle(tr("Quotations"));
    m_peopleDock->setWindowTitle(tr("People"));
    m_datesDock->setWindowTitle(tr("Dates"));
}

} // namespace saywho::ui
