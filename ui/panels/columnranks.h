#pragma once

#include <QCollator>

#include <vector>

class QAbstractItemModel;

namespace saywho::ui {

// Each row's place in the order of one column's sort values: rows with equal values share a rank,
// and a smaller rank sorts first. A sort compares each row about twenty times; comparing two ranks
// costs two array reads, where comparing the values themselves (collation keys or bytes spread over
// the heap) cost most of the time a 100,000-row panel took to sort. Distinct values are collated
// or compared once each, so a column of a few thousand dates sorts like a column of integers.
class ColumnRanks
{
public:
    explicit ColumnRanks(const QCollator &collator) : m_collator(collator) {}

    // Ranks `column` of `model` by `role`. False when the column mixes kinds of value (texts,
    // numbers, bytes, nothing) that have no common order; the caller compares those itself.
    bool rank(const QAbstractItemModel &model, int column, int role);
    int column() const { return m_column; }
    void clear();
    // Valid after rank() returned true, for the rows the model had then.
    int at(int row) const { return m_ranks[size_t(row)]; }
    bool covers(int row) const { return row >= 0 && size_t(row) < m_ranks.size(); }

private:
    template <typename Key, typename Order> void rankDistinct(const std::vector<Key> &keys, Order order);

    QCollator m_collator;
    int m_column = -1;
    std::vector<int> m_ranks; // by source row
};

} // namespace saywho::ui
