#pragma once

#include "export/exportselection.h"
#include "model/document.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace saywho::core {
class Exporter;
}

namespace saywho::ui {

class SourceView;

// File → Export…: the format (every one of the registry), what to include, a coloured preview of
// the output and the destination; exports the article as corrected. Remembers the last choices.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const core::Document &doc, QWidget *parent = nullptr);

    const core::Exporter *exporter() const;
    core::ExportSelection selection() const;
    QString destination() const;
    void setDestination(const QString &path);
    SourceView *preview() const { return m_preview; }
    QComboBox *formatBox() const { return m_format; }

    // The preview's text for the current choices (what a text format writes; a qdpx's project.qde).
    QString previewText() const;
    // Writes the export; false with a message box when it could not. accept() calls it.
    bool exportNow(QString *error = nullptr);

    void accept() override;

private:
    void updatePreview();
    void formatChanged();
    void browse();
    void remember() const;
    QString suggestedPath() const;

    core::Document m_doc;
    QComboBox *m_format;
    QCheckBox *m_quotes, *m_people, *m_dates, *m_nonQuotes, *m_userOnly;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    SourceView *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace saywho::ui
