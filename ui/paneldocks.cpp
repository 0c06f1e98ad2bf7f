#include "paneldocks.h"

#include "panels/datetablemodel.h"
#include "panels/peopletablemodel.h"
#include "panels/quotetablemodel.h"
#include "panels/tablepanel.h"
#include "panelscontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

// Bumped when layouts saved before it may squeeze the panels (version 0: no minimum widths yet).
constexpr int LayoutVersion = 1;

} // namespace

PanelDocks::PanelDocks(QMainWindow *window)
    : QObject(window), m_window(window), m_quotes(new TablePanel(window)), m_people(new TablePanel(window)),
      m_dates(new TablePanel(window))
{
    m_quotes->setStretchColumn(QuoteTableModel::QuoteColumn);
    // Names can be long (and engine mistakes longer): those columns start at a fixed width.
    m_quotes->setInteractiveColumn(QuoteTableModel::SpeakerColumn, 19);
    // The kind and the rule read longer in German ("teilweise, Schlagzeile", "Sprechverb im selben
    // Satz"): sized to their contents they took the quotation's width. They elide; the tooltip and
    // a wider column hold the rest.
    m_quotes->setInteractiveColumn(QuoteTableModel::KindColumn, 10);
    m_quotes->setInteractiveColumn(QuoteTableModel::RuleColumn, 13);
    m_quotes->setMinimumChars(44);
    m_quotes->setPlaceholder(QT_TRANSLATE_NOOP("saywho::ui::Panels", "Filter quotations"),
                             QT_TRANSLATE_NOOP("saywho::ui::Panels", "No quotations in this article."));
    m_people->setStretchColumn(PeopleTableModel::AliasesColumn);
    m_people->setInteractiveColumn(PeopleTableModel::NameColumn, 20);
    m_people->setMinimumChars(36);
    m_people->setDefaultSort(PeopleTableModel::QuotesColumn, Qt::DescendingOrder);
    m_people->setPlaceholder(QT_TRANSLATE_NOOP("saywho::ui::Panels", "Filter people"),
                             QT_TRANSLATE_NOOP("saywho::ui::Panels", "Nobody is named in this article."));
    m_dates->setStretchColumn(DateTableModel::ExpressionColumn);
    m_dates->setMinimumChars(36);
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
    m_filterAction = new QAction(this);
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_filterAction, &QAction::triggered, this, &PanelDocks::focusNextFilter);
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
    const int width = qMax(600, m_quotes->minimumWidth() + m_quotes->fontMetrics().averageCharWidth() * 24);
    m_window->resizeDocks({m_quotesDock}, {width}, Qt::Horizontal);
    m_window->resizeDocks({m_quotesDock, m_peopleDock}, {380, 440}, Qt::Vertical);
}

void PanelDocks::restoreLayout(const QByteArray &state)
{
    m_defaultLayout = m_window->saveState(LayoutVersion);
    if (!m_window->restoreState(state, LayoutVersion)) {
        // Docks can only be sized once the window has its geometry.
        QTimer::singleShot(0, this, &PanelDocks::applyDefaultSizes);
        return;
    }
    // Whether the panels fit is known only once the window is laid out at its size.
    m_checkOnShow = true;
    m_window->installEventFilter(this);
}

QByteArray PanelDocks::saveLayout() const
{
    return m_window->saveState(LayoutVersion);
}

bool PanelDocks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_checkOnShow) {
        m_checkOnShow = false;
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            if (!layoutHidesContent())
                return;
            m_window->restoreState(m_defaultLayout, LayoutVersion);
            applyDefaultSizes();
        });
    }
    return QObject::eventFilter(watched, event);
}

bool PanelDocks::layoutHidesContent() const
{
    for (const QDockWidget *d : {m_quotesDock, m_peopleDock, m_datesDock}) {
        if (!d->isVisible())
            continue; // closed by the reader, or a tab behind another
        if (d->isFloating()) {
            if (!QGuiApplication::screenAt(d->geometry().center()))
                return true;
            continue;
        }
        const QWidget *panel = d->widget();
        if (panel->width() < panel->minimumWidth() || panel->height() < panel->minimumHeight())
            return true;
    }
    return false;
}

void PanelDocks::focusNextFilter()
{
    const QList<std::pair<QDockWidget *, TablePanel *>> panels = {
        {m_quotesDock, m_quotes}, {m_peopleDock, m_people}, {m_datesDock, m_dates}};
    int from = -1;
    for (int i = 0; i < panels.size(); ++i)
        if (panels.at(i).second->filterEdit()->hasFocus())
            from = i;
    for (int step = 1; step <= panels.size(); ++step) {
        const auto &[dock, panel] = panels.at((from + step) % panels.size());
        if (dock->isHidden() && !dock->toggleViewAction()->isChecked())
            continue; // closed by the reader
        dock->show();
        dock->raise(); // it may sit behind another in a tabbed dock
        panel->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        panel->filterEdit()->selectAll();
        return;
    }
}

void PanelDocks::retranslate()
{
    m_filterAction->setText(tr("&Filter Panel"));
    m_filterAction->setStatusTip(tr("Type to filter the Quotations panel; again for People, then Dates"));
    m_quotesDock->setWindowTitle(tr("Quotations"));
    m_peopleDock->setWindowTitle(tr("People"));
    m_datesDock->setWindowTitle(tr("Dates"));
}

} // namespace saywho::ui
