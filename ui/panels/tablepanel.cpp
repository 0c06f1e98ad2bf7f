#include "tablepanel.h"

#include "documenttablemodel.h"
#include "middleelidingdelegate.h"
#include "panelfilterproxy.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saywho::ui {

TablePanel::TablePanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTableView(this)), m_empty(new QLabel(this)),
      m_proxy(new PanelFilterProxy(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the disabled text colour: a note, not content
    layout->addWidget(m_empty, 1);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Sized from the first rows only: measuring thousands of rows on a long article costs more
    // than the column is worth.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TablePanel::currentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePanel::updateEmptyState);
    updateEmptyState();
}

DocumentTableModel *TablePanel::model() const
{
    return m_model;
}

void TablePanel::setModel(DocumentTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // Selections lost while a new analysis swaps the rows are not the reader's doing.
        connect(model, &DocumentTableModel::refreshStarted, this, [this] { m_quiet = true; });
        connect(model, &DocumentTableModel::refreshFinished, this, [this] {
            m_quiet = false;
            fitColumns();
        });
    }
    m_quiet = true;
    m_proxy->setSourceModel(model);
    retranslate();
    applyColumnSizes();
    if (model && !m_sorted) {
        m_sorted = true;
        m_view->sortByColumn(m_sortColumn, m_sortOrder);
    }
    m_quiet = false;
    updateEmptyState();
}

void TablePanel::prepareModel(DocumentTableModel *model)
{
    m_proxy->prepareSort(model, m_sorted ? m_proxy->sortColumn() : m_sortColumn);
}

void TablePanel::applyColumnSizes()
{
    // Section modes need sections: they exist only once a model has columns. Widths follow the font,
    // so a larger UI font does not cut the names.
    QHeaderView *header = m_view->horizontalHeader();
    if (!m_model)
        return;
    const int columns = m_model->columnCount();
    if (m_stretch >= 0 && m_stretch < columns)
        header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    const int decoration = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 12;
    for (const auto &[column, chars] : std::as_const(m_interactive)) {
        if (column >= columns)
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, chars * charWidth + decoration);
    }
    fitColumns();
}

void TablePanel::fitColumns()
{
    // The short columns fit their contents once per analysis, language and font. Not as
    // ResizeToContents: that measured them again whenever a correction moved a row of a sorted panel,
    // which cost a long article more than the correction itself.
    if (!m_model)
        return;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == m_stretch || std::any_of(m_interactive.cbegin(), m_interactive.cend(),
                                               [column](const auto &c) { return c.first == column; }))
            continue;
        m_view->resizeColumnToContents(column);
    }
}

void TablePanel::setDefaultSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

void TablePanel::setStretchColumn(int column)
{
    if (m_stretch >= 0)
        m_view->setItemDelegateForColumn(m_stretch, nullptr);
    m_stretch = column;
    m_view->setItemDelegateForColumn(column, new MiddleElidingDelegate(m_view));
}

void TablePanel::setInteractiveColumn(int column, int chars)
{
    m_interactive.append({column, chars});
}

void TablePanel::setMinimumChars(int chars)
{
    m_minimumChars = chars;
    // Wide enough to read a row, high enough for the filter, the header and a few rows.
    setMinimumSize(chars * fontMetrics().averageCharWidth(), fontMetrics().height() * 9);
}

void TablePanel::setPlaceholder(const char *filterHint, const char *emptyText)
{
    m_filterHint = filterHint;
    m_emptyText = emptyText;
    retranslate();
}

void TablePanel::retranslate()
{
    if (m_filterHint)
        m_filter->setPlaceholderText(QCoreApplication::translate("saywho::ui::Panels", m_filterHint));
    if (m_emptyText)
        m_empty->setText(m_model ? QCoreApplication::translate("saywho::ui::Panels", m_emptyText)
                                 : tr("No article is open."));
    if (m_model) {
        m_model->retranslate();
        fitColumns();
    }
}

void TablePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        setMinimumChars(m_minimumChars);
        m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
        applyColumnSizes();
    }
}

void TablePanel::updateEmptyState()
{
    // No article open, or nothing of this kind in it: a note instead of an empty grid.
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_filter->setEnabled(!empty);
}

void TablePanel::setEntityFilter(int entityId)
{
    m_proxy->setEntityFilter(entityId);
}

void TablePanel::selectSourceRow(int sourceRow)
{
    m_quiet = true;
    const QModelIndex src = m_model && sourceRow >= 0 ? m_model->index(sourceRow, 0) : QModelIndex();
    const QModelIndex idx = m_proxy->mapFromSource(src);
    if (idx.isValid()) {
        m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        m_view->scrollTo(idx);
    } else {
        m_view->selectionModel()->clear();
    }
    m_quiet = false;
}

int TablePanel::currentSourceRow() const
{
    const QModelIndex idx = m_view->selectionModel()->currentIndex();
    return idx.isValid() ? m_proxy->mapToSource(idx).row() : -1;
}

void TablePanel::step(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex cur = m_view->selectionModel()->currentIndex();
    const int row = cur.isValid() ? (cur.row() + delta + rows) % rows : (delta > 0 ? 0 : rows - 1);
    const QModelIndex idx = m_proxy->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_view->scrollTo(idx);
}

void TablePanel::currentChanged()
{
    if (m_quiet)
        return;
    const int row = currentSourceRow();
    if (row >= 0)
        emit rowChosen(row);
    else
        emit selectionCleared();
}

} // namespace saywho::ui
