#pragma once

#include "documenttablemodel.h"

#include <QHash>

namespace saywho::ui {

// Quotes panel: one row per quotation, in document order.
class QuoteTableModel final : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column { SpeakerColumn, QuoteColumn, KindColumn, RuleColumn, ColumnCount };

    using DocumentTableModel::DocumentTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Row of the quote covering a document position, or -1.
    int rowAt(int position) const;

protected:
    QList<int> reload() override;
    std::optional<QSet<int>> touchedIds(const core::Patch &patch) const override;

private:
    // Speaker names by entity id: Document::entity() is a linear search, and views ask per cell.
    QHash<int, QString> m_names;
};

} // namespace saywho::ui
