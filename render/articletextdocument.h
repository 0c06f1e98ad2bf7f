#pragma once

#include <memory>

class QTextDocument;

namespace saywho::core {
class Document;
}

namespace saywho::render {

// The article as a QTextDocument for print and office formats: its title, the paragraphs with the
// app's highlights (a speaker's quotes in the speaker's hue, dates, speaker names), then the table of
// quotations (speaker, quotation, kind, origin).
std::unique_ptr<QTextDocument> articleTextDocument(const core::Document &doc);

} // namespace saywho::render
