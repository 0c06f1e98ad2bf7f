#include "propertiesdialog.h"

#include "model/document.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

QString sourceName(core::DctSource source)
{
    switch (source) {
    case core::DctSource::None:
        return PropertiesDialog::tr("not known");
    case core::DctSource::Argument:
        return PropertiesDialog::tr("given on the command line");
    case core::DctSource::Dateline:
        return PropertiesDialog::tr("read from the dateline");
    case core::DctSource::Metadata:
        return PropertiesDialog::tr("read from the page’s metadata");
    case core::DctSource::User:
        return PropertiesDialog::tr("set by you");
    }
    return {};
}

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

} // namespace

PropertiesDialog::PropertiesDialog(const core::Document &doc, QWidget *parent)
    : QDialog(parent), m_unknown(new QCheckBox(tr("The publication date is &not known"), this)),
      m_date(new QDateEdit(this))
{
    setWindowTitle(tr("Article Properties"));
    const core::DocumentMetadata &meta = doc.metadata();

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), selectable(meta.title.isEmpty() ? tr("(none)") : meta.title, this));
    form->addRow(
        tr("Source:"),
        selectable(meta.path.isEmpty() ? tr("pasted text") : QDir::toNativeSeparators(meta.path), this));
    if (!meta.author.isEmpty())
        form->addRow(tr("Author:"), selectable(meta.author, this));
    form->addRow(tr("Length:"), new QLabel(tr("%1 characters, %2 paragraphs")
                                               .arg(QLocale().toString(doc.text().size()))
                                               .arg(QLocale().toString(doc.paragraphs().size())),
                                           this));

    m_unknown->setObjectName(u"dateUnknown"_s);
    m_date->setObjectName(u"publicationDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setDate(meta.dct.isValid() ? meta.dct : QDate::currentDate());
    m_unknown->setChecked(!meta.dct.isValid());
    m_date->setEnabled(meta.dct.isValid());
    connect(m_unknown, &QCheckBox::toggled, m_date, [this](bool unknown) { m_date->setEnabled(!unknown); });
    auto *dateLabel = new QLabel(tr("&Published:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    form->addRow(QString(), m_unknown);
    auto *hint = new QLabel(tr("Relative dates such as “last Sunday” are resolved against this date (%1).")
                                .arg(sourceName(meta.dctSource)),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    form->addRow(QString(), hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QDate PropertiesDialog::publicationDate() const
{
    // The box says "not known": checked means no date, whatever the (disabled) date field shows.
    return m_unknown->isChecked() ? QDate() : m_date->date();
}

} // namespace saywho::ui
