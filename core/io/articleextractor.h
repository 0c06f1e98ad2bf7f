#pragma once

#include <gumbo.h>

#include <QString>

namespace saywho::core {

struct PageMetadata;

// Finds the article in a page and returns it as plain text: the headline, then its paragraphs,
// block quotes and list items, one per blank-line separated paragraph, so the quote engine sees
// the page's paragraph structure. Readability-style: every element is scored by the article-like
// text it holds (long, sentence-like blocks with few links) minus the clutter it holds (link lists,
// short fragments, boilerplate), and the best element's blocks are kept, minus bylines, link
// lists, "See also" lines and everything from a comment section on.
class ArticleExtractor final
{
public:
    static QString extract(const GumboNode *root, const PageMetadata &meta);
};

} // namespace saywho::core
