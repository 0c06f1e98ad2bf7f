#include "htmlparser.h"

namespace saywho::core {

HtmlParser::HtmlParser(QByteArray utf8) : m_utf8(std::move(utf8))
{
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are not reported to anyone; collecting them only costs memory on broken pages.
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlParser::~HtmlParser()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

} // namespace saywho::core
