#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace saywho::ui {

class ArticleTab;
class TablePanel;

// Keeps the three docks on the current article and in step with its view: choosing a row reveals
// its span, clicking a highlight selects its row, choosing a person shows only that person.
class PanelsController final : public QObject
{
    Q_OBJECT

public:
    // Past this many rows in a panel, the panels of a newly shown article are filled one per turn of
    // the event loop.
    static constexpr int SpreadRows = 20000;

    PanelsController(TablePanel *quotes, TablePanel *people, TablePanel *dates, QObject *parent = nullptr);
    ~PanelsController() override; // out of line: QPointer<ArticleTab> needs the complete type

    void setTab(ArticleTab *tab);
    ArticleTab *tab() const;

    void nextQuote();
    void previousQuote();
    void focusEntity(int entityId);

private:
    void connectTab();
    void reveal(TablePanel *panel, int sourceRow);
    void show(TablePanel *panel, int sourceRow);
    void personChosen(int sourceRow);

    TablePanel *m_quotes;
    TablePanel *m_people;
    TablePanel *m_dates;
    QPointer<ArticleTab> m_tab;
    QList<QMetaObject::Connection> m_tabConnections;
    int m_generation = 0; // counts setTab() calls
};

} // namespace saywho::ui
