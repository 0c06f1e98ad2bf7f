#include "exportoffsets.h"

#include "document.h"

#include <algorithm>

namespace saywho::core {

ExportOffsets::ExportOffsets(const Document &doc)
    : m_doc(doc), m_map(doc.originalText()), m_length(m_map.toCodePoint(int(doc.originalText().size())))
{
}

int ExportOffsets::at(int pos) const
{
    return m_map.toCodePoint(m_doc.originalOffset(pos));
}

int ExportOffsets::position(int codePoint) const
{
    const int original = m_map.toUtf16(std::clamp(codePoint, 0, m_length));
    // originalOffset() grows with the position: the first text position that reaches original.
    int lo = 0, hi = int(m_doc.text().size());
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (m_doc.originalOffset(mid) < original)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

QStringView ExportOffsets::textAt(Span s) const
{
    const int b = m_doc.originalOffset(s.begin), e = m_doc.originalOffset(s.end);
    return QStringView(m_doc.originalText()).mid(b, e - b);
}

const QString &ExportOffsets::originalText() const
{
    return m_doc.originalText();
}

} // namespace saywho::core
