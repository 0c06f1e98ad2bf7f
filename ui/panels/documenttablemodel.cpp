#include "documenttablemodel.h"

#include "articlesession.h"
#include "model/patch.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace saywho::ui {

DocumentTableModel::DocumentTableModel(const ArticleSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &ArticleSession::analysed, this, &DocumentTableModel::refresh);
    connect(session, &ArticleSession::edited, this, &DocumentTableModel::sync);
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QModelIndex DocumentTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_ids.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

void DocumentTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void DocumentTableModel::refresh()
{
    emit refreshStarted();
    if (!m_ids.isEmpty()) {
        beginRemoveRows({}, 0, int(m_ids.size()) - 1);
        m_ids.clear();
        endRemoveRows();
    }
    // reload() caches the new rows while the model is empty, so no view sees a mixed state.
    const QList<int> ids = reload();
    if (!ids.isEmpty()) {
        beginInsertRows({}, 0, int(ids.size()) - 1);
        m_ids = ids;
        endInsertRows();
    }
    emit refreshFinished();
}

void DocumentTableModel::sync(const core::Patch &patch)
{
    const QList<int> wanted = reload();
    QHash<int, int> position;
    position.reserve(wanted.size());
    for (int i = 0; i < wanted.size(); ++i)
        position.insert(wanted.at(i), i);
    // Rows that stay must keep their order; one that moved past others leaves and comes back.
    QSet<int> stays;
    int last = -1;
    for (int id : std::as_const(m_ids)) {
        const int p = position.value(id, -1);
        if (p > last) {
            stays.insert(id);
            last = p;
        }
    }
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (stays.contains(m_ids.at(row)))
            continue;
        int first = row;
        while (first > 0 && !stays.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, first, row);
        m_ids.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    for (int i = 0; i < wanted.size(); ++i) {
        if (i < m_ids.size() && m_ids.at(i) == wanted.at(i))
            continue;
        int end = i;
        while (end < wanted.size() && !stays.contains(wanted.at(end)))
            ++end;
        beginInsertRows({}, i, end - 1);
        for (int j = i; j < end; ++j)
            m_ids.insert(j, wanted.at(j));
        endInsertRows();
        i = end - 1;
    }
    if (m_ids.isEmpty())
        return;
    const int lastColumn = columnCount() - 1;
    const std::optional<QSet<int>> touched = touchedIds(patch);
    // Past a few hundred rows, one signal for all costs a sorted view less than one per row.
    if (!touched || touched->size() > 256) {
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, lastColumn));
        return;
    }
    QList<int> rows;
    rows.reserve(touched->size());
    for (int id : *touched)
        if (const int row = position.value(id, -1); row >= 0)
            rows.append(row);
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i + 1;
        while (j < rows.size() && rows.at(j) == rows.at(j - 1) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), 0), index(rows.at(j - 1), lastColumn));
        i = j;
    }
}

} // namespace saywho::ui
