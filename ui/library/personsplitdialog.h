#pragma once

#include "store/personrepository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace saywho::ui {

// Library → Split Person…: the articles where a library person appears, each with the name that
// article uses; the checked ones become a new person under the name typed. At least one article
// must move and one stay.
class PersonSplitDialog final : public QDialog
{
    Q_OBJECT

public:
    PersonSplitDialog(const store::LibraryPerson &person, const QList<store::PersonAppearance> &appearances,
                      QWidget *parent = nullptr);

    QList<qint64> chosenRows() const;
    QString newName() const;
    QTreeWidget *articles() const { return m_articles; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    void update();

    store::LibraryPerson m_person;
    QTreeWidget *m_articles;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace saywho::ui
