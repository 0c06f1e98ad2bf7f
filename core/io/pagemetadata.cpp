#include "pagemetadata.h"

#include "htmldom.h"
#include "jsonldarticle.h"
#include "publicationdate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QUrl resolve(const QString &href, const QUrl &base)
{
    const QUrl url(href.trimmed());
    if (url.isRelative())
        return base.isEmpty() ? QUrl() : base.resolved(url);
    return url;
}

// "Biden and Putin agree to meet | Example News" -> "Biden and Putin agree to meet". Metadata
// titles lose only the site's name; a <title> also loses other short parts (a section name).
QString cleanTitle(const QString &title, const QString &siteName, bool siteNameOnly = false)
{
    static const QStringList separators = {u" | "_s,      u" - "_s,  u" \u2013 "_s,
                                           u" \u2014 "_s, u" :: "_s, u" \u00b7 "_s};
    for (const QString &sep : separators) {
        QStringList parts = title.split(sep);
        if (parts.size() < 2)
            continue;
        if (!siteName.isEmpty())
            parts.removeIf(
                [&](const QString &p) { return p.trimmed().compare(siteName, Qt::CaseInsensitive) == 0; });
        if (parts.size() == 1)
            return parts.first().trimmed();
        if (siteNameOnly)
            continue;
        // Otherwise keep the longest part when it reads like a headline.
        const auto longest =
            std::max_element(parts.cbegin(), parts.cend(),
                             [](const QString &a, const QString &b) { return a.size() < b.size(); });
        if (longest->split(u' ', Qt::SkipEmptyParts).size() >= 3)
            return longest->trimmed();
    }
    return title;
}

bool similar(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a.contains(b, Qt::CaseInsensitive) || b.contains(a, Qt::CaseInsensitive);
}

// Elements of the page's chrome, whose dates and headings are the site's, not the article's.
bool inPageChrome(const GumboNode *n)
{
    for (const GumboNode *p = n->parent; p; p = p->parent) {
        const GumboTag t = html::tagOf(p);
        if (t == GUMBO_TAG_NAV || t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_ASIDE)
            return true;
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN)
            return false;
    }
    return false;
}

QString stripBy(QString s)
{
    s = s.trimmed();
    if (s.startsWith(u"By "_s, Qt::CaseInsensitive))
        s = s.mid(3).trimmed();
    return s;
}

} // namespace

QDate PageMetadata::parseDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() >= 10 && v.at(4) == u'-' && v.at(7) == u'-') {
        const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
        if (d.isValid())
            return d;
    }
    // Qt reads numeric zones only; HTTP-style dates end in "GMT".
    QString rfc = v;
    if (rfc.endsWith(u" GMT"_s) || rfc.endsWith(u" UTC"_s))
        rfc = rfc.chopped(4) + u" +0000"_s;
    const QDateTime dt = QDateTime::fromString(rfc, Qt::RFC2822Date);
    return dt.isValid() ? dt.date() : QDate();
}

PageMetadata PageMetadata::read(const GumboNode *root, const QUrl &pageUrl)
{
    PageMetadata m;
    QHash<QString, QString> meta; // lower-case property, name or itemprop -> first content
    QString titleTag, canonical, relAuthor, itempropAuthor, bylineText;
    QUrl base = pageUrl;
    QList<const GumboNode *> h1s;
    JsonLdArticle ld;
    const GumboNode *timeEl = nullptr;
    bool timeIsPubdate = false;

    html::forEachElement(root, [&](const GumboNode *n) {
        switch (n->v.element.tag) {
        case GUMBO_TAG_META: {
            const QString content = html::attribute(n, "content").trimmed();
            for (const char *key : {"property", "name", "itemprop"}) {
                const QString k = html::attribute(n, key).trimmed().toLower();
                if (!k.isEmpty() && !content.isEmpty() && !meta.contains(k))
                    meta.insert(k, content);
            }
            return false;
        }
        case GUMBO_TAG_TITLE:
            if (titleTag.isEmpty() && !html::hasAncestor(n, GUMBO_TAG_SVG))
                titleTag = html::textContent(n, 1000);
            return false;
        case GUMBO_TAG_BASE:
            if (html::hasAttribute(n, "href")) {
                const QUrl b = resolve(html::attribute(n, "href"), pageUrl);
                if (isWebUrl(b))
                    base = b;
            }
            return false;
        case GUMBO_TAG_LINK: {
            const QStringList rel = html::attribute(n, "rel").toLower().split(u' ', Qt::SkipEmptyParts);
            if (rel.contains(u"canonical"_s) && canonical.isEmpty())
                canonical = html::attribute(n, "href");
            return false;
        }
        case GUMBO_TAG_SCRIPT:
            if (ld.isEmpty() && html::attribute(n, "type").trimmed().toLower() == u"application/ld+json")
                ld = JsonLdArticle::parse(html::rawText(n));
            return false;
        case GUMBO_TAG_H1:
            if (!inPageChrome(n))
                h1s.append(n);
            return false;
        case GUMBO_TAG_TIME:
            if (html::hasAttribute(n, "datetime") && !inPageChrome(n)) {
                const bool pub =
                    html::hasAttribute(n, "pubdate") ||
                    html::attribute(n, "itemprop").compare(u"datePublished"_s, Qt::CaseInsensitive) == 0;
                if (!timeEl || (pub && !timeIsPubdate)) {
                    timeEl = n;
                    timeIsPubdate = pub;
                }
            }
            return true;
        case GUMBO_TAG_A:
            if (relAuthor.isEmpty() && html::attribute(n, "rel").split(u' ').contains(u"author"_s))
                relAuthor = html::textContent(n, 200);
            return true;
        default:
            break;
        }
        if (itempropAuthor.isEmpty() && html::attribute(n, "itemprop") == u"author")
            itempropAuthor = html::textContent(n, 200);
        if (bylineText.isEmpty() && !inPageChrome(n)) {
            const QStringList classes = html::attribute(n, "class").toLower().split(u' ', Qt::SkipEmptyParts);
            if (classes.contains(u"byline"_s) || classes.contains(u"author"_s) ||
                classes.contains(u"byline__name"_s))
                bylineText = html::textContent(n, 200);
        }
        return true;
    });

    // Site name first: the title cleanup needs it.
    m.siteName = meta.value(u"og:site_name"_s);
    if (m.siteName.isEmpty())
        m.siteName = ld.publisher;
    if (m.siteName.isEmpty())
        m.siteName = meta.value(u"application-name"_s);

    const QString ogTitle = cleanTitle(meta.value(u"og:title"_s), m.siteName, true);
    const QString ldTitle = cleanTitle(ld.headline, m.siteName, true);
    const QString twitterTitle = cleanTitle(meta.value(u"twitter:title"_s), m.siteName, true);
    const QString metaTitle = !ogTitle.isEmpty() ? ogTitle : !ldTitle.isEmpty() ? ldTitle : twitterTitle;
    for (const GumboNode *h : std::as_const(h1s)) {
        const QString text = html::textContent(h, 1000);
        if (text.isEmpty() || text.compare(m.siteName, Qt::CaseInsensitive) == 0)
            continue;
        // A page with several <h1>s (logo, section name, teaser) names its article in the one the
        // metadata repeats; when there is no metadata title, the first <h1> is the headline.
        if (similar(text, ogTitle) || similar(text, ldTitle) || similar(text, twitterTitle)) {
            m.headline = text;
            break;
        }
        if (m.headline.isEmpty() && metaTitle.isEmpty())
            m.headline = text;
    }

    for (const QString &t : {ogTitle, ldTitle, twitterTitle, m.headline, cleanTitle(titleTag, m.siteName)}) {
        if (!t.trimmed().isEmpty()) {
            m.title = t.trimmed();
            break;
        }
    }

    QString articleAuthor = meta.value(u"article:author"_s);
    if (articleAuthor.startsWith(u"http"_s))
        articleAuthor.clear(); // Facebook wants a profile URL here, not a name
    for (const QString &a : {ld.author, meta.value(u"author"_s), articleAuthor, stripBy(meta.value(u"byl"_s)),
                             itempropAuthor, relAuthor, stripBy(bylineText)}) {
        if (!a.trimmed().isEmpty()) {
            m.author = a.trimmed();
            break;
        }
    }

    const QList<QPair<QString, QString>> dates = {
        {u"article:published_time"_s, meta.value(u"article:published_time"_s)},
        {u"JSON-LD datePublished"_s, ld.datePublished},
        {u"datePublished"_s, meta.value(u"datepublished"_s)},
        {u"og:published_time"_s, meta.value(u"og:published_time"_s)},
        {u"pubdate"_s, meta.value(u"pubdate"_s)},
        {u"publishdate"_s, meta.value(u"publishdate"_s)},
        {u"dc.date.issued"_s, meta.value(u"dc.date.issued"_s)},
        {u"dcterms.created"_s, meta.value(u"dcterms.created"_s)},
        {u"parsely-pub-date"_s, meta.value(u"parsely-pub-date"_s)},
        {u"sailthru.date"_s, meta.value(u"sailthru.date"_s)},
        {u"date"_s, meta.value(u"date"_s)},
        {u"time datetime"_s, timeEl ? html::attribute(timeEl, "datetime") : QString()},
    };
    for (const auto &[from, value] : dates) {
        const QDate d = parseDate(value);
        if (d.isValid() && !isPlausiblePublicationDate(d)) {
            m.warnings.append(QCoreApplication::translate("saywho::core::PageMetadata",
                                                          "the page's %1 date %2 is implausible; ignored")
                                  .arg(from, d.toString(Qt::ISODate)));
            continue;
        }
        if (d.isValid()) {
            m.published = d;
            m.publishedFrom = from;
            break;
        }
    }

    for (const QString &href : {canonical, meta.value(u"og:url"_s), ld.url}) {
        if (href.trimmed().isEmpty())
            continue;
        const QUrl url = resolve(href, base);
        if (isWebUrl(url)) {
            m.canonicalUrl = url;
            break;
        }
    }
    return m;
}

} // namespace saywho::core
