#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace saywho::ui {

class PanelsController;
class TablePanel;

// The three docks (Quotations, People, Dates) of a main window, with their panels and the
// controller that keeps them on the current article.
class PanelDocks final : public QObject
{
    Q_OBJECT

public:
    explicit PanelDocks(QMainWindow *window);

    TablePanel *quotes() const { return m_quotes; }
    TablePanel *people() const { return m_people; }
    TablePanel *dates() const { return m_dates; }
    PanelsController *controller() const { return m_controller; }
    QList<QAction *> toggleActions() const;

    // First run only: docks take their share once the window has its size.
    void applyDefaultSizes();
    void retranslate();

private:
    QDockWidget *dock(const QString &name, TablePanel *panel);

    QMainWindow *m_window;
    TablePanel *m_quotes;
    TablePanel *m_people;
    TablePanel *m_dates;
    QDockWidget *m_quotesDock;
    QDockWidget *m_peopleDock;
    QDockWidget *m_datesDock;
    PanelsController *m_controller;
};

} // namespace saywho::ui
