#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <variant>
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
    // A row's sort value, computed once per row: sorting a long article's panel compares each row
    // about twenty times, and comparing ready keys costs far less than asking the model and collating
    // each time. A text has its collation key; a number is a number; bytes (ISO values, which sort by
    // their characters) are compared as they are; anything else is left to the base class.
    using SortKey = std::variant<std::monostate, QCollatorSortKey, double, QByteArray>;
    const SortKey &keyOf(const QModelIndex &index) const;
    void forgetKeys() const;
    void forgetRows(const QModelIndex &topLeft, const QModelIndex &bottomRight) const;

    int m_entity = 0;
    QCollator m_collator;
    mutable int m_keyColumn = -1;
    mutable std::vector<SortKey> m_keys; // by source row
    mutable std::vector<bool> m_known;   // m_keys[row] was computed
};

} // namespace saywho::ui
