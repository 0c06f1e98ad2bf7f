#pragma once

#include "edit.h"

#include <QDate>

namespace saywho::core::edits {

// Values are checked as TIMEX3 for their type (timex3Error); an invalid one is refused.
Edit addDate(const Document &doc, Span span, TimexType type, const QString &value);
Edit removeDate(const Document &doc, int date);
Edit moveDate(const Document &doc, int date, Span span);
Edit setDate(const Document &doc, int date, TimexType type, const QString &value);
// An invalid date clears it; either way the source becomes the user's.
Edit setPublicationDate(const Document &doc, const QDate &date);
// Brings a paragraph (by its start) into the analysis or leaves it out.
Edit setParagraphIncluded(const Document &doc, int paragraphBegin, bool included);

} // namespace saywho::core::edits
