#include "panelfilterproxy.h"

#include "modelroles.h"

namespace saywho::ui {

PanelFilterProxy::PanelFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortLocaleAware(true); // for values that are not all texts
}

void PanelFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    // Watched before the base class connects its own handlers, so that stale ranks are gone when
    // it re-sorts the rows a change touched.
    if (model != m_watched) {
        watch(model);
        forgetRanks();
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void PanelFilterProxy::prepareSort(QAbstractItemModel *model, int column)
{
    watch(model);
    forgetRanks();
    if (model && column >= 0)
        rank(*model, column);
}

void PanelFilterProxy::watch(QAbstractItemModel *model)
{
    for (const auto &c : std::as_const(m_watches))
        disconnect(c);
    m_watches.clear();
    m_watched = model;
    if (!model)
        return;
    m_watches = {
        connect(model, &QAbstractItemModel::dataChanged, this, &PanelFilterProxy::forgetRanks),
        connect(model, &QAbstractItemModel::rowsInserted, this, &PanelFilterProxy::forgetRanks),
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PanelFilterProxy::forgetRanks),
        connect(model, &QAbstractItemModel::rowsMoved, this, &PanelFilterProxy::forgetRanks),
        connect(model, &QAbstractItemModel::modelReset, this, &PanelFilterProxy::forgetRanks),
        connect(model, &QAbstractItemModel::layoutChanged, this, &PanelFilterProxy::forgetRanks),
    };
}

void PanelFilterProxy::setEntityFilter(int entityId)
{
    if (m_entity == entityId)
        return;
    m_entity = entityId;
    invalidateRowsFilter();
}

bool PanelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_entity != 0) {
        const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
        if (idx.data(EntityIdRole).toInt() != m_entity)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool PanelFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == right.column() && ranked(left.column()) && m_ranks.covers(left.row()) &&
        m_ranks.covers(right.row()))
        return m_ranks.at(left.row()) < m_ranks.at(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool PanelFilterProxy::ranked(int column) const
{
    return column != m_unrankedColumn && (m_ranks.column() == column || rank(*sourceModel(), column));
}

bool PanelFilterProxy::rank(const QAbstractItemModel &model, int column) const
{
    if (m_ranks.rank(model, column, sortRole()))
        return true;
    m_unrankedColumn = column;
    return false;
}

void PanelFilterProxy::forgetRanks() const
{
    m_ranks.clear();
    m_unrankedColumn = -1;
}

} // namespace saywho::ui
