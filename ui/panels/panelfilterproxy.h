#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

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
    void setEntityFilter(int entityId);
    int entityFilter() const { return m_entity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // A text's collation key, computed once per row: sorting a long article's panel compares each
    // row about twenty times, and comparing keys costs far less than collating the texts each time.
    // Null for a value that is not text.
    const std::optional<QCollatorSortKey> &keyOf(const QModelIndex &index) const;
    void forgetKeys() const;
    void forgetRows(const QModelIndex &topLeft, const QModelIndex &bottomRight) const;

    int m_entity = 0;
    QCollator m_collator;
    mutable int m_keyColumn = -1;
    mutable std::vector<std::optional<QCollatorSortKey>> m_keys; // by source row
    mutable std::vector<bool> m_known;                           // m_keys[row] was computed
};

} // namespace saywho::ui
