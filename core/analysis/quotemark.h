#pragma once

#include <QString>

#include <cstdint>

namespace saywho::core {

// What a quote-mark character can do, before context decides.
struct QuoteMark
{
    enum class Family : std::uint8_t { Double, Single };
    // A straight double mark around a markup attribute's value (author="x">), left in the text by a
    // scraped web page, delimits no quotation: AttributeOpen after the "=" (the next straight mark
    // is its partner), AttributeClose before the ">".
    enum class Role : std::uint8_t { Open, Close, Either, Ignore, AttributeOpen, AttributeClose };

    Family family = Family::Double;
    Role role = Role::Ignore;

    // Classifies the mark at text[pos, pos+len) from its shape and its neighbours.
    static QuoteMark classify(const QString &text, int pos, int len, int paraBegin, int paraEnd);
};

} // namespace saywho::core
