#pragma once

#include "documenttablemodel.h"

namespace saywho::ui {

// Dates panel: every temporal expression with its normalized TIMEX3 value. Sorted by value (the
// panel's default) it reads as a timeline of the article.
class DateTableModel final : public DocumentTableModel
{
    Q_OBJECT

public:
    enum Column { ValueColumn, WhenColumn, ExpressionColumn, TypeColumn, ColumnCount };

    using DocumentTableModel::DocumentTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int rowAt(int position) const;

    // "2022-02-20TNI" -> "Sunday 20 February 2022, night", in the UI language; empty when the
    // value is not a calendar date (durations, PAST_REF, underspecified values).
    static QString readable(const QString &value);

protected:
    QList<int> reload() override;
    std::optional<QSet<int>> touchedIds(const core::Patch &patch) const override;
};

} // namespace saywho::ui
