#pragma once

#include <QSortFilterProxyModel>

namespace saywho::ui {

// Filters a panel by its text box and, optionally, by one person (EntityIdRole); sorts by SortRole
// so positions, counts and ISO values sort as numbers and dates rather than as display text.
class PanelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PanelFilterProxy(QObject *parent = nullptr);

    void setEntityFilter(int entityId);
    int entityFilter() const { return m_entity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_entity = 0;
};

} // namespace saywho::ui
