#pragma once

#include <QString>
#include <QXmlStreamWriter>

namespace saywho::core {

// The QXmlStreamWriter of the XML formats (TEI, REFI-QDA). Text that XML 1.0 cannot hold (control
// characters such as ESC, lone surrogates, U+FFFE and U+FFFF) is written as U+FFFD instead of
// failing the whole file: articles copied from terminals and old content systems carry them. One
// UTF-16 unit for one keeps every offset the other formats give.
class XmlWriter final : public QXmlStreamWriter
{
public:
    using QXmlStreamWriter::QXmlStreamWriter;

    // These hide QXmlStreamWriter's: calls through an XmlWriter always pass xmlSafe() text.
    void writeAttribute(const QString &qualifiedName, const QString &value);
    void writeCharacters(const QString &text);
    void writeTextElement(const QString &qualifiedName, const QString &text);

    // text with each unit XML 1.0 does not allow replaced by U+FFFD (text itself when it has none).
    static QString xmlSafe(const QString &text);
};

} // namespace saywho::core
