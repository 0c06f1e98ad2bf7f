#pragma once

#include "model/timeexpr.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace saywho::ui {

// A date's TIMEX3 type and value, checked while typing: OK only for a value of that type.
class DateValueDialog final : public QDialog
{
    Q_OBJECT

public:
    DateValueDialog(const QString &expression, core::TimexType type, const QString &value,
                    QWidget *parent = nullptr);

    core::TimexType type() const;
    QString value() const;

private:
    void validate();

    QComboBox *m_type;
    QLineEdit *m_value;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace saywho::ui
