#include "panelfilterproxy.h"

#include "modelroles.h"

namespace saywho::ui {

PanelFilterProxy::PanelFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortLocaleAware(true);
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

} // namespace saywho::ui
