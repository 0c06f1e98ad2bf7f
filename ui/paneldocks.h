#pragma once

#include <QByteArray>
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
    // Ctrl+L: the filter box of the first shown panel, then of the next one each time.
    QAction *filterAction() const { return m_filterAction; }
    void focusNextFilter();

    // First run only: docks take their share once the window has its size.
    void applyDefaultSizes();
    // The window's saved dock layout, or the default one when there is none, it is from an older
    // version or, once the window is shown, it would squeeze or hide a panel's content.
    void restoreLayout(const QByteArray &state);
    QByteArray saveLayout() const;
    // True when a shown dock is narrower or lower than its panel needs, or floats off every screen.
    bool layoutHidesContent() const;
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    QAction *m_filterAction;
    QByteArray m_defaultLayout;
    bool m_checkOnShow = false;
};

} // namespace saywho::ui
