#include "codepointmap.h"

#include <algorithm>

namespace saywho::core {

CodePointMap::CodePointMap(const QString &text) : m_length(int(text.size()))
{
    for (int i = 1; i < m_length; ++i)
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
}

int CodePointMap::toCodePoint(int utf16) const
{
    const auto before =
        std::upper_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16) - m_lowSurrogates.cbegin();
    // A position between a surrogate pair counts as the pair's start.
    return utf16 - int(before);
}

int CodePointMap::toUtf16(int codePoint) const
{
    // The k-th low surrogate at UTF-16 position s sits at code point s - k; every code point past it
    // needs one more unit.
    int lo = 0, hi = int(m_lowSurrogates.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_lowSurrogates.at(mid) - mid <= codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return std::min(codePoint + lo, m_length);
}

} // namespace saywho::core
