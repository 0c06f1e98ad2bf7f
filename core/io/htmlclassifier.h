#pragma once

#include <gumbo.h>

#include <QSet>
#include <QString>

namespace saywho::core {

// Reads what a page's class and id names say about an element ("sidebar", "share-buttons",
// "article-body", "byline"), from the tokens in resources/lexicon/html_classes.txt.
class HtmlClassifier final
{
public:
    static const HtmlClassifier &instance();

    // Navigation, ads, share bars, comment sections, related links, cookie banners.
    bool isClutter(const GumboNode *element) const;
    // Byline and date blocks: metadata, not article text.
    bool isMeta(const GumboNode *element) const;

private:
    HtmlClassifier();

    struct Hits
    {
        bool strong = false;
        bool weak = false;
        bool content = false;
        bool meta = false;
    };
    Hits hits(const GumboNode *element) const;

    QSet<QString> m_strong;
    QSet<QString> m_weak;
    QSet<QString> m_content;
    QSet<QString> m_meta;
};

} // namespace saywho::core
