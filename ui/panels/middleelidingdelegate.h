#pragma once

#include <QStyledItemDelegate>

namespace saywho::ui {

// Elides its column in the middle: the start and the end of a quotation tell it apart best. The
// whole text stays in the model's tooltip.
class MiddleElidingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace saywho::ui
