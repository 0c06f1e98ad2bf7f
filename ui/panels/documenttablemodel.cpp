#include "documenttablemodel.h"

#include "articlesession.h"

namespace saywho::ui {

DocumentTableModel::DocumentTableModel(const ArticleSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &ArticleSession::analysed, this, &DocumentTableModel::refresh);
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

void DocumentTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void DocumentTableModel::refresh()
{
    emit refreshStarted();
    if (m_rows > 0) {
        beginRemoveRows({}, 0, m_rows - 1);
        m_rows = 0;
        endRemoveRows();
    }
    // reload() caches the new rows while the model is empty, so no view sees a mixed state.
    const int rows = reload();
    if (rows > 0) {
        beginInsertRows({}, 0, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    emit refreshFinished();
}

} // namespace saywho::ui
