#pragma once

#include <QDialog>

namespace saywho::core {
class Document;
}

namespace saywho::ui {

class SourceView;

// View → Annotation Source: the article's annotations as the project's JSON (indented), coloured
// like the export preview, read-only.
class AnnotationSourceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AnnotationSourceDialog(const core::Document &doc, QWidget *parent = nullptr);
    SourceView *view() const { return m_view; }

private:
    SourceView *m_view;
};

} // namespace saywho::ui
