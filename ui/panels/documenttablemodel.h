#pragma once

#include <QAbstractTableModel>
#include <QSet>

#include <optional>

namespace saywho::core {
class Patch;
}

namespace saywho::ui {

class ArticleSession;

// Base of the panel models: one per open article, following its session. Rows are annotation ids
// in the document's order. A new analysis swaps the rows in two row operations (remove, insert);
// a correction moves only the rows it touches, so views keep their selection, header and sort.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DocumentTableModel(const ArticleSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    // Sorting a long panel asks for two indexes per comparison, a million times: without the base
    // class's two virtual calls per index.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    // Headers are translated when asked, so a language switch only needs a repaint.
    void retranslate();
    // Follows the session's latest analysis (called on each analysis, and once by the tab when the
    // session was analysed before the model existed).
    void refresh();
    // Follows a correction: rows whose annotation went away are removed, new ones inserted where the
    // document has them, and the rows it changed repainted (only those, so a sorted view re-sorts
    // a few rows, not thousands).
    void sync(const core::Patch &patch);
    // The row of an annotation id, or -1.
    int rowOfId(int id) const { return int(m_ids.indexOf(id)); }
    int idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }

signals:
    // Bracket a refresh: rows leaving and arriving because of a new analysis, not a reader's act.
    void refreshStarted();
    void refreshFinished();

protected:
    const ArticleSession *session() const { return m_session; }
    // Called when the session has a new analysis or a correction: caches what the rows need and
    // returns the ids of the rows, in order.
    virtual QList<int> reload() = 0;
    // The annotation a row shows. Rows stand where the document lists them, except while a
    // correction moves them, so the list is tried before the look-up by id: a long panel's sort asks
    // for every row, and the look-up cost most of that.
    template <typename T, typename ById> const T *annotationAt(int row, const QList<T> &list, ById byId) const
    {
        const int id = idAt(row);
        if (row < list.size() && id != 0 && list.at(row).id == id)
            return &list.at(row);
        return id != 0 ? byId(id) : nullptr;
    }
    // The ids of the rows whose cells a correction may have changed; none for all rows.
    virtual std::optional<QSet<int>> touchedIds(const core::Patch &patch) const = 0;

private:
    const ArticleSession *m_session;
    QList<int> m_ids;
};

} // namespace saywho::ui
