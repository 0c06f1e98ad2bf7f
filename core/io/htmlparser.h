#pragma once

#include <gumbo.h>

#include <QByteArray>

namespace saywho::core {

// Owns one Gumbo parse of a page. Gumbo points into the UTF-8 buffer, so the parser keeps it.
// The parser only builds a tree: it runs no script and fetches nothing.
class HtmlParser final
{
public:
    explicit HtmlParser(QByteArray utf8);
    ~HtmlParser();
    HtmlParser(const HtmlParser &) = delete;
    HtmlParser &operator=(const HtmlParser &) = delete;

    const GumboNode *document() const { return m_output ? m_output->document : nullptr; }
    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }

private:
    QByteArray m_utf8;
    GumboOutput *m_output = nullptr;
};

} // namespace saywho::core
