#pragma once

#include <QList>
#include <QString>

namespace saywho::core {

// Converts between UTF-16 offsets (inside the app) and Unicode code point offsets (at every
// boundary: CLI, JSON, exports, gold files). The only place that does.
class CodePointMap final
{
public:
    explicit CodePointMap(const QString &text);

    int toCodePoint(int utf16) const;
    int toUtf16(int codePoint) const;

private:
    // Sorted UTF-16 positions of the low surrogates; each one shifts later offsets by one.
    QList<int> m_lowSurrogates;
    int m_length = 0;
};

} // namespace saywho::core
