#include "columnranks.h"

#include <QAbstractItemModel>
#include <QCollatorSortKey>
#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace saywho::ui {

namespace {

enum class Kind { Unknown, Text, Bytes, Mixed };

Kind kindOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return Kind::Text;
    case QMetaType::QByteArray:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return Kind::Bytes;
    default:
        return Kind::Mixed;
    }
}

// A number as eight bytes whose byte order is the numbers' order, so that numbers and byte values
// rank by one comparison.
QByteArray orderedBytes(double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    bits = (bits & (quint64(1) << 63)) ? ~bits : bits | (quint64(1) << 63);
    QByteArray bytes(sizeof bits, Qt::Uninitialized);
    qToBigEndian(bits, bytes.data());
    return bytes;
}

} // namespace

void ColumnRanks::clear()
{
    m_column = -1;
    m_ranks.clear();
}

bool ColumnRanks::rank(const QAbstractItemModel &model, int column, int role)
{
    clear();
    const int rows = model.rowCount();
    Kind kind = Kind::Unknown;
    bool numbers = false;
    bool bytes = false;
    std::vector<QVariant> values;
    values.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        QVariant value = model.index(row, column).data(role);
        const Kind k = kindOf(value);
        if (kind == Kind::Unknown)
            kind = k;
        if (k != kind || k == Kind::Mixed)
            return false;
        (value.typeId() == QMetaType::QByteArray ? bytes : numbers) = true;
        values.push_back(std::move(value));
    }
    // Numbers and bytes in one column have no common order either.
    if (kind == Kind::Bytes && numbers && bytes)
        return false;
    m_column = column;
    if (kind == Kind::Text) {
        std::vector<QString> keys;
        keys.reserve(values.size());
        for (const QVariant &v : values)
            keys.push_back(v.toString());
        values = {};
        rankDistinct(keys, [this](const std::vector<QString> &distinct) {
            std::vector<QCollatorSortKey> sortKeys;
            sortKeys.reserve(distinct.size());
            for (const QString &s : distinct)
                sortKeys.push_back(m_collator.sortKey(s));
            return sortKeys;
        });
    } else {
        std::vector<QByteArray> keys;
        keys.reserve(values.size());
        for (const QVariant &v : values)
            keys.push_back(numbers ? orderedBytes(v.toDouble()) : v.toByteArray());
        values = {};
        rankDistinct(keys, [](const std::vector<QByteArray> &distinct) { return distinct; });
    }
    return true;
}

// `order(distinct)` gives what the distinct keys are compared by (collation keys for texts, the
// bytes themselves otherwise); equal comparands get one rank.
template <typename Key, typename Order>
void ColumnRanks::rankDistinct(const std::vector<Key> &keys, Order order)
{
    QHash<Key, int> slotOf;
    std::vector<Key> distinct;
    std::vector<int> slotOfRow;
    slotOfRow.reserve(keys.size());
    for (const Key &key : keys) {
        auto it = slotOf.constFind(key);
        if (it == slotOf.constEnd()) {
            it = slotOf.insert(key, int(distinct.size()));
            distinct.push_back(key);
        }
        slotOfRow.push_back(*it);
    }
    slotOf.clear();
    const auto comparands = order(distinct);
    auto less = [&](int a, int b) { return comparands[size_t(a)] < comparands[size_t(b)]; };
    std::vector<int> sorted(distinct.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    std::sort(sorted.begin(), sorted.end(), less);
    std::vector<int> rankOfSlot(distinct.size());
    int rank = 0;
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0 && less(sorted[i - 1], sorted[i]))
            ++rank;
        rankOfSlot[size_t(sorted[i])] = rank;
    }
    m_ranks.resize(slotOfRow.size());
    for (size_t row = 0; row < slotOfRow.size(); ++row)
        m_ranks[row] = rankOfSlot[size_t(slotOfRow[row])];
}

} // namespace saywho::ui
