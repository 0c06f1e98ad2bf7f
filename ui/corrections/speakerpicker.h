#pragma once

#include "model/entity.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace saywho::core {
class Document;
}

namespace saywho::ui {

// Who said it: a name with completion over the article's people and organisations; a name nobody
// in the article has creates a new person (or organisation) of that name.
class SpeakerPicker final : public QDialog
{
    Q_OBJECT

public:
    SpeakerPicker(const core::Document &doc, int currentSpeaker, QWidget *parent = nullptr);

    // The existing entity chosen, or 0 for a new one named name().
    int entity() const;
    QString name() const;
    core::EntityKind kind() const;

private:
    void update();

    const core::Document &m_doc;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_hint;
};

} // namespace saywho::ui
