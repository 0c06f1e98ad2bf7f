#pragma once

#include <QString>

namespace saywho::core {

// The article facts a page states in schema.org JSON-LD (<script type="application/ld+json">):
// the NewsArticle (or Article, BlogPosting…) object, found at the top, in an array or in @graph.
struct JsonLdArticle
{
    QString headline;
    QString author; // several authors joined with ", "
    QString datePublished;
    QString publisher;
    QString url;

    bool isEmpty() const { return headline.isEmpty() && author.isEmpty() && datePublished.isEmpty(); }

    // Reads one script's text; malformed or unrelated JSON gives an empty result.
    static JsonLdArticle parse(const QString &json);
};

} // namespace saywho::core
