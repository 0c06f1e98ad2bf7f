#include "xmlwriter.h"

namespace saywho::core {

namespace {

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool allowedUnit(char16_t c)
{
    return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == 0x9 || c == 0xA || c == 0xD;
}

// The end of the character starting at i when it is allowed, or i when it is not.
qsizetype allowedEnd(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (QChar::isHighSurrogate(c))
        return i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode()) ? i + 2 : i;
    if (QChar::isLowSurrogate(c))
        return i;
    return allowedUnit(c) ? i + 1 : i;
}

} // namespace

QString XmlWriter::xmlSafe(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype end = allowedEnd(text, i);
        if (end > i) {
            i = end;
            continue;
        }
        if (out.isNull())
            out = text;
        out[i] = QChar::ReplacementCharacter;
        ++i;
    }
    return out.isNull() ? text : out;
}

void XmlWriter::writeAttribute(const QString &qualifiedName, const QString &value)
{
    QXmlStreamWriter::writeAttribute(qualifiedName, xmlSafe(value));
}

void XmlWriter::writeCharacters(const QString &text)
{
    QXmlStreamWriter::writeCharacters(xmlSafe(text));
}

void XmlWriter::writeTextElement(const QString &qualifiedName, const QString &text)
{
    QXmlStreamWriter::writeTextElement(qualifiedName, xmlSafe(text));
}

} // namespace saywho::core
