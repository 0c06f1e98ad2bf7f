#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace saywho::core {
class Document;
}

namespace saywho::ui {

// Article → Properties: what the article is and when it was published. Only the date is editable:
// it anchors "yesterday" and "last Sunday", so changing it re-runs the analysis.
class PropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PropertiesDialog(const core::Document &doc, QWidget *parent = nullptr);

    // Invalid when the user said the date is unknown.
    QDate publicationDate() const;

private:
    QCheckBox *m_unknown; // checked: the date is not known
    QDateEdit *m_date;
};

} // namespace saywho::ui
