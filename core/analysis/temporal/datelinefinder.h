#pragma once

#include "../../model/span.h"

#include <QDate>

namespace saywho::core {

class Document;

struct Dateline
{
    Span span;  // the date inside the dateline ("Feb. 21")
    QDate date; // month and day; the year only when yearKnown
    bool yearKnown = false;
};

// Finds the wire-story dateline at the top of an article: "WASHINGTON, Feb. 21 (Reuters) -",
// "HEMPSTEAD, N.Y., Sept. 26 (UPI) --". A dateline without a year takes one only when the text
// itself justifies it: a full date ("Feb. 20, 2022") within a month of the dateline's day.
class DatelineFinder final
{
public:
    static bool find(const Document &doc, Dateline &out);
};

} // namespace saywho::core
