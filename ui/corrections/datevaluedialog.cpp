#include "datevaluedialog.h"

#include "model/timex3.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace saywho::ui {

DateValueDialog::DateValueDialog(const QString &expression, core::TimexType type, const QString &value,
                                 QWidget *parent)
    : QDialog(parent), m_type(new QComboBox(this)), m_value(new QLineEdit(value, this)),
      m_message(new QLabel(this))
{
    setObjectName(u"dateValueDialog"_s);
    setWindowTitle(tr("Edit Date"));
    m_type->setObjectName(u"dateType"_s);
    m_type->addItem(tr("Date"), int(core::TimexType::Date));
    m_type->addItem(tr("Time"), int(core::TimexType::Time));
    m_type->addItem(tr("Duration"), int(core::TimexType::Duration));
    m_type->addItem(tr("Recurring (set)"), int(core::TimexType::Set));
    m_type->setCurrentIndex(m_type->findData(int(type)));
    m_value->setObjectName(u"dateValue"_s);
    m_message->setObjectName(u"dateMessage"_s);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    auto *said = new QLabel(u"“%1”"_s.arg(expression.toHtmlEscaped()), this);
    said->setTextFormat(Qt::RichText);
    form->addRow(tr("Expression:"), said);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Value (TIMEX3):"), m_value);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(m_value, &QLineEdit::textChanged, this, &DateValueDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DateValueDialog::validate);
    validate();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 56), sizeHint().height());
}

core::TimexType DateValueDialog::type() const
{
    return core::TimexType(m_type->currentData().toInt());
}

QString DateValueDialog::value() const
{
    return m_value->text().trimmed();
}

void DateValueDialog::validate()
{
    const QString error = core::timex3Error(type(), value());
    m_ok->setEnabled(error.isEmpty());
    m_message->setText(error.isEmpty() ? tr("A valid value.") : error);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText,
               error.isEmpty() ? palette().color(QPalette::WindowText) : QColor(0xb0, 0x30, 0x20));
    m_message->setPalette(p);
}

} // namespace saywho::ui
