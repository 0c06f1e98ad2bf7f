#pragma once

#include <gumbo.h>

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace saywho::core {

// What a page says about its article, from <meta> tags (Open Graph, article:*, Dublin Core),
// JSON-LD, <link rel="canonical">, <time datetime>, <h1> and <title>.
struct PageMetadata
{
    QString title;
    QString headline; // the <h1> as it appears in the body, when the page has one
    QString author;
    QString siteName;
    QUrl canonicalUrl;
    QDate published;
    QString publishedFrom; // where the date came from: "article:published_time", "JSON-LD"…
    QStringList warnings;  // dates given but implausible, skipped

    // pageUrl resolves relative links; empty for a saved file, whose relative links mean nothing.
    static PageMetadata read(const GumboNode *root, const QUrl &pageUrl = {});

    // The date of an ISO 8601 or RFC 2822 timestamp as the publisher wrote it (no time-zone shift:
    // "2022-02-21T23:30-05:00" was published on the 21st where it was written).
    static QDate parseDate(const QString &value);
};

} // namespace saywho::core
