#include "tokentext.h"

namespace saywho::core {

QStringView TokenText::joined(int first, int last, QString &storage) const
{
    if (last <= first)
        return {};
    bool single = true;
    for (int k = first + 1; k < last && single; ++k)
        single = at(k).span.begin == at(k - 1).span.end + 1 && m_t.at(at(k).span.begin - 1) == u' ';
    QStringView v;
    if (single) {
        v = QStringView(m_t).mid(at(first).span.begin, at(last - 1).span.end - at(first).span.begin);
    } else {
        storage.clear();
        for (int k = first; k < last; ++k) {
            if (k > first)
                storage += u' ';
            storage += view(k);
        }
        v = storage;
    }
    if (possessive(last - 1))
        v.chop(2);
    return v;
}

Span TokenText::spanOf(int first, int last) const
{
    Span s{at(first).span.begin, at(last - 1).span.end};
    if (possessive(last - 1))
        s.end -= 2; // Smith’s -> Smith
    return s;
}

} // namespace saywho::core
