#include "speakerpicker.h"

#include "model/document.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

int entityNamed(const core::Document &doc, const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return 0;
    for (const core::Entity &e : doc.entities())
        if (e.name.compare(n, Qt::CaseInsensitive) == 0)
            return e.id;
    for (const core::Entity &e : doc.entities())
        if (e.aliases.contains(n, Qt::CaseInsensitive))
            return e.id;
    return 0;
}

} // namespace

SpeakerPicker::SpeakerPicker(const core::Document &doc, int currentSpeaker, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_hint(new QLabel(this))
{
    setObjectName(u"speakerPicker"_s);
    setWindowTitle(tr("Set Speaker"));
    m_name->setObjectName(u"speakerName"_s);
    m_name->setPlaceholderText(tr("Name of a person or organisation"));
    m_name->setClearButtonEnabled(true);
    QStringList names;
    for (const core::Entity &e : doc.entities())
        if (!names.contains(e.name))
            names.append(e.name);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    auto *completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    if (const core::Entity *e = doc.entity(currentSpeaker))
        m_name->setText(e->name);
    m_name->selectAll();

    m_kind->setObjectName(u"speakerKind"_s);
    m_kind->addItem(tr("Person"), int(core::EntityKind::Person));
    m_kind->addItem(tr("Organisation"), int(core::EntityKind::Organization));
    m_kind->addItem(tr("Group"), int(core::EntityKind::Group));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(u"speakerHint"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Speaker:"), m_name);
    form->addRow(tr("&New entry is a:"), m_kind);
    form->addRow(m_hint);
    form->addRow(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &SpeakerPicker::update);
    update();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 48), sizeHint().height());
}

int SpeakerPicker::entity() const
{
    return entityNamed(m_doc, m_name->text());
}

QString SpeakerPicker::name() const
{
    return m_name->text().simplified();
}

core::EntityKind SpeakerPicker::kind() const
{
    return core::EntityKind(m_kind->currentData().toInt());
}

void SpeakerPicker::update()
{
    const int id = entity();
    m_kind->setEnabled(id == 0);
    auto *ok = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->setEnabled(!name().isEmpty());
    if (name().isEmpty())
        m_hint->setText(tr("Type a name; the article's people are offered as you type."));
    else if (const core::Entity *e = m_doc.entity(id))
        m_hint->setText(tr("The quote goes to %1, already in this article.").arg(e->name.toHtmlEscaped()));
    else
        m_hint->setText(tr("Nobody of that name is in the article yet: a new entry is made."));
}

} // namespace saywho::ui
