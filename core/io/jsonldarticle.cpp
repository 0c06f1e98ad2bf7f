#include "jsonldarticle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// Pages put megabytes of state into scripts; article metadata is never that large.
constexpr qsizetype MaxJsonChars = 1024 * 1024;

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types = {u"NewsArticle"_s,          u"Article"_s,
                                      u"ReportageNewsArticle"_s, u"AnalysisNewsArticle"_s,
                                      u"OpinionNewsArticle"_s,   u"BlogPosting"_s,
                                      u"LiveBlogPosting"_s,      u"Report"_s,
                                      u"ScholarlyArticle"_s,     u"BackgroundNewsArticle"_s,
                                      u"SocialMediaPosting"_s};
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (isArticleType(t))
                return true;
        return false;
    }
    return types.contains(type.toString());
}

// A schema.org value that may be a string, an object with "name", or an array of those.
QString names(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(u"name"_s).toString().trimmed();
    QStringList out;
    if (v.isArray())
        for (const QJsonValue &item : v.toArray()) {
            const QString n = names(item);
            if (!n.isEmpty() && !out.contains(n))
                out.append(n);
        }
    return out.join(u", "_s);
}

QString urlOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(u"@id"_s).toString();
    return {};
}

} // namespace

JsonLdArticle JsonLdArticle::parse(const QString &json)
{
    JsonLdArticle r;
    if (json.size() > MaxJsonChars)
        return r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return r;
    // Breadth-first over the top value, arrays and @graph, without recursion.
    QList<QJsonValue> queue{doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object())};
    for (qsizetype i = 0; i < queue.size() && i < 1000; ++i) {
        const QJsonValue v = queue.at(i);
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                queue.append(item);
            continue;
        }
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        if (o.contains(u"@graph"_s))
            queue.append(o.value(u"@graph"_s));
        if (!isArticleType(o.value(u"@type"_s)))
            continue;
        r.headline = o.value(u"headline"_s).toString().trimmed();
        if (r.headline.isEmpty())
            r.headline = o.value(u"name"_s).toString().trimmed();
        r.author = names(o.value(u"author"_s));
        r.datePublished = o.value(u"datePublished"_s).toString().trimmed();
        if (r.datePublished.isEmpty())
            r.datePublished = o.value(u"dateCreated"_s).toString().trimmed();
        r.publisher = names(o.value(u"publisher"_s));
        r.url = o.value(u"url"_s).toString();
        if (r.url.isEmpty())
            r.url = urlOf(o.value(u"mainEntityOfPage"_s));
        return r;
    }
    return r;
}

} // namespace saywho::core
