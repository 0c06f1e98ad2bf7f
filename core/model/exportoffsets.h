#pragma once

#include "codepointmap.h"
#include "span.h"

#include <QString>
#include <QStringView>

namespace saywho::core {

class Document;

// Offsets as they cross into every export format and back: Unicode code points into the document's
// original text (the file as it was read, CRLF kept). The one place that turns a text position into
// an exported offset and back; the exporters and readers all go through it.
class ExportOffsets final
{
public:
    explicit ExportOffsets(const Document &doc);

    // The code-point offset in the original text of text position pos.
    int at(int pos) const;
    // The text position of a code-point offset into the original text (the first position at or
    // after it); clamped to the text.
    int position(int codePoint) const;
    // The original text a span covers, as its exported offsets do.
    QStringView textAt(Span span) const;
    // Code points of the whole original text.
    int length() const { return m_length; }
    const QString &originalText() const;

private:
    const Document &m_doc;
    CodePointMap m_map;
    int m_length = 0;
};

} // namespace saywho::core
