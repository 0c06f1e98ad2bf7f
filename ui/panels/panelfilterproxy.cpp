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
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetKeys();
    // Connected before the base class connects its own handlers, so that stale keys are gone when
    // it re-sorts the rows a change touched.
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &PanelFilterProxy::forgetRows);
        connect(model, &QAbstractItemModel::rowsInserted, this, &PanelFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PanelFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::rowsMoved, this, &PanelFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::modelReset, this, &PanelFilterProxy::forgetKeys);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PanelFilterProxy::forgetKeys);
    }
    QSortFilterProxyModel::setSourceModel(model);
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
    const SortKey &l = keyOf(left);
    const SortKey &r = keyOf(right);
    if (l.index() == r.index()) {
        if (const auto *a = std::get_if<QCollatorSortKey>(&l))
            return a->compare(std::get<QCollatorSortKey>(r)) < 0;
        if (const auto *a = std::get_if<double>(&l))
            return *a < std::get<double>(r);
        if (const auto *a = std::get_if<QByteArray>(&l))
            return *a < std::get<QByteArray>(r);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

const PanelFilterProxy::SortKey &PanelFilterProxy::keyOf(const QModelIndex &index) const
{
    if (index.column() != m_keyColumn) {
        forgetKeys();
        m_keyColumn = index.column();
    }
    const size_t row = size_t(index.row());
    if (row >= m_keys.size()) {
        const size_t rows = std::max(row + 1, size_t(sourceModel()->rowCount()));
        m_keys.resize(rows);
        m_known.resize(rows, false);
    }
    if (!m_known[row]) {
        const QVariant value = index.data(sortRole());
        switch (value.typeId()) {
        case QMetaType::QString:
            m_keys[row] = m_collator.sortKey(value.toString());
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
            m_keys[row] = value.toDouble();
            break;
        case QMetaType::QByteArray:
            m_keys[row] = value.toByteArray();
            break;
        default:
            m_keys[row] = std::monostate();
        }
        m_known[row] = true;
    }
    return m_keys[row];
}

void PanelFilterProxy::forgetKeys() const
{
    m_keys.clear();
    m_known.clear();
}

void PanelFilterProxy::forgetRows(const QModelIndex &topLeft, const QModelIndex &bottomRight) const
{
    for (size_t row = size_t(topLeft.row()); row <= size_t(bottomRight.row()) && row < m_known.size();
         ++row) {
        m_known[row] = false;
        m_keys[row] = std::monostate();
    }
}

} // namespace saywho::ui
