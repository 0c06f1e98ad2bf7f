#include "sidecarmetadata.h"

#include "publicationdate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace saywho::core {

namespace {

// A sidecar is a few lines; anything bigger is not one.
constexpr qint64 MaxSidecarBytes = 64 * 1024;

QString tr(const char *s)
{
    return QCoreApplication::translate("saywho::core::SidecarMetadata", s);
}

} // namespace

QString SidecarMetadata::pathFor(const QString &articlePath)
{
    return articlePath + u".meta.json"_s;
}

QStringList SidecarMetadata::apply(const QString &articlePath, DocumentMetadata &meta)
{
    QFile f(pathFor(articlePath));
    if (articlePath.isEmpty() || !f.exists() || !f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > MaxSidecarBytes)
        return {tr("%1 is too large to be article metadata; ignored").arg(f.fileName())};
    return applyJson(f.readAll(), f.fileName(), meta);
}

QStringList SidecarMetadata::applyJson(const QByteArray &bytes, const QString &name, DocumentMetadata &meta)
{
    if (bytes.size() > MaxSidecarBytes)
        return {tr("%1 is too large to be article metadata; ignored").arg(name)};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (!json.isObject())
        return {tr("%1 is not a JSON object (%2); ignored").arg(name, error.errorString())};
    return applyObject(json.object(), name, meta);
}

QStringList SidecarMetadata::applyObject(const QJsonObject &o, const QString &source, DocumentMetadata &meta)
{
    QStringList warnings;
    if (o.contains(u"dct"_s)) {
        const QDate dct = QDate::fromString(o.value(u"dct"_s).toString(), Qt::ISODate);
        if (dct.isValid() && !isPlausiblePublicationDate(dct)) {
            warnings.append(tr("%1: \"dct\" %2 is implausible (before 1800 or in the future); ignored")
                                .arg(source, dct.toString(Qt::ISODate)));
        } else if (dct.isValid()) {
            meta.dct = dct;
            meta.dctSource = DctSource::Metadata;
        } else {
            warnings.append(tr("%1: \"dct\" is not a date as YYYY-MM-DD; ignored").arg(source));
        }
    }
    if (const QString t = o.value(u"title"_s).toString(); !t.isEmpty())
        meta.title = t;
    if (const QUrl u(o.value(u"url"_s).toString());
        u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https"))
        meta.url = u;
    if (const QString a = o.value(u"author"_s).toString(); !a.isEmpty())
        meta.author = a;
    if (const QString s = o.value(u"site_name"_s).toString(); !s.isEmpty())
        meta.siteName = s;
    return warnings;
}

} // namespace saywho::core
