#pragma once

#include <QCoreApplication>
#include <QString>

namespace saywho::core {
class Document;
}

namespace saywho::ui {

class SpeakerColors;

// The hover text for a position in the article: who said the quote there and by which rule, whom
// a mention refers to, what a date resolves to. Rich text, built from the document alone.
class AnnotationTooltip final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationTooltip)

public:
    static QString at(const core::Document &doc, const SpeakerColors &colors, int position);
};

} // namespace saywho::ui
