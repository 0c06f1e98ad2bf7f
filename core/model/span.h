#pragma once

namespace saywho::core {

// A half-open range of UTF-16 code units into Document::text(): the same numbers as QString
// indices and QTextDocument positions, so no layer ever converts.
struct Span
{
    int begin = 0;
    int end = 0;

    int length() const { return end - begin; }
    bool isEmpty() const { return end <= begin; }
    bool contains(int pos) const { return pos >= begin && pos < end; }
    bool contains(Span o) const { return o.begin >= begin && o.end <= end; }
    bool overlaps(Span o) const { return begin < o.end && o.begin < end; }
    friend bool operator==(Span a, Span b) = default;
    friend bool operator<(Span a, Span b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; }
};

} // namespace saywho::core
