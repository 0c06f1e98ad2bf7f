#pragma once

#include "columnranks.h"

#include <QPointer>
#include <QSortFilterProxyModel>

namespace saywho::ui {

// Filters a panel by its text box and, optionally, by one person (EntityIdRole); sorts by SortRole
// so positions, counts and ISO values sort as numbers and dates rather than as display text, and
// texts in the order of the reader's language.
class PanelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PanelFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Ranks `column` of `model` now, before it becomes the source: a long panel's ranking and its
    // sort then take one turn of the event loop each instead of one turn together. The ranks last
    // until `model` changes.
    void prepareSort(QAbstractItemModel *model, int column);
    void setEntityFilter(int entityId);
    int entityFilter() const { return m_entity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The sort column's rows ranked once, on the first comparison after a change: asking the model
    // and collating for each of a long panel's million comparisons is what made it slow to sort.
    bool ranked(int column) const;
    bool rank(const QAbstractItemModel &model, int column) const;
    void forgetRanks() const;
    // Forgets the ranks whenever `model` changes, from then on.
    void watch(QAbstractItemModel *model);

    int m_entity = 0;
    QPointer<QAbstractItemModel> m_watched;
    QList<QMetaObject::Connection> m_watches; // only these: the base class has its own connections
    mutable ColumnRanks m_ranks{QCollator()};
    mutable int m_unrankedColumn = -1; // its values have no common order: compared one by one
};

} // namespace saywho::ui
