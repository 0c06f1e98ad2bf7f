#pragma once

#include "documenttablemodel.h"

#include <QHash>

namespace saywho::ui {

// People panel: every person, organisation and group the article mentions.
class PeopleTableModel final : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, QuotesColumn, MentionsColumn, AliasesColumn, ColumnCount };

    using DocumentTableModel::DocumentTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int rowOfEntity(int entityId) const;

protected:
    QList<int> reload() override;
    std::optional<QSet<int>> touchedIds(const core::Patch &patch) const override;

private:
    QHash<int, int> m_mentions; // entity id -> number of mentions
};

} // namespace saywho::ui
