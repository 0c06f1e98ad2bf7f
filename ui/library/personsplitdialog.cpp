#include "personsplitdialog.h"

#include "store/personrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saywho::ui {

namespace {

constexpr int RowRole = Qt::UserRole + 1;

} // namespace

PersonSplitDialog::PersonSplitDialog(const store::LibraryPerson &person,
                                     const QList<store::PersonAppearance> &appearances, QWidget *parent)
    : QDialog(parent), m_person(person), m_articles(new QTreeWidget), m_name(new QLineEdit),
      m_problem(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"personSplitDialog"_s);
    setWindowTitle(tr("Split “%1”").arg(person.name));
    auto *column = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check the articles whose “%1” is someone else. Their mentions and quotes "
                                "become a new library person.")
                                 .arg(person.name));
    intro->setWordWrap(true);
    column->addWidget(intro);
    m_articles->setObjectName(u"splitArticles"_s);
    m_articles->setRootIsDecorated(false);
    m_articles->setHeaderLabels({tr("Article"), tr("Date"), tr("Named"), tr("Quotes")});
    for (const store::PersonAppearance &a : appearances) {
        auto *item = new QTreeWidgetItem(m_articles);
        item->setText(0, a.title.isEmpty() ? tr("(untitled)") : QString(a.title).replace(u'\n', u' '));
        item->setText(1, a.dct.isValid() ? QLocale().toString(a.dct, QLocale::ShortFormat) : QString());
        item->setText(2, a.name);
        item->setText(3, QLocale().toString(a.quotes));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, RowRole, a.entityRow);
        item->setCheckState(0, Qt::Unchecked);
    }
    m_articles->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_articles->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    column->addWidget(m_articles, 1);
    auto *form = new QFormLayout;
    m_name->setObjectName(u"splitName"_s);
    m_name->setText(person.name);
    m_name->selectAll();
    form->addRow(tr("&New person’s name:"), m_name);
    column->addLayout(form);
    m_problem->setObjectName(u"splitProblem"_s);
    m_problem->setWordWrap(true);
    column->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Split"));
    column->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_articles, &QTreeWidget::itemChanged, this, &PersonSplitDialog::update);
    // A click anywhere on the row checks it, not only on the box.
    connect(m_articles, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        item->setCheckState(0, item->checkState(0) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(m_name, &QLineEdit::textChanged, this, &PersonSplitDialog::update);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 24);
    update();
}

QList<qint64> PersonSplitDialog::chosenRows() const
{
    QList<qint64> rows;
    for (int i = 0; i < m_articles->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_articles->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            rows.append(item->data(0, RowRole).toLongLong());
    }
    return rows;
}

QString PersonSplitDialog::newName() const
{
    return m_name->text().simplified();
}

void PersonSplitDialog::update()
{
    const qsizetype chosen = chosenRows().size();
    QString problem;
    if (chosen == 0)
        problem = tr("Check at least one article.");
    else if (chosen == m_articles->topLevelItemCount())
        problem = tr("Leave at least one article with “%1”; to rename everyone, rename the person in an "
                     "article.")
                      .arg(m_person.name);
    else if (store::PersonRepository::nameKey(newName()).isEmpty())
        problem = tr("Give the new person a name.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace saywho::ui
