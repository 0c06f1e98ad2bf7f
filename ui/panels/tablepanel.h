#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace saywho::ui {

class DocumentTableModel;
class PanelFilterProxy;

// A dock's content: a filter box over a sortable table of the current article's model. The panel
// outlives articles; the dock controller hands it each tab's model in turn.
class TablePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TablePanel(QWidget *parent = nullptr);

    void setModel(DocumentTableModel *model);
    // Does the first half of setModel(model)'s work, ranking the rows by the sort column, so that a
    // long panel can be filled in two turns of the event loop.
    void prepareModel(DocumentTableModel *model);
    DocumentTableModel *model() const;
    QTableView *view() const { return m_view; }
    PanelFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

    // column -1 keeps the model's (document) order.
    void setDefaultSort(int column, Qt::SortOrder order = Qt::AscendingOrder);
    // The column with the long text: it takes the spare width and elides in the middle (the whole
    // text is in its tooltip).
    void setStretchColumn(int column);
    // A column the reader sizes, starting at chars average characters of the table's font.
    void setInteractiveColumn(int column, int chars);
    // The panel is never narrower than this many average characters of its font, nor lower than a few rows.
    void setMinimumChars(int chars);
    void setPlaceholder(const char *filterHint, const char *emptyText);

    void setEntityFilter(int entityId);
    // Selects the row without emitting rowChosen; -1 clears the selection.
    void selectSourceRow(int sourceRow);
    int currentSourceRow() const;
    // Moves the current row by delta in view order (F8 / Shift+F8), wrapping around.
    void step(int delta);

signals:
    void rowChosen(int sourceRow);
    void selectionCleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColumnSizes();
    void fitColumns();
    void updateEmptyState();
    void currentChanged();

    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_empty;
    PanelFilterProxy *m_proxy;
    QPointer<DocumentTableModel> m_model; // owned by its article tab, which may close first
    const char *m_filterHint = nullptr;
    const char *m_emptyText = nullptr;
    int m_stretch = -1;
    int m_minimumChars = 0;
    QList<std::pair<int, int>> m_interactive;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_sorted = false;
    bool m_quiet = false;
};

} // namespace saywho::ui
